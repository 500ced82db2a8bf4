"""Legal acts of treden 4-6 and the terms they set."""

from __future__ import annotations

from fastapi import APIRouter, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, stempel
from api.schemas import (
    BesluitCreate,
    Commando,
    Resultaat,
    UitspraakCreate,
    VooraankondigingCreate,
)
from api.toegang import JuridischDep

router = APIRouter(tags=["juridisch"], responses=FOUTEN, dependencies=[FilterDep])


@router.post(
    "/gemeenten/{code}/vooraankondigingen",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_vooraankondiging(
    code: Code, body: VooraankondigingCreate, c: ContainerDep, g: JuridischDep
) -> Antwoord:
    """Verzend de vooraankondiging (trede 4) met de termijn voor de gemeente."""
    return c.voer_uit(bouw.vooraankondiging(code, body), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/indeplaatsstellingsbesluiten",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_indeplaatsstellingsbesluit(
    code: Code, body: BesluitCreate, c: ContainerDep, g: JuridischDep
) -> Antwoord:
    """Neem het besluit tot indeplaatsstelling (trede 5): een last met deelstappen."""
    return c.voer_uit(bouw.besluit(code, body), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/effectuering", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_effectuering(code: Code, body: Commando, c: ContainerDep, g: JuridischDep) -> Antwoord:
    """Effectueer de indeplaatsstelling (trede 6), na overschrijding van een termijn."""
    return c.voer_uit(bouw.effectuering(code, body), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/indeplaatsstellingsbesluiten/bekendmaking",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_bekendmaking(code: Code, body: Commando, c: ContainerDep, g: JuridischDep) -> Antwoord:
    """Maak het besluit bekend; de beroepstermijn van zes weken begint de dag erna."""
    return c.voer_uit(bouw.bekendmaking(code, body), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/beroepen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_beroep(code: Code, body: Commando, c: ContainerDep, g: JuridischDep) -> Antwoord:
    """Registreer dat de gemeente beroep instelde tegen het besluit."""
    return c.voer_uit(bouw.beroep(code, body), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/beroepen/uitspraak",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_uitspraak(
    code: Code, body: UitspraakCreate, c: ContainerDep, g: JuridischDep
) -> Antwoord:
    """Registreer de uitspraak van de rechter op het beroep (datum: plaatsgevonden_op)."""
    return c.voer_uit(bouw.uitspraak(code, body), stempel(g, c, body))
