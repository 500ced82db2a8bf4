"""Commands of the process after a beoordeling: letters, the verbeterplan, terms and the
legal acts of treden 4 to 6. Mixed into Toezicht; each is load -> act -> save."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from domain.briefdocument import Briefdocument
from domain.errors import AlUitgevoerd, GelijktijdigGewijzigd
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Vastlegging

if TYPE_CHECKING:
    from application.toezicht import Toezicht

    _Basis = Toezicht
else:
    _Basis = object


class Procescommandos(_Basis):
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

    def verzend_brief(
        self,
        code: str,
        soort: str,
        kenmerk: str,
        inhoud: bytes,
        vastlegging: Vastlegging,
        verwachte_versie: int,
        corrigeert: str | None = None,
    ) -> int:
        """Record a letter as sent and keep its PDF, in one transaction: the dossier event
        names the SHA-256 and size of exactly the bytes stored. The version is required:
        the letter was rendered from that state of the dossier and shows it."""
        document = Briefdocument.bewaar(kenmerk, inhoud)
        dossier = self.dossier(code)
        if (eerder := dossier.eerder_uitgevoerd(vastlegging)) is not None:
            raise AlUitgevoerd(dossier.code, eerder)  # a repeated request sends nothing twice
        if verwachte_versie != dossier.version:
            raise GelijktijdigGewijzigd(
                f"de brief is opgesteld op versie {verwachte_versie} van het dossier, dat nu "
                f"op versie {dossier.version} staat; stel hem opnieuw op",
                "verwachte_versie",
            )
        dossier.verzend_brief(
            soort, kenmerk, document.sha256, len(inhoud), vastlegging, self.kalender, corrigeert
        )
        return self._opslaan(document, dossier)  # the dossier last: its version is the answer

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
