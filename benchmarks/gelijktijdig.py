"""Concurrency benchmark: twenty clients write to one gemeente at once through HTTP and
retry on 409 with the fresh version. Prints accepted writes/s and the share of 409s;
the test in tests/integration/test_gelijktijdige_clients.py asserts what they saw.

    .venv/bin/python -m benchmarks.gelijktijdig --database-url sqlite:///bench/c.sqlite
"""

from __future__ import annotations

import argparse
import threading
import time
from dataclasses import dataclass

import httpx

from benchmarks.proces import Server, cli, token

CLIENTS = 20
PER_CLIENT = 3
CODE = "GM0344"


@dataclass
class Uitslag:
    """What the clients saw; tests/integration/test_gelijktijdige_clients.py judges it."""

    registratie: int  # status of registering the gemeente
    geaccepteerd: list[tuple[int, int]]  # (client, message) written
    geweigerd: int  # 409s on a stale version
    fouten: list[tuple[int, str]]  # any other answer
    berichten: list[str]  # the contacts on the timeline, sorted
    versies: list[int]  # the timeline's versions, sorted
    controle: str  # output of `toezicht controleer`
    duur: float

    @property
    def geaccepteerd_per_s(self) -> float:
        return len(self.geaccepteerd) / self.duur

    @property
    def aandeel_409(self) -> float:
        return self.geweigerd / max(self.geweigerd + len(self.geaccepteerd), 1)

    def verwachte_berichten(self) -> list[str]:
        return sorted(f"client {n} bericht {i}" for n, i in self.geaccepteerd)


def draai(database_url: str, workers: int) -> Uitslag:
    """Run the clients and collect what they saw."""
    beheer = token(database_url, "beheer", "beheerder")
    schrijver = token(database_url, "anna", "toezichthouder")
    server = Server(database_url, workers=workers)
    try:
        r = httpx.post(
            f"{server.url}/api/v1/gemeenten",
            headers={"Authorization": f"Bearer {beheer}"},
            json={"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"},
        )
        registratie = r.status_code
        kop = {"Authorization": f"Bearer {schrijver}"}
        geaccepteerd: list[tuple[int, int]] = []
        geweigerd: list[int] = []
        fouten: list[tuple[int, str]] = []
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
        tijdlijn = httpx.get(f"{server.url}/api/v1/gemeenten/{CODE}/tijdlijn", headers=kop).json()
        berichten = sorted(
            e["gegevens"]["samenvatting"] for e in tijdlijn if e["soort"] == "ContactGelegd"
        )
        versies = sorted(e["versie"] for e in tijdlijn)
    finally:
        server.stop()
    controle = cli(database_url, "controleer")  # read models equal a rebuild
    return Uitslag(
        registratie, geaccepteerd, len(geweigerd), fouten, berichten, versies, controle, duur
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    uitslag = draai(args.database_url, args.workers)
    print(f"accepted writes  {uitslag.geaccepteerd_per_s:.1f}/s")
    print(f"409 share        {uitslag.aandeel_409:.0%}")
    if uitslag.fouten or "In orde." not in uitslag.controle:
        raise SystemExit(f"fouten: {uitslag.fouten[:3]}; controle: {uitslag.controle}")


if __name__ == "__main__":
    main()
