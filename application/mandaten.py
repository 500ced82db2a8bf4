"""Commands on the mandate register (who signs which letters for GS, in which capacity,
from when until when), recorded on its own aggregate in the store Toezicht builds on."""

from __future__ import annotations

from datetime import date

from eventsourcing.application import AggregateNotFoundError

from application.opslag import Opslag
from domain.mandaat import Mandaatregister
from domain.vastlegging import Vastlegging


class Mandaatcommandos(Opslag):
    def _register(self) -> Mandaatregister:
        try:
            return self.repository.get(Mandaatregister.create_id())
        except AggregateNotFoundError:
            return Mandaatregister.leg_aan()

    def verleen_mandaat(
        self,
        naam: str,
        functie: str,
        briefsoorten: list[str],
        van: date,
        tot: date | None,
        vastlegging: Vastlegging,
    ) -> tuple[int, int]:
        """Record a mandate; returns the notification id and the mandate's number."""
        register = self._register()
        nummer = register.verleen(naam, functie, briefsoorten, van, tot, vastlegging)
        return self._opslaan(register), nummer

    def beeindig_mandaat(self, nummer: int, tot: date, vastlegging: Vastlegging) -> int:
        """End a mandate after `tot` (its last day); returns the notification id."""
        register = self._register()
        register.beeindig(nummer, tot, vastlegging)
        return self._opslaan(register)
