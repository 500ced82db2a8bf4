"""An API and page client whose clock a test moves (a correction made later, a term that
lapses), with one user per role; pages are read with the user's API token."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from fastapi.testclient import TestClient

from api.main import maak_app
from application.settings import Settings
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import Api

ROLLEN = (Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.LEZER, Rol.BEHEERDER)


def api_met_klok(pad: str, begin: datetime, **settings: Any) -> Iterator[tuple[Api, list]]:
    """Yields the api and a one-item list holding 'now': set nu[0] to move the clock."""
    nu = [begin]
    app = maak_app(
        Settings(database_url=f"sqlite:///{pad}/t.sqlite", scheduler="uit", **settings),
        klok=lambda: nu[0],
    )
    c = app.state.container
    stempel = Vastlegging("test", Rol.BEHEERDER, begin, begin)
    tokens = {
        rol: c.schrijf(
            lambda rol=rol: c.app.maak_gebruiker_aan(f"{rol}-1", rol, f"Test {rol}", stempel)
        )[1]
        for rol in ROLLEN
    }
    with TestClient(app, base_url="https://testserver") as client:
        yield Api(client, tokens, c), nu
    c.queries.engine.dispose()
    c.view.engine.dispose()


def pagina(api: Api, pad: str, rol: Rol = Rol.LEZER):
    return api.client.get(pad, headers=api.als(rol))
