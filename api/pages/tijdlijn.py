"""The dossier's timeline page (the MoJ case-timeline pattern): every act in the order it
happened, who and when, filters by kind, a text search and pages of 25; a correction is
shown with what it corrects. What a reader may see comes from Queries.tijdlijn only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import Container, ContainerDep, Gebruiker
from api.pages.toegang import PaginaFout, PaginaLezen, controleer_code
from api.pages.weergave import toon
from domain.zichtbaarheid import Lezer
from projections.weergaven import TijdlijnRegel

router = APIRouter(include_in_schema=False)

PER_PAGINA = 25
MAX_ZOEK = 200

# Kinds a reader can filter on: a label and the event classes it holds.
SOORTEN: dict[str, tuple[str, frozenset[str]]] = {
    "cijfers": (
        "Cijfers",
        frozenset({"CijferGeregistreerd", "CijferIngetrokken", "TaakstellingGewijzigd"}),
    ),
    "contacten": ("Contacten", frozenset({"ContactGelegd"})),
    "signalen": (
        "Signalen en verschoonbare redenen",
        frozenset(
            {"SignaalOntvangen", "VerschoonbareRedenIngediend", "VerschoonbareRedenBeoordeeld"}
        ),
    ),
    "beoordelingen": (
        "Beoordelingen",
        frozenset(
            {
                "BeoordelingVoorgesteld",
                "BeoordelingVoorstelAfgewezen",
                "VoorstelIngetrokken",
                "BeoordelingVastgesteld",
                "BeoordelingOvergenomen",
            }
        ),
    ),
    "brieven": (
        "Brieven en berichten",
        frozenset(
            {"ToezichtbriefVerzonden", "AfschriftRaadVerzonden", "TussentijdsBerichtVerstuurd"}
        ),
    ),
    "verbeterplan": (
        "Verbeterplan",
        frozenset(
            {
                "VerbeterplanBijgewerktGevraagd",
                "VerbeterplanGesprekGevoerd",
                "VerbeterplanOntvangen",
            }
        ),
    ),
    "juridisch": (
        "Juridische stappen",
        frozenset(
            {
                "VooraankondigingVerzonden",
                "IndeplaatsstellingsbesluitGenomen",
                "IndeplaatsstellingsbesluitBekendgemaakt",
                "BeroepIngesteld",
                "BeroepUitspraakOntvangen",
                "IndeplaatsstellingGeeffectueerd",
            }
        ),
    ),
    "termijnen": (
        "Termijnen",
        frozenset(
            {"TermijnNagekomen", "TermijnVerlengd", "TermijnVerstreken", "TermijnIngetrokken"}
        ),
    ),
    "correcties": ("Correcties", frozenset({"CorrectieVastgelegd"})),
}
OVERIG = "overig"
ALLE_SOORTEN = [*SOORTEN, OVERIG]


def soort_van(gebeurtenis: str) -> str:
    return next((k for k, (_, klassen) in SOORTEN.items() if gebeurtenis in klassen), OVERIG)


def verwijst_naar(rij: TijdlijnRegel) -> int | None:
    """The version a correcting act corrects: a correction, a withdrawn or replaced figure."""
    sleutel = {
        "CorrectieVastgelegd": "versie",
        "CijferIngetrokken": "versie",
        "CijferGeregistreerd": "corrigeert_versie",
    }.get(rij.soort)
    versie = rij.gegevens.get(sleutel) if sleutel else None
    return int(versie) if versie is not None else None


def _teksten(rij: TijdlijnRegel) -> str:
    """Everything of an item this reader may see, for the search."""
    delen = [rij.omschrijving, rij.reden or ""]
    for waarde in rij.gegevens.values():
        if isinstance(waarde, str):
            delen.append(waarde)
        elif isinstance(waarde, list):
            delen.extend(w for w in waarde if isinstance(w, str))
    return "\n".join(delen).casefold()


@dataclass
class Item:
    rij: TijdlijnRegel
    soort: str
    verwijst_naar: int | None
    gecorrigeerd_door: list[TijdlijnRegel] = field(default_factory=list)


@dataclass(frozen=True)
class Weergave:
    soorten: list[str]
    zoek: str
    pagina: int


def lees_tijdlijn(
    c: Container, code: str, g: Gebruiker
) -> tuple[dict[str, Any], list[TijdlijnRegel]]:
    """The gemeente, and its timeline as this reader may see it (filtered and logged by
    the query layer)."""
    gemeente = c.queries.gemeente(code)
    if gemeente is None:
        raise PaginaFout(404, "Gemeente niet gevonden", f"De gemeente {code} is niet bekend.")
    return gemeente, c.queries.tijdlijn(code, Lezer(g.naam, g.rol), c.klok())


def _weergave(request: Request) -> Weergave:
    fouten = []
    soorten = [s for s in request.query_params.getlist("soort") if s]
    onbekend = sorted(set(soorten) - set(ALLE_SOORTEN))
    if onbekend:
        fouten.append(f"soort moet een van: {', '.join(ALLE_SOORTEN)} zijn")
    zoek = request.query_params.get("zoek", "").strip()
    if len(zoek) > MAX_ZOEK:
        fouten.append(f"zoek mag ten hoogste {MAX_ZOEK} tekens lang zijn")
    tekst = request.query_params.get("pagina", "1") or "1"
    if not tekst.isdigit() or int(tekst) < 1:
        fouten.append("pagina moet een heel getal van 1 of meer zijn")
    if fouten:
        raise PaginaFout(400, "Deze weergave bestaat niet", "; ".join(fouten) + ".")
    return Weergave(soorten, zoek, int(tekst))


def _items(rijen: list[TijdlijnRegel]) -> list[Item]:
    items = [Item(r, soort_van(r.soort), verwijst_naar(r)) for r in rijen]
    per_versie = {i.rij.versie: i for i in items}
    for item in items:
        if item.verwijst_naar in per_versie:
            per_versie[item.verwijst_naar].gecorrigeerd_door.append(item.rij)
    return items


@router.get("/gemeenten/{code}/tijdlijn", response_class=HTMLResponse)
def page_tijdlijn(code: str, request: Request, c: ContainerDep, g: PaginaLezen) -> HTMLResponse:
    """De tijdlijn van het dossier van één gemeente."""
    controleer_code(code)
    w = _weergave(request)
    gemeente, rijen = lees_tijdlijn(c, code, g)
    alle = _items(rijen)
    gevonden = [
        i
        for i in alle
        if (not w.soorten or i.soort in w.soorten)
        and (not w.zoek or w.zoek.casefold() in _teksten(i.rij))
    ]
    paginas = max(1, -(-len(gevonden) // PER_PAGINA))
    if w.pagina > paginas:
        raise PaginaFout(
            404, "Deze pagina bestaat niet", f"pagina moet 1 tot en met {paginas} zijn."
        )
    start = (w.pagina - 1) * PER_PAGINA
    plek = {i.rij.versie: n // PER_PAGINA + 1 for n, i in enumerate(alle)}
    basis = f"/gemeenten/{code}/tijdlijn"

    def paginalink(pagina: int) -> str:
        query = [("soort", s) for s in w.soorten] + ([("zoek", w.zoek)] if w.zoek else [])
        return basis + "?" + urlencode([*query, ("pagina", str(pagina))])

    def gebeurtenislink(versie: int) -> str:
        """Where an item stands in the unfiltered timeline."""
        return f"{basis}?pagina={plek.get(versie, 1)}#gebeurtenis-{versie}"

    return toon(
        request,
        "tijdlijn.html",
        titel=f"Tijdlijn {gemeente['naam']}",
        gemeente=gemeente,
        items=gevonden[start : start + PER_PAGINA],
        aantal=len(gevonden),
        aantal_alle=len(alle),
        per_versie={i.rij.versie: i.rij for i in alle},
        soorten=[(k, SOORTEN[k][0] if k in SOORTEN else "Overig") for k in ALLE_SOORTEN],
        weergave=w,
        paginas=paginas,
        paginalink=paginalink,
        gebeurtenislink=gebeurtenislink,
        eerste=start + 1,
    )
