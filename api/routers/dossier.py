"""Registering what happens in a dossier: figures, contacts, signals, excusable reasons."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from api.deps import ContainerDep, FilterDep, GebruikerDep
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
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}", tags=["dossier"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.post("/cijfers", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_cijfer(code: Code, body: CijferCreate, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Registreer een cijfer (taakstelling, stand, realisatie, tijdig beschikbaar)."""
    return c.voer_uit(
        lambda: c.app.registreer_cijfer(
            code,
            Periode.parse(body.periode),
            body.veld,
            body.waarde,
            stempel(g, c, body),
            bron=body.bron,
            verwachte_versie=body.verwachte_versie,
        )
    )


@router.post("/cijfers/intrekkingen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_cijfer_intrekking(
    code: Code, body: CijferIntrekking, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Trek een verkeerd geregistreerd cijfer in (periode, veld en de versie die het
    registreerde); het telt daarna niet meer mee. Reden verplicht."""
    return c.voer_uit(
        lambda: c.app.trek_cijfer_in(
            code,
            Periode.parse(body.periode),
            body.veld,
            body.versie,
            stempel(g, c, body),
            body.verwachte_versie,
        )
    )


@router.post(
    "/taakstellingen/{periode}/wijzigingen",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_taakstelling_wijziging(
    code: Code, periode: str, body: TaakstellingWijziging, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Herverdeling (+/-) of verlaging van de taakstelling; reden verplicht."""
    return c.voer_uit(
        lambda: c.app.wijzig_taakstelling(
            code,
            Periode.parse(periode),
            body.soort,
            body.waarde,
            stempel(g, c, body),
            body.verwachte_versie,
        )
    )


@router.post("/contacten", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_contact(code: Code, body: ContactCreate, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Leg een contact vast: telefoon, e-mail, gesprek of bestuurlijk overleg."""
    return c.voer_uit(
        lambda: c.app.leg_contact_vast(
            code,
            body.soort,
            body.deelnemers,
            body.samenvatting,
            body.vertrouwelijk,
            stempel(g, c, body),
            body.verwachte_versie,
        )
    )


@router.post("/signalen", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_signaal(code: Code, body: SignaalCreate, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Registreer een signaal (omkoppeling, stapelgemeente); het verandert de trede niet."""
    return c.voer_uit(
        lambda: c.app.ontvang_signaal(
            code, body.soort, body.omschrijving, stempel(g, c, body), body.verwachte_versie
        )
    )


@router.get("/verschoonbare-redenen", response_model=list[RedenPublic])
def read_verschoonbare_redenen(
    code: Code, c: ContainerDep, _: GebruikerDep
) -> list[dict[str, Any]]:
    """Ingediende verschoonbare redenen en hun beoordeling."""
    bestaat(c, code)
    return c.queries.verschoonbare_redenen(code)


@router.post(
    "/verschoonbare-redenen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_verschoonbare_reden(
    code: Code, body: RedenCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Registreer een verschoonbare reden die de gemeente aanvoert."""
    return c.voer_uit(
        lambda: c.app.dien_verschoonbare_reden_in(
            code,
            Periode.parse(body.periode),
            body.omschrijving,
            stempel(g, c, body),
            body.verwachte_versie,
        )
    )


@router.post(
    "/verschoonbare-redenen/{nummer}/beoordeling",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def assess_verschoonbare_reden(
    code: Code, nummer: int, body: RedenBeoordeling, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Aanvaard of verwerp een verschoonbare reden, met motivering (reden)."""
    return c.voer_uit(
        lambda: c.app.beoordeel_verschoonbare_reden(
            code, nummer, body.aanvaard, stempel(g, c, body), body.verwachte_versie
        )
    )
