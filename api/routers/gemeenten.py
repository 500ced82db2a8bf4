"""Gemeenten: the overview, one gemeente's state, its figures and its timeline."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Response, status

from api.deps import Antwoord, ContainerDep, FilterDep, GebruikerDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, stempel
from api.schemas import (
    CorrectieCreate,
    GemeenteCreate,
    GemeenteDetail,
    GemeentePublic,
    InzageRegel,
    Mij,
    PeriodeCijfers,
    Resultaat,
    TijdlijnItem,
)
from api.veilig import csv_tekst
from application.commandos import Corrigeer, RegistreerGemeente
from domain.zichtbaarheid import Lezer
from projections.periodecijfers import periode_standen

router = APIRouter(
    prefix="/gemeenten", tags=["gemeenten"], responses=FOUTEN, dependencies=[FilterDep]
)


def _publiek(rij: dict[str, Any], open_termijnen: int) -> dict[str, Any]:
    return {**rij, "open_termijnen": open_termijnen}


@router.get("", response_model=list[GemeentePublic])
def list_gemeenten(c: ContainerDep, _: GebruikerDep) -> list[dict[str, Any]]:
    """Alle gemeenten met hun huidige trede."""
    termijnen = c.queries.open_termijnen_per_gemeente()
    return [_publiek(r, termijnen.get(r["code"], 0)) for r in c.queries.gemeenten()]


@router.get(".csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_gemeenten_csv(c: ContainerDep, _: GebruikerDep) -> Response:
    """Het overzicht als CSV (puntkomma, UTF-8), veilig voor spreadsheets."""
    kolommen = ["code", "naam", "provincie", "trede", "trede_sinds", "laatste_contact"]
    return Response(
        csv_tekst(kolommen, c.queries.gemeenten()),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="gemeenten.csv"'},
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_gemeente(body: GemeenteCreate, c: ContainerDep, g: GebruikerDep) -> Antwoord:
    """Registreer een gemeente (ook de opvolger bij een herindeling)."""
    return c.voer_uit(
        RegistreerGemeente(
            code=body.code,
            naam=body.naam,
            provincie=body.provincie,
            voortgezet_van=tuple(body.voortgezet_van),
        ),
        stempel(g, c, body),
    )


def periode_cijfers(rijen: list[dict[str, Any]]) -> list[PeriodeCijfers]:
    """Figures per period with what follows from them, including both discrepancies."""
    return [PeriodeCijfers(**asdict(stand)) for stand in periode_standen(rijen)]


@router.get("/{code}", response_model=GemeenteDetail)
def read_gemeente(code: Code, c: ContainerDep, _: GebruikerDep) -> dict[str, Any]:
    """De huidige stand van één gemeente."""
    rij = bestaat(c, code)
    perioden = periode_cijfers(c.queries.perioden(code))
    return {
        **_publiek(rij, len(c.queries.open_termijnen(code))),
        "huidige_periode": perioden[-1].model_dump() if perioden else None,
    }


@router.get("/{code}/perioden", response_model=list[PeriodeCijfers])
def read_perioden(code: Code, c: ContainerDep, _: GebruikerDep) -> list[PeriodeCijfers]:
    """Cijfers per periode, met berekende waarden en zichtbare verschillen."""
    bestaat(c, code)
    return periode_cijfers(c.queries.perioden(code))


@router.get("/{code}/tijdlijn", response_model=list[TijdlijnItem])
def read_tijdlijn(code: Code, c: ContainerDep, g: GebruikerDep) -> list[dict[str, Any]]:
    """Alle gebeurtenissen in het dossier, in volgorde."""
    bestaat(c, code)
    return c.queries.tijdlijn(code, Lezer(g.naam, g.rol), c.klok())


@router.get("/{code}/inzagelog", response_model=list[InzageRegel])
def read_inzagelog(code: Code, c: ContainerDep, _: GebruikerDep) -> list[dict[str, Any]]:
    """Wie de vertrouwelijke notities van deze gemeente inzag, en wanneer."""
    bestaat(c, code)
    return c.inzage.voor(code)


@router.post("/{code}/correcties", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_correctie(
    code: Code, body: CorrectieCreate, c: ContainerDep, g: GebruikerDep
) -> Antwoord:
    """Leg vast dat een eerdere gebeurtenis onjuist was, en waarom."""
    return c.voer_uit(
        Corrigeer(
            code=code,
            versie=body.versie,
            toelichting=body.toelichting,
            verwachte_versie=body.verwachte_versie,
        ),
        stempel(g, c, body),
    )


mij_router = APIRouter(tags=["gebruikers"], responses=FOUTEN, dependencies=[FilterDep])


@mij_router.get("/mij", response_model=Mij)
def read_mij(g: GebruikerDep) -> Mij:
    """De ingelogde gebruiker en zijn rol."""
    return Mij(naam=g.naam, rol=str(g.rol), weergavenaam=g.weergavenaam)
