"""Builds the Algemene termijnenwet calendar from a maintained holiday library plus the
days a royal decree equates (data an operator can extend), and warns where those are
not known yet."""

from __future__ import annotations

import csv
import logging
from datetime import date
from pathlib import Path

import holidays
from holidays.constants import OPTIONAL, PUBLIC

from domain.kalender import Kalender

DATA = Path(__file__).resolve().parents[1] / "data" / "gelijkgestelde_dagen.csv"
log = logging.getLogger(__name__)

# Article 3: Nieuwjaarsdag, Goede Vrijdag (equated), tweede Paasdag, Koningsdag, 5 mei,
# Hemelvaartsdag, tweede Pinksterdag, both Christmas days. With OPTIONAL, the library adds
# Goede Vrijdag and 5 May in every year (PUBLIC alone has 5 May only in lustrum years);
# it also lists Easter Sunday and Whit Sunday, which are Sundays anyway.
_CATEGORIEEN = (PUBLIC, OPTIONAL)


def wettelijke_feestdagen(jaar: int) -> dict[date, str]:
    """The statutory feestdagen of `jaar`, with their Dutch names."""
    dagen = dict(
        holidays.country_holidays("NL", years=jaar, categories=_CATEGORIEEN, language="nl")
    )
    dagen[date(jaar, 5, 5)] = "Bevrijdingsdag"  # art. 3: every year, whatever the library says
    return dagen


def gelijkgestelde_dagen(bestand: Path = DATA) -> dict[date, str]:
    """The equated days, named after the decree that equates them."""
    with bestand.open(encoding="utf-8") as f:
        return {
            date.fromisoformat(r["datum"]): f"gelijkgestelde dag ({r['besluit']})"
            for r in csv.DictReader(f)
        }


def bouw_kalender(van: int = 2020, tot: int = 2035, bestand: Path = DATA) -> Kalender:
    gelijk = gelijkgestelde_dagen(bestand)
    jaren_bekend = {d.year for d in gelijk}
    dagen: dict[date, str] = {}
    for jaar in range(van, tot + 1):
        dagen |= wettelijke_feestdagen(jaar)
    return Kalender.van(gelijk | dagen, jaren_bekend)  # a statutory name wins


def waarschuw_onbekende_jaren(kalender: Kalender, jaren: range) -> list[int]:
    """Years without decree data: terms there use the statutory days only."""
    onbekend = [j for j in jaren if not kalender.gelijkstelling_bekend(j)]
    for jaar in onbekend:
        log.warning(
            "Geen gegevens over gelijkgestelde dagen (Besluit gelijkstelling) voor %s; "
            "termijnen in dat jaar gebruiken alleen de wettelijke feestdagen. Vul %s aan.",
            jaar,
            DATA,
        )
    return onbekend
