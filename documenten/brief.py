"""The fields every letter of the province carries, its kenmerk, and the free-text
paragraphs a supervisor may write: the only part of a letter that is typed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from domain import tekens
from domain.errors import OngeldigeInvoer

KENMERK = re.compile(r"^IBT-HV/\d{4}/GM\d{4}/\d{3,}$")
MAX_VRIJE_TEKST = 4000


def kenmerk(jaar: int, code: str, volgnummer: int) -> str:
    """IBT-HV/<year>/<CBS code>/<number>: the number counts the letters sent to this
    gemeente in that calendar year (see `volgend_kenmerk`)."""
    return f"IBT-HV/{jaar}/{code}/{volgnummer:03d}"


def volgend_kenmerk(jaar: int, code: str, verzonden: list[str]) -> str:
    """The kenmerk the next letter to `code` dated in `jaar` carries: one past the highest
    number already sent that year, 001 on the first letter of a year. Derived from the
    letters sent alone, so the draft shows the number the sent letter will carry and the
    same events give the same kenmerk. (Letters sent before this rule numbered by dossier
    version; counting past the highest keeps every kenmerk unique.)"""
    voorvoegsel = f"IBT-HV/{jaar}/{code}/"
    nummers = [int(k[len(voorvoegsel) :]) for k in verzonden if k.startswith(voorvoegsel)]
    return kenmerk(jaar, code, max(nummers, default=0) + 1)


@dataclass(frozen=True)
class Ondertekening:
    """Who signs for GS under mandate, and in which capacity."""

    naam: str
    functie: str


@dataclass(frozen=True)
class Briefhoofd:
    kenmerk: str
    datum: date
    onderwerp: str
    provincie: str
    geadresseerde: tuple[str, ...]  # address lines
    behandeld_door: str
    ondertekening: Ondertekening
    bijlagen: tuple[str, ...] = ()
    afschrift_aan: tuple[str, ...] = ()
    corrigeert: str | None = None  # kenmerk of the letter this one corrects

    def __post_init__(self) -> None:
        if not KENMERK.match(self.kenmerk):
            raise OngeldigeInvoer(
                f"kenmerk '{self.kenmerk}' heeft niet de vorm IBT-HV/jaar/GMxxxx/nnn", "kenmerk"
            )


@dataclass(frozen=True)
class Soort:
    """One kind of letter: its template and the free-text paragraphs it offers, each with
    the text the draft starts with."""

    naam: str
    sjabloon: str
    titel: str
    vrije_alineas: dict[str, str] = field(default_factory=dict)


SOORTEN = {
    s.naam: s
    for s in (
        Soort(
            "toezichtbrief",
            "toezichtbrief.html",
            "Toezichtbrief",
            {
                "toelichting": "",
                "context": "",
            },
        ),
        Soort(
            "afschrift_raad",
            "toezichtbrief.html",
            "Afschrift toezichtbrief aan de gemeenteraad",
            {"toelichting": "", "context": ""},
        ),
        Soort(
            "tussentijds_bericht",
            "tussentijds_bericht.html",
            "Tussentijds bericht",
            {"toelichting": ""},
        ),
        Soort(
            "uitnodiging_bestuurlijk_gesprek",
            "uitnodiging_bestuurlijk_gesprek.html",
            "Uitnodiging bestuurlijk gesprek over het verbeterplan",
            {"voorstel_moment": "", "toelichting": ""},
        ),
        Soort(
            "vooraankondiging",
            "vooraankondiging.html",
            "Vooraankondiging juridische interventie",
            {"waarom": "", "gevraagde_maatregelen": ""},
        ),
        Soort(
            "besluit_indeplaatsstelling",
            "besluit_indeplaatsstelling.html",
            "Besluit tot indeplaatsstelling (last)",
            {"overwegingen": ""},
        ),
    )
}


def soort(naam: str) -> Soort:
    if naam not in SOORTEN:
        keuzes = ", ".join(sorted(SOORTEN))
        raise OngeldigeInvoer(f"soort brief '{naam}' bestaat niet; kies uit {keuzes}", "soort")
    return SOORTEN[naam]


def vrije_tekst(brief: Soort, ingevuld: dict[str, str] | None) -> dict[str, str]:
    """The free-text paragraphs of a draft: only the letter's own marked paragraphs can be
    filled in; a figure, date or trede cannot be typed over because it is no paragraph."""
    ingevuld = ingevuld or {}
    onbekend = sorted(set(ingevuld) - set(brief.vrije_alineas))
    if onbekend:
        keuzes = ", ".join(brief.vrije_alineas) or "geen"
        raise OngeldigeInvoer(
            f"vrije_tekst.{onbekend[0]} is geen vrije alinea van de {brief.titel.lower()}; "
            f"vrij te schrijven zijn: {keuzes}",
            f"vrije_tekst.{onbekend[0]}",
        )
    for naam, tekst in ingevuld.items():
        tekens.controleer(tekst, f"vrije_tekst.{naam}")
        if len(tekst) > MAX_VRIJE_TEKST:
            raise OngeldigeInvoer(
                f"vrije_tekst.{naam} is langer dan {MAX_VRIJE_TEKST} tekens",
                f"vrije_tekst.{naam}",
            )
    return {**brief.vrije_alineas, **{k: v.strip() for k, v in ingevuld.items()}}
