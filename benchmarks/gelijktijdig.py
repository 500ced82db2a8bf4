"""Concurrency benchmark: twenty clients write to one gemeente at once through HTTP and
retry on 409 with the fresh version. Prints accepted writes/s and the share of 409s.

    .venv/bin/python -m benchmarks.gelijktijdig --database-url sqlite:///bench/c.sqlite
"""

from __future__ import annotations

import argparse
import threading
import time

import httpx

from benchmarks.proces import Server, cli, token

CLIENTS = 20
PER_CLIENT = 3
CODE = "GM0344"


def draai(database_url: str, workers: int) -> dict[str, float]:
    """Run the clients; asserts the invariants and returns the figures."""
    beheer = token(database_url, "beheer", "beheerder")
    schrijver = token(database_url, "anna", "toezichthouder")
    server = Server(database_url, workers=workers)
    try:
        r = httpx.post(
            f"{server.url}/api/v1/gemeenten",
            headers={"Authorization": f"Bearer {beheer}"},
            json={"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"},
        )
        assert r.status_code == 201, r.text
        kop = {"Authorization": f"Bearer {schrijver}"}
        geaccepteerd, geweigerd, fouten = [], [], []
        start = threading.Barrier(CLIENTS)

        def client(nr: int) -> None:
            with httpx.Client(base_url=server.url, headers=kop, timeout=30) as http:
                start.wait()
                for i in range(PER_CLIENT):
                    for _ in range(200):
                        versie = http.get(f"/api/v1/gemeenten/{CODE}").json()["versie"]
                        r = http.post(
                            f"/api/v1/gemeenten/{CODE}/contacten",
                            json={
                                "soort": "telefoon",
                                "samenvatting": f"client {nr} bericht {i}",
                                "verwachte_versie": versie,
                            },
                        )
                        if r.status_code == 201:
                            geaccepteerd.append((nr, i))
                            break
                        if r.status_code == 409 and r.json()["veld"] == "verwachte_versie":
                            geweigerd.append(nr)
                            continue
                        fouten.append((r.status_code, r.text))
                        return

        begin = time.perf_counter()
        draden = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for d in draden:
            d.start()
        for d in draden:
            d.join()
        duur = time.perf_counter() - begin
        assert fouten == []
        assert len(geaccepteerd) == CLIENTS * PER_CLIENT
        tijdlijn = httpx.get(f"{server.url}/api/v1/gemeenten/{CODE}/tijdlijn", headers=kop).json()
        berichten = sorted(
            e["gegevens"]["samenvatting"] for e in tijdlijn if e["soort"] == "ContactGelegd"
        )
        assert berichten == sorted(f"client {n} bericht {i}" for n, i in geaccepteerd)
        # No gaps; the timeline is ordered by when things happened, not by version.
        assert sorted(e["versie"] for e in tijdlijn) == list(range(1, len(tijdlijn) + 1))
    finally:
        server.stop()
    controle = cli(database_url, "controleer")  # read models equal a rebuild
    assert "In orde." in controle
    return {
        "geaccepteerd_per_s": len(geaccepteerd) / duur,
        "aandeel_409": len(geweigerd) / (len(geweigerd) + len(geaccepteerd)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    cijfers = draai(args.database_url, args.workers)
    print(f"accepted writes  {cijfers['geaccepteerd_per_s']:.1f}/s")
    print(f"409 share        {cijfers['aandeel_409']:.0%}")


if __name__ == "__main__":
    main()
