"""One gemeente's figures per period with what follows from them (percentages, O - R) and
both kinds of discrepancy, for every reader: the API, the pages and, later, the letters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.cijfers import Cijfers
from domain.periode import Periode

VELDEN = (
    "taakstelling_gepubliceerd",
    "herverdeling",
    "stand_begin",
    "realisatie",
    "stand_eind",
    "tijdig_beschikbaar",
    "gegenereerd",
)


@dataclass(frozen=True)
class PeriodeStand:
    periode: str
    taakstelling_gepubliceerd: int | None
    herverdeling: int
    taakstelling: int | None
    stand_begin: int | None
    totaalopgave: int | None
    realisatie: int | None
    realisatie_lopend: bool
    realisatie_omschrijving: str | None
    stand_eind: int | None
    berekende_stand_eind: int | None
    afwijking_stand_eind: int | None  # registered end stand minus O - R
    afwijking_met_volgende_periode: int | None  # next period's start minus this end stand
    pct_taakstelling: int | None
    pct_totaalopgave: int | None
    tijdig_beschikbaar: int | None
    koppelingstekort: bool
    gegenereerd: bool


def cijfers_uit_rij(rij: dict[str, Any]) -> Cijfers:
    return Cijfers(
        periode=Periode.parse(rij["periode"]),
        **{k: rij[k] for k in VELDEN},
        realisatie_op=(
            datetime.fromisoformat(rij["realisatie_op"]).date() if rij["realisatie_op"] else None
        ),
    )


def periode_standen(rijen: list[dict[str, Any]]) -> list[PeriodeStand]:
    """Rows of the perioden read model, in period order, as derived figures."""
    per_periode = {r["periode"]: r for r in rijen}
    uitvoer = []
    for rij in rijen:
        cijfers = cijfers_uit_rij(rij)
        volgende = per_periode.get(str(cijfers.periode.volgende()), {}).get("stand_begin")
        uitvoer.append(
            PeriodeStand(
                periode=rij["periode"],
                taakstelling_gepubliceerd=cijfers.taakstelling_gepubliceerd,
                herverdeling=cijfers.herverdeling,
                taakstelling=cijfers.taakstelling,
                stand_begin=cijfers.stand_begin,
                totaalopgave=cijfers.totaalopgave,
                realisatie=cijfers.realisatie,
                realisatie_lopend=cijfers.realisatie_lopend,
                realisatie_omschrijving=cijfers.realisatie_omschrijving,
                stand_eind=cijfers.stand_eind,
                berekende_stand_eind=cijfers.berekende_stand_eind,
                afwijking_stand_eind=cijfers.afwijking_stand_eind,
                afwijking_met_volgende_periode=(
                    volgende - cijfers.stand_eind
                    if volgende is not None and cijfers.stand_eind is not None
                    else None
                ),
                pct_taakstelling=cijfers.pct_taakstelling,
                pct_totaalopgave=cijfers.pct_totaalopgave,
                tijdig_beschikbaar=cijfers.tijdig_beschikbaar,
                koppelingstekort=cijfers.koppelingstekort,
                gegenereerd=cijfers.gegenereerd,
            )
        )
    return uitvoer


def _som(waarden: list[int | None]) -> int | None:
    """As SQL's SUM: unregistered figures do not count; None when none is registered."""
    geteld = [w for w in waarden if w is not None]
    return sum(geteld) if geteld else None


def totalen_per_periode(rijen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sums over gemeenten's period rows, per period in order. The taakstelling of each is
    the domain's (published plus herverdeling, `Cijfers.taakstelling`), never re-added here."""
    per_periode: dict[str, list[dict[str, Any]]] = {}
    for rij in sorted(rijen, key=lambda r: r["periode"]):
        per_periode.setdefault(rij["periode"], []).append(rij)
    return [
        {
            "periode": periode,
            "gemeenten": len(groep),
            "taakstelling": _som([cijfers_uit_rij(r).taakstelling for r in groep]),
            "stand_begin": _som([r["stand_begin"] for r in groep]),
            "realisatie": _som([r["realisatie"] for r in groep]),
            "stand_eind": _som([r["stand_eind"] for r in groep]),
            "gegenereerd": int(any(r["gegenereerd"] for r in groep)),
        }
        for periode, groep in per_periode.items()
    ]
