"""Logging in and out with a password (for people; programs use API tokens)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.deps import Container, ContainerDep
from api.errors import FOUTEN, Fout
from api.schemas import Verzoek
from api.sessies import COOKIE, controleer_wachtwoord, log
from api.toegang import LezenDep
from domain.errors import GeenToegang
from domain.vastlegging import Rol, Vastlegging

router = APIRouter(prefix="/sessies", tags=["sessies"], responses=FOUTEN)


class Inloggen(Verzoek):
    naam: str = Field(min_length=1, max_length=64)
    wachtwoord: str = Field(min_length=1, max_length=200)


class Sessie(BaseModel):
    naam: str
    rol: str
    csrf_token: str = Field(description="Stuur mee als X-CSRF-Token bij elke wijziging.")


def _geweigerd(status_code: int, bericht: str, wacht_seconden: int = 0) -> JSONResponse:
    headers = {"Retry-After": str(wacht_seconden)} if status_code == 429 else None
    return JSONResponse(Fout(fout=bericht).model_dump(), status_code=status_code, headers=headers)


@dataclass(frozen=True)
class Aanmelding:
    """The outcome of one password login: a session, or a refusal with its status."""

    status: int  # 200, 401, 403 (disabled account) or 429
    bericht: str = ""
    wacht_seconden: int = 0
    token: str = ""
    csrf: str = ""
    rol: str = ""


def meld_aan(c: Container, naam: str, wachtwoord: str, adres: str) -> Aanmelding:
    """Check a password login: throttled (counted before the check), recorded as an event,
    and a session opened on success. The API and the login page both call this."""
    nu = c.klok()
    naam = naam.strip().lower()
    beurt = c.inlogrem.tel(naam, adres, nu)  # counted before the password is checked
    if not beurt.toegestaan:
        return Aanmelding(
            429, "te veel mislukte pogingen; probeer het later opnieuw", beurt.wacht_seconden
        )
    gebruiker = c.queries.gebruiker(naam)
    gelukt = controleer_wachtwoord(gebruiker["wachtwoord_hash"] if gebruiker else None, wachtwoord)
    if gebruiker is None:  # same answers as for an account: names are not revealed
        log.info("inloggen mislukt", extra={"velden": {"reden": "onbekende gebruiker"}})
        return Aanmelding(401, "naam of wachtwoord onjuist")
    stempel = Vastlegging(
        naam, Rol(gebruiker["rol"]), nu, nu, None if gelukt else "onjuist wachtwoord"
    )
    try:
        c.schrijf(lambda: c.app.registreer_login(naam, gelukt, stempel))
    except GeenToegang as fout:  # a disabled account, with the right password
        return Aanmelding(403, fout.bericht)
    if not gelukt:
        return Aanmelding(401, "naam of wachtwoord onjuist")
    c.inlogrem.gelukt(beurt, naam, adres, nu)
    token, csrf = c.sessies.open(naam, nu, gebruiker["sessie_generatie"])
    return Aanmelding(200, token=token, csrf=csrf, rol=gebruiker["rol"])


def client_adres(request: Request) -> str:
    # Behind a proxy, uvicorn --proxy-headers puts the client from X-Forwarded-For here,
    # and only for the proxies it is told to trust (--forwarded-allow-ips).
    return request.client.host if request.client else "onbekend"


@router.post("", response_model=Sessie, responses={429: {"model": Fout}})
def create_sessie(body: Inloggen, request: Request, c: ContainerDep) -> Response:
    """Log in met naam en wachtwoord; de sessie staat in een cookie."""
    uitkomst = meld_aan(c, body.naam, body.wachtwoord, client_adres(request))
    if uitkomst.status != 200:
        return _geweigerd(uitkomst.status, uitkomst.bericht, uitkomst.wacht_seconden)
    naam = body.naam.strip().lower()
    antwoord = JSONResponse(
        Sessie(naam=naam, rol=uitkomst.rol, csrf_token=uitkomst.csrf).model_dump()
    )
    zet_sessiecookie(antwoord, uitkomst.token, c)
    return antwoord


def zet_sessiecookie(antwoord: Response, token: str, c: Container) -> None:
    antwoord.set_cookie(
        COOKIE,
        token,
        httponly=True,
        secure=True,
        samesite="strict",
        path="/",
        max_age=int(c.sessies.max_duur.total_seconds()),
    )


@router.delete("/huidige", status_code=status.HTTP_204_NO_CONTENT)
def delete_sessie(request: Request, c: ContainerDep, _: LezenDep) -> Response:
    """Log uit: de sessie vervalt meteen."""
    token = request.cookies.get(COOKIE)
    if token:
        c.sessies.sluit(token)
    antwoord = Response(status_code=status.HTTP_204_NO_CONTENT)
    antwoord.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return antwoord
