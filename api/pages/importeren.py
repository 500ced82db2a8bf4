"""The import page: upload a file, see what it would do (every event, every correction,
every proposal that changes, every refused row), then confirm. Between the two steps the
file is kept by its SHA-256, so the confirmation imports exactly the bytes previewed."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from api.deps import Container, ContainerDep, Gebruiker
from api.importeren import importeer_bestand
from api.pages.toegang import PaginaFout, PaginaToezicht
from api.pages.weergave import toon
from application.importeren.herindeling import Herindeling, lees_herindeling
from application.importeren.rapport import Rapport
from application.importeren.uitvoeren import MAX_BYTES
from domain.errors import DomainError

router = APIRouter(include_in_schema=False)
BEWAARPLAATS = Path(tempfile.gettempdir()) / "toezicht-import"
_SHA = re.compile(r"[0-9a-f]{64}")
_NAAM = re.compile(r"[^\w .()\-]+")


def _bewaar(inhoud: bytes) -> str:
    sha = hashlib.sha256(inhoud).hexdigest()
    BEWAARPLAATS.mkdir(mode=0o700, exist_ok=True)
    (BEWAARPLAATS / sha).write_bytes(inhoud)
    return sha


def _haal(sha: str) -> bytes:
    pad = BEWAARPLAATS / sha
    if not _SHA.fullmatch(sha) or not pad.is_file():
        raise PaginaFout(
            400, "Bestand niet meer beschikbaar", "Laad het bestand opnieuw op en bekijk de proef."
        )
    inhoud = pad.read_bytes()
    if hashlib.sha256(inhoud).hexdigest() != sha:
        raise PaginaFout(400, "Bestand gewijzigd", "Laad het bestand opnieuw op.")
    return inhoud


def _formulier(request: Request, status: int = 200, **fouten: str) -> HTMLResponse:
    return toon(
        request,
        "import.html",
        status_code=status,
        titel="Cijfers importeren",
        fouten=fouten,
        actief="import",
    )


@router.get("/import", response_class=HTMLResponse)
def page_import(request: Request, g: PaginaToezicht) -> HTMLResponse:
    """Het formulier om een bestand met cijfers op te laden."""
    return _formulier(request)


async def _upload(formulier: Any, veld: str) -> tuple[str, bytes] | str | None:
    bestand = formulier.get(veld)
    if not isinstance(bestand, UploadFile) or not bestand.filename:
        return None
    inhoud = await bestand.read(MAX_BYTES + 1)
    if len(inhoud) > MAX_BYTES:
        return f"het bestand is groter dan {MAX_BYTES // 2**20} MB"
    return _NAAM.sub("_", bestand.filename)[:200], inhoud


@router.post("/import/voorbeeld", response_class=HTMLResponse)
async def page_import_voorbeeld(
    request: Request, c: ContainerDep, g: PaginaToezicht
) -> HTMLResponse:
    """De proef: wat het bestand zou vastleggen en wat het zou weigeren."""
    formulier = await request.form()
    bestand = await _upload(formulier, "bestand")
    if bestand is None:
        return _formulier(request, 422, bestand="Kies een CSV- of XLSX-bestand")
    if isinstance(bestand, str):
        return _formulier(request, 413, bestand=bestand)
    kaart = await _upload(formulier, "herindeling")
    if isinstance(kaart, str):
        return _formulier(request, 413, herindeling=kaart)
    naam, inhoud = bestand
    kaart_sha = _bewaar(kaart[1]) if kaart else ""
    return await _draai(request, c, g, naam, _bewaar(inhoud), kaart_sha, proef=True)


@router.post("/import/vastleggen", response_class=HTMLResponse)
async def page_import_vastleggen(
    request: Request, c: ContainerDep, g: PaginaToezicht
) -> HTMLResponse:
    """Leg het bekeken bestand vast, in zijn geheel of niet."""
    formulier = await request.form()
    naam = _NAAM.sub("_", str(formulier.get("naam", "")))[:200] or "bestand"
    return await _draai(
        request,
        c,
        g,
        naam,
        str(formulier.get("sha256", "")),
        str(formulier.get("herindeling", "")),
        proef=False,
    )


async def _draai(
    request: Request, c: Container, g: Gebruiker, naam: str, sha: str, kaart_sha: str, proef: bool
) -> HTMLResponse:
    inhoud = _haal(sha)
    try:
        kaart: Herindeling | None = (
            lees_herindeling("herindeling", _haal(kaart_sha)) if kaart_sha else None
        )
    except DomainError as fout:
        return _formulier(request, 422, herindeling=fout.bericht)
    rapport: Rapport = await run_in_threadpool(
        importeer_bestand,
        c.app,
        c.queries,
        c.runner,
        g.vastlegging(c.klok()),
        naam,
        inhoud,
        proef,
        kaart,
    )
    status = 422 if not rapport.geldig else 200
    return toon(
        request,
        "import_rapport.html",
        status_code=status,
        titel="Proefimport" if proef else "Import",
        rapport=rapport,
        kaart_sha=kaart_sha,
        actief="import",
    )
