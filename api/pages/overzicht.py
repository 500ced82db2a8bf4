"""The start page: every gemeente with its trede and figures, sortable and filterable by
links (the view is in the query string, so it can be bookmarked), beside the map."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import ContainerDep
from api.pages.kaart import kaart
from api.pages.toegang import PaginaFout, PaginaLezen
from api.pages.weergave import toon
from domain.periode import Periode
from domain.werkweergave import hoort_bij
from projections.behandelaars import behandelaars
from projections.provincieoverzicht import OverzichtRij

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Kolom:
    sleutel: str
    kop: str
    numeriek: bool = False


KOLOMMEN = [
    Kolom("naam", "Gemeente"),
    Kolom("trede", "Trede", True),
    Kolom("prognose_trede", "Prognose", True),
    Kolom("stand", "Achterstand", True),
    Kolom("pct_taakstelling", "% taakstelling", True),
    Kolom("pct_totaalopgave", "% totaalopgave", True),
    Kolom("op_schema", "Op schema"),
    Kolom("laatste_contact", "Laatste contact"),
    Kolom("open_termijnen", "Open termijnen", True),
    Kolom("verlopen_termijnen", "Verlopen", True),
    Kolom("open_voorstellen", "Open voorstellen", True),
]
SLEUTELS = {k.sleutel for k in KOLOMMEN}
FILTERS = ("trede", "provincie", "verlopen", "voorstellen", "mijn")
JA_NEE = ("verlopen", "voorstellen", "mijn")


def _sorteer(rijen: list[OverzichtRij], sleutel: str, aflopend: bool) -> list[OverzichtRij]:
    # Empty values last in either direction; ties by name.
    gevuld = [r for r in rijen if getattr(r, sleutel) is not None]
    leeg = [r for r in rijen if getattr(r, sleutel) is None]
    gevuld.sort(key=lambda r: r.naam)
    gevuld.sort(key=lambda r: getattr(r, sleutel), reverse=aflopend)
    return gevuld + sorted(leeg, key=lambda r: r.naam)


def _filter(
    rijen: list[OverzichtRij], f: dict[str, str], mijn: Callable[[], set[str]]
) -> list[OverzichtRij]:
    """Rows meeting every filter; `mijn` gives the gemeenten the user handles (read
    only when that filter is on)."""
    if f.get("trede"):
        rijen = [r for r in rijen if str(r.trede) == f["trede"]]
    if f.get("provincie"):
        rijen = [r for r in rijen if r.provincie.lower() == f["provincie"].lower()]
    if f.get("verlopen") == "ja":
        rijen = [r for r in rijen if r.verlopen_termijnen]
    if f.get("voorstellen") == "ja":
        rijen = [r for r in rijen if r.open_voorstellen]
    if f.get("mijn") == "ja":
        eigen = mijn()
        rijen = [r for r in rijen if r.code in eigen]
    return rijen


def _controleer(params: dict[str, str]) -> None:
    fouten = []
    if params.get("sorteer", "naam") not in SLEUTELS:
        fouten.append(f"sorteer moet een van: {', '.join(sorted(SLEUTELS))} zijn")
    if params.get("richting", "op") not in ("op", "af"):
        fouten.append("richting moet op of af zijn")
    if params.get("trede") and params["trede"] not in {"1", "2", "3", "4", "5", "6"}:
        fouten.append("trede moet 1 tot en met 6 zijn")
    for ja_nee in JA_NEE:
        if params.get(ja_nee) not in (None, "", "ja"):
            fouten.append(f"{ja_nee} moet leeg of ja zijn")
    if fouten:
        raise PaginaFout(400, "Deze weergave bestaat niet", "; ".join(fouten) + ".")


@router.get("/", response_class=HTMLResponse)
def page_overzicht(request: Request, c: ContainerDep, g: PaginaLezen) -> HTMLResponse:
    """Overzicht van alle gemeenten."""
    params = {k: v for k, v in request.query_params.items() if v != ""}
    _controleer(params)
    sleutel, richting = params.get("sorteer", "naam"), params.get("richting", "op")
    vandaag = c.vandaag()
    alle = c.queries.overzicht.rijen(vandaag)
    filters = {k: params[k] for k in FILTERS if k in params}

    def mijn() -> set[str]:
        # Where the user was the last of their role to act (as the werkvoorraad's "mijn").
        wie = behandelaars(c.queries, str(g.rol))
        return {code for code in wie if hoort_bij("mijn", code, g.naam, wie)}

    rijen = _sorteer(_filter(alle, filters, mijn), sleutel, richting == "af")
    provincies = sorted({r.provincie for r in alle})

    def sorteerlink(kolom: str) -> str:
        nieuw = "af" if kolom == sleutel and richting == "op" else "op"
        return "/?" + urlencode({**filters, "sorteer": kolom, "richting": nieuw})

    def aria_sort(kolom: str) -> str | None:
        if kolom != sleutel:
            return None
        return "descending" if richting == "af" else "ascending"

    # The outline is the filtered province, else the one this installation serves.
    provincie = filters.get("provincie") or c.settings.provincie
    context: dict[str, Any] = {
        "titel": "Overzicht",
        "rijen": rijen,
        "aantal_alle": len(alle),
        "kolommen": KOLOMMEN,
        "sorteerlink": sorteerlink,
        "aria_sort": aria_sort,
        "filters": filters,
        "provincies": provincies,
        "kaart": kaart({r.code: r.trede for r in rijen}, provincie),
        "verlopen_totaal": sum(r.verlopen_termijnen for r in alle),
        "voorstellen_totaal": sum(r.open_voorstellen for r in alle),
        "per_trede": {n: sum(1 for r in alle if r.trede == n) for n in range(1, 7)},
        "prognose_op": vandaag,
        "gegenereerd": any(r.gegenereerd for r in alle),
        "prognose_peildatum": Periode.van_datum(vandaag).peildatum_eind,
    }
    return toon(request, "overzicht.html", **context)
