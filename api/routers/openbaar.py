"""The public export for the province's IBT map: per gemeente the current trede, its date
and the kenmerk of the last toezichtbrief, as CSV and JSON. Published without login: it
holds only the fixed fields of projections/openbaar.py, nothing confidential or personal."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Response

from api.deps import ContainerDep
from api.errors import FOUTEN
from api.veilig import csv_tekst
from projections.openbaar import KOLOMMEN, OpenbareTrede

router = APIRouter(prefix="/openbaar", tags=["openbaar"], responses=FOUTEN)


@router.get("/treden.json", response_model=list[OpenbareTrede])
def read_openbare_treden(c: ContainerDep) -> list[OpenbareTrede]:
    """Per gemeente de huidige trede, de datum daarvan en het kenmerk van de laatste
    toezichtbrief; openbaar, zonder inloggen."""
    return c.queries.openbare_treden()


@router.get("/treden.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_openbare_treden_csv(c: ContainerDep) -> Response:
    """Dezelfde gegevens als CSV (puntkomma, UTF-8), veilig voor spreadsheets."""
    return Response(
        csv_tekst(KOLOMMEN, [asdict(r) for r in c.queries.openbare_treden()]),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="ibt-treden.csv"'},
    )
