"""How a web form is declared (api/pages/formulieren.py holds them all): its fields with
label, hint and kind of input, the request schema and command builder it shares with its
JSON route, and for an act with legal effect the consequence shown before it is recorded.
Also the fields several forms share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from api import schemas as s
from domain.woorden import Cijferveld

Keuzes = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Veld:
    naam: str  # the schema's field ('nummer' is the path's number, not in the schema)
    label: str
    # tekst, tekstvak, getal, keuze, janee (a box), jaofnee (two radios), datum, tijdstip,
    # lijst (one per line), deelstappen (rows), nummer (which proposal or reason)
    soort: str = "tekst"
    hint: str = ""
    keuzes: Keuzes = ()
    verplicht: bool = False


@dataclass(frozen=True)
class Formulier:
    naam: str  # the address: /gemeenten/{code}/handelingen/{naam}
    titel: str
    groep: str
    schema: type[s.Commando]
    bouw: Callable[..., Any]
    api_route: str
    velden: tuple[Veld, ...]
    gelukt: str  # what the dossier page says after it was recorded
    uitleg: str = ""
    gevolg: str | None = None  # an act with legal effect: a confirmation page first
    # "voorstellen", "redenen", "termijnen" or "perioden": what the `nummer` field picks
    # from (the JSON route has it in its path)
    genummerd: str | None = None

    @property
    def route(self) -> str:
        return f"page_handeling_{self.naam.replace('-', '_')}"


def keuzes_van(waarden: Any) -> Keuzes:
    return tuple((str(w), str(w)[0].upper() + str(w)[1:]) for w in waarden)


CIJFERVELDEN: Keuzes = (
    (Cijferveld.TAAKSTELLING_GEPUBLICEERD, "Taakstelling (gepubliceerd)"),
    (Cijferveld.STAND_BEGIN, "Stand begin periode"),
    (Cijferveld.REALISATIE, "Realisatie"),
    (Cijferveld.STAND_EIND, "Stand eind periode (COA)"),
    (Cijferveld.TIJDIG_BESCHIKBAAR, "Tijdig beschikbaar"),
)
PERIODE = Veld(
    "periode", "Periode", hint="Jaar en helft, bijvoorbeeld 2024-1 of 2024-II.", verplicht=True
)
WANNEER = Veld(
    "plaatsgevonden_op",
    "Wanneer gebeurde het?",
    "tijdstip",
    hint="Datum en tijd in Nederlandse tijd. Leeg laten: nu.",
)
VOORSTEL = Veld("nummer", "Voorstel", "nummer", verplicht=True)


def reden(label: str = "Reden", hint: str = "", verplicht: bool = False) -> Veld:
    return Veld("reden", label, "tekstvak", hint=hint, verplicht=verplicht)


INGRIJPEN = reden("Waarom grijpt de provincie in?", verplicht=True)
