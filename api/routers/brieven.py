"""Making decisions known and the verbeterplan: letters, gesprek, plan, mid-period message."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.deps import ContainerDep, FilterDep, GebruikerDep
from api.errors import FOUTEN
from api.routers.common import Code, stempel
from api.schemas import Commando, GesprekCreate, Resultaat, TussentijdsBerichtCreate
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}",
    tags=["brieven en verbeterplan"],
    responses=FOUTEN,
    dependencies=[FilterDep],
)
CREATED = {"status_code": status.HTTP_201_CREATED, "response_model": Resultaat}


@router.post("/toezichtbrieven", **CREATED)
def create_toezichtbrief(code: Code, body: Commando, c: ContainerDep, g: GebruikerDep) -> Resultaat:
    """Registreer de verzending van de toezichtbrief over de laatste beoordeling."""
    return c.voer_uit(
        lambda: c.app.verzend_toezichtbrief(code, stempel(g, c, body), body.verwachte_versie)
    )


@router.post("/afschriften-raad", **CREATED)
def create_afschrift_raad(
    code: Code, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Registreer het afschrift van de toezichtbrief aan de gemeenteraad."""
    return c.voer_uit(
        lambda: c.app.verzend_afschrift_raad(code, stempel(g, c, body), body.verwachte_versie)
    )


@router.post("/verbeterplan/gesprekken", **CREATED)
def create_verbeterplangesprek(
    code: Code, body: GesprekCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Registreer het bestuurlijk gesprek over het verbeterplan; de planstermijn begint."""
    return c.voer_uit(
        lambda: c.app.voer_verbeterplangesprek(
            code, stempel(g, c, body), body.afgesproken_tot, body.verwachte_versie
        )
    )


@router.post("/verbeterplan/ontvangsten", **CREATED)
def create_verbeterplan_ontvangst(
    code: Code, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Registreer dat het door het college vastgestelde verbeterplan is ontvangen."""
    return c.voer_uit(
        lambda: c.app.ontvang_verbeterplan(code, stempel(g, c, body), body.verwachte_versie)
    )


@router.post("/verbeterplan/bijwerkverzoeken", **CREATED)
def create_verbeterplan_bijwerkverzoek(
    code: Code, body: Commando, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Vraag een bijgewerkt verbeterplan (trede 3 gehandhaafd): dezelfde termijnen opnieuw."""
    return c.voer_uit(
        lambda: c.app.vraag_bijgewerkt_verbeterplan(
            code, stempel(g, c, body), body.verwachte_versie
        )
    )


@router.post("/tussentijdse-berichten", **CREATED)
def create_tussentijds_bericht(
    code: Code, body: TussentijdsBerichtCreate, c: ContainerDep, g: GebruikerDep
) -> Resultaat:
    """Registreer het tussentijds bericht; 'op schema' volgt uit de geregistreerde cijfers."""
    return c.voer_uit(
        lambda: c.app.verstuur_tussentijds_bericht(
            code, Periode.parse(body.periode), stempel(g, c, body), body.verwachte_versie
        )
    )
