"""Making decisions known and the verbeterplan: letters, gesprek, plan, mid-period message."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, stempel
from api.schemas import Commando, GesprekCreate, Resultaat, TussentijdsBerichtCreate
from api.toegang import ToezichtDep

router = APIRouter(
    prefix="/gemeenten/{code}",
    tags=["brieven en verbeterplan"],
    responses=FOUTEN,
    dependencies=[FilterDep],
)
CREATED: dict[str, Any] = {"status_code": status.HTTP_201_CREATED, "response_model": Resultaat}


@router.post("/toezichtbrieven", **CREATED)
def create_toezichtbrief(code: Code, body: Commando, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Registreer de verzending van de toezichtbrief over de laatste beoordeling."""
    return c.voer_uit(bouw.toezichtbrief(code, body), stempel(g, c, body))


@router.post("/afschriften-raad", **CREATED)
def create_afschrift_raad(code: Code, body: Commando, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Registreer het afschrift van de toezichtbrief aan de gemeenteraad."""
    return c.voer_uit(bouw.afschrift_raad(code, body), stempel(g, c, body))


@router.post("/verbeterplan/gesprekken", **CREATED)
def create_verbeterplangesprek(
    code: Code, body: GesprekCreate, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Registreer het bestuurlijk gesprek over het verbeterplan; de planstermijn begint."""
    return c.voer_uit(bouw.verbeterplangesprek(code, body), stempel(g, c, body))


@router.post("/verbeterplan/ontvangsten", **CREATED)
def create_verbeterplan_ontvangst(
    code: Code, body: Commando, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Registreer dat het door het college vastgestelde verbeterplan is ontvangen."""
    return c.voer_uit(bouw.verbeterplan_ontvangst(code, body), stempel(g, c, body))


@router.post("/verbeterplan/bijwerkverzoeken", **CREATED)
def create_verbeterplan_bijwerkverzoek(
    code: Code, body: Commando, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Vraag een bijgewerkt verbeterplan (trede 3 gehandhaafd): dezelfde termijnen opnieuw."""
    return c.voer_uit(bouw.verbeterplan_bijwerkverzoek(code, body), stempel(g, c, body))


@router.post("/tussentijdse-berichten", **CREATED)
def create_tussentijds_bericht(
    code: Code, body: TussentijdsBerichtCreate, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Registreer het tussentijds bericht; 'op schema' volgt uit de geregistreerde cijfers."""
    return c.voer_uit(bouw.tussentijds_bericht(code, body), stempel(g, c, body))
