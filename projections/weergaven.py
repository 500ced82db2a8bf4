"""View objects: what a reader gets back from projections/queries.py, already filtered for
that reader and logged. The JSON API maps them to its schemas; the pages, letters and
exports read the same objects, so none of them can forget the confidentiality rule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from projections.periodecijfers import PeriodeStand

V = TypeVar("V")


@dataclass(frozen=True)
class OpenTermijn:
    """A term still running: its legal last day, and the date as set before it moved."""

    termijn: str
    soort: str
    omschrijving: str
    trede: int
    start: str
    einddatum: str  # the legal last day (Algemene termijnenwet applied)
    einddatum_opgegeven: str
    verschoven_reden: str | None


@dataclass(frozen=True)
class OpenVoorstel:
    """A prepared beoordeling waiting for the bestuurder."""

    nummer: int
    periode: str | None  # None: a decision between peildata
    concept_trede: int
    spoed: bool
    voorbereid_door: str
    voorbereid_op: str


@dataclass(frozen=True)
class GemeenteRij:
    """A gemeente in the list and its export: where it stands, and how much is open."""

    code: str
    naam: str
    provincie: str
    trede: int | None
    trede_sinds: str | None
    versie: int
    laatste_contact: str | None
    open_voorstellen: int
    open_termijnen: int
    voortgezet_van: tuple[str, ...]
    voortgezet_door: str | None


@dataclass(frozen=True)
class DossierView:
    """One gemeente's dossier at a glance: where it stands on the ladder and since when,
    its latest figures, what runs and what waits for a decision."""

    code: str
    naam: str
    provincie: str
    trede: int | None
    trede_sinds: str | None
    versie: int
    laatste_contact: str | None
    voortgezet_van: tuple[str, ...]
    voortgezet_door: str | None
    huidige_periode: PeriodeStand | None  # the latest period with figures
    open_termijnen: tuple[OpenTermijn, ...]  # soonest end first
    open_voorstellen: tuple[OpenVoorstel, ...]


@dataclass(frozen=True)
class TijdlijnRegel:
    """One act in the dossier, as this reader may see it; times in Dutch time. For a
    reader without access, a confidential act carries no reason and only its public data."""

    versie: int
    soort: str
    omschrijving: str
    gebruiker: str
    weergavenaam: str
    rol: str
    wie: str
    plaatsgevonden_op: str
    geregistreerd_op: str
    reden: str | None
    vertrouwelijk: bool
    gegevens: Mapping[str, Any]


@dataclass(frozen=True)
class Afleiding:
    """A decided beoordeling and how it was derived: the policy version, the rule, every
    input figure and the outcome per step, or the publication it was taken over from."""

    versie: int
    periode: str | None
    trede: int
    vorige_trede: int | None
    beleid: str | None
    regel: str | None
    basis: str | None
    uitleg: str | None
    invoer: Mapping[str, Any] | None
    uitkomsten: tuple[Mapping[str, Any], ...] | None
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


@dataclass(frozen=True)
class WerkItem:
    code: str
    soort: str
    omschrijving: str
    uiterlijk: str  # ISO date


@dataclass(frozen=True)
class Signaal:
    code: str
    soort: str
    omschrijving: str
    op: str


@dataclass(frozen=True)
class WerkvoorraadView:
    """The work of one role (or everyone's): overdue, due within a week, later, and the
    notifications of the last 30 days."""

    achterstallig: tuple[WerkItem, ...]
    deze_week: tuple[WerkItem, ...]
    later: tuple[WerkItem, ...]
    signalen: tuple[Signaal, ...]


def uit_rij(klasse: type[V], rij: Mapping[str, Any]) -> V:
    """A view object from a read-table row, taking only the fields the view declares."""
    return klasse(**{f.name: rij[f.name] for f in fields(klasse)})  # type: ignore[arg-type]


def gemeente_rij(rij: Mapping[str, Any], open_termijnen: int) -> GemeenteRij:
    return uit_rij(
        GemeenteRij,
        {**rij, "open_termijnen": open_termijnen, "voortgezet_van": tuple(rij["voortgezet_van"])},
    )


def afleiding(rij: Mapping[str, Any]) -> Afleiding:
    uitkomsten = rij["uitkomsten"]
    return uit_rij(
        Afleiding,
        {**rij, "uitkomsten": tuple(uitkomsten) if uitkomsten is not None else None},
    )


def dossier_view(
    gemeente: Mapping[str, Any],
    standen: list[PeriodeStand],
    termijnen: Sequence[Mapping[str, Any]],
    voorstellen: Sequence[Mapping[str, Any]],
) -> DossierView:
    return DossierView(
        code=gemeente["code"],
        naam=gemeente["naam"],
        provincie=gemeente["provincie"],
        trede=gemeente["trede"],
        trede_sinds=gemeente["trede_sinds"],
        versie=gemeente["versie"],
        laatste_contact=gemeente["laatste_contact"],
        voortgezet_van=tuple(gemeente["voortgezet_van"]),
        voortgezet_door=gemeente["voortgezet_door"],
        huidige_periode=standen[-1] if standen else None,
        open_termijnen=tuple(uit_rij(OpenTermijn, t) for t in termijnen),
        open_voorstellen=tuple(uit_rij(OpenVoorstel, v) for v in voorstellen),
    )
