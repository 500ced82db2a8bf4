"""What the parts of the dossier share: the state Dossier.__init__ sets and the one way
to record an event. Each part (beoordelen, termijnen, juridisch) adds commands only."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import gebeurtenissen as ev
from domain.cijfers import Cijfers
from domain.dossier.toestand import (
    Beoordelingstand,
    Beroepstand,
    Besluitstand,
    Briefstand,
    Cijferstand,
    Redenstand,
    Termijnstand,
    Verzoekstand,
    Voorstelstand,
)
from domain.errors import OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Vastlegging
from domain.woorden import Voorstelstatus


class DossierDeel:
    version: int
    code: str
    trede: int | None
    cijfers: dict[str, Cijferstand]  # periode -> figures
    beoordelingen: dict[str, Beoordelingstand]  # periode -> adopted or taken over
    voorstellen: dict[int, Voorstelstand]  # open proposals by number (version)
    redenen: dict[int, Redenstand]  # excusable reasons by number (version)
    termijnen: dict[str, Termijnstand]  # by id
    laatste_besluit: Besluitstand | None  # the decision a letter announces
    geeffectueerd: bool
    verzoeken: dict[str, Verzoekstand]  # "gebruiker:key" -> the events it recorded
    afgeschaald: dict[int, int]  # term trede -> version of the last decision below it
    # Class defaults: a snapshot taken before these existed still loads.
    trede_sinds: date | None = None  # the day the decision that set the current trede happened
    trede_versie: int = 0  # version of the last decision that changed the trede
    beroep: Beroepstand | None = None  # the last beroep against a besluit, and its uitspraak

    @property
    def afgehandelde_voorstellen(self) -> dict[str, Voorstelstatus]:
        """Closed proposals: number (as text, snapshot-safe) -> vastgesteld, afgewezen, ingetrokken."""
        return self.__dict__.setdefault("_afgehandelde_voorstellen", {})  # type: ignore[no-any-return]

    @property
    def brieven(self) -> dict[str, Briefstand]:
        """Letters sent: kenmerk -> soort, sha256 (snapshot-safe like the one above)."""
        return self.__dict__.setdefault("_brieven", {})  # type: ignore[no-any-return]

    def _niet_voor(self, op: date, sinds: date | None, handeling: str, grond: str) -> None:
        """A legal act cannot be dated before the act or decision that allows it."""
        if sinds is not None and op < sinds:
            raise OngeldigeInvoer(
                f"{handeling} kan niet plaatsvinden vóór {grond} ({sinds.isoformat()})",
                "plaatsgevonden_op",
            )

    def _leg_vast(
        self, gebeurtenis: type[ev.DossierGebeurtenis], vastlegging: Vastlegging, **velden: Any
    ) -> None:
        raise NotImplementedError

    def cijfers_van(self, periode: Periode) -> Cijfers:
        rij = self.cijfers.get(str(periode))
        return Cijfers(periode=periode, **rij.als_dict()) if rij else Cijfers(periode=periode)
