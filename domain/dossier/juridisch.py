"""The legal acts of treden 4 to 6, each allowed only on its own trede."""

from __future__ import annotations

from datetime import date, timedelta

from domain import gebeurtenissen as ev
from domain import validatie
from domain.dossier.termijnen import Termijnbewaking
from domain.dossier.toestand import Beroepstand
from domain.errors import (
    BestaatAl,
    LadderRegelGeschonden,
    OngeldigeInvoer,
)
from domain.kalender import Kalender
from domain.ladder import (
    Deelstap,
    controleer_juridische_handeling,
    termijn_overschreden,
)
from domain.termijnen import (
    Einddatum,
    Soort,
    beroep_na,
    verstreken,
)
from domain.vastlegging import Vastlegging
from domain.woorden import VERNIETIGEND, Termijnstatus, Uitkomst, waarden

# What the reden of a vooraankondiging or besluit tot indeplaatsstelling must state.
WAAROM_INGRIJPEN = "waarom de provincie ingrijpt"


class JuridischeStappen(Termijnbewaking):
    # --- legal acts -----------------------------------------------------------------

    def verzend_vooraankondiging(
        self, termijn_tot: date, vastlegging: Vastlegging, kalender: Kalender
    ) -> None:
        controleer_juridische_handeling("de vooraankondiging", self.trede, 4)
        validatie.datum(termijn_tot, "termijn_tot")
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(op, self.trede_sinds, "de vooraankondiging", "het besluit tot trede 4")
        lopend = [
            t
            for t in self._laatste_tot(Soort.VOORAANKONDIGING)
            if t.status is Termijnstatus.OPEN and not verstreken(t.tot, op)
        ]
        if lopend:
            raise BestaatAl(
                f"er loopt al een vooraankondiging (termijn tot en met "
                f"{lopend[0].tot.isoformat()}); verleng die termijn in plaats van een "
                "tweede te verzenden",
                "termijn_tot",
            )
        if termijn_tot <= op:
            raise OngeldigeInvoer("de termijn moet na de verzenddatum eindigen", "termijn_tot")
        validatie.tekst(vastlegging.reden, "reden", WAAROM_INGRIJPEN)
        self._leg_vast(
            ev.VooraankondigingVerzonden,
            vastlegging,
            termijn_tot=termijn_tot,
            termijnen=[
                self._termijn(0, Soort.VOORAANKONDIGING, op, Einddatum.van(termijn_tot, kalender))
            ],
        )
        self._trek_termijnvoorstellen_in(
            Soort.VOORAANKONDIGING, vastlegging, "met een nieuwe vooraankondiging"
        )

    def neem_indeplaatsstellingsbesluit(
        self, deelstappen: list[Deelstap], vastlegging: Vastlegging, kalender: Kalender
    ) -> None:
        controleer_juridische_handeling("het besluit tot indeplaatsstelling", self.trede, 5)
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(
            op, self.trede_sinds, "het besluit tot indeplaatsstelling", "het besluit tot trede 5"
        )
        if not deelstappen:
            raise OngeldigeInvoer(
                "een last noemt ten minste één deelstap met termijn", "deelstappen"
            )
        for i, stap in enumerate(deelstappen):  # fields named as in the request: deelstappen.0.x
            validatie.tekst(stap.omschrijving, f"deelstappen.{i}.omschrijving")
            validatie.datum(stap.termijn_tot, f"deelstappen.{i}.termijn_tot")
            if stap.termijn_tot <= op:
                raise OngeldigeInvoer(
                    "elke termijn moet na het besluit eindigen", f"deelstappen.{i}.termijn_tot"
                )
        validatie.tekst(vastlegging.reden, "reden", WAAROM_INGRIJPEN)
        self._leg_vast(
            ev.IndeplaatsstellingsbesluitGenomen,
            vastlegging,
            deelstappen=[
                {"omschrijving": s.omschrijving, "termijn_tot": s.termijn_tot} for s in deelstappen
            ],
            termijnen=[
                self._termijn(
                    i, Soort.DEELSTAP, op, Einddatum.van(s.termijn_tot, kalender), s.omschrijving
                )
                for i, s in enumerate(deelstappen)
            ],
        )

    def maak_besluit_bekend(self, vastlegging: Vastlegging, kalender: Kalender) -> None:
        """Bekendmaking starts the six-week appeal term (the day after)."""
        controleer_juridische_handeling("de bekendmaking van het besluit", self.trede, 5)
        besluit = self._laatste_tot(Soort.DEELSTAP)
        if not besluit:
            raise OngeldigeInvoer("er is geen besluit tot indeplaatsstelling")
        if self._laatste_tot(Soort.BEROEP):
            raise BestaatAl("het besluit is al bekendgemaakt")
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(op, besluit[0].start, "de bekendmaking", "het besluit")
        self._leg_vast(
            ev.IndeplaatsstellingsbesluitBekendgemaakt,
            vastlegging,
            termijnen=[
                self._termijn(0, Soort.BEROEP, op + timedelta(days=1), beroep_na(op, kalender))
            ],
        )

    def registreer_beroep(self, vastlegging: Vastlegging) -> None:
        """Beroep lies against a besluit tot indeplaatsstelling that was made known."""
        bekendgemaakt = self._laatste_tot(Soort.BEROEP)
        if not bekendgemaakt:
            raise LadderRegelGeschonden(
                "beroep vraagt een bekendgemaakt besluit tot indeplaatsstelling", "besluit"
            )
        # The appeal term starts the day after the bekendmaking.
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            bekendgemaakt[0].start - timedelta(days=1),
            "het beroep",
            "de bekendmaking van het besluit",
        )
        for termijn_id in self.open_termijnen(Soort.BEROEP):
            self._leg_vast(ev.TermijnNagekomen, vastlegging, termijn=termijn_id)
        self._leg_vast(ev.BeroepIngesteld, vastlegging)

    def _beroep_tegen_besluit(self) -> Beroepstand | None:
        """The beroep against the besluit that binds now (one before a downscaling, or
        against an earlier besluit, no longer counts)."""
        besluit = self._laatste_tot(Soort.DEELSTAP)
        if self.beroep is None or not besluit or self.beroep.besluit != besluit[0].versie:
            return None
        return self.beroep

    def registreer_uitspraak(
        self, uitkomst: str, instantie: str, zaaknummer: str | None, vastlegging: Vastlegging
    ) -> None:
        """The court's ruling on the beroep; its day is the day of the uitspraak."""
        beroep = self._beroep_tegen_besluit()
        if beroep is None:
            raise LadderRegelGeschonden(
                "een uitspraak vraagt een ingesteld beroep tegen het besluit tot "
                "indeplaatsstelling",
                "beroep",
            )
        if beroep.uitkomst is not None:
            raise BestaatAl(
                f"op het beroep is al uitspraak gedaan ({beroep.uitspraak_op}: {beroep.uitkomst})",
                "beroep",
            )
        uitkomst = validatie.keuze(uitkomst, waarden(Uitkomst), "uitkomst")
        instantie = validatie.tekst(instantie, "instantie", "de rechtbank die uitspraak deed")
        zaaknummer = (
            validatie.tekst(zaaknummer, "zaaknummer")
            if zaaknummer is not None and zaaknummer.strip()
            else None
        )
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            beroep.ingesteld_op,
            "de uitspraak",
            "het beroep",
        )
        validatie.tekst(vastlegging.reden, "reden", "een samenvatting van de uitspraak")
        self._leg_vast(
            ev.BeroepUitspraakOntvangen,
            vastlegging,
            uitkomst=uitkomst,
            instantie=instantie,
            zaaknummer=zaaknummer,
        )

    def effectueer_indeplaatsstelling(self, vastlegging: Vastlegging) -> None:
        controleer_juridische_handeling("de feitelijke indeplaatsstelling", self.trede, 6)
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            self.trede_sinds,
            "de feitelijke indeplaatsstelling",
            "het besluit tot trede 6",
        )
        if not termijn_overschreden(self.deelstappen, vastlegging.plaatsgevonden_op.date()):
            raise LadderRegelGeschonden("geen termijn van de last is overschreden")
        if self.geeffectueerd:
            raise BestaatAl("de indeplaatsstelling is al geëffectueerd")
        beroep = self._beroep_tegen_besluit()
        if beroep is not None and beroep.uitkomst in VERNIETIGEND:
            raise LadderRegelGeschonden(
                f"de rechter verklaarde het beroep {beroep.uitkomst.replace('_', ' ')} "
                f"({beroep.uitspraak_op}): het besluit tot indeplaatsstelling is (deels) "
                "vernietigd en kan niet worden geëffectueerd; neem eerst een nieuw besluit",
                "besluit",
            )
        self._leg_vast(ev.IndeplaatsstellingGeeffectueerd, vastlegging)
