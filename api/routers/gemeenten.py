"""Gemeenten: the overview, one gemeente's state, its figures and its timeline."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Response, status

from api import commandobouw as bouw
from api.deps import Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, gevonden, lezer, stempel
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
from api.toegang import BeheerDep, LezenDep, ToezichtDep
from api.veilig import csv_tekst
from application.commandos import RegistreerGemeente
from projections.periodecijfers import periode_standen
from projections.weergaven import DossierView

router = APIRouter(
    prefix="/gemeenten", tags=["gemeenten"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.get("", response_model=list[GemeentePublic])
def list_gemeenten(c: ContainerDep, g: LezenDep) -> list[GemeentePublic]:
    """Alle gemeenten met hun huidige trede."""
    return [GemeentePublic(**asdict(r)) for r in c.queries.gemeenten_voor(lezer(g))]


@router.get(".csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_gemeenten_csv(c: ContainerDep, g: LezenDep) -> Response:
    """Het overzicht als CSV (puntkomma, UTF-8), veilig voor spreadsheets."""
    kolommen = ["code", "naam", "provincie", "trede", "trede_sinds", "laatste_contact"]
    return Response(
        csv_tekst(kolommen, [asdict(r) for r in c.queries.gemeenten_voor(lezer(g))]),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="gemeenten.csv"'},
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_gemeente(body: GemeenteCreate, c: ContainerDep, g: BeheerDep) -> Antwoord:
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


def gemeente_detail(d: DossierView) -> GemeenteDetail:
    return GemeenteDetail(
        code=d.code,
        naam=d.naam,
        provincie=d.provincie,
        trede=d.trede,
        trede_sinds=d.trede_sinds,
        versie=d.versie,
        laatste_contact=d.laatste_contact,
        open_voorstellen=len(d.open_voorstellen),
        open_termijnen=len(d.open_termijnen),
        voortgezet_van=list(d.voortgezet_van),
        voortgezet_door=d.voortgezet_door,
        huidige_periode=(
            PeriodeCijfers(**asdict(d.huidige_periode)).model_dump() if d.huidige_periode else None
        ),
    )


@router.get("/{code}", response_model=GemeenteDetail)
def read_gemeente(code: Code, c: ContainerDep, g: LezenDep) -> GemeenteDetail:
    """De huidige stand van één gemeente."""
    return gemeente_detail(gevonden(c.queries.dossier(code, lezer(g)), code))


@router.get("/{code}/perioden", response_model=list[PeriodeCijfers])
def read_perioden(code: Code, c: ContainerDep, _: LezenDep) -> list[PeriodeCijfers]:
    """Cijfers per periode, met berekende waarden en zichtbare verschillen."""
    bestaat(c, code)
    return periode_cijfers(c.queries.perioden(code))


@router.get("/{code}/tijdlijn", response_model=list[TijdlijnItem])
def read_tijdlijn(code: Code, c: ContainerDep, g: LezenDep) -> list[TijdlijnItem]:
    """Alle gebeurtenissen in het dossier, in volgorde."""
    bestaat(c, code)
    return [TijdlijnItem(**asdict(r)) for r in c.queries.tijdlijn(code, lezer(g), c.klok())]


@router.get("/{code}/inzagelog", response_model=list[InzageRegel])
def read_inzagelog(code: Code, c: ContainerDep, _: BeheerDep) -> list[dict[str, Any]]:
    """Wie de vertrouwelijke notities van deze gemeente inzag, en wanneer."""
    bestaat(c, code)
    return c.inzage.voor(code)


@router.post("/{code}/correcties", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_correctie(
    code: Code, body: CorrectieCreate, c: ContainerDep, g: ToezichtDep
) -> Antwoord:
    """Leg vast dat een eerdere gebeurtenis onjuist was, en waarom."""
    return c.voer_uit(bouw.correctie(code, body), stempel(g, c, body))


mij_router = APIRouter(tags=["gebruikers"], responses=FOUTEN, dependencies=[FilterDep])


@mij_router.get("/mij", response_model=Mij)
def read_mij(g: LezenDep) -> Mij:
    """De ingelogde gebruiker en zijn rol."""
    return Mij(naam=g.naam, rol=str(g.rol), weergavenaam=g.weergavenaam)
