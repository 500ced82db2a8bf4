"""Terms and the werkvoorraad: what is due, what is overdue, what was signalled."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, lezer, stempel
from api.schemas import (
    Commando,
    Datum,
    Melding,
    Resultaat,
    TermijnPublic,
    TermijnVerlenging,
    Werkvoorraad,
)
from api.toegang import LezenDep, ToezichtDep
from domain.validatie import CBS_CODE_PATROON

router = APIRouter(tags=["termijnen"], responses=FOUTEN, dependencies=[FilterDep])
Status = Literal["open", "nagekomen", "verstreken", "ingetrokken"]
Termijn = Annotated[str, Path(pattern=r"^[0-9]{1,9}\.[0-9]{1,3}$", description="bijvoorbeeld 26.0")]
RolNaam = Literal["toezichthouder", "jurist", "bestuurder", "lezer", "beheerder"]


@router.get("/termijnen", response_model=list[TermijnPublic])
def read_termijnen(
    c: ContainerDep,
    _: LezenDep,
    gemeente: Annotated[str | None, Query(pattern=CBS_CODE_PATROON)] = None,
    status: Status | None = None,
    tot_voor: Datum | None = None,
) -> list[dict[str, Any]]:
    """Termijnen, eerst eindigend eerst; filter op gemeente, status en einddatum."""
    if gemeente is not None:
        bestaat(c, gemeente, "gemeente")  # an unknown gemeente is not an empty list
    return c.queries.termijnen(gemeente, status, tot_voor.isoformat() if tot_voor else None)


@router.post(
    "/gemeenten/{code}/termijnen/{termijn}/nakoming",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_nakoming(
    code: Code, termijn: Termijn, body: Commando, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Registreer dat aan een termijn is voldaan."""
    return c.voer_uit(bouw.nakoming(code, body, termijn), stempel(g, c, body))


@router.post(
    "/gemeenten/{code}/termijnen/{termijn}/verlenging",
    status_code=status.HTTP_201_CREATED,
    response_model=Resultaat,
)
def create_verlenging(
    code: Code, termijn: Termijn, body: TermijnVerlenging, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Verleng een termijn bij aparte afspraken; de reden is verplicht."""
    return c.voer_uit(bouw.verlenging(code, body, termijn), stempel(g, c, body))


@router.get("/werkvoorraad", response_model=Werkvoorraad)
def read_werkvoorraad(
    c: ContainerDep, g: LezenDep, rol: RolNaam | None = None, alles: bool = False
) -> Werkvoorraad:
    """Wat deze week moet, wat te laat is, en recente signalen: voor de eigen rol,
    een andere rol (`rol`), of alles."""
    voorraad = c.queries.werkvoorraad(
        lezer(g), c.vandaag(), c.settings.in_gebruik_sinds, rol, alles
    )
    return Werkvoorraad(**asdict(voorraad))


@router.get("/meldingen", response_model=list[Melding])
def read_meldingen(
    c: ContainerDep, g: LezenDep, sinds: Datum | None = None
) -> list[dict[str, Any]]:
    """Meldingen voor de eigen rol (verstreken termijnen, voorstellen na een termijn)."""
    return c.queries.meldingen(rol=str(g.rol), sinds=sinds.isoformat() if sinds else None)
