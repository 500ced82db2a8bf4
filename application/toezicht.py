"""class Toezicht(Application): one method per command, each load -> act -> save.

Every command returns the notification id of its last event, so a caller can wait
until the read models have caught up with its own write.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError, JSONTranscoder, Transcoding

from application.kalender import bouw_kalender
from domain.dossier import Dossier
from domain.errors import (
    AlUitgevoerd,
    BestaatAl,
    GelijktijdigGewijzigd,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.gebruiker import Gebruiker
from domain.kalender import Kalender
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

T = TypeVar("T")


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Toezicht(Application[UUID]):
    name = "toezicht"
    snapshotting_intervals = {Dossier: 50}

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

    # --- plumbing ---------------------------------------------------------------

    def dossier(self, code: str) -> Dossier:
        try:
            return self.repository.get(Dossier.create_id(code))  # type: ignore[no-any-return]
        except AggregateNotFoundError:
            raise NietGevonden(f"gemeente {code} is niet bekend", "code") from None

    def _opslaan(self, *aggregaten: Any) -> int:
        try:
            recordings = self.save(*aggregaten)
        except IntegrityError:
            raise GelijktijdigGewijzigd(
                "het dossier is intussen door een ander gewijzigd; lees het opnieuw en "
                "probeer het nog eens",
                "versie",
            ) from None
        return (
            recordings[-1].notification.id
            if recordings
            else self.recorder.max_notification_id() or 0
        )

    def _wijzig(
        self,
        code: str,
        verwachte_versie: int | None,
        handeling: Callable[[Dossier], T],
        vastlegging: Vastlegging,
    ) -> tuple[int, T]:
        dossier = self.dossier(code)
        eerder = dossier.eerder_uitgevoerd(vastlegging)
        if eerder is not None:
            raise AlUitgevoerd(dossier.code, eerder)
        if verwachte_versie is not None and verwachte_versie != dossier.version:
            raise GelijktijdigGewijzigd(
                f"het dossier staat op versie {dossier.version}, niet op {verwachte_versie}; "
                "lees het opnieuw",
                "versie",
            )
        uitkomst = handeling(dossier)
        return self._opslaan(dossier), uitkomst

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
        return self._opslaan(dossier)

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

    def neem_beoordeling_over(
        self,
        code: str,
        periode: Periode,
        trede: int,
        basis: str | None,
        bron: str,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.neem_beoordeling_over(periode, trede, basis, bron, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def verzend_vooraankondiging(
        self,
        code: str,
        termijn_tot: date,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.verzend_vooraankondiging(termijn_tot, vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def neem_indeplaatsstellingsbesluit(
        self,
        code: str,
        deelstappen: list[Deelstap],
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.neem_indeplaatsstellingsbesluit(deelstappen, vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def effectueer_indeplaatsstelling(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.effectueer_indeplaatsstelling(vastlegging),
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

    def maak_besluit_bekend(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.maak_besluit_bekend(vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def registreer_beroep(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.registreer_beroep(vastlegging),
            vastlegging=vastlegging,
        )[0]

    # --- letters, verbeterplan, mid-period message -------------------------------------

    def verzend_toezichtbrief(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.verzend_toezichtbrief(vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def verzend_afschrift_raad(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.verzend_afschrift_raad(vastlegging),
            vastlegging=vastlegging,
        )[0]

    def vraag_bijgewerkt_verbeterplan(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.vraag_bijgewerkt_verbeterplan(vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def voer_verbeterplangesprek(
        self,
        code: str,
        vastlegging: Vastlegging,
        afgesproken_tot: date | None = None,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.voer_verbeterplangesprek(vastlegging, self.kalender, afgesproken_tot),
            vastlegging=vastlegging,
        )[0]

    def ontvang_verbeterplan(
        self, code: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.ontvang_verbeterplan(vastlegging),
            vastlegging=vastlegging,
        )[0]

    def verstuur_tussentijds_bericht(
        self,
        code: str,
        periode: Periode,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.verstuur_tussentijds_bericht(periode, vastlegging),
            vastlegging=vastlegging,
        )[0]

    # --- terms ----------------------------------------------------------------------

    def kom_termijn_na(
        self, code: str, termijn: str, vastlegging: Vastlegging, verwachte_versie: int | None = None
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.kom_termijn_na(termijn, vastlegging),
            vastlegging=vastlegging,
        )[0]

    def verleng_termijn(
        self,
        code: str,
        termijn: str,
        tot: date,
        vastlegging: Vastlegging,
        verwachte_versie: int | None = None,
    ) -> int:
        return self._wijzig(
            code,
            verwachte_versie,
            lambda d: d.verleng_termijn(termijn, tot, vastlegging, self.kalender),
            vastlegging=vastlegging,
        )[0]

    def registreer_termijn_verstreken(
        self, code: str, termijn: str, vandaag: date, vastlegging: Vastlegging
    ) -> int | None:
        """Idempotent: None when there was nothing to record (already settled elsewhere).
        A concurrent writer surfaces as GelijktijdigGewijzigd; the caller retries."""
        dossier = self.dossier(code)
        if not dossier.registreer_termijn_verstreken(termijn, vandaag, vastlegging):
            return None
        return self._opslaan(dossier)

    # --- users -----------------------------------------------------------------------

    def maak_gebruiker_aan(
        self, naam: str, rol: Rol, weergavenaam: str, vastlegging: Vastlegging
    ) -> tuple[int, str]:
        """Create a user and issue a first API token; returns the token once, in clear."""
        gebruiker = Gebruiker.maak_aan(naam, rol, weergavenaam, vastlegging)
        if self._bestaat(gebruiker.id):
            raise BestaatAl(f"gebruiker {gebruiker.naam} bestaat al", "naam")
        token = secrets.token_urlsafe(32)
        gebruiker.geef_token_uit(token_hash(token), vastlegging)
        return self._opslaan(gebruiker), token

    def _gebruiker(self, naam: str) -> Gebruiker:
        try:
            return self.repository.get(Gebruiker.create_id(naam))  # type: ignore[no-any-return]
        except AggregateNotFoundError:
            raise NietGevonden(f"gebruiker {naam} bestaat niet", "naam") from None

    def wijzig_rol(self, naam: str, rol: Rol, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.wijzig_rol(rol, vastlegging)
        return self._opslaan(gebruiker)

    def geef_token_uit(self, naam: str, vastlegging: Vastlegging) -> tuple[int, str]:
        gebruiker = self._gebruiker(naam)
        token = secrets.token_urlsafe(32)
        gebruiker.geef_token_uit(token_hash(token), vastlegging)
        return self._opslaan(gebruiker), token

    def stel_wachtwoord_in(self, naam: str, wachtwoord_hash: str, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.stel_wachtwoord_in(wachtwoord_hash, vastlegging)
        return self._opslaan(gebruiker)

    def registreer_login(self, naam: str, gelukt: bool, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.registreer_login(gelukt, vastlegging)
        return self._opslaan(gebruiker)
