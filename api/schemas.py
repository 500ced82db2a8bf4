"""The API contract: request and response models. Shape only; rules live in domain/."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, field_validator

from domain import tekens
from domain.beleid.voorstel import Basis
from domain.validatie import CBS_CODE_PATROON
from domain.woorden import Cijferveld, ContactSoort, SignaalSoort, TaakstellingSoort, Uitkomst

Tekst = Field(min_length=1, max_length=10_000)
# Counts and switches take only a JSON number or true/false: no `true` as 1, no 1.0, no "1".
Geheel = Annotated[int, Strict()]
JaNee = Annotated[bool, Strict()]


def _in_bereik(waarde: date) -> date:
    if not 2000 <= waarde.year <= 2100:
        raise ValueError("ligt buiten 2000-2100")
    return waarde


def _tijdstip_in_bereik(waarde: datetime) -> datetime:
    _in_bereik(waarde.date())
    return waarde


Datum = Annotated[date, AfterValidator(_in_bereik)]
Tijdstip = Annotated[datetime, AfterValidator(_tijdstip_in_bereik)]
Periode = Field(min_length=6, max_length=8, examples=["2024-1"], pattern=r"^[0-9]{4}-(1|2|I|II)$")


class Verzoek(BaseModel):
    """Every request body: unknown fields refused, no control or bidi characters in any text."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _geen_stuurtekens(cls, waarde: Any) -> Any:
        teksten = waarde if isinstance(waarde, list) else [waarde]
        for tekst in teksten:
            reden = tekens.fout(tekst) if isinstance(tekst, str) else None
            if reden is not None:
                raise ValueError(reden)
        return waarde


class Commando(Verzoek):
    """Fields every command may carry."""

    plaatsgevonden_op: Tijdstip | None = Field(
        default=None,
        description="Wanneer het gebeurde (standaard: nu). Zonder tijdzone: Nederlandse tijd.",
    )
    reden: str | None = Field(
        default=None,
        max_length=10_000,
        description="Waarom; verplicht bij correcties en afwijkingen.",
    )
    verwachte_versie: Geheel | None = Field(
        default=None,
        ge=0,
        le=10_000_000,
        description="De versie van het dossier die de client las; 409 als die intussen veranderde.",
    )


class GemeenteCreate(Commando):
    code: str = Field(pattern=CBS_CODE_PATROON, examples=["GM0344"])
    naam: str = Field(min_length=1, max_length=200)
    provincie: str = Field(min_length=1, max_length=100)
    voortgezet_van: list[Annotated[str, Field(pattern=CBS_CODE_PATROON)]] = Field(
        default_factory=list, max_length=20
    )


class CijferCreate(Commando):
    periode: str = Periode
    veld: Cijferveld
    waarde: Geheel = Field(ge=-1_000_000, le=1_000_000)
    bron: str | None = Field(default=None, max_length=500)


class TaakstellingWijziging(Commando):
    soort: TaakstellingSoort
    waarde: Geheel = Field(ge=-1_000_000, le=1_000_000)


class ContactCreate(Commando):
    soort: ContactSoort
    deelnemers: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=50
    )
    samenvatting: str = Tekst
    vertrouwelijk: JaNee = False


class SignaalCreate(Commando):
    soort: SignaalSoort
    omschrijving: str = Tekst


class RedenCreate(Commando):
    periode: str = Periode
    omschrijving: str = Tekst


class RedenBeoordeling(Commando):
    aanvaard: JaNee


class VoorstelCreate(Commando):
    periode: str | None = Field(
        default=None,
        min_length=6,
        max_length=8,
        pattern=r"^[0-9]{4}-(1|2|I|II)$",
        description="De beoordeelde periode; leeg voor een besluit tussen peildata.",
    )
    trede: Geheel | None = Field(
        default=None, ge=1, le=6, description="Alleen bij afwijken of tussen peildata."
    )
    spoed: JaNee = False


class OvergenomenBeoordeling(Commando):
    periode: str = Periode
    trede: Geheel = Field(ge=1, le=6)
    basis: Basis | None = None
    bron: str = Field(min_length=1, max_length=500)


class VooraankondigingCreate(Commando):
    termijn_tot: Datum


class Deelstap(Verzoek):
    omschrijving: str = Field(min_length=1, max_length=2000)
    termijn_tot: Datum


class BesluitCreate(Commando):
    deelstappen: list[Deelstap] = Field(min_length=1, max_length=50)


class UitspraakCreate(Commando):
    """De uitspraak op het beroep: plaatsgevonden_op is de uitspraakdatum, reden de
    samenvatting van de uitspraak (verplicht)."""

    uitkomst: Uitkomst
    instantie: str = Field(min_length=1, max_length=200, description="De rechtbank")
    zaaknummer: str | None = Field(default=None, max_length=100)


class CijferIntrekking(Commando):
    """Een verkeerd geregistreerd cijfer intrekken; reden verplicht."""

    periode: str = Periode
    veld: Cijferveld
    versie: int = Field(
        ge=1,
        le=10_000_000,
        description="De gebeurtenis (dossierversie) die het cijfer registreerde.",
    )


class CorrectieCreate(Commando):
    versie: Geheel = Field(ge=1, le=10_000_000)
    toelichting: str = Tekst


class Resultaat(BaseModel):
    """What a command returns: where the event landed."""

    notificatie: int
    versie: int | None = Field(
        default=None,
        description="De nieuwe versie van het dossier: stuur die als verwachte_versie mee.",
    )
    nummer: int | None = None


class GemeentePublic(BaseModel):
    code: str
    naam: str
    provincie: str
    trede: int | None
    trede_sinds: str | None
    versie: int
    laatste_contact: str | None
    open_voorstellen: int
    open_termijnen: int
    voortgezet_van: list[str] = Field(
        description="Bij herindeling: de opgeheven gemeenten waarvan dit dossier de geschiedenis voortzet."
    )
    voortgezet_door: str | None = Field(
        description="Bij herindeling: de gemeente die dit dossier voortzet."
    )


class GemeenteDetail(GemeentePublic):
    huidige_periode: dict[str, Any] | None


class PeriodeCijfers(BaseModel):
    periode: str
    taakstelling_gepubliceerd: int | None
    herverdeling: int
    taakstelling: int | None
    stand_begin: int | None
    totaalopgave: int | None
    realisatie: int | None
    realisatie_lopend: bool = Field(
        description="De realisatie is geteld voor de peildatum: de stand tot nu, "
        "niet de realisatie over de hele periode."
    )
    realisatie_omschrijving: str | None = Field(
        description="Hoe de realisatie te lezen: 'stand tot nu' of 'realisatie over de periode'."
    )
    stand_eind: int | None
    berekende_stand_eind: int | None
    afwijking_stand_eind: int | None
    afwijking_met_volgende_periode: int | None
    pct_taakstelling: int | None
    pct_totaalopgave: int | None
    tijdig_beschikbaar: int | None
    koppelingstekort: bool
    gegenereerd: bool


class BeoordelingPublic(BaseModel):
    versie: int
    periode: str | None
    trede: int
    vorige_trede: int | None
    beleid: str | None
    regel: str | None
    basis: str | None
    uitleg: str | None
    invoer: dict[str, Any] | None
    uitkomsten: list[dict[str, Any]] | None
    voorgestelde_trede: int | None
    afwijking: bool
    motivering: str | None
    spoed: bool
    overgenomen: bool
    bron: str | None
    voorbereid_door: str | None
    vastgesteld_door: str
    vastgesteld_rol: str
    vastgesteld_op: str
    geregistreerd_op: str


class VoorstelPublic(BaseModel):
    nummer: int
    periode: str | None
    beleid: str
    concept_trede: int
    voorstel: dict[str, Any] | None
    spoed: bool
    motivering: str | None
    voorbereid_door: str
    voorbereid_op: str
    status: str
    afgehandeld_door: str | None = None
    afgehandeld_op: str | None = None
    afgehandeld_reden: str | None = None


class TijdlijnItem(BaseModel):
    """One act in the dossier, in the order things happened; times in Dutch time."""

    versie: int
    soort: str
    omschrijving: str = Field(description="Wat er gebeurde, in het Nederlands.")
    gebruiker: str
    weergavenaam: str
    rol: str
    wie: str = Field(description="Wie het deed: naam en rol, bijvoorbeeld 'A. de Vries (jurist)'.")
    plaatsgevonden_op: str = Field(description="Wanneer het gebeurde (Nederlandse tijd).")
    geregistreerd_op: str = Field(description="Wanneer het werd vastgelegd (Nederlandse tijd).")
    reden: str | None
    vertrouwelijk: bool
    gegevens: dict[str, Any]


class TermijnPublic(BaseModel):
    code: str
    termijn: str
    soort: str
    omschrijving: str
    trede: int
    start: str
    tot: str = Field(description="Laatste dag waarop aan de verplichting kan worden voldaan.")
    einddatum: str = Field(
        description="De wettelijke einddatum (gelijk aan tot): na verschuiving door de "
        "Algemene termijnenwet."
    )
    einddatum_opgegeven: str = Field(
        description="De einddatum zoals opgegeven of berekend, vóór verschuiving."
    )
    verschoven_reden: str | None = Field(
        description="Waarom de einddatum is verschoven; leeg als die niet verschoof."
    )
    status: str
    verlengd: bool
    afgesloten_op: str | None


class TermijnVerlenging(Commando):
    tot: Datum = Field(description="Nieuwe laatste dag (aparte afspraken); reden verplicht.")


class GesprekCreate(Commando):
    afgesproken_tot: Datum | None = Field(
        default=None, description="Onder IBT-2021: de afgesproken termijn voor het verbeterplan."
    )


class TussentijdsBerichtCreate(Commando):
    periode: str = Periode


class WerkItem(BaseModel):
    code: str
    soort: str
    omschrijving: str
    uiterlijk: str


class Signaal(BaseModel):
    code: str
    soort: str
    omschrijving: str
    op: str


class Melding(BaseModel):
    code: str
    versie: int
    soort: str
    tekst: str
    op: str


class Werkvoorraad(BaseModel):
    achterstallig: list[WerkItem]
    deze_week: list[WerkItem]
    later: list[WerkItem]
    signalen: list[Signaal]


class RedenPublic(BaseModel):
    nummer: int
    periode: str
    omschrijving: str
    aanvaard: bool | None
    motivering: str | None


class ProvincieTotaal(BaseModel):
    periode: str
    berekend: dict[str, Any] | None
    gepubliceerd: dict[str, Any] | None


class Mij(BaseModel):
    naam: str
    rol: str
    weergavenaam: str


class InzageRegel(BaseModel):
    gebruiker: str
    rol: str
    code: str
    versie: int
    op: str
