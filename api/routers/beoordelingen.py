"""Beoordelingen: the engine's proposal, adoption by a bestuurder, and the history."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, lezer, stempel
from api.schemas import (
    BeoordelingPublic,
    Commando,
    OvergenomenBeoordeling,
    Resultaat,
    VoorstelCreate,
    VoorstelPublic,
)
from api.toegang import BeheerDep, BestuurDep, BestuurOfToezichtDep, LezenDep, ToezichtDep
from application.commandos import (
    NeemBeoordelingOver,
)
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}", tags=["beoordelingen"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.get("/beoordelingen", response_model=list[BeoordelingPublic])
def read_beoordelingen(code: Code, c: ContainerDep, g: LezenDep) -> list[BeoordelingPublic]:
    """Elke vastgestelde of overgenomen beoordeling met haar afleiding."""
    bestaat(c, code)
    return [BeoordelingPublic(**asdict(a)) for a in c.queries.afleidingen(code, lezer(g))]


@router.get("/voorstellen", response_model=list[VoorstelPublic])
def read_voorstellen(
    code: Code,
    c: ContainerDep,
    _: LezenDep,
    status: Literal["open", "vastgesteld", "afgewezen", "ingetrokken"] | None = None,
) -> list[dict[str, Any]]:
    """Voorbereide beoordelingen (open, vastgesteld, afgewezen of ingetrokken)."""
    bestaat(c, code)
    return c.queries.voorstellen(code, status)


@router.post("/voorstellen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_voorstel(code: Code, body: VoorstelCreate, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Bereid een beoordeling voor: het voorstel van de regels, of een gemotiveerde afwijking."""
    return c.voer_uit(bouw.voorstel(code, body), stempel(g, c, body))


@router.post(
    "/voorstellen/{nummer}/vaststelling",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def adopt_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: BestuurDep
) -> Antwoord:
    """Stel een voorbereide beoordeling vast (alleen een bestuurder); dit wijzigt de trede."""
    return c.voer_uit(bouw.vaststelling(code, body, nummer), stempel(g, c, body))


@router.post(
    "/voorstellen/{nummer}/afwijzing", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def reject_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: BestuurOfToezichtDep
) -> Antwoord:
    """Wijs een voorstel af, met reden."""
    return c.voer_uit(bouw.afwijzing(code, body, nummer), stempel(g, c, body))


@router.post(
    "/voorstellen/{nummer}/intrekking",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def withdraw_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Trek een open voorstel in (toezichthouder of jurist), met reden."""
    return c.voer_uit(bouw.intrekking(code, body, nummer), stempel(g, c, body))


@router.post(
    "/overgenomen-beoordelingen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_overgenomen_beoordeling(
    code: Code, body: OvergenomenBeoordeling, c: ContainerDep, g: BeheerDep
) -> Antwoord:
    """Neem een gepubliceerde trede over als historie (geen regels, geen termijnen)."""
    return c.voer_uit(
        NeemBeoordelingOver(
            code=code,
            periode=Periode.parse(body.periode),
            trede=body.trede,
            basis=body.basis,
            bron=body.bron,
            verwachte_versie=body.verwachte_versie,
        ),
        stempel(g, c, body),
    )
