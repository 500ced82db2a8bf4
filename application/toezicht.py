"""class Toezicht(Application): one method per command, each load -> act -> save.

Every command returns the notification id of its last event, so a caller can wait
until the read models have caught up with its own write.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import CanSnapshotAggregate
from eventsourcing.persistence import (
    EventStore,
    IntegrityError,
    JSONTranscoder,
    Mapper,
    Transcoding,
)

from application.gebruikers import Gebruikerscommandos
from application.kalender import bouw_kalender
from application.keten import KetenEventStore, KetenMapper
from application.proces import Procescommandos
from domain.dossier import Dossier
from domain.errors import (
    AlUitgevoerd,
    BestaatAl,
    GelijktijdigGewijzigd,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.kalender import Kalender
from domain.periode import Periode
from domain.vastlegging import Vastlegging

T = TypeVar("T")
POGINGEN = 20  # attempts for a command whose client named no version


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


def _projecteer_dossier(dossier: Any, gebeurtenissen: Iterable[Any]) -> Any:
    """The library's projector, restoring what JSON changed in a snapshot's state."""
    for gebeurtenis in gebeurtenissen:
        dossier = gebeurtenis.mutate(dossier)
        if isinstance(gebeurtenis, CanSnapshotAggregate):
            dossier.herstel_na_snapshot()
    return dossier


class Toezicht(Procescommandos, Gebruikerscommandos, Application[UUID]):
    name = "toezicht"
    snapshotting_intervals = {Dossier: 50}
    snapshotting_projectors = {Dossier: _projecteer_dossier}

    def __init__(
        self,
        env: dict[str, str] | None = None,
        snapshot_interval: int = 50,
        kalender: Kalender | None = None,
    ) -> None:
        self.snapshotting_intervals = {Dossier: snapshot_interval}
        self.kalender = kalender or bouw_kalender()
        super().__init__(env=env)

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())

    def construct_mapper(self) -> Mapper[UUID]:
        return self.factory.mapper(transcoder=self.construct_transcoder(), mapper_class=KetenMapper)

    def construct_event_store(self) -> EventStore[UUID]:
        # Every event is stored with the chain hash of the one before it (application/keten.py).
        assert isinstance(self.mapper, KetenMapper)
        return KetenEventStore(self.mapper, self.recorder)

    # --- plumbing ---------------------------------------------------------------

    def dossier(self, code: str) -> Dossier:
        try:
            return self.repository.get(  # type: ignore[no-any-return]
                Dossier.create_id(code), projector_func=_projecteer_dossier
            )
        except AggregateNotFoundError:
            raise NietGevonden(f"gemeente {code} is niet bekend", "code") from None

    def _opslaan(self, *aggregaten: Any) -> int:
        try:
            recordings = self.save(*aggregaten)
        except IntegrityError:
            raise GelijktijdigGewijzigd(
                "het dossier is intussen door een ander gewijzigd; lees het opnieuw en "
                "probeer het nog eens",
                "verwachte_versie",
            ) from None
        return recordings[-1].notification.id  # every command records at least one event

    def _wijzig(
        self,
        code: str,
        verwachte_versie: int | None,
        handeling: Callable[[Dossier], T],
        vastlegging: Vastlegging,
    ) -> tuple[int, T]:
        """Load, act, save. A client that named no version did not ask to see a concurrent
        writer: the command is run again on the fresh dossier, a bounded number of times."""
        for poging in range(1, POGINGEN + 1):
            dossier = self.dossier(code)
            eerder = dossier.eerder_uitgevoerd(vastlegging)
            if eerder is not None:
                raise AlUitgevoerd(dossier.code, eerder)
            if verwachte_versie is not None and verwachte_versie != dossier.version:
                raise GelijktijdigGewijzigd(
                    f"het dossier staat op versie {dossier.version}, niet op "
                    f"{verwachte_versie}; lees het opnieuw",
                    "verwachte_versie",
                )
            uitkomst = handeling(dossier)
            try:
                return self._opslaan(dossier), uitkomst
            except GelijktijdigGewijzigd:
                if verwachte_versie is None and poging < POGINGEN:
                    # Spread the retries so the writers do not collide again in step.
                    time.sleep(random.uniform(0, min(0.05, 0.002 * 2**poging)))
                    continue
                # The same request may have been saved a moment ago by a twin in flight:
                # then its outcome is the answer, not a conflict.
                if vastlegging.verzoek:
                    eerder = self.dossier(code).eerder_uitgevoerd(vastlegging)
                    if eerder is not None:
                        raise AlUitgevoerd(dossier.code, eerder) from None
                raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    # --- dossier commands --------------------------------------------------------

    def registreer_gemeente(
        self,
        code: str,
        naam: str,
        provincie: str,
        vastlegging: Vastlegging,
        voortgezet_van: tuple[str, ...] = (),
    ) -> int:
        dossier = Dossier.registreer(code, naam, provincie, vastlegging, voortgezet_van)
        if self._bestaat(dossier.id):
            if self.dossier(dossier.code).eerder_uitgevoerd(vastlegging) is not None:
                raise AlUitgevoerd(dossier.code, 1)
            raise BestaatAl(f"gemeente {dossier.code} is al geregistreerd", "code")
        for vorige in dossier.voortgezet_van:
            if not self._bestaat(Dossier.create_id(vorige)):
                raise OngeldigeInvoer(
                    f"voortgezet_van: gemeente {vorige} is niet bekend", "voortgezet_van"
                )
        try:
            return self._opslaan(dossier)
        except GelijktijdigGewijzigd:
            # Registered a moment ago by a concurrent request: by this one's twin, or not.
            if self.dossier(dossier.code).eerder_uitgevoerd(vastlegging) is not None:
                raise AlUitgevoerd(dossier.code, 1) from None
            raise BestaatAl(f"gemeente {dossier.code} is al geregistreerd", "code") from None

    def versie_bij(self, notificatie: int) -> int:
        """The dossier version the event with this notification id gave its dossier."""
        return self.notification_log.select(notificatie, 1)[0].originator_version

    def _bestaat(self, aggregaat_id: UUID) -> bool:
        try:
            self.repository.get(aggregaat_id)
        except AggregateNotFoundError:
            return False
        return True

    def registreer_cijfer(
        self,
        code: str,
        periode: Periode,
        veld: str,
        waarde: int,
        vastlegging: Vastlegging,
        bron: str | None = None,
        gegenereerd: bool = False,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.registreer_cijfer(
                periode, veld, waarde, vastlegging, bron=bron, gegenereerd=gegenereerd
            ),
            vastlegging=vastlegging,
        )[0]

    def trek_cijfer_in(
        self,
        code: str,
        periode: Periode,
        veld: str,
        versie: int,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.trek_cijfer_in(periode, veld, versie, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def wijzig_taakstelling(
        self,
        code: str,
        periode: Periode,
        soort: str,
        waarde: int,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.wijzig_taakstelling(periode, soort, waarde, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def leg_contact_vast(
        self,
        code: str,
        soort: str,
        deelnemers: list[str],
        samenvatting: str,
        vertrouwelijk: bool,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.leg_contact_vast(
                soort, deelnemers, samenvatting, vertrouwelijk, vastlegging
            ),
            vastlegging=vastlegging,
        )[0]

    def ontvang_signaal(
        self,
        code: str,
        soort: str,
        omschrijving: str,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.ontvang_signaal(soort, omschrijving, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def dien_verschoonbare_reden_in(
        self,
        code: str,
        periode: Periode,
        omschrijving: str,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> tuple[int, int]:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.dien_verschoonbare_reden_in(periode, omschrijving, vastlegging),
            vastlegging=vastlegging,
        )

    def beoordeel_verschoonbare_reden(
        self,
        code: str,
        nummer: int,
        aanvaard: bool,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.beoordeel_verschoonbare_reden(nummer, aanvaard, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def stel_beoordeling_voor(
        self,
        code: str,
        periode: Periode | None,
        vastlegging: Vastlegging,
        trede: int | None = None,
        spoed: bool = False,
        verwachte_versie: int | None = None,
    ) -> tuple[int, int]:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.stel_beoordeling_voor(periode, vastlegging, trede=trede, spoed=spoed),
            vastlegging=vastlegging,
        )

    def stel_beoordeling_vast(
        self, code: str, nummer: int, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.stel_beoordeling_vast(nummer, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def wijs_voorstel_af(
        self, code: str, nummer: int, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.wijs_voorstel_af(nummer, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def trek_voorstel_in(
        self, code: str, nummer: int, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.trek_voorstel_in(nummer, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def neem_beoordeling_over(
        self,
        code: str,
        periode: Periode,
        trede: int,
        basis: str | None,
        bron: str,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
        in_gebruik_sinds: date | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.neem_beoordeling_over(
                periode, trede, basis, bron, vastlegging, in_gebruik_sinds
            ),
            vastlegging=vastlegging,
        )[0]

    def corrigeer(
        self,
        code: str,
        versie: int,
        toelichting: str,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.corrigeer(versie, toelichting, vastlegging),
            vastlegging=vastlegging,
        )[0]
