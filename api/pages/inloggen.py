"""Logging in and out on the pages. The password check, throttling and the login event
are the API's (POST /api/v1/sessies): the page calls the same function and turns its
answer into a cookie and a redirect, or an error summary."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from api.deps import ContainerDep
from api.pages.toegang import PaginaLezen
from api.pages.weergave import toon
from api.routers.sessies import Inloggen, client_adres, meld_aan, zet_sessiecookie
from api.sessies import COOKIE

router = APIRouter(include_in_schema=False)


def _lokaal(volgende: str | None) -> str:
    """Only a path on this site: never an address elsewhere (no open redirect)."""
    if not volgende or not volgende.startswith("/") or volgende.startswith(("//", "/\\")):
        return "/"
    return volgende


def _formulier(
    request: Request, c: ContainerDep, status: int = 200, **context: object
) -> HTMLResponse:
    context.setdefault("fouten", {})
    context.setdefault("naam", "")
    context.setdefault("volgende", _lokaal(request.query_params.get("volgende")))
    context["sso"] = bool(c.settings.oidc_issuer)
    return toon(request, "inloggen.html", status_code=status, titel="Inloggen", **context)


@router.get("/inloggen", response_class=HTMLResponse)
def page_inloggen(request: Request, c: ContainerDep) -> HTMLResponse:
    """Het inlogformulier."""
    return _formulier(request, c)


@router.post("/inloggen", response_class=HTMLResponse)
async def page_inloggen_verstuur(request: Request, c: ContainerDep) -> Response:
    """Log in met naam en wachtwoord."""
    formulier = await request.form()
    naam = str(formulier.get("naam", ""))
    volgende = _lokaal(str(formulier.get("volgende", "")))
    fouten: dict[str, str] = {}
    if not naam.strip():
        fouten["naam"] = "Vul uw gebruikersnaam in."
    if not str(formulier.get("wachtwoord", "")):
        fouten["wachtwoord"] = "Vul uw wachtwoord in."
    if not fouten:
        try:
            verzoek = Inloggen(naam=naam, wachtwoord=str(formulier.get("wachtwoord", "")))
        except ValidationError:
            fouten["naam"] = "Naam of wachtwoord is te lang of bevat ongeldige tekens."
    if fouten:
        return _formulier(request, c, 422, fouten=fouten, naam=naam, volgende=volgende)
    uitkomst = meld_aan(c, verzoek.naam, verzoek.wachtwoord, client_adres(request))
    if uitkomst.status != 200:
        bericht = uitkomst.bericht
        return _formulier(
            request,
            c,
            uitkomst.status,
            fouten={"naam": bericht[0].upper() + bericht[1:] + "."},
            naam=naam,
            volgende=volgende,
        )
    doorsturen = RedirectResponse(volgende, 303)
    zet_sessiecookie(doorsturen, uitkomst.token, c)
    return doorsturen


@router.post("/uitloggen")
def page_uitloggen(request: Request, c: ContainerDep, _: PaginaLezen) -> Response:
    """Log uit: de sessie vervalt meteen."""
    token = request.cookies.get(COOKIE)
    if token:
        c.sessies.sluit(token)
    antwoord = RedirectResponse("/inloggen", 303)
    antwoord.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return antwoord
