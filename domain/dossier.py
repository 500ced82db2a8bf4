"""The supervision dossier of one gemeente: every act is an event on this aggregate.

Each command checks its guards and raises a DomainError before anything changes; the
events themselves (domain/gebeurtenissen.py) only record.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

from domain import gebeurtenissen as ev
from domain import invoer
from domain.beleid import Invoer, Voorstel, beleid_voor, beoordeel
from domain.beleid.samenstellen import stel_invoer_samen
from domain.cijfers import Cijfers
from domain.errors import (
    BestaatAl,
    GeenToegang,
    LadderRegelGeschonden,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.ladder import (
    Deelstap,
    controleer_besluit,
    controleer_juridische_handeling,
    controleer_trede,
    termijn_overschreden,
)
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/gemeente/")


class Dossier(Aggregate):
    """One gemeente's supervision dossier; its id follows from the CBS code."""

    @staticmethod
    def create_id(code: str) -> UUID:
        return uuid5(_NAMESPACE, code.upper())

    @classmethod
    def registreer(
        cls,
        code: str,
        naam: str,
        provincie: str,
        vastlegging: Vastlegging,
        voortgezet_van: tuple[str, ...] = (),
    ) -> Dossier:
        """Open the dossier; `voortgezet_van` names the gemeenten a herindeling merged."""
        code = invoer.cbs_code(code, "code")
        return cls._create(
            ev.GemeenteGeregistreerd,
            id=cls.create_id(code),
            code=code,
            naam=invoer.tekst(naam, "naam"),
            provincie=invoer.tekst(provincie, "provincie"),
            voortgezet_van=[invoer.cbs_code(c, "voortgezet_van") for c in voortgezet_van],
            vastlegging=vastlegging.als_dict(),
        )

    def __init__(
        self,
        code: str,
        naam: str,
        provincie: str,
        voortgezet_van: list[str],
        vastlegging: dict[str, Any],
    ) -> None:
        self.code = code
        self.naam = naam
        self.provincie = provincie
        self.voortgezet_van = voortgezet_van
        self.trede: int | None = None
        self.cijfers: dict[str, dict[str, Any]] = {}
        self.cijfer_versies: dict[str, int] = {}  # "periode/veld" -> version that set it
        self.beoordelingen: dict[str, dict[str, Any]] = {}  # periode -> decision
        self.voorstellen: dict[int, dict[str, Any]] = {}  # open proposals by version
        self.redenen: dict[int, dict[str, Any]] = {}
        self.vooraankondiging_termijn_tot: date | None = None
        self.deelstappen: tuple[Deelstap, ...] = ()
        self.geeffectueerd = False

    def _leg_vast(
        self, gebeurtenis: type[ev.DossierGebeurtenis], vastlegging: Vastlegging, **velden: Any
    ) -> None:
        self.trigger_event(gebeurtenis, vastlegging=vastlegging.als_dict(), **velden)

    # --- figures -------------------------------------------------------------

    def registreer_cijfer(
        self,
        periode: Periode,
        veld: str,
        waarde: int,
        vastlegging: Vastlegging,
        bron: str | None = None,
        gegenereerd: bool = False,
    ) -> None:
        """Register one figure; registering it again is a correction naming the earlier one."""
        invoer.cijfer(veld, waarde)
        corrigeert = self.cijfer_versies.get(f"{periode}/{veld}")
        if corrigeert is not None and not vastlegging.reden:
            raise OngeldigeInvoer(
                f"{veld} voor {periode} is al geregistreerd; een correctie vraagt een reden",
                "reden",
            )
        self._leg_vast(
            ev.CijferGeregistreerd,
            vastlegging,
            periode=str(periode),
            veld=veld,
            waarde=waarde,
            bron=bron,
            gegenereerd=gegenereerd,
            corrigeert_versie=corrigeert,
        )

    def wijzig_taakstelling(
        self, periode: Periode, soort: str, waarde: int, vastlegging: Vastlegging
    ) -> None:
        """Herverdeling adds `waarde` (signed); verlaging sets the published figure."""
        invoer.keuze(soort, ("herverdeling", "verlaging"), "soort")
        huidig = self.cijfers.get(str(periode), {}).get("taakstelling_gepubliceerd")
        if huidig is None:
            raise OngeldigeInvoer(f"er is nog geen taakstelling voor {periode}", "periode")
        if soort == "verlaging" and not 0 <= waarde < huidig:
            raise OngeldigeInvoer(
                f"een verlaging moet onder de huidige taakstelling {huidig} liggen", "waarde"
            )
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.TaakstellingGewijzigd, vastlegging, periode=str(periode), soort=soort, waarde=waarde
        )

    def cijfers_van(self, periode: Periode) -> Cijfers:
        return Cijfers(periode=periode, **self.cijfers.get(str(periode), {}))

    # --- contacts, signals, excusable reasons -------------------------------------

    def leg_contact_vast(
        self,
        soort: str,
        deelnemers: list[str],
        samenvatting: str,
        vertrouwelijk: bool,
        vastlegging: Vastlegging,
    ) -> None:
        invoer.keuze(soort, invoer.CONTACTSOORTEN, "soort")
        self._leg_vast(
            ev.ContactGelegd,
            vastlegging,
            soort=soort,
            deelnemers=[d.strip() for d in deelnemers if d.strip()],
            samenvatting=invoer.tekst(samenvatting, "samenvatting"),
            vertrouwelijk=vertrouwelijk,
        )

    def ontvang_signaal(self, soort: str, omschrijving: str, vastlegging: Vastlegging) -> None:
        invoer.keuze(soort, invoer.SIGNAALSOORTEN, "soort")
        self._leg_vast(
            ev.SignaalOntvangen,
            vastlegging,
            soort=soort,
            omschrijving=invoer.tekst(omschrijving, "omschrijving"),
        )

    def dien_verschoonbare_reden_in(
        self, periode: Periode, omschrijving: str, vastlegging: Vastlegging
    ) -> int:
        """Record a reason the gemeente raises; returns its number."""
        self._leg_vast(
            ev.VerschoonbareRedenIngediend,
            vastlegging,
            periode=str(periode),
            omschrijving=invoer.verschoonbare_reden(omschrijving),
        )
        return self.version

    def beoordeel_verschoonbare_reden(
        self, nummer: int, aanvaard: bool, vastlegging: Vastlegging
    ) -> None:
        if nummer not in self.redenen:
            raise NietGevonden(f"verschoonbare reden {nummer} bestaat niet", "nummer")
        if self.redenen[nummer]["aanvaard"] is not None:
            raise BestaatAl(f"verschoonbare reden {nummer} is al beoordeeld", "nummer")
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.VerschoonbareRedenBeoordeeld, vastlegging, nummer=nummer, aanvaard=aanvaard
        )

    # --- beoordelingen ------------------------------------------------------------

    def invoer_voor(self, periode: Periode, op: date) -> Invoer:
        """The engine's input, from the dossier's own registered figures and history."""
        return stel_invoer_samen(
            cijfers=self.cijfers_van(periode),
            huidige_trede=self.trede or 1,
            achterstand_ten_minste_taakstelling={
                p: b["achterstand_ten_minste_taakstelling"] for p, b in self.beoordelingen.items()
            },
            waarschuwingstermijn_verstreken=(
                self.vooraankondiging_termijn_tot is not None
                and op > self.vooraankondiging_termijn_tot
            ),
            aanvaarde_redenen=tuple(
                r["omschrijving"]
                for r in self.redenen.values()
                if r["periode"] == str(periode) and r["aanvaard"]
            ),
        )

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
            vooraankondiging_termijn_tot=self.vooraankondiging_termijn_tot,
            deelstappen=self.deelstappen,
            op=op,
        )

    def stel_beoordeling_vast(self, nummer: int, vastlegging: Vastlegging) -> None:
        """The bestuurder adopts a prepared beoordeling; only this changes the trede."""
        if vastlegging.rol is not Rol.BESTUURDER:
            raise GeenToegang("alleen een bestuurder stelt een beoordeling vast")
        ontwerp = self._open_voorstel(nummer)
        periode, voorstel = ontwerp["periode"], ontwerp["voorstel"]
        op = vastlegging.plaatsgevonden_op.date()
        if periode is not None:
            if periode in self.beoordelingen:
                raise BestaatAl(f"de beoordeling van {periode} is al vastgesteld", "periode")
            if self.invoer_voor(Periode.parse(periode), op).als_dict() != voorstel["invoer"]:
                raise LadderRegelGeschonden(
                    "de cijfers of de trede zijn gewijzigd sinds het voorstel; "
                    "bereid de beoordeling opnieuw voor",
                    "nummer",
                )
        self._controleer(
            ontwerp["concept_trede"],
            voorstel["trede"] if voorstel else None,
            vastlegging.met_reden(ontwerp["motivering"]),
            ontwerp["spoed"],
            op,
        )
        self._leg_vast(
            ev.BeoordelingVastgesteld,
            vastlegging,
            voorstel_nummer=nummer,
            periode=periode,
            trede=ontwerp["concept_trede"],
            vorige_trede=self.trede,
        )

    def _open_voorstel(self, nummer: int) -> dict[str, Any]:
        if nummer not in self.voorstellen:
            raise NietGevonden(f"er is geen open voorstel {nummer}", "nummer")
        return self.voorstellen[nummer]

    def wijs_voorstel_af(self, nummer: int, vastlegging: Vastlegging) -> None:
        self._open_voorstel(nummer)
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(ev.BeoordelingVoorstelAfgewezen, vastlegging, voorstel_nummer=nummer)

    def neem_beoordeling_over(
        self, periode: Periode, trede: int, basis: str | None, bron: str, vastlegging: Vastlegging
    ) -> None:
        """Take over a published decision as history: no rule run, no terms started."""
        controleer_trede(trede)
        if basis is not None:
            invoer.keuze(basis, ("totaalopgave", "koppelingstekort"), "basis")
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
            bron=invoer.tekst(bron, "bron"),
            vorige_trede=self.trede,
        )

    def naar_trede(self, trede: int) -> None:
        """Called by the deciding events. Downscaled below a legal step, its acts lapse."""
        if trede < 4:
            self.vooraankondiging_termijn_tot = None
        if trede < 5:
            self.deelstappen = ()
        if trede < 6:
            self.geeffectueerd = False
        self.trede = trede

    # --- legal acts -----------------------------------------------------------------

    def verzend_vooraankondiging(self, termijn_tot: date, vastlegging: Vastlegging) -> None:
        controleer_juridische_handeling("de vooraankondiging", self.trede, 4)
        if termijn_tot <= vastlegging.plaatsgevonden_op.date():
            raise OngeldigeInvoer("de termijn moet na de verzenddatum eindigen", "termijn_tot")
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(ev.VooraankondigingVerzonden, vastlegging, termijn_tot=termijn_tot)

    def neem_indeplaatsstellingsbesluit(
        self, deelstappen: list[Deelstap], vastlegging: Vastlegging
    ) -> None:
        controleer_juridische_handeling("het besluit tot indeplaatsstelling", self.trede, 5)
        if not deelstappen:
            raise OngeldigeInvoer(
                "een last noemt ten minste één deelstap met termijn", "deelstappen"
            )
        for stap in deelstappen:
            invoer.tekst(stap.omschrijving, "deelstappen.omschrijving")
            if stap.termijn_tot <= vastlegging.plaatsgevonden_op.date():
                raise OngeldigeInvoer("elke termijn moet na het besluit eindigen", "deelstappen")
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.IndeplaatsstellingsbesluitGenomen,
            vastlegging,
            deelstappen=[
                {"omschrijving": s.omschrijving, "termijn_tot": s.termijn_tot} for s in deelstappen
            ],
        )

    def effectueer_indeplaatsstelling(self, vastlegging: Vastlegging) -> None:
        controleer_juridische_handeling("de feitelijke indeplaatsstelling", self.trede, 6)
        if not termijn_overschreden(self.deelstappen, vastlegging.plaatsgevonden_op.date()):
            raise LadderRegelGeschonden("geen termijn van de last is overschreden", "trede")
        if self.geeffectueerd:
            raise BestaatAl("de indeplaatsstelling is al geëffectueerd")
        self._leg_vast(ev.IndeplaatsstellingGeeffectueerd, vastlegging)

    # --- corrections ---------------------------------------------------------------------

    def corrigeer(self, versie: int, toelichting: str, vastlegging: Vastlegging) -> None:
        """Record that an earlier event (by version) was wrong and why; it stays on record."""
        if not 1 <= versie <= self.version:
            raise NietGevonden(f"er is geen gebeurtenis met versie {versie}", "versie")
        invoer.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.CorrectieVastgelegd,
            vastlegging,
            versie=versie,
            toelichting=invoer.tekst(toelichting, "toelichting"),
        )
