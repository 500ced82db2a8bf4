"""Preparing, adopting and taking over beoordelingen: the only way a trede changes."""

from __future__ import annotations

from datetime import date

from domain import gebeurtenissen as ev
from domain import validatie
from domain.beleid import Invoer, Voorstel, beleid_voor, beoordeel
from domain.beleid.samenstellen import stel_invoer_samen
from domain.beleid.voorstel import Basis
from domain.dossier.termijnen import Termijnbewaking
from domain.dossier.toestand import Voorstelstand
from domain.errors import (
    BestaatAl,
    GeenToegang,
    LadderRegelGeschonden,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.ladder import (
    controleer_besluit,
    controleer_trede,
    termijn_overschreden,
)
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from domain.woorden import waarden


class Beoordelen(Termijnbewaking):
    # --- beoordelingen ------------------------------------------------------------

    def invoer_voor(self, periode: Periode, op: date) -> Invoer:
        """The engine's input, from the dossier's own registered figures and history."""
        return stel_invoer_samen(
            cijfers=self.cijfers_van(periode),
            huidige_trede=self.trede or 1,
            achterstand_ten_minste_taakstelling={
                p: b.achterstand_ten_minste_taakstelling for p, b in self.beoordelingen.items()
            },
            # IBT-2021 trede 6: the warning term of the last has passed unmet.
            waarschuwingstermijn_verstreken=termijn_overschreden(self.deelstappen, op),
            hoogste_trede=self._hoogste_toegestane_trede(op),
            aanvaarde_redenen=tuple(
                r.omschrijving
                for r in self.redenen.values()
                if r.periode == str(periode) and r.aanvaard
            ),
        )

    def _hoogste_toegestane_trede(self, op: date) -> int:
        """What the ladder allows without a motivated urgency decision: trede 5 only after
        a vooraankondiging whose term has passed, trede 6 only after an exceeded deelstap
        (which exists only once trede 5 was reached, by urgency or not)."""
        if termijn_overschreden(self.deelstappen, op):
            return 6
        if self.vooraankondiging_tot is None or op <= self.vooraankondiging_tot:
            return 4
        return 5

    def stel_beoordeling_voor(
        self,
        periode: Periode | None,
        vastlegging: Vastlegging,
        trede: int | None = None,
        spoed: bool = False,
    ) -> int:
        """Prepare a beoordeling: at a peildatum the engine proposes and the concept takes
        it over unless `trede` deviates; between peildata (periode None) the concept is
        the motivated `trede`. Returns the proposal number."""
        if vastlegging.rol not in (Rol.TOEZICHTHOUDER, Rol.JURIST):
            raise GeenToegang("een beoordeling wordt voorbereid door een toezichthouder of jurist")
        op = vastlegging.plaatsgevonden_op.date()
        voorstel: Voorstel | None = None
        if periode is not None:
            if str(periode) in self.beoordelingen:
                raise BestaatAl(f"de beoordeling van {periode} is al vastgesteld", "periode")
            if any(Periode.parse(p) > periode for p in self.beoordelingen):
                raise OngeldigeInvoer(
                    f"er is al een beoordeling van een latere periode dan {periode}; de regels "
                    "gaan uit van de trede die de vorige beoordeling achterliet",
                    "periode",
                )
            if op < periode.peildatum_eind:
                raise OngeldigeInvoer(
                    f"de beoordeling van {periode} kan pas na de peildatum "
                    f"{periode.peildatum_eind.isoformat()}",
                    "periode",
                )
            voorstel = beoordeel(self.invoer_voor(periode, op))
            beleid = voorstel.beleid
        else:
            beleid = beleid_voor(Periode.van_datum(op))
        concept = voorstel.trede if trede is None and voorstel else trede
        if concept is None:
            raise OngeldigeInvoer("een besluit tussen peildata noemt de trede", "trede")
        self._controleer(concept, voorstel.trede if voorstel else None, vastlegging, spoed, op)
        # IBT-2021 counts consecutive periods that ended with achterstand >= taakstelling.
        reeks = voorstel is not None and any(
            u.basis == voorstel.basis and u.regel.startswith("IBT-2021/achterstand-ten-minste")
            for u in voorstel.uitkomsten
        )
        self._leg_vast(
            ev.BeoordelingVoorgesteld,
            vastlegging,
            periode=str(periode) if periode else None,
            beleid=str(beleid),
            voorstel=voorstel.als_dict() if voorstel else None,
            concept_trede=concept,
            spoed=spoed,
            achterstand_ten_minste_taakstelling=reeks,
        )
        return self.version

    def _controleer(
        self, trede: int, voorgesteld: int | None, vastlegging: Vastlegging, spoed: bool, op: date
    ) -> None:
        controleer_besluit(
            huidig=self.trede or 1,
            nieuw=trede,
            voorgestelde_trede=voorgesteld,
            motivering=vastlegging.reden,
            spoed=spoed,
            vooraankondiging_termijn_tot=self.vooraankondiging_tot,
            deelstappen=self.deelstappen,
            op=op,
        )

    def stel_beoordeling_vast(self, nummer: int, vastlegging: Vastlegging) -> None:
        """The bestuurder adopts a prepared beoordeling; only this changes the trede."""
        if vastlegging.rol is not Rol.BESTUURDER:
            raise GeenToegang("alleen een bestuurder stelt een beoordeling vast")
        ontwerp = self._open_voorstel(nummer)
        periode, voorstel = ontwerp.periode, ontwerp.voorstel
        op = vastlegging.plaatsgevonden_op.date()
        # A proposal from a snapshot of before this rule has no trede_versie, nor has that
        # dossier until its next trede change: 0 on both sides until then.
        if ontwerp.trede_versie != self.trede_versie:
            raise LadderRegelGeschonden(
                f"voorstel {nummer} is voorbereid op trede {ontwerp.vanaf_trede or '-'}; "
                f"een later besluit heeft de trede gewijzigd (nu trede {self.trede}); "
                "bereid de beoordeling opnieuw voor",
                "nummer",
            )
        self._niet_voor(op, ontwerp.voorbereid_op, "de vaststelling", "het voorstel")
        if periode is not None:
            if periode in self.beoordelingen:
                raise BestaatAl(f"de beoordeling van {periode} is al vastgesteld", "periode")
            if voorstel is None or (
                self.invoer_voor(Periode.parse(periode), op).als_dict() != voorstel["invoer"]
            ):
                raise LadderRegelGeschonden(
                    "de cijfers of de trede zijn gewijzigd sinds het voorstel; "
                    "bereid de beoordeling opnieuw voor",
                    "nummer",
                )
        try:
            self._controleer(
                ontwerp.concept_trede,
                voorstel["trede"] if voorstel else None,
                vastlegging.met_reden(ontwerp.motivering),
                ontwerp.spoed,
                op,
            )
        except (LadderRegelGeschonden, OngeldigeInvoer) as fout:
            # The adopting request names only the proposal; its trede and reden were the
            # preparer's, so the refusal points at the proposal.
            raise type(fout)(f"voorstel {nummer}: {fout.bericht}", "nummer") from None
        self._leg_vast(
            ev.BeoordelingVastgesteld,
            vastlegging,
            voorstel_nummer=nummer,
            periode=periode,
            trede=ontwerp.concept_trede,
            vorige_trede=self.trede,
        )
        self._trek_termijnen_in(vastlegging)
        self._trek_vervallen_voorstellen_in(vastlegging)

    def _open_voorstel(self, nummer: int) -> Voorstelstand:
        if nummer not in self.voorstellen:
            status = self.afgehandelde_voorstellen.get(str(nummer))
            if status is not None:
                raise BestaatAl(f"voorstel {nummer} is al {status}", "nummer")
            raise NietGevonden(f"er is geen open voorstel {nummer}", "nummer")
        return self.voorstellen[nummer]

    def wijs_voorstel_af(self, nummer: int, vastlegging: Vastlegging) -> None:
        ontwerp = self._open_voorstel(nummer)
        validatie.tekst(vastlegging.reden, "reden", "waarom het voorstel wordt afgewezen")
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            ontwerp.voorbereid_op,
            "de afwijzing",
            "het voorstel",
        )
        self._leg_vast(ev.BeoordelingVoorstelAfgewezen, vastlegging, voorstel_nummer=nummer)

    def trek_voorstel_in(self, nummer: int, vastlegging: Vastlegging) -> None:
        """Those who prepare proposals may withdraw an open one, with a reason; the
        bestuurder rejects instead."""
        if vastlegging.rol not in (Rol.TOEZICHTHOUDER, Rol.JURIST):
            raise GeenToegang("een voorstel wordt ingetrokken door een toezichthouder of jurist")
        ontwerp = self._open_voorstel(nummer)
        validatie.tekst(vastlegging.reden, "reden", "waarom het voorstel wordt ingetrokken")
        self._niet_voor(
            vastlegging.plaatsgevonden_op.date(),
            ontwerp.voorbereid_op,
            "de intrekking",
            "het voorstel",
        )
        self._leg_vast(ev.VoorstelIngetrokken, vastlegging, voorstel_nummer=nummer)

    def _trek_vervallen_voorstellen_in(self, vastlegging: Vastlegging) -> None:
        """A decision that changed the trede makes the open proposals prepared on the old
        trede stale: they lapse on record rather than wait to be refused."""
        for nummer, ontwerp in list(self.voorstellen.items()):
            if ontwerp.trede_versie != self.trede_versie:
                self._leg_vast(
                    ev.VoorstelIngetrokken,
                    vastlegging.met_reden(
                        f"vervallen: voorbereid op trede {ontwerp.vanaf_trede or '-'}, "
                        f"inmiddels besloten tot trede {self.trede}"
                    ),
                    voorstel_nummer=nummer,
                )

    def neem_beoordeling_over(
        self,
        periode: Periode,
        trede: int,
        basis: str | None,
        bron: str,
        vastlegging: Vastlegging,
        in_gebruik_sinds: date | None = None,
    ) -> None:
        """Take over a published decision as history: no rule run, no terms started. Only
        for periods assessed before the province started using the product."""
        controleer_trede(trede)
        if vastlegging.plaatsgevonden_op.date() < periode.peildatum_eind:
            raise OngeldigeInvoer(
                f"de peildatum van {periode} ({periode.peildatum_eind.isoformat()}) is nog niet "
                "voorbij; er kan nog geen beoordeling zijn gepubliceerd",
                "periode",
            )
        if in_gebruik_sinds is not None and periode.peildatum_eind >= in_gebruik_sinds:
            raise OngeldigeInvoer(
                f"{periode} valt na de ingebruikname ({in_gebruik_sinds.isoformat()}); "
                "beoordelingen worden dan voorgesteld en vastgesteld, niet overgenomen",
                "periode",
            )
        if basis is not None:
            basis = validatie.keuze(basis, waarden(Basis), "basis")
        if str(periode) in self.beoordelingen:
            raise BestaatAl(f"er is al een beoordeling van {periode}", "periode")
        if any(Periode.parse(p) > periode for p in self.beoordelingen):
            raise OngeldigeInvoer(
                "een overgenomen beoordeling kan niet vóór een latere komen", "periode"
            )
        self._leg_vast(
            ev.BeoordelingOvergenomen,
            vastlegging,
            periode=str(periode),
            trede=trede,
            basis=basis,
            bron=validatie.tekst(bron, "bron"),
            vorige_trede=self.trede,
        )
        self._trek_termijnen_in(vastlegging)
        self._trek_vervallen_voorstellen_in(vastlegging)

    def naar_trede(self, trede: int, versie: int, op: date | None = None) -> None:
        """Called by the deciding events. Below a legal step, its acts lapse for good."""
        if trede != self.trede:
            self.trede_versie = versie
            self.trede_sinds = op
        for stap in (4, 5, 6):
            if trede < stap:
                self.afgeschaald[stap] = versie
        if trede < 6:
            self.geeffectueerd = False
        self.trede = trede
