"""'Hoe is deze trede bereikt': one beoordeling's derivation as known when it was decided,
with every later correction of an input figure flagged."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import ContainerDep
from api.pages.toegang import PaginaFout, PaginaLezen
from api.pages.weergave import _omgeving, toon
from domain.validatie import CBS_CODE_PATROON
from projections.afleiding import afleiding
from projections.queries import Queries

router = APIRouter(include_in_schema=False)


@router.get("/gemeenten/{code}/beoordelingen/{versie}", response_class=HTMLResponse)
def page_afleiding(
    request: Request, code: str, versie: str, c: ContainerDep, _: PaginaLezen
) -> HTMLResponse:
    """Hoe een beoordeling tot haar trede kwam."""
    if not re.fullmatch(CBS_CODE_PATROON, code):
        raise PaginaFout(
            400, "Onbekende gemeentecode", "code moet GM gevolgd door vier cijfers zijn."
        )
    if not versie.isascii() or not versie.isdigit() or len(versie) > 9:
        raise PaginaFout(400, "Ongeldige versie", "versie moet een geheel getal zijn.")
    gevonden = afleiding(c.queries, code, int(versie))
    if gevonden is None:
        raise PaginaFout(
            404,
            "Beoordeling niet gevonden",
            f"Gemeente {code} heeft geen beoordeling met versie {versie}.",
        )
    titel = f"Hoe is trede {gevonden.trede} bereikt? {gevonden.naam}"
    return toon(request, "afleiding.html", titel=titel, a=gevonden)


def afleiding_html(queries: Queries, code: str, versie: int) -> str:
    """The same page as a file on its own (for the dossier export): no menu, no user."""
    gevonden = afleiding(queries, code, versie)
    if gevonden is None:
        raise LookupError(f"{code} versie {versie}")
    return _omgeving.get_template("afleiding.html").render(
        titel=f"Hoe is trede {gevonden.trede} bereikt? {gevonden.naam}",
        a=gevonden,
        gebruiker=None,
        csrf="",
        actief="",
    )
