"""The voortgangsrapportage as a page and as PDF: the figures from documenten/rapportage.py,
the charts laid out by api/pages/grafieken.py (the same SVG bars as the dossier page)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from api.deps import ContainerDep
from api.pages.grafieken import Staafgrafiek, achterstand_grafiek
from api.pages.toegang import PaginaFout, PaginaLezen
from api.pages.weergave import getal, toon
from documenten.rapportage import Rapport, pdf, rapport
from domain.errors import OngeldigeInvoer
from domain.periode import Periode

router = APIRouter(include_in_schema=False)
PERIODE = r"^[0-9]{4}-(1|2|I|II)$"


@dataclass(frozen=True)
class Grafiek:
    titel: str
    svg: Staafgrafiek
    samenvatting: str
    rijen: list[tuple[str, ...]]


def _stand(waarde: int) -> str:
    if waarde > 0:
        return f"achterstand {getal(waarde)}"
    return f"voorsprong {getal(-waarde)}" if waarde < 0 else "geen achterstand"


def grafieken(r: Rapport) -> dict[str, Grafiek | None]:
    standen = [
        (t.periode, t.gepubliceerd["stand_eind_geregistreerd"])
        for t in r.totalen
        if t.gepubliceerd and t.gepubliceerd.get("stand_eind_geregistreerd") is not None
    ]
    beoordeeld = [(p, r.trede_aantal(p, 2)) for p in r.perioden if r.trede_aantal(p, 1)]
    stand_svg, trede_svg = achterstand_grafiek(standen), achterstand_grafiek(beoordeeld)
    return {
        "stand": Grafiek(
            "Stand van de provincie aan het eind van de periode (gepubliceerd)",
            stand_svg,
            "Per periode de gepubliceerde stand: "
            + "; ".join(f"{p}: {_stand(w)}" for p, w in standen)
            + ".",
            [(p, _stand(w)) for p, w in standen],
        )
        if stand_svg
        else None,
        "treden": Grafiek(
            "Gemeenten op trede 2 of hoger",
            trede_svg,
            "Aantal gemeenten dat na de beoordeling op trede 2 of hoger staat: "
            + "; ".join(f"{p}: {n} van {r.trede_aantal(p, 1)}" for p, n in beoordeeld)
            + ".",
            [(p, str(n), str(r.trede_aantal(p, 1))) for p, n in beoordeeld],
        )
        if trede_svg
        else None,
    }


def _lees(c: ContainerDep, provincie: str | None, van: str, tot: str) -> Rapport:
    """The report for the query string, or a 400 page naming the field."""
    provincies = sorted({g["provincie"] for g in c.queries.gemeenten()})
    gekozen = provincie or (provincies[0] if provincies else "")
    if gekozen.lower() not in {p.lower() for p in provincies}:
        raise PaginaFout(
            400, "Onbekende provincie", f"provincie: '{gekozen}' heeft geen gemeenten in Toezicht."
        )
    grenzen = {}
    for veld, waarde in (("van", van), ("tot", tot)):
        try:
            if not re.fullmatch(PERIODE, waarde):
                raise OngeldigeInvoer("", veld)
            grenzen[veld] = Periode.parse(waarde)
        except OngeldigeInvoer:
            raise PaginaFout(
                400, "Ongeldige periode", f"{veld}: schrijf een periode als 2022-1 of 2024-2."
            ) from None
    try:
        return rapport(c.queries, gekozen, grenzen["van"], grenzen["tot"])
    except ValueError as fout:
        raise PaginaFout(400, "Ongeldige perioden", f"tot: {fout}.") from None


Van = Annotated[str, Query(max_length=8)]


@router.get("/rapportage", response_class=HTMLResponse)
def page_rapportage(
    request: Request,
    c: ContainerDep,
    _: PaginaLezen,
    provincie: Annotated[str | None, Query(max_length=40)] = None,
    van: Van = "2022-1",
    tot: Van = "2024-2",
) -> HTMLResponse:
    """De voortgangsrapportage voor GS en PS over de gekozen perioden."""
    r = _lees(c, provincie, van, tot)
    return toon(
        request,
        "rapportage.html",
        titel=f"Voortgangsrapportage {r.van} tot en met {r.tot}",
        r=r,
        grafieken=grafieken(r),
        actief="rapportage",
    )


@router.get("/rapportage.pdf", response_class=Response)
def page_rapportage_pdf(
    c: ContainerDep,
    _: PaginaLezen,
    provincie: Annotated[str | None, Query(max_length=40)] = None,
    van: Van = "2022-1",
    tot: Van = "2024-2",
) -> Response:
    """De voortgangsrapportage als PDF/A-2a."""
    r = _lees(c, provincie, van, tot)
    naam = f"voortgangsrapportage-{r.provincie.lower()}-{r.van}-{r.tot}.pdf"
    return Response(
        pdf(r, grafieken(r), c.vandaag()),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{naam}"'},
    )
