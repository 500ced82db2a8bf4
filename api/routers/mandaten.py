"""The mandate register: who signs which letters for GS, in which capacity, from when
until when. The beheerder records and ends mandates; a letter takes its signer from the
mandate valid on its date for its kind."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, status
from pydantic import Field

from api.deps import ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import stempel
from api.schemas import Commando, Datum, Resultaat
from api.toegang import BeheerDep, LezenDep

router = APIRouter(
    prefix="/mandaten", tags=["mandaatregister"], responses=FOUTEN, dependencies=[FilterDep]
)

Briefsoort = Literal[
    "toezichtbrief",
    "afschrift_raad",
    "tussentijds_bericht",
    "uitnodiging_bestuurlijk_gesprek",
    "vooraankondiging",
    "besluit_indeplaatsstelling",
]


class MandaatCreate(Commando):
    naam: str = Field(min_length=1, max_length=200, description="wie ondertekent")
    functie: str = Field(
        min_length=1, max_length=200, description="in welke hoedanigheid, zoals de brief het noemt"
    )
    briefsoorten: list[Briefsoort] = Field(min_length=1, max_length=10)
    van: Datum = Field(description="eerste dag waarop het mandaat geldt")
    tot: Datum | None = Field(default=None, description="laatste dag; leeg: tot beëindiging")


class MandaatBeeindiging(Commando):
    tot: Datum = Field(description="laatste dag waarop het mandaat geldt")


@router.get("")
def list_mandaten(c: ContainerDep, g: LezenDep) -> list[dict[str, Any]]:
    """Het mandaatregister: wie welke brieven ondertekent, in welke functie, van wanneer
    tot wanneer, en wie het vastlegde."""
    return c.queries.mandaten()


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_mandaat(body: MandaatCreate, c: ContainerDep, g: BeheerDep) -> Resultaat:
    """Leg een mandaat vast; het antwoord noemt het nummer."""
    vastlegging = stempel(g, c, body)
    notificatie, nummer = c.app.verleen_mandaat(
        body.naam, body.functie, list(body.briefsoorten), body.van, body.tot, vastlegging
    )
    c.runner.bij(tot=notificatie)
    return Resultaat(notificatie=notificatie, nummer=nummer)


@router.post("/{nummer}/beeindiging", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def end_mandaat(
    nummer: Annotated[int, Path(ge=1, le=100_000)],
    body: MandaatBeeindiging,
    c: ContainerDep,
    g: BeheerDep,
) -> Resultaat:
    """Beëindig een mandaat na de dag `tot`; het blijft in het register staan. Reden verplicht."""
    notificatie = c.app.beeindig_mandaat(nummer, body.tot, stempel(g, c, body))
    c.runner.bij(tot=notificatie)
    return Resultaat(notificatie=notificatie, nummer=nummer)
