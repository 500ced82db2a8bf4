"""Health, readiness and metrics for operators. Public, and free of personal data."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from api.deps import ContainerDep

router = APIRouter(tags=["beheer"])


# HEAD too: load balancers and orchestrators probe with it (one OpenAPI operation each).
@router.get("/healthz")
@router.head("/healthz", include_in_schema=False)
def read_healthz() -> dict[str, str]:
    """Het proces leeft."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Niet gereed"}})
@router.head("/readyz", include_in_schema=False)
def read_readyz(c: ContainerDep) -> Any:
    """De database is bereikbaar en de leesmodellen lopen niet te ver achter."""
    try:
        with c.queries.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        achterstand = c.runner.achterstand()
    except Exception as fout:  # noqa: BLE001 - any database failure means: not ready
        return JSONResponse(
            {"status": "niet gereed", "reden": f"database: {type(fout).__name__}"}, status_code=503
        )
    if achterstand > c.settings.readyz_max_achterstand:
        return JSONResponse(
            {
                "status": "niet gereed",
                "reden": f"leesmodellen lopen {achterstand} gebeurtenissen achter",
            },
            status_code=503,
        )
    return {"status": "gereed", "achterstand": achterstand}


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus-tekstformaat"}},
)
def read_metrics(request: Request) -> Response:
    """Prometheus-metingen."""
    return Response(
        generate_latest(request.app.state.metingen.registry), media_type=CONTENT_TYPE_LATEST
    )
