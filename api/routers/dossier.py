"""Registering what happens in a dossier: figures, contacts, signals, excusable reasons."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, stempel
from api.schemas import (
    CijferCreate,
    CijferIntrekking,
    ContactCreate,
    RedenBeoordeling,
    RedenCreate,
    RedenPublic,
    Resultaat,
    SignaalCreate,
    TaakstellingWijziging,
)
from api.toegang import LezenDep, ToezichtDep

router = APIRouter(
    prefix="/gemeenten/{code}", tags=["dossier"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.post("/cijfers", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_cijfer(code: Code, body: CijferCreate, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Registreer een cijfer (taakstelling, stand, realisatie, tijdig beschikbaar)."""
    return c.voer_uit(bouw.cijfer(code, body), stempel(g, c, body))


@router.post("/cijfers/intrekkingen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_cijfer_intrekking(
    code: Code, body: CijferIntrekking, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Trek een verkeerd geregistreerd cijfer in (periode, veld en de versie die het
    registreerde); het telt daarna niet meer mee. Reden verplicht."""
    return c.voer_uit(bouw.cijfer_intrekking(code, body), stempel(g, c, body))


@router.post(
    "/taakstellingen/{periode}/wijzigingen",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_taakstelling_wijziging(
    code: Code, periode: str, body: TaakstellingWijziging, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Herverdeling (+/-) of verlaging van de taakstelling; reden verplicht."""
    return c.voer_uit(bouw.taakstelling_wijziging(code, body, periode), stempel(g, c, body))


@router.post("/contacten", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_contact(code: Code, body: ContactCreate, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Leg een contact vast: telefoon, e-mail, gesprek of bestuurlijk overleg."""
    return c.voer_uit(bouw.contact(code, body), stempel(g, c, body))


@router.post("/signalen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_signaal(code: Code, body: SignaalCreate, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Registreer een signaal (omkoppeling, stapelgemeente); het verandert de trede niet."""
    return c.voer_uit(bouw.signaal(code, body), stempel(g, c, body))


@router.get("/verschoonbare-redenen", response_model=list[RedenPublic])
def read_verschoonbare_redenen(code: Code, c: ContainerDep, _: LezenDep) -> list[dict[str, Any]]:
    """Ingediende verschoonbare redenen en hun beoordeling."""
    bestaat(c, code)
    return c.queries.verschoonbare_redenen(code)


@router.post(
    "/verschoonbare-redenen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_verschoonbare_reden(
    code: Code, body: RedenCreate, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Registreer een verschoonbare reden die de gemeente aanvoert."""
    return c.voer_uit(bouw.verschoonbare_reden(code, body), stempel(g, c, body))


@router.post(
    "/verschoonbare-redenen/{nummer}/beoordeling",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def assess_verschoonbare_reden(
    code: Code, nummer: int, body: RedenBeoordeling, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Aanvaard of verwerp een verschoonbare reden, met motivering (reden)."""
    return c.voer_uit(bouw.reden_beoordeling(code, body, nummer), stempel(g, c, body))
