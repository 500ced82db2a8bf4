"""Letters drafted from the dossier: the PDF exactly as documenten/ renders it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import ContainerDep, FilterDep, GebruikerDep
from api.errors import FOUTEN
from api.routers.common import Code
from documenten.gegevens import concept
from documenten.opmaak import pdf
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}/brieven",
    tags=["brieven en verbeterplan"],
    responses=FOUTEN,
    dependencies=[FilterDep],
)
PERIODE = Query(pattern=r"^[0-9]{4}-(1|2|I|II)$", description="standaard de laatste beoordeling")


@router.get(
    "/concept/toezichtbrief.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def read_concept_toezichtbrief(
    code: Code,
    c: ContainerDep,
    g: GebruikerDep,
    periode: Annotated[str | None, PERIODE] = None,
    datum: Annotated[
        date | None, Query(description="datum van de brief; standaard vandaag")
    ] = None,
) -> Response:
    """Concept van de toezichtbrief over de laatste (of de gekozen) beoordeling, als PDF/A-2a."""
    brief = concept(
        c.queries,
        "toezichtbrief",
        code,
        datum or c.vandaag(),
        periode=str(Periode.parse(periode)) if periode else None,
        kalender=c.app.kalender,
    )
    naam = brief.hoofd.kenmerk.replace("/", "-")
    return Response(
        pdf(brief),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="concept-{naam}.pdf"'},
    )
