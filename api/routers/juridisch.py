"""Legal acts of treden 4-6 and the terms they set."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.deps import ContainerDep, FilterDep, GebruikerDep
from api.errors import FOUTEN
from api.routers.common import Code, stempel
from api.schemas import BesluitCreate, Commando, Resultaat, VooraankondigingCreate
from domain.ladder import Deelstap

router = APIRouter(tags=["juridisch"], responses=FOUTEN, dependencies=[FilterDep])


@router.post(
    "/gemeenten/{code}/vooraankondigingen",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_vooraankondiging(
    code: Code, body: VooraankondigingCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Verzend de vooraankondiging (trede 4) met de termijn voor de gemeente."""
    return c.voer_uit(
        lambda: c.app.verzend_vooraankondiging(
            code, body.termijn_tot, stempel(g, c, body), body.verwachte_versie
        )
    )


@router.post(
    "/gemeenten/{code}/indeplaatsstellingsbesluiten",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_indeplaatsstellingsbesluit(
    code: Code, body: BesluitCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Neem het besluit tot indeplaatsstelling (trede 5): een last met deelstappen."""
    stappen = [Deelstap(s.omschrijving, s.termijn_tot) for s in body.deelstappen]
    return c.voer_uit(
        lambda: c.app.neem_indeplaatsstellingsbesluit(
            code, stappen, stempel(g, c, body), body.verwachte_versie
        )
    )


@router.post(
    "/gemeenten/{code}/effectuering", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_effectuering(code: Code, body: Commando, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Effectueer de indeplaatsstelling (trede 6), na overschrijding van een termijn."""
    return c.voer_uit(
        lambda: c.app.effectueer_indeplaatsstelling(
            code, stempel(g, c, body), body.verwachte_versie
        )
    )


@router.post(
    "/gemeenten/{code}/indeplaatsstellingsbesluiten/bekendmaking",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_bekendmaking(code: Code, body: Commando, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Maak het besluit bekend; de beroepstermijn van zes weken begint de dag erna."""
    return c.voer_uit(
        lambda: c.app.maak_besluit_bekend(code, stempel(g, c, body), body.verwachte_versie)
    )


@router.post(
    "/gemeenten/{code}/beroepen", status_code=status.HTTP_201_CREATED, response_model=Resultaat
)
def create_beroep(code: Code, body: Commando, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Registreer dat de gemeente beroep instelde tegen het besluit."""
    return c.voer_uit(
        lambda: c.app.registreer_beroep(code, stempel(g, c, body), body.verwachte_versie)
    )
