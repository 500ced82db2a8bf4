"""Province totals: sums over the gemeenten beside the published figures."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PadParameter

from api.deps import ContainerDep, FilterDep
from api.errors import FOUTEN
from api.schemas import ProvincieTotaal
from api.toegang import LezenDep
from documenten.gepubliceerd import gepubliceerde_totalen
from domain.errors import NietGevonden

router = APIRouter(
    prefix="/provincies", tags=["provincie"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.get("/{provincie}/totalen", response_model=list[ProvincieTotaal])
def read_provincie_totalen(
    provincie: Annotated[str, PadParameter(pattern=r"^[A-Za-z][A-Za-z -]{1,39}$")],
    c: ContainerDep,
    _: LezenDep,
) -> list[ProvincieTotaal]:
    """Per periode: de som van de gemeentecijfers naast de gepubliceerde provinciecijfers."""
    berekend = {r["periode"]: r for r in c.queries.provincie_totalen(provincie)}
    gepubliceerd = gepubliceerde_totalen(provincie.lower())
    bekend = any(r["provincie"].lower() == provincie.lower() for r in c.queries.gemeenten())
    if not (bekend or gepubliceerd):  # an unknown provincie is not an empty list
        raise NietGevonden(f"provincie {provincie} is niet bekend", "provincie")
    return [
        ProvincieTotaal(periode=p, berekend=berekend.get(p), gepubliceerd=gepubliceerd.get(p))
        for p in sorted(set(berekend) | set(gepubliceerd))
    ]
