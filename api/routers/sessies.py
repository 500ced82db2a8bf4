"""Logging in and out with a password (for people; programs use API tokens)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.deps import Container, ContainerDep, GebruikerDep
from api.errors import FOUTEN, Fout
from api.schemas import Verzoek
from api.sessies import COOKIE, controleer_wachtwoord, log
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


@router.post("", response_model=Sessie, responses={429: {"model": Fout}})
def create_sessie(body: Inloggen, request: Request, c: ContainerDep) -> Response:
    """Log in met naam en wachtwoord; de sessie staat in een cookie."""
    # Behind a proxy, uvicorn --proxy-headers puts the client from X-Forwarded-For here,
    # and only for the proxies it is told to trust (--forwarded-allow-ips).
    adres = request.client.host if request.client else "onbekend"
    nu = c.klok()
    naam = body.naam.strip().lower()
    beurt = c.inlogrem.tel(naam, adres, nu)  # counted before the password is checked
    if not beurt.toegestaan:
        return _geweigerd(
            429,
            "te veel mislukte pogingen; probeer het later opnieuw",
            beurt.wacht_seconden,
        )
    gebruiker = c.queries.gebruiker(naam)
    gelukt = controleer_wachtwoord(
        gebruiker["wachtwoord_hash"] if gebruiker else None, body.wachtwoord
    )
    if gebruiker is None:  # same answers as for an account: names are not revealed
        log.info("inloggen mislukt", extra={"velden": {"reden": "onbekende gebruiker"}})
        return _geweigerd(401, "naam of wachtwoord onjuist")
    stempel = Vastlegging(
        naam, Rol(gebruiker["rol"]), nu, nu, None if gelukt else "onjuist wachtwoord"
    )
    c.schrijf(lambda: c.app.registreer_login(naam, gelukt, stempel))
    if not gelukt:
        return _geweigerd(401, "naam of wachtwoord onjuist")
    c.inlogrem.gelukt(beurt, naam, adres, nu)
    token, csrf = c.sessies.open(naam, nu, gebruiker["sessie_generatie"])
    antwoord = JSONResponse(Sessie(naam=naam, rol=gebruiker["rol"], csrf_token=csrf).model_dump())
    zet_sessiecookie(antwoord, token, c)
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
def delete_sessie(request: Request, c: ContainerDep, _: GebruikerDep) -> Response:
    """Log uit: de sessie vervalt meteen."""
    token = request.cookies.get(COOKIE)
    if token:
        c.sessies.sluit(token)
    antwoord = Response(status_code=status.HTTP_204_NO_CONTENT)
    antwoord.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return antwoord
