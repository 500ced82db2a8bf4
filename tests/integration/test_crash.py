"""Crash consistency with real processes killed by SIGKILL: the projection process in the
middle of a catch-up, and the server during a burst of commands."""

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from application.settings import Settings
from application.toezicht import Toezicht
from benchmarks.landelijk import vul
from benchmarks.proces import WORTEL, Server, cli, omgeving, token
from projections.queries import Queries

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/t.sqlite"
    return request.getfixturevalue("postgres_url")


def test_projectie_gedood_midden_in_bijwerken(database_url):
    app = Toezicht(env=Settings(database_url=database_url).eventsourcing_env())
    totaal = vul(app, gemeenten=10, jaren=4)  # ~2.4k events
    cli(database_url, "bijwerken")
    queries = Queries(Settings(database_url=database_url).sqlalchemy_url())
    assert queries.positie("toezicht") == totaal

    # Append more, then kill the catch-up once it has committed at least one batch.
    vul_meer = vul(app, gemeenten=10, jaren=4, eerste=11)
    begin = queries.positie("toezicht")
    proces = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "bijwerken"],
        cwd=WORTEL,
        env=omgeving(database_url, TOEZICHT_PROJECTIE_BATCH="5"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(600):
        if queries.positie("toezicht") > begin or proces.poll() is not None:
            break
        time.sleep(0.01)
    os.killpg(proces.pid, signal.SIGKILL)
    proces.wait()
    tussenstand = queries.positie("toezicht")
    assert begin < tussenstand < totaal + vul_meer, "the kill should land mid-catch-up"

    cli(database_url, "bijwerken")  # start again: resumes from the committed position
    assert queries.positie("toezicht") == totaal + vul_meer
    assert "In orde" in cli(database_url, "controleer")  # equals a from-scratch rebuild


def test_server_gedood_tijdens_een_reeks_commandos(database_url):
    beheer = token(database_url, "beheer", "beheerder")
    schrijver = token(database_url, "anna", "toezichthouder")
    server = Server(database_url)
    kop = {"Authorization": f"Bearer {schrijver}"}
    for nr in range(5):
        r = httpx.post(
            f"{server.url}/api/v1/gemeenten",
            json={"code": f"GM000{nr}", "naam": f"G{nr}", "provincie": "P"},
            headers={"Authorization": f"Bearer {beheer}"},
        )
        assert r.status_code == 201
    verstuurd, bevestigd = set(), set()
    stop = threading.Event()

    def client(nr: int) -> None:
        with httpx.Client(base_url=server.url, headers=kop, timeout=10) as http:
            i = 0
            while not stop.is_set():
                tekst = f"client {nr} bericht {i}"
                verstuurd.add(tekst)
                try:
                    r = http.post(
                        f"/api/v1/gemeenten/GM000{nr}/contacten",
                        json={"soort": "telefoon", "samenvatting": tekst},
                    )
                except httpx.HTTPError:
                    return  # the server died under us
                if r.status_code == 201:
                    bevestigd.add(tekst)
                i += 1

    draden = [threading.Thread(target=client, args=(n,)) for n in range(5)]
    for d in draden:
        d.start()
    while len(bevestigd) < 50:
        time.sleep(0.01)
    server.kill()  # SIGKILL in the middle of the burst
    stop.set()
    for d in draden:
        d.join()

    herstart = Server(database_url)
    try:
        opgeslagen = set()
        for nr in range(5):
            tijdlijn = httpx.get(
                f"{herstart.url}/api/v1/gemeenten/GM000{nr}/tijdlijn", headers=kop
            ).json()
            opgeslagen |= {
                e["gegevens"]["samenvatting"] for e in tijdlijn if e["soort"] == "ContactGelegd"
            }
    finally:
        herstart.stop()
    assert bevestigd <= opgeslagen  # nothing acknowledged is lost
    assert opgeslagen <= verstuurd  # nothing is stored that no client sent
    assert "In orde" in cli(database_url, "controleer")
