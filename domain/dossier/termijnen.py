"""Terms on the dossier: met, extended, expired once, withdrawn on downscaling."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import gebeurtenissen as ev
from domain import validatie
from domain.beleid import beleid_voor
from domain.beleid.termijnvoorstel import termijnvoorstel
from domain.dossier.deel import DossierDeel
from domain.dossier.toestand import Termijnstand
from domain.errors import (
    BestaatAl,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.kalender import Kalender
from domain.ladder import (
    Deelstap,
)
from domain.periode import Periode
from domain.termijnen import (
    REGELS,
    Einddatum,
    Soort,
    verstreken,
)
from domain.vastlegging import Vastlegging
from domain.woorden import Termijnstatus


class Termijnbewaking(DossierDeel):
    # --- terms --------------------------------------------------------------------------

    def open_termijnen(self, soort: Soort | None = None) -> dict[str, Termijnstand]:
        return {
            i: t
            for i, t in self.termijnen.items()
            if t.status is Termijnstatus.OPEN and (soort is None or t.soort == soort)
        }

    def _laatste_tot(self, soort: Soort) -> list[Termijnstand]:
        """The terms of this kind that still bind, latest start first: not withdrawn, and
        started after the last decision that went below their trede (a renewed climb
        starts over; an old vooraankondiging or besluit does not count again)."""
        vervallen = self.afgeschaald.get(REGELS[soort].trede, 0)
        geldig = [
            t
            for t in self.termijnen.values()
            if t.soort == soort
            and t.status is not Termijnstatus.INGETROKKEN
            and t.versie > vervallen
        ]
        return sorted(geldig, key=lambda t: t.volgorde, reverse=True)

    def verbeterplantermijnen(self) -> list[Termijnstand]:
        """The verbeterplan terms that still bind, latest first."""
        return self._laatste_tot(Soort.VERBETERPLAN)

    @property
    def vooraankondiging_tot(self) -> date | None:
        termijnen = self._laatste_tot(Soort.VOORAANKONDIGING)
        return termijnen[0].tot if termijnen else None

    @property
    def deelstappen(self) -> tuple[Deelstap, ...]:
        """The deelstappen of the last that can still be exceeded: met ones cannot."""
        return tuple(
            Deelstap(t.omschrijving, t.tot)
            for t in self._laatste_tot(Soort.DEELSTAP)
            if t.status is not Termijnstatus.NAGEKOMEN
        )

    def _termijn(
        self, nr: int, soort: Soort, start: date, einde: Einddatum, tekst: str = ""
    ) -> dict[str, Any]:
        """A term started by the event about to be recorded (version + 1). `tot` is the
        legal last day; the date as set and why it moved are kept beside it."""
        return {
            "id": f"{self.version + 1}.{nr}",
            "soort": str(soort),
            "start": start,
            "tot": einde.wettelijk,
            "tot_opgegeven": einde.opgegeven,
            "verschoven_reden": einde.verschoven_reden,
            "omschrijving": tekst or REGELS[soort].omschrijving,
            "trede": REGELS[soort].trede,
        }

    def _trek_termijnen_in(self, vastlegging: Vastlegging) -> None:
        """After a downscaling, the open terms of higher treden no longer apply."""
        for termijn_id, termijn in self.open_termijnen().items():
            if self.trede is not None and termijn.trede > self.trede:
                self._leg_vast(
                    ev.TermijnIngetrokken,
                    vastlegging.met_reden(f"afgeschaald naar trede {self.trede}"),
                    termijn=termijn_id,
                )

    def _bestaande_termijn(self, termijn_id: str) -> Termijnstand:
        if termijn_id not in self.termijnen:
            raise NietGevonden(f"termijn {termijn_id} bestaat niet", "termijn")
        termijn = self.termijnen[termijn_id]
        if termijn.status is not Termijnstatus.OPEN:
            raise BestaatAl(f"termijn {termijn_id} is al {termijn.status}", "termijn")
        return termijn

    def kom_termijn_na(self, termijn_id: str, vastlegging: Vastlegging) -> None:
        termijn = self._bestaande_termijn(termijn_id)
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            termijn.start,
            "de nakoming",
            f"de start van termijn {termijn_id}",
        )
        self._leg_vast(ev.TermijnNagekomen, vastlegging, termijn=termijn_id)

    def verleng_termijn(
        self, termijn_id: str, tot: date, vastlegging: Vastlegging, kalender: Kalender
    ) -> None:
        """Extension by separate agreement (aparte afspraken): a reason is required."""
        termijn = self._bestaande_termijn(termijn_id)
        if termijn.soort is Soort.BEROEP:
            raise OngeldigeInvoer(
                "de beroepstermijn is wettelijk en kan niet worden verlengd", "termijn"
            )
        validatie.tekst(
            vastlegging.reden, "reden", "de aparte afspraak waarom de termijn langer is"
        )
        validatie.datum(tot, "tot")
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            termijn.start,
            "de verlenging",
            f"de start van termijn {termijn_id}",
        )
        einde = Einddatum.van(tot, kalender)
        if einde.wettelijk <= termijn.tot:
            raise OngeldigeInvoer("een verlenging moet na het huidige einde liggen", "tot")
        self._leg_vast(
            ev.TermijnVerlengd,
            vastlegging,
            termijn=termijn_id,
            tot=einde.wettelijk,
            tot_opgegeven=einde.opgegeven,
            verschoven_reden=einde.verschoven_reden,
        )

    def registreer_termijn_verstreken(
        self, termijn_id: str, vandaag: date, vastlegging: Vastlegging
    ) -> bool:
        """Record that a term passed unmet, once. Where its lapse calls for the next
        trede, a proposal follows for a person to adopt or reject, also beside another
        open proposal: the lapse must stay in view until decided (the one adopted first
        makes the other lapse when it changes the trede). Returns False when there is
        nothing to record (already settled, or not yet passed)."""
        termijn = self.termijnen.get(termijn_id)
        if (
            termijn is None
            or termijn.status is not Termijnstatus.OPEN
            or not verstreken(termijn.tot, vandaag)
        ):
            return False
        self._leg_vast(ev.TermijnVerstreken, vastlegging, termijn=termijn_id)
        # The proposal names the rule of the version in force today and the lapse above.
        beleid = beleid_voor(Periode.van_datum(vandaag))
        voorstel = termijnvoorstel(beleid, self.trede, termijn, self.version)
        if voorstel is not None:
            self._leg_vast(
                ev.BeoordelingVoorgesteld,
                vastlegging,
                periode=None,
                beleid=str(beleid),
                voorstel=voorstel.als_dict(),
                concept_trede=voorstel.trede,
                spoed=False,
                achterstand_ten_minste_taakstelling=False,
            )
        return True

    def _trek_termijnvoorstellen_in(
        self, soort: Soort, vastlegging: Vastlegging, waardoor: str
    ) -> None:
        """Open proposals that followed from a lapsed term of this kind lapse on record
        when a new term of that kind replaces it: the escalation they ask for no longer
        rests on a term that has passed."""
        for nummer, ontwerp in list(self.voorstellen.items()):
            voorstel = ontwerp.voorstel or {}
            if voorstel.get("invoer", {}).get("soort") == str(soort):
                self._leg_vast(
                    ev.VoorstelIngetrokken,
                    vastlegging.met_reden(
                        f"vervallen: {waardoor} krijgt de gemeente een nieuwe termijn; het "
                        f"voorstel rustte op de verstreken termijn "
                        f"{voorstel['invoer'].get('termijn')}"
                    ),
                    voorstel_nummer=nummer,
                )
