"""The dossier export for legal staff: one ZIP per gemeente, checkable with `toezicht
verifieer` (documenten/verificatie.py) without the product."""

from __future__ import annotations

import io

from fastapi import APIRouter, Response

from api.deps import ContainerDep, FilterDep
from api.errors import FOUTEN
from api.exporteren import exporteer_dossier
from api.routers.common import Code, bestaat, lezer
from api.toegang import LezenDep

router = APIRouter(
    prefix="/gemeenten", tags=["dossier"], responses=FOUTEN, dependencies=[FilterDep]
)


@router.get(
    "/{code}/export.zip",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}},
)
def read_dossier_export(code: Code, c: ContainerDep, g: LezenDep) -> Response:
    """Het dossier als ZIP met manifest (vertrouwelijke stukken alleen voor de jurist, gemarkeerd)."""
    bestaat(c, code)
    buffer = io.BytesIO()
    uitslag = exporteer_dossier(c.app, c.queries, code, lezer(g), c.klok(), buffer)
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="dossier-{code}.zip"',
            "X-Manifest-SHA256": uitslag.manifest_sha256,
        },
    )
