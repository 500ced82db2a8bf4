"""The province map: gemeente boundaries (CBS/Kadaster, WGS84) projected to SVG paths on
the server. Each gemeente is a link with its name and trede; the trede is shown as a
number as well as a colour, so the map never relies on colour alone."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

GEO = Path(__file__).resolve().parent.parent.parent / "data" / "geo"
BREEDTE = 560.0
SCHAAL_LON = math.cos(math.radians(52.0))  # equirectangular, true at the Netherlands' latitude

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Gebied:
    code: str
    naam: str
    ringen: tuple[Ring, ...]


@dataclass(frozen=True)
class KaartGebied:
    code: str
    naam: str
    pad: str
    x: float  # label position
    y: float
    trede: int | None


@dataclass(frozen=True)
class Kaart:
    breedte: float
    hoogte: float
    gebieden: list[KaartGebied]
    omtrek: list[str]  # province outline paths


def _ringen(geometrie: dict[str, Any]) -> tuple[Ring, ...]:
    polygonen = (
        [geometrie["coordinates"]] if geometrie["type"] == "Polygon" else geometrie["coordinates"]
    )
    return tuple([(float(x), float(y)) for x, y in poly[0]] for poly in polygonen)


@cache
def gemeenten() -> dict[str, Gebied]:
    data = json.loads((GEO / "gemeenten_2023.geojson").read_text(encoding="utf-8"))
    return {
        f["properties"]["code"]: Gebied(
            f["properties"]["code"], f["properties"]["naam"], _ringen(f["geometry"])
        )
        for f in data["features"]
    }


@cache
def provincies() -> dict[str, Gebied]:
    data = json.loads((GEO / "provincies_2023.geojson").read_text(encoding="utf-8"))
    return {
        f["properties"]["naam"].lower(): Gebied(
            f["properties"]["code"], f["properties"]["naam"], _ringen(f["geometry"])
        )
        for f in data["features"]
    }


def _zwaartepunt(ring: Ring) -> tuple[float, float]:
    """Area centroid of a ring (the shoelace formula); the mean of the points if flat."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        k = x0 * y1 - x1 * y0
        a += k
        cx += (x0 + x1) * k
        cy += (y0 + y1) * k
    if abs(a) < 1e-12:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return cx / (3 * a), cy / (3 * a)


def _oppervlak(ring: Ring) -> float:
    paren = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in paren)) / 2


@dataclass(frozen=True)
class _Geometrie:
    """The drawing of a set of gemeenten: it depends on which are shown, never on their
    trede, so it is made once per set and province and reused by every request."""

    hoogte: float
    paden: dict[str, tuple[str, float, float]]  # code -> path, label x, label y
    omtrek: list[str]


@lru_cache(maxsize=32)
def _geometrie(codes: frozenset[str], provincie: str) -> _Geometrie:
    bekend = gemeenten()
    gebieden = [bekend[c] for c in sorted(codes)]
    omtrek_gebied = provincies().get(provincie)
    punten = [p for g in gebieden for r in g.ringen for p in r]
    min_x = min(x for x, _ in punten) * SCHAAL_LON
    max_x = max(x for x, _ in punten) * SCHAAL_LON
    min_y, max_y = min(y for _, y in punten), max(y for _, y in punten)
    schaal = BREEDTE / ((max_x - min_x) or 1.0)
    hoogte = round((max_y - min_y) * schaal, 1)

    def xy(p: tuple[float, float]) -> tuple[float, float]:
        return (
            round((p[0] * SCHAAL_LON - min_x) * schaal, 1),
            round((max_y - p[1]) * schaal, 1),
        )

    def pad(ringen: tuple[Ring, ...]) -> str:
        delen = []
        for ring in ringen:
            coords = [xy(p) for p in ring]
            delen.append("M" + " L".join(f"{x},{y}" for x, y in coords) + " Z")
        return " ".join(delen)

    paden = {}
    for g in gebieden:
        x, y = xy(_zwaartepunt(max(g.ringen, key=_oppervlak)))
        paden[g.code] = (pad(g.ringen), x, y)
    omtrek = [pad(omtrek_gebied.ringen)] if omtrek_gebied else []
    return _Geometrie(hoogte, paden, omtrek)


def kaart(treden: dict[str, int | None], provincie: str | None = None) -> Kaart | None:
    """A map of the gemeenten in `treden` (code -> trede) that have a boundary, with the
    outline of `provincie` when known. None when no gemeente has a boundary."""
    bekend = gemeenten()
    codes = [c for c in treden if c in bekend]
    if not codes:
        return None
    geometrie = _geometrie(frozenset(codes), (provincie or "").lower())
    uit = []
    for code in codes:
        pad, x, y = geometrie.paden[code]
        uit.append(KaartGebied(code, bekend[code].naam, pad, x, y, treden[code]))
    return Kaart(BREEDTE, geometrie.hoogte, uit, list(geometrie.omtrek))
