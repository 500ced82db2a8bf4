"""Forty password guesses at once, each from another address, against a real server with
several workers: the account's limit holds, no conflict on the user's record reaches the
client, an unknown name answers exactly like a real one, and the real user keeps logging
in from an address it used before."""

import threading
from collections import Counter
from datetime import UTC, datetime

import httpx
import pytest

from api.sessies import hasher
from application.settings import Settings
from application.toezicht import Toezicht
from benchmarks.proces import Server
from domain.vastlegging import Rol, Vastlegging
from projections.runner import ProjectieRunner
from projections.view import ToezichtView

WACHTWOORD = "correct paard batterij nietje"
POGINGEN = 40


def _account_met_wachtwoord(database_url: str) -> None:
    settings = Settings(database_url=database_url)
    app = Toezicht(env=settings.eventsourcing_env())
    view = ToezichtView(settings.sqlalchemy_url())
    view.create_table()
    nu = datetime.now(UTC)
    beheer = Vastlegging("beheer", Rol.BEHEERDER, nu, nu)
    app.maak_gebruiker_aan("anna", Rol.TOEZICHTHOUDER, "Anna", beheer)
    app.stel_wachtwoord_in("anna", hasher.hash(WACHTWOORD), beheer)
    ProjectieRunner(app, view).bij()
    view.engine.dispose()


def _inloggen(url: str, naam: str, wachtwoord: str, adres: str) -> httpx.Response:
    return httpx.post(
        f"{url}/api/v1/sessies",
        json={"naam": naam, "wachtwoord": wachtwoord},
        headers={"X-Forwarded-For": adres},
        timeout=60,
    )


def _tegelijk(url: str, naam: str, net: int) -> list[httpx.Response]:
    """POGINGEN wrong passwords for `naam` at once, each from its own address."""
    start = threading.Barrier(POGINGEN)
    antwoorden: list[httpx.Response] = []

    def poging(i: int) -> None:
        start.wait()
        antwoorden.append(_inloggen(url, naam, "geraden", f"10.{net}.{i}.1"))

    draden = [threading.Thread(target=poging, args=(i,)) for i in range(POGINGEN)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    return antwoorden


def _aanval(database_url: str, workers: int) -> None:
    _account_met_wachtwoord(database_url)
    server = Server(database_url, workers, "--proxy-headers", "--forwarded-allow-ips=127.0.0.1")
    try:
        bekend = "192.0.2.7"  # the real user's usual address
        assert _inloggen(server.url, "anna", WACHTWOORD, bekend).status_code == 200

        echt = _tegelijk(server.url, "anna", 1)
        assert Counter(r.status_code for r in echt) == {401: 5, 429: POGINGEN - 5}
        # The right password from a new address waits too: the burst may not help it.
        assert _inloggen(server.url, "anna", WACHTWOORD, "10.2.0.1").status_code == 429
        # The attacker cannot lock the real user out of the address it logged in from.
        assert _inloggen(server.url, "anna", WACHTWOORD, bekend).status_code == 200

        onbekend = _tegelijk(server.url, "niemand", 3)
        assert Counter(r.status_code for r in onbekend) == {401: 5, 429: POGINGEN - 5}
        assert {r.text for r in onbekend if r.status_code == 401} == {
            r.text for r in echt if r.status_code == 401
        }
        assert {r.text for r in onbekend if r.status_code == 429} == {
            r.text for r in echt if r.status_code == 429
        }
    finally:
        server.stop()
    settings = Settings(database_url=database_url)
    app = Toezicht(env=settings.eventsourcing_env())
    soorten = Counter(
        n.topic.rsplit(".", 1)[-1] for n in app.recorder.select_notifications(1, 1000)
    )
    assert soorten["InloggenMislukt"] == 5 and soorten["Ingelogd"] == 2


def test_gelijktijdig_raden_sqlite(tmp_path):
    _aanval(f"sqlite:///{tmp_path}/t.sqlite", workers=2)


@pytest.mark.postgres
def test_gelijktijdig_raden_postgres(postgres_url):
    _aanval(postgres_url, workers=3)
