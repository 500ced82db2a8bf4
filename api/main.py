"""The FastAPI application: routers under /api/v1, errors translated in one place."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from fastapi import FastAPI

from api import errors
from api.deps import Container, systeemklok
from api.routers import (
    beoordelingen,
    brieven,
    dossier,
    gemeenten,
    juridisch,
    provincie,
    termijnen,
)
from application.settings import Settings


def maak_app(
    settings: Settings | None = None, klok: Callable[[], datetime] = systeemklok
) -> FastAPI:
    settings = settings or Settings()
    container = Container.bouw(settings, klok)

    @asynccontextmanager
    async def levensloop(_: FastAPI) -> AsyncIterator[None]:
        if settings.scheduler == "in-server":
            container.planner.start()
        yield
        container.planner.stop()

    app = FastAPI(
        lifespan=levensloop,
        title="Toezicht",
        description="Interbestuurlijk toezicht op de huisvesting van vergunninghouders.",
        version="0.1.0",
    )
    app.state.container = container
    errors.registreer(app)
    for module in (gemeenten, dossier, beoordelingen, brieven, juridisch, termijnen, provincie):
        app.include_router(module.router, prefix="/api/v1")
    app.include_router(gemeenten.mij_router, prefix="/api/v1")
    return app
