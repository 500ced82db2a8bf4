"""The work pages: the werkvoorraad (mine, unassigned, all), the termijnen with their
legal end dates, the meldingen, and for the beheerder the inzagelog. Each item links to
the dossier where it is handled. One data-access function per page."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import Container, ContainerDep, Gebruiker
from api.pages.toegang import PaginaBeheer, PaginaFout, PaginaLezen
from api.pages.weergave import toon
from domain.validatie import CBS_CODE_PATROON
from domain.werkweergave import TERMIJNFILTERS, WEERGAVEN, hoort_bij, in_termijnfilter
from projections.behandelaars import behandelaars
from projections.weergaven import Signaal, WerkItem
from projections.werkvoorraad import werkvoorraad

router = APIRouter(include_in_schema=False)

GROEPEN = {
    "achterstallig": "Te laat",
    "deze_week": "Deze week",
    "later": "Later",
    "signalen": "Signalen van de afgelopen 30 dagen",
}


def _keuze(request: Request, veld: str, keuzes: dict[str, str], standaard: str) -> str:
    waarde = request.query_params.get(veld) or standaard
    if waarde not in keuzes:
        raise PaginaFout(
            400, "Deze weergave bestaat niet", f"{veld} moet een van: {', '.join(keuzes)} zijn."
        )
    return waarde


def werk_voor(c: Container, g: Gebruiker, weergave: str) -> dict[str, list[dict[str, Any]]]:
    """The werkvoorraad in this view: mine and unassigned are my role's work."""
    rol = str(g.rol)
    indeling = werkvoorraad(
        c.queries, c.vandaag(), c.settings.in_gebruik_sinds, None if weergave == "alle" else rol
    )
    wie = behandelaars(c.queries, rol)
    namen = {r["code"]: r["naam"] for r in c.queries.gemeenten()}
    personen = c.queries.weergavenamen(set(wie.values()))
    groepen: dict[str, tuple[WerkItem, ...] | tuple[Signaal, ...]] = {
        "achterstallig": indeling.achterstallig,
        "deze_week": indeling.deze_week,
        "later": indeling.later,
        "signalen": indeling.signalen,
    }
    return {
        groep: [
            {
                **asdict(w),
                "naam": namen.get(w.code, w.code),
                "behandelaar": personen.get(wie.get(w.code, ""), wie.get(w.code)),
            }
            for w in werk
            if hoort_bij(weergave, w.code, g.naam, wie)
        ]
        for groep, werk in groepen.items()
    }


@router.get("/werkvoorraad", response_class=HTMLResponse)
def page_werkvoorraad(request: Request, c: ContainerDep, g: PaginaLezen) -> HTMLResponse:
    """Wat er te doen is: mijn werk, niet toegewezen werk, of alles."""
    weergave = _keuze(request, "weergave", WEERGAVEN, "mijn")
    return toon(
        request,
        "werkvoorraad.html",
        titel="Werkvoorraad",
        actief="werkvoorraad",
        weergave=weergave,
        weergaven=WEERGAVEN,
        groepen=GROEPEN,
        werk=werk_voor(c, g, weergave),
    )


def termijnen_in(c: Container, filter: str, vandaag: date) -> list[dict[str, Any]]:
    namen = {r["code"]: r["naam"] for r in c.queries.gemeenten()}
    return [
        {**t, "naam": namen.get(t["code"], t["code"]), "verlopen": t["tot"] < vandaag.isoformat()}
        for t in c.queries.termijnen()
        if in_termijnfilter(filter, t["status"], date.fromisoformat(t["tot"]), vandaag)
    ]


@router.get("/termijnen", response_class=HTMLResponse)
def page_termijnen(request: Request, c: ContainerDep, _: PaginaLezen) -> HTMLResponse:
    """Termijnen: open, binnen twee weken, of verlopen, met hun wettelijke einddatum."""
    filter = _keuze(request, "filter", TERMIJNFILTERS, "open")
    vandaag = c.vandaag()
    return toon(
        request,
        "termijnen.html",
        titel="Termijnen",
        actief="termijnen",
        filter=filter,
        filters=TERMIJNFILTERS,
        vandaag=vandaag,
        termijnen=termijnen_in(c, filter, vandaag),
    )


def meldingen_voor(c: Container, g: Gebruiker) -> list[dict[str, Any]]:
    namen = {r["code"]: r["naam"] for r in c.queries.gemeenten()}
    return [
        {**m, "naam": namen.get(m["code"], m["code"])} for m in c.queries.meldingen(rol=str(g.rol))
    ]


@router.get("/meldingen", response_class=HTMLResponse)
def page_meldingen(request: Request, c: ContainerDep, g: PaginaLezen) -> HTMLResponse:
    """Meldingen voor de eigen rol, nieuwste eerst."""
    return toon(
        request,
        "meldingen.html",
        titel="Meldingen",
        actief="meldingen",
        meldingen=meldingen_voor(c, g),
    )


def inzage_in(c: Container, code: str | None) -> list[dict[str, Any]]:
    """Every reading of a confidential item: who, in which role, what, when. Never the
    text itself: the log says that a note was read, not what it says."""
    rijen = c.inzage.alle(code)
    namen = {r["code"]: r["naam"] for r in c.queries.gemeenten()}
    personen = c.queries.weergavenamen({r["gebruiker"] for r in rijen})
    return [
        {
            **r,
            "naam": namen.get(r["code"], r["code"]),
            "wie": personen.get(r["gebruiker"], r["gebruiker"]),
        }
        for r in rijen
    ]


@router.get("/inzagelog", response_class=HTMLResponse)
def page_inzagelog(request: Request, c: ContainerDep, _: PaginaBeheer) -> HTMLResponse:
    """Wie welke vertrouwelijke notitie inzag, en wanneer."""
    code = request.query_params.get("gemeente") or None
    if code is not None and not re.fullmatch(CBS_CODE_PATROON, code):
        raise PaginaFout(
            400, "Deze weergave bestaat niet", "gemeente moet GM gevolgd door vier cijfers zijn."
        )
    return toon(
        request,
        "inzagelog.html",
        titel="Inzagelog",
        actief="inzagelog",
        gemeente=code,
        gemeenten=c.queries.gemeenten(),
        regels=inzage_in(c, code),
    )
