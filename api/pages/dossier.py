"""A gemeente's dossier page: where it stands now (trede, open terms, open proposals), its
figures per period with both kinds of discrepancy marked, and two charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import Container, ContainerDep, Gebruiker
from api.pages.formulier import Formulier
from api.pages.formulieren import FORMULIEREN, GROEPEN, PER_NAAM
from api.pages.grafieken import (
    Lijngrafiek,
    Staafgrafiek,
    achterstand_grafiek,
    schema_op,
    verloop_grafiek,
)
from api.pages.handelingen import rollen_van
from api.pages.toegang import PaginaFout, PaginaLezen, controleer_code
from api.pages.weergave import datum, getal, toon
from api.toegang import TOEZICHT
from domain.periode import Periode
from domain.vastlegging import Rol
from projections.periodecijfers import PeriodeStand, periode_standen
from projections.realisatieverloop import realisatie_verloop

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Dossier:
    """Everything the page shows, read in one place (easy to move to a view object)."""

    gemeente: dict[str, Any]
    besluit: dict[str, Any] | None  # the decision that set the current trede
    beoordelingen: list[dict[str, Any]]
    open_termijnen: list[dict[str, Any]]
    open_voorstellen: list[dict[str, Any]]
    perioden: list[PeriodeStand]
    lopende: PeriodeStand | None
    verloop: list[tuple[date, int]]
    namen: dict[str, str]  # login name -> display name
    documenten: list[dict[str, Any]]  # received from the gemeente
    termijnnamen: dict[str, str]  # term id -> what it is, for what a document answers


def lees_dossier(c: Container, code: str, vandaag: date) -> Dossier:
    """The dossier's read models for this page."""
    gemeente = c.queries.gemeente(code)
    if gemeente is None:
        raise PaginaFout(404, "Gemeente niet gevonden", f"De gemeente {code} is niet bekend.")
    beoordelingen = c.queries.beoordelingen(code)
    perioden = periode_standen(c.queries.perioden(code))
    huidige = str(Periode.van_datum(vandaag))
    lopende = next((p for p in perioden if p.periode == huidige), None)
    voorstellen = c.queries.voorstellen(code, "open")
    documenten = c.queries.documenten(code)
    mensen = (
        {b["vastgesteld_door"] for b in beoordelingen}
        | {v["voorbereid_door"] for v in voorstellen}
        | {doc["ontvangen_door"] for doc in documenten}
    )
    return Dossier(
        gemeente=gemeente,
        besluit=beoordelingen[-1] if beoordelingen else None,
        beoordelingen=list(reversed(beoordelingen)),
        open_termijnen=c.queries.open_termijnen(code),
        open_voorstellen=voorstellen,
        perioden=perioden,
        lopende=lopende,
        verloop=realisatie_verloop(c.queries.engine, code, huidige) if lopende else [],
        namen=c.queries.weergavenamen(mensen),
        documenten=documenten,
        termijnnamen={
            t["termijn"]: t["omschrijving"]
            for t in (c.queries.termijnen(code) if any(d["termijn"] for d in documenten) else [])
        },
    )


def _stand_tekst(waarde: int) -> str:
    return f"voorsprong van {getal(-waarde)}" if waarde < 0 else f"achterstand van {getal(waarde)}"


def achterstand_samenvatting(standen: list[tuple[str, int]]) -> str:
    eerste, laatste = standen[0], standen[-1]
    if len(standen) == 1:
        return f"Eind {eerste[0]}: {_stand_tekst(eerste[1])}."
    richting = (
        "kleiner geworden"
        if laatste[1] < eerste[1]
        else "groter geworden"
        if laatste[1] > eerste[1]
        else "gelijk gebleven"
    )
    return (
        f"Eind {eerste[0]}: {_stand_tekst(eerste[1])}; eind {laatste[0]}: "
        f"{_stand_tekst(laatste[1])}. De stand is over {len(standen)} perioden {richting}."
    )


def verloop_samenvatting(
    periode: Periode, taakstelling: int, verloop: list[tuple[date, int]]
) -> str:
    if not verloop:
        return f"In {periode} is nog geen realisatie geregistreerd (taakstelling {getal(taakstelling)})."
    dag, waarde = verloop[-1]
    lijn = schema_op(periode, taakstelling, dag)
    oordeel = "op of voor de op-schemalijn" if waarde >= lijn else "achter de op-schemalijn"
    return (
        f"Op {datum(dag)} waren {getal(waarde)} van de {getal(taakstelling)} gehuisvest; "
        f"volgens de op-schemalijn hadden het er toen {getal(lijn)} moeten zijn: {oordeel}. "
        f"Op schema is de helft van de taakstelling op {datum(periode.tussentijds_moment)}."
    )


@dataclass(frozen=True)
class Grafiek:
    svg: Staafgrafiek | Lijngrafiek
    samenvatting: str
    rijen: list[tuple[str, ...]]


def _grafieken(d: Dossier, vandaag: date) -> dict[str, Grafiek | None]:
    standen = [(p.periode, p.stand_eind) for p in d.perioden if p.stand_eind is not None]
    achterstand = achterstand_grafiek(standen)
    verloop = None
    if d.lopende and d.lopende.taakstelling:
        periode = Periode.parse(d.lopende.periode)
        t = d.lopende.taakstelling
        verloop = Grafiek(
            verloop_grafiek(periode, t, d.verloop, vandaag),
            verloop_samenvatting(periode, t, d.verloop),
            [(datum(dag), getal(w), getal(schema_op(periode, t, dag))) for dag, w in d.verloop],
        )
    return {
        "achterstand": Grafiek(
            achterstand,
            achterstand_samenvatting(standen),
            [(p, _stand_tekst(w)) for p, w in standen],
        )
        if achterstand
        else None,
        "verloop": verloop,
    }


def handelingen(rol: Rol) -> list[tuple[str, list[Formulier]]]:
    """The forms this role may use, per group; a group without any is left out."""
    mag = [f for f in FORMULIEREN if rol in rollen_van(f)]
    per_groep = [(groep, [f for f in mag if f.groep == groep]) for groep in GROEPEN]
    return [(groep, lijst) for groep, lijst in per_groep if lijst]


@router.get("/gemeenten/{code}", response_class=HTMLResponse)
def page_dossier(code: str, request: Request, c: ContainerDep, g: PaginaLezen) -> HTMLResponse:
    """Het dossier van één gemeente."""
    controleer_code(code)
    return toon_dossier(request, c, g, code)


def toon_dossier(
    request: Request,
    c: Container,
    g: Gebruiker,
    code: str,
    status_code: int = 200,
    fouten: dict[str, str] | None = None,
    invoer: dict[str, Any] | None = None,
) -> HTMLResponse:
    """The dossier page; after a refused upload with the error summary and the input."""
    vandaag = c.vandaag()
    d = lees_dossier(c, code, vandaag)
    gelukt = PER_NAAM.get(request.query_params.get("gelukt", ""))
    groepen = handelingen(g.rol)
    return toon(
        request,
        "dossier.html",
        status_code=status_code,
        titel=f"Gemeente {d.gemeente['naam']}",
        d=d,
        vandaag=vandaag.isoformat(),
        grafieken=_grafieken(d, vandaag),
        fouten=fouten or {},
        invoer=invoer or {},
        mag_ontvangen=g.rol in TOEZICHT,  # the roles of page_document_ontvangen
        max_mb=c.settings.max_upload_bytes // 1_000_000,
        gelukt=gelukt.gelukt if gelukt else None,
        handelingen=groepen,
        mag={f.naam for _, lijst in groepen for f in lijst},
    )
