"""The supervision dossier of one gemeente: every act is an event on this aggregate.
Identity, state, figures, contacts and corrections live here; the other commands in
the parts it is composed of (beoordelen, termijnen, brieven, juridisch, ontvangst).

Each command checks its guards and raises a DomainError before anything changes; the
events themselves (domain/gebeurtenissen.py) only record.
"""

from __future__ import annotations

from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

from domain import gebeurtenissen as ev
from domain import validatie
from domain.cijfers import controleer_datering
from domain.dossier import toestand
from domain.dossier.beoordelen import Beoordelen
from domain.dossier.ontvangst import Ontvangst
from domain.dossier.toestand import (
    Beoordelingstand,
    Besluitstand,
    Cijferstand,
    Redenstand,
    Termijnstand,
    Verzoekstand,
    Voorstelstand,
)
from domain.errors import (
    BestaatAl,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.periode import Periode
from domain.vastlegging import Vastlegging
from domain.woorden import TaakstellingSoort, waarden

_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/gemeente/")


class Dossier(Beoordelen, Ontvangst, Aggregate):
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
        code = validatie.cbs_code(code, "code")
        return cls._create(
            ev.GemeenteGeregistreerd,
            id=cls.create_id(code),
            code=code,
            naam=validatie.tekst(naam, "naam"),
            provincie=validatie.tekst(provincie, "provincie"),
            voortgezet_van=[validatie.cbs_code(c, "voortgezet_van") for c in voortgezet_van],
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
        self.cijfers: dict[str, Cijferstand] = {}
        self.cijfer_versies: dict[str, int] = {}  # "periode/veld" -> version that set it
        self.beoordelingen: dict[str, Beoordelingstand] = {}
        self.voorstellen: dict[int, Voorstelstand] = {}
        self.redenen: dict[int, Redenstand] = {}
        self.termijnen: dict[str, Termijnstand] = {}
        self.laatste_besluit: Besluitstand | None = None
        self.geeffectueerd = False
        self.afgeschaald: dict[int, int] = {}
        self.verzoeken: dict[str, Verzoekstand] = {}
        ev.onthoud_verzoek(self, vastlegging, 1)

    def herstel_na_snapshot(self) -> None:
        """A snapshot passes through JSON, which turns number keys into text, and one of
        an older version holds plain dicts: restore both before the events after it apply,
        or proposals and reasons seem not to exist (domain/dossier/toestand.py)."""
        toestand.herstel(self.__dict__)

    def eerder_uitgevoerd(self, vastlegging: Vastlegging) -> int | None:
        """The version of the last event an earlier request with the same key recorded;
        a key reused for different content is refused."""
        if not vastlegging.verzoek:
            return None
        eerder = self.verzoeken.get(f"{vastlegging.gebruiker}:{vastlegging.verzoek}")
        if eerder is None:
            return None
        if eerder.vingerafdruk != vastlegging.vingerafdruk:
            raise OngeldigeInvoer(
                "deze Idempotency-Key hoort bij een ander verzoek; gebruik een nieuwe sleutel",
                "Idempotency-Key",
            )
        return eerder.laatste

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
        veld = validatie.keuze(veld, validatie.CIJFERVELDEN, "veld")
        validatie.cijfer(veld, waarde)
        controleer_datering(periode, veld, vastlegging.plaatsgevonden_op.date())
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

    def trek_cijfer_in(
        self, periode: Periode, veld: str, versie: int, vastlegging: Vastlegging
    ) -> None:
        """Withdraw the registration (by version) that counts for this figure: the period
        and every total stop counting it. It stays on record; a reason is required."""
        veld = validatie.keuze(veld, validatie.CIJFERVELDEN, "veld")
        geldend = self.cijfer_versies.get(f"{periode}/{veld}")
        if geldend is None:
            raise NietGevonden(f"voor {periode} is geen {veld} geregistreerd", "veld")
        if versie != geldend:
            raise OngeldigeInvoer(
                f"versie {versie} is niet de geldende registratie van {veld} voor {periode}; "
                f"dat is versie {geldend}",
                "versie",
            )
        validatie.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.CijferIngetrokken, vastlegging, periode=str(periode), veld=veld, versie=versie
        )

    def wijzig_taakstelling(
        self, periode: Periode, soort: str, waarde: int, vastlegging: Vastlegging
    ) -> None:
        """Herverdeling adds `waarde` (signed); verlaging sets the published figure."""
        soort = validatie.keuze(soort, waarden(TaakstellingSoort), "soort")
        rij = self.cijfers.get(str(periode))
        huidig = rij.taakstelling_gepubliceerd if rij else None
        if rij is None or huidig is None:
            raise OngeldigeInvoer(f"er is nog geen taakstelling voor {periode}", "periode")
        herverdeling = rij.herverdeling
        if soort == "herverdeling" and huidig + herverdeling + waarde < 0:
            raise OngeldigeInvoer(
                f"na deze herverdeling zou de taakstelling negatief zijn "
                f"({huidig + herverdeling + waarde})",
                "waarde",
            )
        if soort == "verlaging" and not 0 <= waarde < huidig:
            raise OngeldigeInvoer(
                f"een verlaging moet onder de huidige taakstelling {huidig} liggen", "waarde"
            )
        validatie.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.TaakstellingGewijzigd, vastlegging, periode=str(periode), soort=soort, waarde=waarde
        )

    # --- contacts, signals, excusable reasons -------------------------------------

    def leg_contact_vast(
        self,
        soort: str,
        deelnemers: list[str],
        samenvatting: str,
        vertrouwelijk: bool,
        vastlegging: Vastlegging,
    ) -> None:
        soort = validatie.keuze(soort, validatie.CONTACTSOORTEN, "soort")
        self._leg_vast(
            ev.ContactGelegd,
            vastlegging,
            soort=soort,
            deelnemers=[d.strip() for d in deelnemers if d.strip()],
            samenvatting=validatie.tekst(samenvatting, "samenvatting"),
            vertrouwelijk=vertrouwelijk,
        )

    def ontvang_signaal(self, soort: str, omschrijving: str, vastlegging: Vastlegging) -> None:
        soort = validatie.keuze(soort, validatie.SIGNAALSOORTEN, "soort")
        self._leg_vast(
            ev.SignaalOntvangen,
            vastlegging,
            soort=soort,
            omschrijving=validatie.tekst(omschrijving, "omschrijving"),
        )

    def dien_verschoonbare_reden_in(
        self, periode: Periode, omschrijving: str, vastlegging: Vastlegging
    ) -> int:
        """Record a reason the gemeente raises; returns its number."""
        self._leg_vast(
            ev.VerschoonbareRedenIngediend,
            vastlegging,
            periode=str(periode),
            omschrijving=validatie.verschoonbare_reden(omschrijving),
        )
        return self.version

    def beoordeel_verschoonbare_reden(
        self, nummer: int, aanvaard: bool, vastlegging: Vastlegging
    ) -> None:
        if nummer not in self.redenen:
            raise NietGevonden(f"verschoonbare reden {nummer} bestaat niet", "nummer")
        if self.redenen[nummer].aanvaard is not None:
            raise BestaatAl(f"verschoonbare reden {nummer} is al beoordeeld", "nummer")
        if aanvaard:  # the rule holds at acceptance too, whatever slipped past submission
            validatie.verschoonbare_reden(self.redenen[nummer].omschrijving)
        validatie.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.VerschoonbareRedenBeoordeeld, vastlegging, nummer=nummer, aanvaard=aanvaard
        )

    # --- corrections ---------------------------------------------------------------------

    def corrigeer(self, versie: int, toelichting: str, vastlegging: Vastlegging) -> None:
        """Record that an earlier event (by version) was wrong and why; it stays on record."""
        if not 1 <= versie <= self.version:
            raise NietGevonden(f"er is geen gebeurtenis met versie {versie}", "versie")
        validatie.tekst(vastlegging.reden, "reden")
        self._leg_vast(
            ev.CorrectieVastgelegd,
            vastlegging,
            versie=versie,
            toelichting=validatie.tekst(toelichting, "toelichting"),
        )
