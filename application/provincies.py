"""The Netherlands' gemeenten per province (data/nl/gemeenten_2023.csv, CBS 2023): the
list an installation registers for the province it serves."""

from __future__ import annotations

import csv
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from application.commandos import RegistreerGemeente
from domain.errors import BestaatAl
from domain.vastlegging import Rol, Vastlegging

if TYPE_CHECKING:
    from application.toezicht import Toezicht

GEMEENTEN = Path(__file__).resolve().parents[1] / "data" / "nl" / "gemeenten_2023.csv"
# Names written otherwise than CBS does.
_ANDERE_NAMEN = {"friesland": "Fryslân", "fryslan": "Fryslân"}


@cache
def alle_gemeenten() -> tuple[dict[str, str], ...]:
    with GEMEENTEN.open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def provincies() -> list[str]:
    return sorted({g["provincie"] for g in alle_gemeenten()})


def provincie_naam(naam: str) -> str:
    """The province as CBS writes it, whatever the case; a Dutch error when unknown."""
    bekend = {p.lower(): p for p in provincies()}
    sleutel = naam.strip().lower()
    if sleutel in bekend:
        return bekend[sleutel]
    if sleutel in _ANDERE_NAMEN:
        return _ANDERE_NAMEN[sleutel]
    raise ValueError(f"provincie '{naam}' is onbekend; kies een van: {', '.join(provincies())}")


def gemeenten_van(provincie: str) -> list[dict[str, str]]:
    naam = provincie_naam(provincie)
    return [g for g in alle_gemeenten() if g["provincie"] == naam]


def laad_gemeenten(app: Toezicht, provincie: str, nu: datetime) -> tuple[int, int]:
    """Register the province's gemeenten that are not registered yet; returns (newly
    registered, already there). Running it again changes nothing."""
    nieuw = bestaand = 0
    for g in gemeenten_van(provincie):
        try:
            app.voer_uit(
                RegistreerGemeente(code=g["code"], naam=g["naam"], provincie=g["provincie"]),
                Vastlegging("beheer", Rol.BEHEERDER, nu, nu),
            )
            nieuw += 1
        except BestaatAl:
            bestaand += 1
    return nieuw, bestaand
