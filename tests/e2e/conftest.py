"""An API client per backend (SQLite, PostgreSQL) with users of every role and the fixed clock
of tests/conftest.py; the app is built through the composition root (api.main -> bootstrap)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from api.main import maak_app
from application.settings import Settings
from domain.vastlegging import Rol, Vastlegging
from tests.conftest import NU


@dataclass
class Api:
    client: TestClient
    tokens: dict[Rol, str]
    container: object

    def als(self, rol: Rol | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[rol]}"} if rol else {}

    def get(self, pad: str, rol: Rol | None = Rol.TOEZICHTHOUDER):
        return self.client.get(f"/api/v1{pad}", headers=self.als(rol))

    def post(self, pad: str, body: dict, rol: Rol | None = Rol.TOEZICHTHOUDER):
        return self.client.post(f"/api/v1{pad}", json=body, headers=self.als(rol))


def _api(database_url: str) -> Iterator[Api]:
    app = maak_app(Settings(database_url=database_url, scheduler="uit"), klok=lambda: NU)
    c = app.state.container
    tokens = {}
    for rol in (Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.LEZER, Rol.BEHEERDER):
        tokens[rol] = c.schrijf(
            lambda rol=rol: c.app.maak_gebruiker_aan(
                f"{rol}-1", rol, f"Test {rol}", Vastlegging("test", Rol.BEHEERDER, NU, NU)
            )
        )[1]
    with TestClient(app, raise_server_exceptions=True) as client:
        yield Api(client, tokens, c)
    c.queries.engine.dispose()
    c.view.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def api(request, tmp_path) -> Iterator[Api]:
    if request.param == "sqlite":
        yield from _api(f"sqlite:///{tmp_path}/toezicht.sqlite")
    else:
        yield from _api(request.getfixturevalue("postgres_url"))
