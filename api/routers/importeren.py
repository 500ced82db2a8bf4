"""Figures in bulk: a CSV or XLSX file, first as a dry run, then recorded whole or not at
all (application/importeren)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile, status
from fastapi.responses import JSONResponse

from api.deps import ContainerDep, FilterDep
from api.errors import FOUTEN, Fout
from api.importeren import importeer_bestand
from api.toegang import ToezichtDep
from application.importeren.herindeling import lees_herindeling
from application.importeren.uitvoeren import MAX_BYTES

router = APIRouter(prefix="/import", tags=["import"], responses=FOUTEN, dependencies=[FilterDep])


def _lees(bestand: UploadFile, veld: str) -> bytes | JSONResponse:
    inhoud = bestand.file.read(MAX_BYTES + 1)
    if len(inhoud) > MAX_BYTES:
        fout = Fout(fout=f"{veld}: het bestand is groter dan {MAX_BYTES // 2**20} MB", veld=veld)
        return JSONResponse(fout.model_dump(), status_code=status.HTTP_413_CONTENT_TOO_LARGE)
    return inhoud


@router.post(
    "",
    responses={
        200: {"description": "Proefimport, of een bestand dat niets nieuws bevat"},
        201: {"description": "Vastgelegd"},
        422: {"description": "Rijen geweigerd: niets vastgelegd; het rijrapport"},
    },
)
def create_import(
    c: ContainerDep,
    g: ToezichtDep,
    bestand: Annotated[UploadFile, File(description="CSV of XLSX, hoogstens 10 MB")],
    herindeling: Annotated[
        UploadFile | None,
        File(description="Optioneel: CSV of XLSX met kolommen oud, nieuw en vanaf"),
    ] = None,
    proef: Annotated[
        bool, Query(description="true: alleen tonen wat het bestand zou doen; false: vastleggen")
    ] = True,
) -> JSONResponse:
    """Importeer taakstellingen, realisatie, standen en tijdig beschikbaar uit een bestand:
    eerst als proef (het rapport noemt elke gebeurtenis, elke correctie en elk voorstel dat
    verandert), dan in zijn geheel of helemaal niet."""
    inhoud = _lees(bestand, "bestand")
    if isinstance(inhoud, JSONResponse):
        return inhoud
    kaart = None
    if herindeling is not None:
        kaartinhoud = _lees(herindeling, "herindeling")
        if isinstance(kaartinhoud, JSONResponse):
            return kaartinhoud
        kaart = lees_herindeling(herindeling.filename or "herindeling.csv", kaartinhoud)
    rapport = importeer_bestand(
        c.app,
        c.queries,
        c.runner,
        g.vastlegging(c.klok()),
        bestand.filename or "bestand",
        inhoud,
        proef,
        kaart,
    )
    code = 200
    if not rapport.geldig and not proef:
        code = 422
    elif rapport.vastgelegd:
        code = 201
    return JSONResponse(rapport.als_dict(), status_code=code)
