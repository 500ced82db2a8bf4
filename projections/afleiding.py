"""How a trede was reached: one decision with the proposal it came from, every input
figure with the registration it came from, and every later change of that figure. Read
from the read tables (the decision, the proposal, the timeline's figure events); the
proposal event already holds the figures the engine used, and the versions say which
registration was on record then."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from domain.beleid.voorstel import Beleid
from projections import tables as t
from projections.queries import Queries
from projections.tijdlijn import in_nederlandse_tijd

# The figures the engine reads, as a reader names them; herverdeling is added to the
# published taakstelling.
CIJFERS: dict[str, str] = {
    "taakstelling_gepubliceerd": "Taakstelling (gepubliceerd)",
    "herverdeling": "Herverdeling",
    "stand_begin": "Stand begin periode",
    "realisatie": "Realisatie",
    "stand_eind": "Stand eind periode",
    "tijdig_beschikbaar": "Tijdig beschikbaar",
}
_SOORTEN = ("CijferGeregistreerd", "CijferIngetrokken", "TaakstellingGewijzigd")


@dataclass(frozen=True)
class Registratie:
    """One event that set (or withdrew) a figure, and who recorded it when."""

    versie: int
    soort: str
    waarde: int | None  # the figure after this event; None: withdrawn
    wie: str
    geregistreerd_op: str
    plaatsgevonden_op: str
    reden: str | None
    bron: str | None


@dataclass(frozen=True)
class LatereWijziging:
    """A change of an input figure recorded after the proposal was made."""

    registratie: Registratie
    van: int | None
    naar: int | None
    voor_vaststelling: bool  # recorded between the proposal and its adoption


@dataclass(frozen=True)
class Invoercijfer:
    veld: str
    naam: str
    waarde: int | None  # as the engine used it
    bron: Registratie | None  # the registration on record when the proposal was made
    later: list[LatereWijziging] = field(default_factory=list)


@dataclass(frozen=True)
class Afleiding:
    code: str
    naam: str
    versie: int
    periode: str | None
    trede: int
    vorige_trede: int | None
    beleid: str | None
    beleid_naam: str | None
    regel: str | None
    basis: str | None
    uitleg: str | None
    overgenomen: bool
    bron: str | None
    voorgestelde_trede: int | None
    regel_trede: int | None  # the rule's result before the one-step cap and preconditions
    begrensd: bool
    huidige_trede: int | None  # the trede the proposal started from
    hoogste_trede: int | None  # the ladder's limit from the legal acts on record
    uitkomsten: list[dict[str, Any]]
    afwijking: bool
    motivering: str | None
    spoed: bool
    voorstel_nummer: int | None
    voorbereid_door: str | None
    voorbereid_op: str | None
    voorgesteld_geregistreerd_op: str | None
    vastgesteld_door: str
    vastgesteld_op: str
    vastgesteld_geregistreerd_op: str
    cijfers: list[Invoercijfer]

    @property
    def gecorrigeerd(self) -> bool:
        return any(c.later for c in self.cijfers)


def _waarde_na(rij: dict[str, Any], vorige: int | None) -> tuple[str, int | None]:
    g = rij["gegevens"]
    if rij["soort"] == "CijferIngetrokken":
        return g["veld"], None
    if rij["soort"] == "TaakstellingGewijzigd":
        if g["soort"] == "herverdeling":
            return "herverdeling", (vorige or 0) + g["waarde"]
        return "taakstelling_gepubliceerd", g["waarde"]
    return g["veld"], g["waarde"]


def _registraties(
    rijen: list[dict[str, Any]], periode: str, namen: dict[str, str]
) -> dict[str, list[Registratie]]:
    """Per figure of the period, every event that set it, in the order recorded."""
    per_veld: dict[str, list[Registratie]] = {}
    for rij in sorted(rijen, key=lambda r: r["versie"]):
        if rij["gegevens"].get("periode") != periode:
            continue
        reeks = per_veld.setdefault(_waarde_na(rij, None)[0], [])
        veld, waarde = _waarde_na(rij, reeks[-1].waarde if reeks else None)
        reeks.append(
            Registratie(
                versie=rij["versie"],
                soort=rij["soort"] if rij["soort"] != "TaakstellingGewijzigd" else veld,
                waarde=waarde,
                wie=f"{namen.get(rij['gebruiker'], rij['gebruiker'])} ({rij['rol']})",
                geregistreerd_op=in_nederlandse_tijd(rij["geregistreerd_op"]),
                plaatsgevonden_op=in_nederlandse_tijd(rij["plaatsgevonden_op"]),
                reden=rij["reden"],
                bron=rij["gegevens"].get("bron"),
            )
        )
    return per_veld


def _invoercijfer(
    veld: str, gebruikt: int | None, reeks: list[Registratie], voorstel: int, besluit: int
) -> Invoercijfer:
    toen = [r for r in reeks if r.versie < voorstel]
    bron = toen[-1] if toen and toen[-1].waarde is not None else None
    later, vorige = [], gebruikt
    for r in reeks:
        if r.versie > voorstel:
            later.append(LatereWijziging(r, vorige, r.waarde, r.versie < besluit))
            vorige = r.waarde
    return Invoercijfer(veld, CIJFERS[veld], gebruikt, bron, later)


def afleiding(queries: Queries, code: str, versie: int) -> Afleiding | None:
    """The derivation of the decision at this version, as known when it was made and with
    every later change flagged; None when there is no decision at that version."""
    b, g, v, tl = t.beoordelingen.c, t.gemeenten.c, t.voorstellen.c, t.tijdlijn.c
    besluit = queries.een(select(t.beoordelingen).where(b.code == code, b.versie == versie))
    gemeente = queries.een(select(g.naam).where(g.code == code))
    if besluit is None or gemeente is None:
        return None
    rij = queries.een(select(tl.gegevens).where(tl.code == code, tl.versie == versie))
    nummer = (rij or {}).get("gegevens", {}).get("voorstel_nummer")
    ontwerp = (
        queries.een(select(t.voorstellen).where(v.code == code, v.nummer == nummer))
        if nummer is not None
        else None
    )
    voorgesteld = (
        queries.een(select(tl.geregistreerd_op).where(tl.code == code, tl.versie == nummer))
        if nummer is not None
        else None
    )
    figuren = queries.alle(
        select(t.tijdlijn).where(tl.code == code, tl.soort.in_(_SOORTEN)).order_by(tl.versie)
    )
    personen = {r["gebruiker"] for r in figuren} | {
        besluit["vastgesteld_door"],
        besluit["voorbereid_door"] or "",
    }
    namen = queries.weergavenamen(personen)
    invoer = besluit["invoer"] or {}
    voorstel = (ontwerp or {}).get("voorstel") or {}
    cijfers: list[Invoercijfer] = []
    if invoer and nummer is not None and besluit["periode"]:
        reeksen = _registraties(figuren, besluit["periode"], namen)
        gebruikt = {
            **{k: invoer.get(k) for k in CIJFERS},
            "herverdeling": invoer["taakstelling"] - invoer["taakstelling_gepubliceerd"] or None,
        }
        cijfers = [
            _invoercijfer(veld, gebruikt[veld], reeksen.get(veld, []), nummer, versie)
            for veld in CIJFERS
            if gebruikt[veld] is not None or reeksen.get(veld)
        ]
    beleid = besluit["beleid"]
    uitkomsten = besluit["uitkomsten"] or []
    gekozen = [u for u in uitkomsten if u["basis"] == besluit["basis"]]

    def wie(naam: str | None) -> str | None:
        return namen.get(naam, naam) if naam else None

    return Afleiding(
        code=code,
        naam=gemeente["naam"],
        versie=versie,
        periode=besluit["periode"],
        trede=besluit["trede"],
        vorige_trede=besluit["vorige_trede"],
        beleid=beleid,
        beleid_naam=Beleid(beleid).naam if beleid in tuple(Beleid) else None,
        regel=besluit["regel"],
        basis=besluit["basis"],
        uitleg=besluit["uitleg"],
        overgenomen=besluit["overgenomen"],
        bron=besluit["bron"],
        voorgestelde_trede=besluit["voorgestelde_trede"],
        regel_trede=gekozen[0]["trede"] if gekozen else None,
        begrensd=bool(voorstel.get("begrensd")),
        huidige_trede=invoer.get("huidige_trede"),
        hoogste_trede=invoer.get("hoogste_trede"),
        uitkomsten=uitkomsten,
        afwijking=besluit["afwijking"],
        motivering=besluit["motivering"],
        spoed=besluit["spoed"],
        voorstel_nummer=nummer,
        voorbereid_door=wie(besluit["voorbereid_door"]),
        voorbereid_op=ontwerp["voorbereid_op"] if ontwerp else None,
        voorgesteld_geregistreerd_op=(
            in_nederlandse_tijd(voorgesteld["geregistreerd_op"]) if voorgesteld else None
        ),
        vastgesteld_door=f"{wie(besluit['vastgesteld_door'])} ({besluit['vastgesteld_rol']})",
        vastgesteld_op=besluit["vastgesteld_op"],
        vastgesteld_geregistreerd_op=in_nederlandse_tijd(besluit["geregistreerd_op"]),
        cijfers=cijfers,
    )
