"""Beoordelingen: the engine's proposal, adoption by a bestuurder, and the history."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, status

from api.deps import ContainerDep, FilterDep, GebruikerDep
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
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}", tags=["beoordelingen"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.get("/beoordelingen", response_model=list[BeoordelingPublic])
def read_beoordelingen(code: Code, c: ContainerDep, g: GebruikerDep) -> list[BeoordelingPublic]:
    """Elke vastgestelde of overgenomen beoordeling met haar afleiding."""
    bestaat(c, code)
    return [BeoordelingPublic(**asdict(a)) for a in c.queries.afleidingen(code, lezer(g))]


@router.get("/voorstellen", response_model=list[VoorstelPublic])
def read_voorstellen(
    code: Code,
    c: ContainerDep,
    _: GebruikerDep,
    status: Literal["open", "vastgesteld", "afgewezen", "ingetrokken"] | None = None,
) -> list[dict[str, Any]]:
    """Voorbereide beoordelingen (open, vastgesteld, afgewezen of ingetrokken)."""
    bestaat(c, code)
    return c.queries.voorstellen(code, status)


@router.post("/voorstellen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_voorstel(
    code: Code, body: VoorstelCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Bereid een beoordeling voor: het voorstel van de regels, of een gemotiveerde afwijking."""
    periode = Periode.parse(body.periode) if body.periode else None
    return c.voer_uit(
        lambda: c.app.stel_beoordeling_voor(
            code,
            periode,
            stempel(g, c, body),
            trede=body.trede,
            spoed=body.spoed,
            verwachte_versie=body.verwachte_versie,
        )
    )


@router.post(
    "/voorstellen/{nummer}/vaststelling",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def adopt_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Stel een voorbereide beoordeling vast (alleen een bestuurder); dit wijzigt de trede."""
    return c.voer_uit(
        lambda: c.app.stel_beoordeling_vast(
            code, nummer, stempel(g, c, body), body.verwachte_versie
        ),
        nummer=nummer,
    )


@router.post(
    "/voorstellen/{nummer}/afwijzing", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def reject_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Wijs een voorstel af, met reden."""
    return c.voer_uit(
        lambda: c.app.wijs_voorstel_af(code, nummer, stempel(g, c, body), body.verwachte_versie),
        nummer=nummer,
    )


@router.post(
    "/voorstellen/{nummer}/intrekking",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def withdraw_voorstel(
    code: Code, nummer: int, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Trek een open voorstel in (toezichthouder of jurist), met reden."""
    return c.voer_uit(
        lambda: c.app.trek_voorstel_in(code, nummer, stempel(g, c, body), body.verwachte_versie),
        nummer=nummer,
    )


@router.post(
    "/overgenomen-beoordelingen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_overgenomen_beoordeling(
    code: Code, body: OvergenomenBeoordeling, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Neem een gepubliceerde trede over als historie (geen regels, geen termijnen)."""
    return c.voer_uit(
        lambda: c.app.neem_beoordeling_over(
            code,
            Periode.parse(body.periode),
            body.trede,
            body.basis,
            body.bron,
            stempel(g, c, body),
            body.verwachte_versie,
            c.settings.in_gebruik_sinds,
        )
    )
