"""Forty clients post a signal to one dossier at once through a real server, without
verwachte_versie: the server retries on the fresh dossier, so none sees a 409. A stale
verwachte_versie is still refused, and twin requests with one Idempotency-Key record once."""

import threading

import httpx
import pytest

from benchmarks.proces import Server, token

CODE = "GM0344"
CLIENTS = 40


def parallel(url: str, kop: dict[str, str], bodies: list[dict], sleutels=None) -> list:
    start = threading.Barrier(len(bodies))
    antwoorden: list = [None] * len(bodies)

    def client(i: int) -> None:
        extra = {"Idempotency-Key": sleutels[i]} if sleutels else {}
        with httpx.Client(base_url=url, headers={**kop, **extra}, timeout=60) as http:
            start.wait()
            antwoorden[i] = http.post(f"/api/v1/gemeenten/{CODE}/signalen", json=bodies[i])

    draden = [threading.Thread(target=client, args=(i,)) for i in range(len(bodies))]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    return antwoorden


def controleer(database_url: str, workers: int) -> None:
    beheer = token(database_url, "beheer", "beheerder")
    kop = {"Authorization": f"Bearer {token(database_url, 'anna', 'toezichthouder')}"}
    server = Server(database_url, workers=workers)
    try:
        r = httpx.post(
            f"{server.url}/api/v1/gemeenten",
            headers={"Authorization": f"Bearer {beheer}"},
            json={"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"},
        )
        assert r.status_code == 201, r.text
        bodies = [{"soort": "omkoppeling", "omschrijving": f"signaal {i}"} for i in range(CLIENTS)]
        antwoorden = parallel(server.url, kop, bodies)
        assert [a.status_code for a in antwoorden] == [201] * CLIENTS, [
            a.text for a in antwoorden if a.status_code != 201
        ]
        versies = sorted(a.json()["versie"] for a in antwoorden)
        assert versies == list(range(2, CLIENTS + 2))  # each answer its own new version

        verouderd = {"soort": "omkoppeling", "omschrijving": "laat", "verwachte_versie": 1}
        r = httpx.post(
            f"{server.url}/api/v1/gemeenten/{CODE}/signalen", json=verouderd, headers=kop
        )
        assert r.status_code == 409 and r.json()["veld"] == "verwachte_versie"

        tweeling = [{"soort": "omkoppeling", "omschrijving": "tweeling"}] * 8
        antwoorden = parallel(server.url, kop, tweeling, sleutels=["tweeling-1"] * 8)
        assert {a.status_code for a in antwoorden} == {201}
        assert len({a.json()["notificatie"] for a in antwoorden}) == 1

        tijdlijn = httpx.get(f"{server.url}/api/v1/gemeenten/{CODE}/tijdlijn", headers=kop).json()
        omschrijvingen = [e["gegevens"].get("omschrijving") for e in tijdlijn]
        assert sorted(o for o in omschrijvingen if o and o.startswith("signaal")) == sorted(
            b["omschrijving"] for b in bodies
        )
        assert omschrijvingen.count("tweeling") == 1 and "laat" not in omschrijvingen
    finally:
        server.stop()


def test_veertig_clients_sqlite(tmp_path):
    controleer(f"sqlite:///{tmp_path}/t.sqlite", workers=1)


@pytest.mark.postgres
def test_veertig_clients_postgres_twee_workers(postgres_url):
    controleer(postgres_url, workers=2)
