"""Charts for the dossier page, laid out on the server as SVG coordinates: the template
draws them with presentation attributes only (no script, no style attribute), and the
page prints the same numbers as a table and a sentence beside each chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.periode import Periode

BREEDTE = 640.0
HOOGTE = 260.0
LINKS, RECHTS, BOVEN, ONDER = 56.0, 16.0, 16.0, 40.0
MAX_STAAF = 72.0  # a lone period is a bar, not a wall
MAANDEN_KORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


@dataclass(frozen=True)
class Streep:
    """A gridline with its label: y in the drawing, the value it stands for."""

    y: float
    tekst: str


@dataclass(frozen=True)
class Staaf:
    periode: str
    waarde: int
    x: float
    y: float
    breedte: float
    hoogte: float
    voorsprong: bool  # below the zero line


@dataclass(frozen=True)
class Staafgrafiek:
    breedte: float
    hoogte: float
    links: float
    rechts: float
    nul_y: float
    strepen: list[Streep]
    staven: list[Staaf]


@dataclass(frozen=True)
class Punt:
    dag: date
    waarde: int
    x: float
    y: float


@dataclass(frozen=True)
class Maandstreep:
    x: float
    tekst: str


@dataclass(frozen=True)
class Lijngrafiek:
    breedte: float
    hoogte: float
    links: float
    rechts: float
    onder: float
    strepen: list[Streep]
    maanden: list[Maandstreep]
    schema: str  # the op-schema line as SVG polyline points
    realisatie: str
    punten: list[Punt]
    vandaag_x: float | None


def _rond_omhoog(waarde: int) -> int:
    """A round upper bound for an axis: 1, 2 or 5 times a power of ten."""
    if waarde <= 0:
        return 1
    stap = 1
    while True:
        for factor in (1, 2, 5):
            if waarde <= stap * factor:
                return stap * factor
        stap *= 10


def _as_grens(waarde: int) -> int:
    """The end of an axis: `waarde` rounded up to a tenth of its order of magnitude."""
    stap = max(_rond_omhoog(waarde) // 10, 1)
    return max(-(-waarde // stap) * stap, 1)


def _strepen(laag: int, hoog: int, y: Callable[[int], float]) -> list[Streep]:
    """Gridlines at round values from `laag` to `hoog`, zero among them."""
    stap = _rond_omhoog(-(-(hoog - laag) // 5))
    eerste = -((-laag) // stap) * stap  # the first multiple of stap at or above laag
    return [Streep(y(w), f"{w:,}".replace(",", ".")) for w in range(eerste, hoog + 1, stap)]


def achterstand_grafiek(standen: list[tuple[str, int]]) -> Staafgrafiek | None:
    """Bars of the achterstand per period (a voorsprong hangs below the zero line)."""
    if not standen:
        return None
    hoog = _as_grens(max(max(w for _, w in standen), 0))
    laag = -_as_grens(-min(w for _, w in standen)) if min(w for _, w in standen) < 0 else 0
    vlak = HOOGTE - BOVEN - ONDER

    def y(w: int) -> float:
        return round(BOVEN + (hoog - w) / (hoog - laag) * vlak, 1)

    vak = (BREEDTE - LINKS - RECHTS) / len(standen)
    staven = []
    for i, (periode, waarde) in enumerate(standen):
        top, voet = y(max(waarde, 0)), y(min(waarde, 0))
        breedte = min(vak * 0.7, MAX_STAAF)
        staven.append(
            Staaf(
                periode,
                waarde,
                round(LINKS + i * vak + (vak - breedte) / 2, 1),
                top,
                round(breedte, 1),
                round(max(voet - top, 1.0), 1),
                waarde < 0,
            )
        )
    return Staafgrafiek(
        BREEDTE, HOOGTE, LINKS, BREEDTE - RECHTS, y(0), _strepen(laag, hoog, y), staven
    )


def schema_op(periode: Periode, taakstelling: int, dag: date) -> int:
    """Where the op-schema line stands on `dag`: nothing at the start, half the
    taakstelling at the tussentijds moment (the rule of 'op schema'), all of it at the end."""
    begin, midden, einde = periode.begin, periode.tussentijds_moment, periode.einde
    if dag <= midden:
        deel = (dag - begin).days / (midden - begin).days / 2
    else:
        deel = 0.5 + (dag - midden).days / (einde - midden).days / 2
    return round(taakstelling * min(max(deel, 0.0), 1.0))


def verloop_grafiek(
    periode: Periode, taakstelling: int, metingen: list[tuple[date, int]], vandaag: date
) -> Lijngrafiek:
    """The running period's realisatie so far against the op-schema line."""
    hoog = _as_grens(max([taakstelling, *(w for _, w in metingen)]))
    vlak_b, vlak_h = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER
    dagen = (periode.einde - periode.begin).days

    def x(dag: date) -> float:
        return round(LINKS + (dag - periode.begin).days / dagen * vlak_b, 1)

    def y(w: int) -> float:
        return round(BOVEN + (hoog - w) / hoog * vlak_h, 1)

    hoeken = (
        (periode.begin, 0),
        (periode.tussentijds_moment, schema_op(periode, taakstelling, periode.tussentijds_moment)),
        (periode.einde, taakstelling),
    )
    punten = [Punt(d, w, x(d), y(w)) for d, w in metingen]
    # The line starts at zero on the first day: realisatie counts within the period.
    lijn = [(x(periode.begin), y(0)), *((p.x, p.y) for p in punten)]
    maanden = [
        Maandstreep(x(date(periode.begin.year, m, 1)), MAANDEN_KORT[m - 1])
        for m in range(periode.begin.month, periode.begin.month + 6)
    ]
    return Lijngrafiek(
        BREEDTE,
        HOOGTE,
        LINKS,
        BREEDTE - RECHTS,
        HOOGTE - ONDER,
        _strepen(0, hoog, y),
        maanden,
        " ".join(f"{x(d)},{y(w)}" for d, w in hoeken),
        " ".join(f"{a},{b}" for a, b in lijn),
        punten,
        x(vandaag) if periode.begin <= vandaag <= periode.einde else None,
    )
