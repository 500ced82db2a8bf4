"""Single sign-on with OpenID Connect (authorization code with PKCE), through Authlib.
The role comes from a configurable claim; the account is created or its role updated on
login, both on record. Local accounts keep working beside it."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from authlib.integrations.starlette_client import OAuth, OAuthError
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from api.deps import Container, ContainerDep
from api.errors import FOUTEN, Fout
from api.routers.sessies import Sessie, zet_sessiecookie
from domain import tekens
from domain.errors import NietGevonden
from domain.gebruiker import LOGIN_ROLLEN
from domain.vastlegging import Rol, Vastlegging

router = APIRouter(prefix="/sso", tags=["sessies"], responses=FOUTEN)


def oauth_client(c: Container) -> Any:
    if not c.settings.oidc_issuer:
        raise NietGevonden("single sign-on is niet ingesteld")
    if getattr(c, "_oauth", None) is None:
        oauth = OAuth()
        oauth.register(
            "provincie",
            client_id=c.settings.oidc_client_id,
            client_secret=c.settings.oidc_client_secret,
            server_metadata_url=f"{c.settings.oidc_issuer.rstrip('/')}/.well-known/openid-configuration",
            client_kwargs={"scope": "openid", "code_challenge_method": "S256"},
        )
        c._oauth = oauth.provincie  # type: ignore[attr-defined]
    return c._oauth  # type: ignore[attr-defined]


def _naam(issuer: str, sub: str) -> str:
    """SSO accounts have their own name space: a provider's subject can never log in as a
    local (password) account of the same name."""
    return "sso-" + hashlib.sha256(f"{issuer}|{sub}".encode()).hexdigest()[:24]


@router.get("/login", response_class=RedirectResponse, status_code=302)
async def read_sso_login(request: Request, c: ContainerDep) -> Response:
    """Stuur door naar de identiteitsprovider van de provincie."""
    client = oauth_client(c)
    doel = c.settings.oidc_redirect_url or str(request.url_for("read_sso_callback"))
    return await client.authorize_redirect(request, doel)  # type: ignore[no-any-return]


@router.get("/callback", response_model=Sessie, responses={401: {"model": Fout}})
async def read_sso_callback(request: Request, c: ContainerDep) -> Response:
    """Terugkeer van de provider: rol uit de claim, sessie openen."""
    client = oauth_client(c)
    try:
        token = await client.authorize_access_token(request)
        claims = await client.userinfo(token=token)
    except OAuthError as fout:
        return JSONResponse(
            Fout(fout=f"inloggen via de provider mislukt: {fout.error}").model_dump(),
            status_code=401,
        )
    rol_tekst = str(claims.get(c.settings.oidc_rol_claim, ""))
    if rol_tekst not in {str(r) for r in LOGIN_ROLLEN}:
        return JSONResponse(
            Fout(fout=f"de claim {c.settings.oidc_rol_claim} noemt geen geldige rol").model_dump(),
            status_code=403,
        )
    rol, nu = Rol(rol_tekst), c.klok()
    naam = _naam(str(c.settings.oidc_issuer), str(claims["sub"]))
    stempel = Vastlegging("sso", Rol.SYSTEEM, nu, nu, f"single sign-on, {c.settings.oidc_issuer}")
    bestaand = c.queries.gebruiker(naam)
    if bestaand is None:
        # The provider's name is taken, not refused: characters the dossier refuses go.
        weergave = tekens.zonder_verboden_tekens(
            re.sub(r"\s+", " ", str(claims.get("name") or naam))
        )[:200]
        c.schrijf(lambda: c.app.maak_gebruiker_aan(naam, rol, weergave, stempel))
    elif bestaand["rol"] != str(rol):
        c.schrijf(lambda: c.app.wijzig_rol(naam, rol, stempel))
    c.schrijf(lambda: c.app.registreer_login(naam, True, Vastlegging(naam, rol, nu, nu, "sso")))
    generatie = c.queries.gebruiker(naam)["sessie_generatie"]  # type: ignore[index]
    token_sessie, csrf = c.sessies.open(naam, nu, generatie)
    antwoord = JSONResponse(Sessie(naam=naam, rol=str(rol), csrf_token=csrf).model_dump())
    zet_sessiecookie(antwoord, token_sessie, c)
    return antwoord
