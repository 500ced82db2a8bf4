"""The supervision dossier of one gemeente: every act is an event on this aggregate.

Public methods check their guards and raise a DomainError before anything changes;
the private @event methods only record, so replaying them is deterministic.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.beleid import Invoer, Voorstel, beleid_voor, beoordeel
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

CBS_CODE = re.compile(r"^GM\d{4}$")
CONTACTSOORTEN = (
    "telefoon",
    "e-mail",
    "ambtelijk toezichtgesprek",
    "voortgangsgesprek",
    "bestuurlijk overleg",
)
SIGNAALSOORTEN = ("omkoppeling", "stapelgemeente")
# Figures registered per period; a second registration is a correction and needs a reason.
CIJFERVELDEN = (
    "taakstelling_gepubliceerd",
    "stand_begin",
    "realisatie",
    "stand_eind",
    "tijdig_beschikbaar",
)
_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/gemeente/")


def _tekst(waarde: str | None, veld: str) -> str:
    """A required text field, stripped; refused when empty."""
    if waarde is None or not waarde.strip():
        raise OngeldigeInvoer(f"{veld} is verplicht", veld)
    return waarde.strip()


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
        code = code.strip().upper()
        if not CBS_CODE.match(code):
            raise OngeldigeInvoer(f"'{code}' is geen CBS-code (GM gevolgd door 4 cijfers)", "code")
        for vorige in voortgezet_van:
            if not CBS_CODE.match(vorige):
                raise OngeldigeInvoer(f"'{vorige}' is geen CBS-code", "voortgezet_van")
        return cls(
            code=code,
            naam=_tekst(naam, "naam"),
            provincie=_tekst(provincie, "provincie"),
            vastlegging=vastlegging.als_dict(),
            voortgezet_van=list(voortgezet_van),
        )

    @event("GemeenteGeregistreerd")
    def __init__(
        self,
        code: str,
        naam: str,
        provincie: str,
        vastlegging: dict[str, Any],
        voortgezet_van: list[str],
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
        if veld not in CIJFERVELDEN:
            raise OngeldigeInvoer(f"onbekend cijfer '{veld}'", "veld")
        if veld in ("taakstelling_gepubliceerd", "realisatie", "tijdig_beschikbaar") and waarde < 0:
            raise OngeldigeInvoer(f"{veld} kan niet negatief zijn", veld)
        if abs(waarde) > 1_000_000:
            raise OngeldigeInvoer(f"{veld} {waarde} is onwaarschijnlijk groot", veld)
        sleutel = f"{periode}/{veld}"
        corrigeert = self.cijfer_versies.get(sleutel)
        if corrigeert is not None and not vastlegging.reden:
            raise OngeldigeInvoer(
                f"{veld} voor {periode} is al geregistreerd; een correctie vraagt een reden",
                "reden",
            )
        self._cijfer_geregistreerd(
            periode=str(periode),
            veld=veld,
            waarde=waarde,
            bron=bron,
            gegenereerd=gegenereerd,
            corrigeert_versie=corrigeert,
            vastlegging=vastlegging.als_dict(),
        )

    @event("CijferGeregistreerd")
    def _cijfer_geregistreerd(
        self,
        periode: str,
        veld: str,
        waarde: int,
        bron: str | None,
        gegenereerd: bool,
        corrigeert_versie: int | None,
        vastlegging: dict[str, Any],
    ) -> None:
        rij = self.cijfers.setdefault(periode, {"herverdeling": 0})
        rij[veld] = waarde
        rij["gegenereerd"] = rij.get("gegenereerd", False) or gegenereerd
        self.cijfer_versies[f"{periode}/{veld}"] = self.version + 1

    def wijzig_taakstelling(
        self, periode: Periode, soort: str, waarde: int, vastlegging: Vastlegging
    ) -> None:
        """Herverdeling adds `waarde` (signed); verlaging sets the published figure."""
        if soort not in ("herverdeling", "verlaging"):
            raise OngeldigeInvoer("soort moet 'herverdeling' of 'verlaging' zijn", "soort")
        huidig = self.cijfers.get(str(periode), {}).get("taakstelling_gepubliceerd")
        if huidig is None:
            raise OngeldigeInvoer(f"er is nog geen taakstelling voor {periode}", "periode")
        if soort == "verlaging" and not 0 <= waarde < huidig:
            raise OngeldigeInvoer(
                f"een verlaging moet onder de huidige taakstelling {huidig} liggen", "waarde"
            )
        _tekst(vastlegging.reden, "reden")
        self._taakstelling_gewijzigd(
            periode=str(periode), soort=soort, waarde=waarde, vastlegging=vastlegging.als_dict()
        )

    @event("TaakstellingGewijzigd")
    def _taakstelling_gewijzigd(
        self, periode: str, soort: str, waarde: int, vastlegging: dict[str, Any]
    ) -> None:
        rij = self.cijfers[periode]
        if soort == "herverdeling":
            rij["herverdeling"] = rij.get("herverdeling", 0) + waarde
        else:
            rij["taakstelling_gepubliceerd"] = waarde

    def cijfers_van(self, periode: Periode) -> Cijfers:
        rij = self.cijfers.get(str(periode), {})
        return Cijfers(periode=periode, **{k: v for k, v in rij.items()})

    # --- contacts, signals, excusable reasons -------------------------------------

    def leg_contact_vast(
        self,
        soort: str,
        deelnemers: list[str],
        samenvatting: str,
        vertrouwelijk: bool,
        vastlegging: Vastlegging,
    ) -> None:
        if soort not in CONTACTSOORTEN:
            raise OngeldigeInvoer(f"soort moet een van {', '.join(CONTACTSOORTEN)} zijn", "soort")
        self._contact_gelegd(
            soort=soort,
            deelnemers=[d.strip() for d in deelnemers if d.strip()],
            samenvatting=_tekst(samenvatting, "samenvatting"),
            vertrouwelijk=vertrouwelijk,
            vastlegging=vastlegging.als_dict(),
        )

    @event("ContactGelegd")
    def _contact_gelegd(
        self,
        soort: str,
        deelnemers: list[str],
        samenvatting: str,
        vertrouwelijk: bool,
        vastlegging: dict[str, Any],
    ) -> None:
        pass  # the dossier keeps no state for contacts; the projections read the event

    def ontvang_signaal(self, soort: str, omschrijving: str, vastlegging: Vastlegging) -> None:
        if soort not in SIGNAALSOORTEN:
            raise OngeldigeInvoer(f"soort moet een van {', '.join(SIGNAALSOORTEN)} zijn", "soort")
        self._signaal_ontvangen(
            soort=soort,
            omschrijving=_tekst(omschrijving, "omschrijving"),
            vastlegging=vastlegging.als_dict(),
        )

    @event("SignaalOntvangen")
    def _signaal_ontvangen(
        self, soort: str, omschrijving: str, vastlegging: dict[str, Any]
    ) -> None:
        pass

    def dien_verschoonbare_reden_in(
        self, periode: Periode, omschrijving: str, vastlegging: Vastlegging
    ) -> int:
        """Record a reason the gemeente raises; returns its number."""
        tekst = _tekst(omschrijving, "omschrijving")
        if re.search(
            r"gezinssamenstelling|samenstelling van (de )?(gezinnen|huishoudens)", tekst, re.I
        ):
            raise OngeldigeInvoer(
                "de gezinssamenstelling van gekoppelde vergunninghouders tegenover de "
                "woningvoorraad is nooit een verschoonbare reden",
                "omschrijving",
            )
        self._reden_ingediend(
            periode=str(periode), omschrijving=tekst, vastlegging=vastlegging.als_dict()
        )
        return self.version

    @event("VerschoonbareRedenIngediend")
    def _reden_ingediend(
        self, periode: str, omschrijving: str, vastlegging: dict[str, Any]
    ) -> None:
        self.redenen[self.version + 1] = {
            "periode": periode,
            "omschrijving": omschrijving,
            "aanvaard": None,
        }

    def beoordeel_verschoonbare_reden(
        self, nummer: int, aanvaard: bool, vastlegging: Vastlegging
    ) -> None:
        if nummer not in self.redenen:
            raise NietGevonden(f"verschoonbare reden {nummer} bestaat niet", "nummer")
        if self.redenen[nummer]["aanvaard"] is not None:
            raise BestaatAl(f"verschoonbare reden {nummer} is al beoordeeld", "nummer")
        _tekst(vastlegging.reden, "reden")
        self._reden_beoordeeld(nummer=nummer, aanvaard=aanvaard, vastlegging=vastlegging.als_dict())

    @event("VerschoonbareRedenBeoordeeld")
    def _reden_beoordeeld(self, nummer: int, aanvaard: bool, vastlegging: dict[str, Any]) -> None:
        self.redenen[nummer]["aanvaard"] = aanvaard

    # --- beoordelingen ------------------------------------------------------------

    def invoer_voor(self, periode: Periode, op: date) -> Invoer:
        """Gather the engine's input from the dossier's own registered figures."""
        cijfers = self.cijfers_van(periode)
        ontbreekt = cijfers.ontbrekend_voor_beoordeling()
        if ontbreekt:
            raise OngeldigeInvoer(
                f"voor een beoordeling van {periode} ontbreken: {', '.join(ontbreekt)}",
                ontbreekt[0],
            )
        reeks, vorige = 0, periode.vorige()
        while self.beoordelingen.get(str(vorige), {}).get("achterstand_ten_minste_taakstelling"):
            reeks, vorige = reeks + 1, vorige.vorige()
        assert cijfers.taakstelling_gepubliceerd is not None and cijfers.taakstelling is not None
        assert cijfers.stand_begin is not None and cijfers.realisatie is not None
        assert cijfers.stand_eind is not None
        return Invoer(
            periode=str(periode),
            huidige_trede=self.trede or 1,
            taakstelling_gepubliceerd=cijfers.taakstelling_gepubliceerd,
            taakstelling=cijfers.taakstelling,
            stand_begin=cijfers.stand_begin,
            realisatie=cijfers.realisatie,
            stand_eind=cijfers.stand_eind,
            tijdig_beschikbaar=cijfers.tijdig_beschikbaar,
            eerdere_perioden_achterstand_ten_minste_taakstelling=reeks,
            waarschuwingstermijn_verstreken=(
                self.vooraankondiging_termijn_tot is not None
                and op > self.vooraankondiging_termijn_tot
            ),
            verschoonbare_redenen=tuple(
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
        # IBT-2021 counts consecutive periods with achterstand >= taakstelling.
        achterstand_ten_minste_t = voorstel is not None and any(
            u.basis == voorstel.basis and u.regel.startswith("IBT-2021/achterstand-ten-minste")
            for u in voorstel.uitkomsten
        )
        self._voorgesteld(
            periode=str(periode) if periode else None,
            beleid=str(beleid),
            voorstel=voorstel.als_dict() if voorstel else None,
            concept_trede=concept,
            spoed=spoed,
            achterstand_ten_minste_taakstelling=achterstand_ten_minste_t,
            vastlegging=vastlegging.als_dict(),
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

    @event("BeoordelingVoorgesteld")
    def _voorgesteld(
        self,
        periode: str | None,
        beleid: str,
        voorstel: dict[str, Any] | None,
        concept_trede: int,
        spoed: bool,
        achterstand_ten_minste_taakstelling: bool,
        vastlegging: dict[str, Any],
    ) -> None:
        self.voorstellen[self.version + 1] = {
            "periode": periode,
            "beleid": beleid,
            "voorstel": voorstel,
            "concept_trede": concept_trede,
            "spoed": spoed,
            "achterstand_ten_minste_taakstelling": achterstand_ten_minste_taakstelling,
            "motivering": vastlegging["reden"],
            "voorbereid_door": vastlegging["gebruiker"],
        }

    def stel_beoordeling_vast(self, nummer: int, vastlegging: Vastlegging) -> None:
        """The bestuurder adopts a prepared beoordeling; only this changes the trede."""
        if vastlegging.rol is not Rol.BESTUURDER:
            raise GeenToegang("alleen een bestuurder stelt een beoordeling vast")
        ontwerp = self._open_voorstel(nummer)
        periode = ontwerp["periode"]
        if periode is not None:
            if periode in self.beoordelingen:
                raise BestaatAl(f"de beoordeling van {periode} is al vastgesteld", "periode")
            actueel = self.invoer_voor(Periode.parse(periode), vastlegging.plaatsgevonden_op.date())
            if actueel.als_dict() != ontwerp["voorstel"]["invoer"]:
                raise LadderRegelGeschonden(
                    "de cijfers of de trede zijn gewijzigd sinds het voorstel; "
                    "bereid de beoordeling opnieuw voor",
                    "nummer",
                )
        voorstel = ontwerp["voorstel"]
        motivering = ontwerp["motivering"]
        self._controleer(
            ontwerp["concept_trede"],
            voorstel["trede"] if voorstel else None,
            vastlegging.met_reden(motivering),
            ontwerp["spoed"],
            vastlegging.plaatsgevonden_op.date(),
        )
        self._vastgesteld(
            voorstel_nummer=nummer,
            periode=periode,
            trede=ontwerp["concept_trede"],
            vorige_trede=self.trede,
            vastlegging=vastlegging.als_dict(),
        )

    def _open_voorstel(self, nummer: int) -> dict[str, Any]:
        if nummer not in self.voorstellen:
            raise NietGevonden(f"er is geen open voorstel {nummer}", "nummer")
        return self.voorstellen[nummer]

    @event("BeoordelingVastgesteld")
    def _vastgesteld(
        self,
        voorstel_nummer: int,
        periode: str | None,
        trede: int,
        vorige_trede: int | None,
        vastlegging: dict[str, Any],
    ) -> None:
        ontwerp = self.voorstellen.pop(voorstel_nummer)
        if periode is not None:
            self.beoordelingen[periode] = {
                "trede": trede,
                "achterstand_ten_minste_taakstelling": ontwerp[
                    "achterstand_ten_minste_taakstelling"
                ],
            }
        self._naar_trede(trede)

    def wijs_voorstel_af(self, nummer: int, vastlegging: Vastlegging) -> None:
        self._open_voorstel(nummer)
        _tekst(vastlegging.reden, "reden")
        self._afgewezen(voorstel_nummer=nummer, vastlegging=vastlegging.als_dict())

    @event("BeoordelingVoorstelAfgewezen")
    def _afgewezen(self, voorstel_nummer: int, vastlegging: dict[str, Any]) -> None:
        del self.voorstellen[voorstel_nummer]

    def neem_beoordeling_over(
        self, periode: Periode, trede: int, basis: str | None, bron: str, vastlegging: Vastlegging
    ) -> None:
        """Take over a published decision as history: no rule run, no terms started."""
        controleer_trede(trede)
        if basis not in (None, "totaalopgave", "koppelingstekort"):
            raise OngeldigeInvoer("basis moet totaalopgave of koppelingstekort zijn", "basis")
        if str(periode) in self.beoordelingen:
            raise BestaatAl(f"er is al een beoordeling van {periode}", "periode")
        if any(p > str(periode) for p in self.beoordelingen):
            raise OngeldigeInvoer(
                "een overgenomen beoordeling kan niet na een latere komen", "periode"
            )
        self._overgenomen(
            periode=str(periode),
            trede=trede,
            basis=basis,
            bron=_tekst(bron, "bron"),
            vorige_trede=self.trede,
            vastlegging=vastlegging.als_dict(),
        )

    @event("BeoordelingOvergenomen")
    def _overgenomen(
        self,
        periode: str,
        trede: int,
        basis: str | None,
        bron: str,
        vorige_trede: int | None,
        vastlegging: dict[str, Any],
    ) -> None:
        # Decision: a published trede of 3 or more means the achterstand was >= taakstelling.
        self.beoordelingen[periode] = {
            "trede": trede,
            "achterstand_ten_minste_taakstelling": trede >= 3,
        }
        self._naar_trede(trede)

    def _naar_trede(self, trede: int) -> None:
        if trede < 4:  # downscaled below the legal steps: their acts no longer apply
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
        _tekst(vastlegging.reden, "reden")
        self._vooraankondiging(termijn_tot=termijn_tot, vastlegging=vastlegging.als_dict())

    @event("VooraankondigingVerzonden")
    def _vooraankondiging(self, termijn_tot: date, vastlegging: dict[str, Any]) -> None:
        self.vooraankondiging_termijn_tot = termijn_tot

    def neem_indeplaatsstellingsbesluit(
        self, deelstappen: list[Deelstap], vastlegging: Vastlegging
    ) -> None:
        controleer_juridische_handeling("het besluit tot indeplaatsstelling", self.trede, 5)
        if not deelstappen:
            raise OngeldigeInvoer(
                "een last noemt ten minste één deelstap met termijn", "deelstappen"
            )
        for stap in deelstappen:
            _tekst(stap.omschrijving, "deelstappen.omschrijving")
            if stap.termijn_tot <= vastlegging.plaatsgevonden_op.date():
                raise OngeldigeInvoer("elke termijn moet na het besluit eindigen", "deelstappen")
        _tekst(vastlegging.reden, "reden")
        self._besluit(
            deelstappen=[
                {"omschrijving": s.omschrijving, "termijn_tot": s.termijn_tot} for s in deelstappen
            ],
            vastlegging=vastlegging.als_dict(),
        )

    @event("IndeplaatsstellingsbesluitGenomen")
    def _besluit(self, deelstappen: list[dict[str, Any]], vastlegging: dict[str, Any]) -> None:
        self.deelstappen = tuple(Deelstap(s["omschrijving"], s["termijn_tot"]) for s in deelstappen)

    def effectueer_indeplaatsstelling(self, vastlegging: Vastlegging) -> None:
        controleer_juridische_handeling("de feitelijke indeplaatsstelling", self.trede, 6)
        if not termijn_overschreden(self.deelstappen, vastlegging.plaatsgevonden_op.date()):
            raise LadderRegelGeschonden("geen termijn van de last is overschreden", "trede")
        if self.geeffectueerd:
            raise BestaatAl("de indeplaatsstelling is al geëffectueerd")
        self._geeffectueerd(vastlegging=vastlegging.als_dict())

    @event("IndeplaatsstellingGeeffectueerd")
    def _geeffectueerd(self, vastlegging: dict[str, Any]) -> None:
        self.geeffectueerd = True

    # --- corrections ---------------------------------------------------------------------

    def corrigeer(self, versie: int, toelichting: str, vastlegging: Vastlegging) -> None:
        """Record that an earlier event (by version) was wrong and why; it stays on record."""
        if not 1 <= versie <= self.version:
            raise NietGevonden(f"er is geen gebeurtenis met versie {versie}", "versie")
        _tekst(vastlegging.reden, "reden")
        self._gecorrigeerd(
            versie=versie,
            toelichting=_tekst(toelichting, "toelichting"),
            vastlegging=vastlegging.als_dict(),
        )

    @event("CorrectieVastgelegd")
    def _gecorrigeerd(self, versie: int, toelichting: str, vastlegging: dict[str, Any]) -> None:
        pass
