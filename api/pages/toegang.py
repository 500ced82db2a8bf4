"""Who is looking at a page: the session cookie (or an API token), a role requirement
declared with the route like the API's (api/toegang.py), and the CSRF token of the session
in every form that writes. A page's user parameter is one of the aliases below:
`PaginaLezen` (LEZEN), `PaginaToezicht`, `PaginaJuridisch`, `PaginaBestuur`,
`PaginaBeheer`, `PaginaBestuurOfToezicht`."""

from __future__ import annotations

import hmac
import re
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.deps import Container, ContainerDep, Gebruiker, gebruiker_bij_token, geldige_sessie
from api.pages.weergave import toon
from api.toegang import (
    BEHEER,
    BESTUUR,
    BESTUUR_OF_TOEZICHT,
    JURIDISCH,
    LEZEN,
    TOEZICHT,
    Rolvereiste,
)
from domain.validatie import CBS_CODE_PATROON
from domain.vastlegging import Rol


class MoetInloggen(Exception):
    def __init__(self, volgende: str) -> None:
        self.volgende = volgende


class PaginaFout(Exception):
    """An error shown as a page (the API answers the same cases in JSON)."""

    def __init__(self, status: int, titel: str, bericht: str) -> None:
        self.status, self.titel, self.bericht = status, titel, bericht


def _sessie_en_rij(request: Request, c: Container) -> tuple[dict[str, Any] | None, Any]:
    kop = request.headers.get("authorization", "")
    if kop.lower().startswith("bearer "):
        return None, gebruiker_bij_token(c, kop[7:].strip())
    gevonden = geldige_sessie(request, c)
    return gevonden if gevonden else (None, None)


class PaginaRol(Rolvereiste):
    """A page's user: not logged in sends the browser to the login form; a role outside
    the set, a disabled account or a stale form answers an error page."""

    async def __call__(self, request: Request, c: ContainerDep) -> Gebruiker:
        sessie, rij = _sessie_en_rij(request, c)
        if rij is None:
            doel = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise MoetInloggen(doel)
        if rij["uitgeschakeld"]:
            raise PaginaFout(
                403, "Account uitgeschakeld", "Uw account is uitgeschakeld; vraag de beheerder."
            )
        if Rol(rij["rol"]) not in self.rollen:
            raise PaginaFout(
                403, "Geen toegang", f"Met de rol {rij['rol']} kunt u deze pagina niet gebruiken."
            )
        if request.method == "POST" and sessie is not None:
            formulier = await request.form()
            gegeven = str(formulier.get("csrf_token", "")).encode()
            if not hmac.compare_digest(gegeven, sessie["csrf"].encode()):
                raise PaginaFout(
                    403,
                    "Formulier verlopen",
                    "Dit formulier hoort niet bij uw sessie. Open de pagina opnieuw en probeer het nog eens.",
                )
        request.state.csrf = sessie["csrf"] if sessie else ""
        gebruiker = Gebruiker(rij["naam"], Rol(rij["rol"]), rij["weergavenaam"])
        request.state.gebruiker = gebruiker
        return gebruiker


PaginaLezen = Annotated[Gebruiker, Depends(PaginaRol(LEZEN))]
PaginaToezicht = Annotated[Gebruiker, Depends(PaginaRol(TOEZICHT))]
PaginaJuridisch = Annotated[Gebruiker, Depends(PaginaRol(JURIDISCH))]
PaginaBestuur = Annotated[Gebruiker, Depends(PaginaRol(BESTUUR))]
PaginaBeheer = Annotated[Gebruiker, Depends(PaginaRol(BEHEER))]
PaginaBestuurOfToezicht = Annotated[Gebruiker, Depends(PaginaRol(BESTUUR_OF_TOEZICHT))]


def controleer_code(code: str) -> None:
    """A gemeente code in a page address: a CBS code, or a clear 400."""
    if not re.fullmatch(CBS_CODE_PATROON, code):
        raise PaginaFout(
            400, "Ongeldige gemeentecode", "code moet een CBS-code zijn, bijvoorbeeld GM0344."
        )


def _naar_inloggen(_: Request, exc: Exception) -> RedirectResponse:
    assert isinstance(exc, MoetInloggen)
    return RedirectResponse(f"/inloggen?volgende={quote(exc.volgende, safe='/')}", 303)


def _foutpagina(request: Request, exc: Exception) -> HTMLResponse:
    assert isinstance(exc, PaginaFout)
    return toon(request, "fout.html", status_code=exc.status, titel=exc.titel, bericht=exc.bericht)


def registreer(app: Any) -> None:
    app.add_exception_handler(MoetInloggen, _naar_inloggen)
    app.add_exception_handler(PaginaFout, _foutpagina)
