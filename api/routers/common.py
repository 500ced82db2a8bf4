"""Small helpers shared by the routers: path parameters, the command stamp, the reader."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import Path

from api.deps import Container, Gebruiker
from api.schemas import Commando
from domain.errors import NietGevonden
from domain.validatie import CBS_CODE_PATROON
from domain.vastlegging import Vastlegging
from domain.zichtbaarheid import Lezer

T = TypeVar("T")

Code = Annotated[str, Path(pattern=CBS_CODE_PATROON, description="CBS-code, bijvoorbeeld GM0344")]


def stempel(gebruiker: Gebruiker, c: Container, body: Commando) -> Vastlegging:
    return gebruiker.vastlegging(c.klok(), body.plaatsgevonden_op, body.reden)


def lezer(gebruiker: Gebruiker) -> Lezer:
    """Who is reading, as the read side's queries take it."""
    return Lezer(gebruiker.naam, gebruiker.rol)


def gevonden(waarde: T | None, code: str, veld: str = "code") -> T:
    """A gemeente's view object; 404 (naming `veld`) when the gemeente is not known."""
    if waarde is None:
        raise NietGevonden(f"gemeente {code} is niet bekend", veld)
    return waarde


def bestaat(c: Container, code: str, veld: str = "code") -> dict[str, Any]:
    """The gemeente's overview row; 404 (naming `veld`) when the gemeente is not known."""
    rij = c.queries.gemeente(code)
    if rij is None:
        raise NietGevonden(f"gemeente {code} is niet bekend", veld)
    return rij
