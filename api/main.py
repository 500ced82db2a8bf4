"""The FastAPI application: routers under /api/v1, errors translated in one place."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from swagger_ui_bundle import swagger_ui_path

from api import errors
from api.beveiliging import UPLOAD_MARGE, Beveiliging
from api.deps import Container
from api.observatie import Meetpunt, Metingen, ToezichtMeter
from api.opties import Opties
from api.pages import afleiding, handelingen, inloggen, overzicht, rapportage, tijdlijn, werk
from api.pages import dossier as dossierpagina
from api.pages import importeren as importpagina
from api.pages import ontvangst as ontvangstpagina
from api.pages import toegang as pagina_toegang
from api.routers import (
    beheer,
    beoordelingen,
    brieven,
    documenten,
    dossier,
    dossierexport,
    gemeenten,
    importeren,
    juridisch,
    mandaten,
    ontvangst,
    openbaar,
    provincie,
    sessies,
    sso,
    termijnen,
)
from api.routers.ontvangst import UPLOADS
from api.toegang import controleer_routes
from application.importeren.uitvoeren import MAX_BYTES
from application.settings import Settings
from bootstrap import systeemklok

STATIC = Path(__file__).parent / "static"
# An import file may be 10 MB; the route itself answers a larger file with its own 413.
IMPORT_GRENZEN = {"(/api/v1/import|/import/voorbeeld)": MAX_BYTES + 2**20}


class DocsBestanden(StaticFiles):
    """Only the files /docs loads: the bundle's demo page, its OAuth redirect page and
    its source maps are not served."""

    NODIG = frozenset({"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"})

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        if path not in self.NODIG:
            return "", None
        return super().lookup_path(path)


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
        docs_url=None,
        redoc_url=None,  # ReDoc would load its script from a CDN; /docs is served locally
        lifespan=levensloop,
        title="Toezicht",
        description="Interbestuurlijk toezicht op de huisvesting van vergunninghouders.",
        version="0.1.0",
    )
    app.state.container = container
    app.state.metingen = Metingen()
    app.state.metingen.registry.register(ToezichtMeter(container))
    app.add_middleware(Meetpunt, metingen=app.state.metingen)
    app.add_middleware(Opties, fastapi_app=app)
    # Signs the short-lived OIDC state (and PKCE verifier) between login and callback.
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.sessie_geheim or secrets.token_urlsafe(32),
        session_cookie="toezicht_login",
        max_age=600,
        same_site="lax",
        https_only=True,
    )
    app.add_middleware(
        Beveiliging,
        max_bytes=settings.max_body_bytes,
        grotere={UPLOADS: settings.max_upload_bytes + UPLOAD_MARGE, **IMPORT_GRENZEN},
    )
    app.mount("/static/docs", DocsBestanden(directory=swagger_ui_path), name="docs-static")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui_html() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Toezicht API",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon-32x32.png",
        )

    errors.registreer(app)
    for module in (
        gemeenten,
        dossier,
        importeren,
        beoordelingen,
        brieven,
        documenten,
        dossierexport,
        ontvangst,
        openbaar,
        mandaten,
        juridisch,
        termijnen,
        provincie,
        sessies,
        sso,
    ):
        app.include_router(module.router, prefix="/api/v1")
    app.include_router(gemeenten.mij_router, prefix="/api/v1")
    app.include_router(beheer.router)
    pagina_toegang.registreer(app)
    for pagina in (
        overzicht,
        dossierpagina,
        ontvangstpagina,
        tijdlijn,
        afleiding,
        werk,
        inloggen,
        rapportage,
        handelingen,
        importpagina,
    ):
        app.include_router(pagina.router)
    controleer_routes(app)  # a route without its role requirement is never served open
    return app
