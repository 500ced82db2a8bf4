"""The toezichtbrief, the verbeterplan and the mid-period message."""

from __future__ import annotations

from datetime import date

from domain import gebeurtenissen as ev
from domain import validatie
from domain.beleid import Beleid
from domain.beleid.samenstellen import eerdere_reeks
from domain.dossier.termijnen import Termijnbewaking
from domain.errors import (
    BestaatAl,
    LadderRegelGeschonden,
    OngeldigeInvoer,
)
from domain.kalender import Kalender
from domain.ladder import (
    controleer_juridische_handeling,
)
from domain.periode import Periode
from domain.termijnen import (
    WEKEN_GESPREK,
    WEKEN_VERBETERPLAN,
    Einddatum,
    Soort,
    na_weken,
)
from domain.vastlegging import Vastlegging
from domain.werkvoorraad import tussentijdse_stand
from domain.woorden import Termijnstatus


class Brieven(Termijnbewaking):
    # --- letters and the verbeterplan ------------------------------------------------------

    def verzend_toezichtbrief(self, vastlegging: Vastlegging, kalender: Kalender) -> None:
        """The letter makes the decision known; on trede 3 under AB-2024 the province must
        hold the bestuurlijk gesprek within four weeks of it."""
        besluit = self.laatste_besluit
        if besluit is None or besluit.brief:
            raise OngeldigeInvoer("er is geen vastgestelde beoordeling zonder toezichtbrief")
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(op, besluit.op, "de toezichtbrief", "de vastgestelde beoordeling")
        termijnen = []
        if besluit.trede == 3 and besluit.beleid == str(Beleid.AB_2024):
            termijnen.append(
                self._termijn(
                    0, Soort.BESTUURLIJK_GESPREK, op, na_weken(op, WEKEN_GESPREK, kalender)
                )
            )
        self._leg_vast(
            ev.ToezichtbriefVerzonden,
            vastlegging,
            beoordeling_versie=besluit.versie,
            termijnen=termijnen,
        )

    def verzend_brief(
        self,
        soort: str,
        kenmerk: str,
        sha256: str,
        grootte: int,
        vastlegging: Vastlegging,
        kalender: Kalender,
        corrigeert: str | None = None,
    ) -> None:
        """Record a letter as sent. The toezichtbrief and the afschrift are also the acts
        that make the beoordeling known (the toezichtbrief starts its terms); a correction
        is a new letter naming the one it corrects and starts nothing again."""
        validatie.keuze(soort, validatie.BRIEFSOORTEN, "soort")
        if kenmerk in self.brieven:
            raise BestaatAl(f"de brief met kenmerk {kenmerk} is al verzonden", "kenmerk")
        if corrigeert is not None:
            eerder = self.brieven.get(corrigeert)
            if eerder is None:
                raise OngeldigeInvoer(
                    f"corrigeert: er is geen verzonden brief met kenmerk {corrigeert}",
                    "corrigeert",
                )
            if eerder.soort != soort:
                raise OngeldigeInvoer(
                    f"corrigeert: brief {corrigeert} is een {eerder.soort}, geen {soort}",
                    "corrigeert",
                )
        elif soort == "toezichtbrief":
            self.verzend_toezichtbrief(vastlegging, kalender)
        elif soort == "afschrift_raad":
            self.verzend_afschrift_raad(vastlegging)
        self._leg_vast(
            ev.BriefVerzonden,
            vastlegging,
            soort=soort,
            kenmerk=kenmerk,
            sha256=sha256,
            grootte=grootte,
            corrigeert=corrigeert,
        )

    def verzend_afschrift_raad(self, vastlegging: Vastlegging) -> None:
        if self.laatste_besluit is None or not self.laatste_besluit.brief:
            raise OngeldigeInvoer("verzend eerst de toezichtbrief")
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            self.laatste_besluit.brief_op,
            "het afschrift aan de raad",
            "de toezichtbrief",
        )
        self._leg_vast(
            ev.AfschriftRaadVerzonden,
            vastlegging,
            beoordeling_versie=self.laatste_besluit.versie,
        )

    def vraag_bijgewerkt_verbeterplan(self, vastlegging: Vastlegging, kalender: Kalender) -> None:
        """Trede 3 held: the same two four-week terms start again."""
        controleer_juridische_handeling("een bijgewerkt verbeterplan vragen", self.trede, 3)
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(op, self.trede_sinds, "het verzoek", "het besluit tot trede 3")
        self._leg_vast(
            ev.VerbeterplanBijgewerktGevraagd,
            vastlegging,
            termijnen=[
                self._termijn(
                    0, Soort.BESTUURLIJK_GESPREK, op, na_weken(op, WEKEN_GESPREK, kalender)
                )
            ],
        )

    def voer_verbeterplangesprek(
        self, vastlegging: Vastlegging, kalender: Kalender, afgesproken_tot: date | None = None
    ) -> None:
        """The bestuurlijk gesprek on the verbeterplan. When AB-2024 placed the gemeente on
        trede 3 the plan is due four weeks later (a longer term is its own extension event);
        otherwise (IBT-2021, or history taken over) the term agreed in the gesprek applies."""
        controleer_juridische_handeling("het verbeterplangesprek", self.trede, 3)
        op = vastlegging.plaatsgevonden_op.date()
        self._niet_voor(op, self.trede_sinds, "het verbeterplangesprek", "het besluit tot trede 3")
        if afgesproken_tot is not None:
            validatie.datum(afgesproken_tot, "afgesproken_tot")
        besluit = self.laatste_besluit
        ab2024 = besluit is not None and besluit.beleid == str(Beleid.AB_2024)
        if afgesproken_tot is None and not ab2024:
            raise OngeldigeInvoer(
                "buiten het AB-2024-ritme noemt het gesprek de afgesproken termijn",
                "afgesproken_tot",
            )
        if afgesproken_tot is not None and ab2024:
            raise OngeldigeInvoer(
                "onder AB-2024 geldt vier weken na het gesprek; een langere termijn is een "
                "verlenging bij aparte afspraken",
                "afgesproken_tot",
            )
        einde = (
            Einddatum.van(afgesproken_tot, kalender)
            if afgesproken_tot
            else na_weken(op, WEKEN_VERBETERPLAN, kalender)
        )
        if einde.wettelijk <= op:
            raise OngeldigeInvoer("de termijn moet na het gesprek eindigen", "afgesproken_tot")
        # One plan term at a time: a second gesprek would open a parallel term.
        for lopend in self.open_termijnen(Soort.VERBETERPLAN).values():
            raise BestaatAl(
                f"er loopt al een termijn voor het verbeterplan (tot en met "
                f"{lopend.tot.isoformat()}); verleng die termijn in plaats van een tweede "
                "gesprek te voeren",
                "termijn",
            )
        for termijn_id in self.open_termijnen(Soort.BESTUURLIJK_GESPREK):
            self._leg_vast(ev.TermijnNagekomen, vastlegging, termijn=termijn_id)
        self._leg_vast(
            ev.VerbeterplanGesprekGevoerd,
            vastlegging,
            termijnen=[self._termijn(0, Soort.VERBETERPLAN, op, einde)],
        )

    def ontvang_verbeterplan(self, vastlegging: Vastlegging) -> None:
        """Only where a plan is due: agreed in the gesprek and not yet received (a late
        plan is still received, once)."""
        verwacht = [
            t
            for t in self.verbeterplantermijnen()[:1]
            if t.status is not Termijnstatus.NAGEKOMEN and not t.plan_ontvangen
        ]
        if not verwacht:
            raise LadderRegelGeschonden(
                "er wordt geen verbeterplan verwacht: het volgt op een verbeterplangesprek "
                "en is nog niet ontvangen",
                "verbeterplan",
            )
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            verwacht[0].start,
            "de ontvangst van het verbeterplan",
            "het verbeterplangesprek",
        )
        open_plan = self.open_termijnen(Soort.VERBETERPLAN)
        for termijn_id in open_plan:
            self._leg_vast(ev.TermijnNagekomen, vastlegging, termijn=termijn_id)
        self._leg_vast(ev.VerbeterplanOntvangen, vastlegging)

    def verstuur_tussentijds_bericht(self, periode: Periode, vastlegging: Vastlegging) -> None:
        """The mid-period message; whether the gemeente is op schema and whether an
        upscaling is in sight follow from the dossier's own figures."""
        reeks = eerdere_reeks(
            periode,
            {p: b.achterstand_ten_minste_taakstelling for p, b in self.beoordelingen.items()},
        )
        op = vastlegging.plaatsgevonden_op.date()
        stand = tussentijdse_stand(self.cijfers_van(periode), self.trede, reeks, op)
        self._leg_vast(
            ev.TussentijdsBerichtVerstuurd,
            vastlegging,
            periode=str(periode),
            op_schema=stand.op_schema,
            opschaling_in_zicht=stand.opschaling_in_zicht,
            toelichting=stand.toelichting,
        )
