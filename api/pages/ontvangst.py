"""The upload form on the dossier page: the same path as the API (api/routers/ontvangst.py),
the file read from the multipart form (whose csrf_token pagina_gebruiker checked)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from api.deps import ContainerDep
from api.errors import STATUS
from api.pages.dossier import toon_dossier
from api.pages.toegang import PaginaToezicht, controleer_code
from api.routers.ontvangst import Ontvangst, lees, ontvang
from documenten.brief import KENMERK
from domain.errors import DomainError, OngeldigeInvoer

router = APIRouter(include_in_schema=False)


def _tekst(formulier: Any, naam: str) -> str | None:
    waarde = formulier.get(naam)
    return waarde.strip() or None if isinstance(waarde, str) else None


def _datum(tekst: str | None) -> datetime | None:
    if tekst is None:
        return None
    try:
        dag = date.fromisoformat(tekst)
    except ValueError:
        raise OngeldigeInvoer(
            "plaatsgevonden_op moet een datum zijn (JJJJ-MM-DD)", "plaatsgevonden_op"
        ) from None
    if not 2000 <= dag.year <= 2100:
        raise OngeldigeInvoer("plaatsgevonden_op ligt buiten 2000-2100", "plaatsgevonden_op")
    return datetime.combine(dag, time(12))  # Dutch time, midday: the day is what counts


@router.post("/gemeenten/{code}/documenten", response_class=HTMLResponse)
async def page_document_ontvangen(
    code: str, request: Request, c: ContainerDep, g: PaginaToezicht
) -> Response:
    """Leg een ontvangen document vast vanaf de dossierpagina."""
    controleer_code(code)
    formulier = await request.form()
    invoer: dict[str, Any] = {
        naam: _tekst(formulier, naam)
        for naam in ("soort", "periode", "kenmerk", "plaatsgevonden_op")
    }
    invoer["als_ontvangst"] = formulier.get("als_ontvangst") == "true"
    try:
        bestand = formulier.get("bestand")
        if not isinstance(bestand, UploadFile) or not bestand.filename:
            raise OngeldigeInvoer("bestand: kies het bestand dat is ontvangen", "bestand")
        if invoer["kenmerk"] and not re.fullmatch(KENMERK, invoer["kenmerk"]):
            raise OngeldigeInvoer("kenmerk heeft niet de vorm IBT-HV/jaar/GMxxxx/nnn", "kenmerk")
        o = Ontvangst(
            soort=invoer["soort"] or "",
            bestandsnaam=bestand.filename,
            inhoud=await run_in_threadpool(lees, bestand, c),
            periode=invoer["periode"],
            kenmerk=invoer["kenmerk"],
            als_ontvangst=invoer["als_ontvangst"],
            plaatsgevonden_op=_datum(invoer["plaatsgevonden_op"]),
        )
        await run_in_threadpool(ontvang, c, g, code, o)
    except DomainError as fout:
        status = next((s for cls, s in STATUS.items() if isinstance(fout, cls)), 422)
        veld = fout.veld if fout.veld in {*invoer, "bestand"} else "bestand"
        return await run_in_threadpool(
            toon_dossier, request, c, g, code, status, {veld: fout.bericht}, invoer
        )
    return RedirectResponse(f"/gemeenten/{code}#documenten", status_code=303)
