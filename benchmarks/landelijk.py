"""Benchmark on a synthetic national data set: append rate, the raw read+decode rate of
the store beside the rebuild rate (and their ratio, measured in the same run), and
request latency.

    .venv/bin/python -m benchmarks.landelijk --database-url sqlite:///bench/b.sqlite
    .venv/bin/python -m benchmarks.landelijk --database-url postgresql://postgres@127.0.0.1/bench

Defaults: 342 gemeenten, 10 years, weekly realisatie figures and contacts (~200k events);
--jaren 2 gives ~41k events; --hergebruik measures a store filled before. --herhaal N
measures read+decode and rebuild N times each, alternating, and reports the medians. Also
times the pages / and /gemeenten/{code} (goal: p95 < 100 ms rendered on the server).
Figures are printed, not asserted; the test suite runs this at a tiny scale."""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from api.main import maak_app
from application.commandos import RegistreerGemeente
from application.settings import Settings
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from projections.runner import BATCH

NU = datetime(2026, 11, 1, tzinfo=UTC)


def stempel(op: datetime, reden: str | None = None) -> Vastlegging:
    return Vastlegging("bench", Rol.TOEZICHTHOUDER, NU, op, reden)


def vul(app, gemeenten: int, jaren: int, per_save: int = 100, eerste: int = 1) -> int:
    """Build the data set through the application; returns the number of events."""
    rnd = random.Random(42)
    aantal = 0
    for g in range(eerste - 1, eerste - 1 + gemeenten):
        code = f"GM{g + 1:04d}"
        gemeente = RegistreerGemeente(
            code=code, naam=f"Gemeente {g + 1}", provincie=f"Provincie {g % 12 + 1}"
        )
        app.voer_uit(gemeente, stempel(NU))
        dossier, open_events = app.dossier(code), 0
        aantal += 1
        periode = Periode(2026 - jaren, 1)
        for _ in range(jaren * 2):
            begin = datetime.combine(periode.begin, datetime.min.time(), UTC)
            dossier.registreer_cijfer(
                periode, "taakstelling_gepubliceerd", rnd.randint(5, 300), stempel(begin)
            )
            dossier.registreer_cijfer(periode, "stand_begin", rnd.randint(-20, 80), stempel(begin))
            for week in range(26):
                moment = begin + timedelta(weeks=week)
                dossier.registreer_cijfer(
                    periode,
                    "realisatie",
                    rnd.randint(0, 300),
                    stempel(moment, None if week == 0 else "weekstand TVS"),
                )
                if week % 13 == 0:
                    dossier.leg_contact_vast(
                        "telefoon",
                        ["contactpersoon"],
                        "voortgang besproken",
                        False,
                        stempel(moment),
                    )
            # The registered end stand at the next peildatum: the dossier page's chart.
            einde = datetime.combine(periode.volgende().begin, datetime.min.time(), UTC)
            dossier.registreer_cijfer(periode, "stand_eind", rnd.randint(-20, 80), stempel(einde))
            open_events += 2 + 26 + 2 + 1
            if open_events >= per_save:
                app._opslaan(dossier)
                aantal += open_events
                open_events = 0
            periode = periode.volgende()
        if open_events:
            app._opslaan(dossier)
            aantal += open_events
    return aantal


def lees_en_decodeer(app, batch: int = BATCH) -> int:
    """Read every notification and decode it with the application's own mapper (the one
    the rebuild uses, hash chain included), in the runner's batch size; the floor any
    rebuild stands on. Returns the number of events."""
    aantal, start = 0, 1
    while True:
        notificaties = app.recorder.select_notifications(start=start, limit=batch)
        if not notificaties:
            return aantal
        for n in notificaties:
            app.mapper.to_domain_event(n)
        aantal += len(notificaties)
        start = notificaties[-1].id + 1


def gemeten(functie: Callable[[], int]) -> float:
    """Events per second of one call."""
    t0 = time.perf_counter()
    aantal = functie()
    return aantal / (time.perf_counter() - t0)


def percentielen(tijden: list[float]) -> tuple[float, float]:
    tijden = sorted(tijden)
    return statistics.median(tijden) * 1000, tijden[int(len(tijden) * 0.95) - 1] * 1000


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--gemeenten", type=int, default=342)
    parser.add_argument("--jaren", type=int, default=10)
    parser.add_argument("--verzoeken", type=int, default=200)
    parser.add_argument("--herhaal", type=int, default=1)
    parser.add_argument(
        "--hergebruik", action="store_true", help="use the events already in the store"
    )
    args = parser.parse_args(argv)

    fastapi_app = maak_app(
        Settings(database_url=args.database_url, scheduler="uit"), klok=lambda: NU
    )
    c = fastapi_app.state.container
    bestaand = c.app.recorder.max_notification_id() or 0
    if args.hergebruik and bestaand:
        events, append = bestaand, float("nan")
    else:
        t0 = time.perf_counter()
        events = vul(c.app, args.gemeenten, args.jaren)
        append = events / (time.perf_counter() - t0)

    lezen, herbouwen = [], []
    for _ in range(args.herhaal):
        lezen.append(gemeten(lambda: lees_en_decodeer(c.app)))
        herbouwen.append(gemeten(c.runner.herbouw))
    read_decode = statistics.median(lezen)
    rebuild = statistics.median(herbouwen)
    uitkomst = {
        "events": events,
        "append_per_s": append,
        "read_decode_per_s": read_decode,
        "rebuild_per_s": rebuild,
        "rebuild_ratio": rebuild / read_decode,
    }
    print(f"backend           {make_backend(args.database_url)}")
    print(f"events            {events}")
    print(f"append            {append:,.0f} events/s (through the application)")
    print(f"read+decode       {read_decode:,.0f} events/s (store and mapper, nothing applied)")
    print(f"rebuild           {rebuild:,.0f} events/s (all read models, from scratch)")
    print(f"rebuild ratio     {rebuild / read_decode:.2f}x of read+decode")
    if args.herhaal > 1:
        print(f"                  (median of {args.herhaal} runs each)")
    if args.verzoeken:
        uitkomst |= verzoeken(fastapi_app, args.verzoeken, args.gemeenten)
    return uitkomst


def verzoeken(fastapi_app, aantal: int, gemeenten: int) -> dict[str, float]:
    """Latency of the overview and of a command, through the HTTP stack."""
    c = fastapi_app.state.container

    beheer = Vastlegging("bench", Rol.BEHEERDER, NU, NU)
    if c.queries.gebruiker("bench-lezer") is None:
        token = c.schrijf(
            lambda: c.app.maak_gebruiker_aan("bench-lezer", Rol.TOEZICHTHOUDER, "bench", beheer)
        )[1]
    else:  # a store filled before (--hergebruik): a new token for the same reader
        token = c.schrijf(lambda: c.app.geef_token_uit("bench-lezer", beheer))[1]
    kop = {"Authorization": f"Bearer {token}"}
    lijst, commando, overzicht, dossier = [], [], [], []
    with TestClient(fastapi_app) as client:
        for i in range(aantal):
            t0 = time.perf_counter()
            assert client.get("/api/v1/gemeenten", headers=kop).status_code == 200
            lijst.append(time.perf_counter() - t0)
            code = f"GM{i % gemeenten + 1:04d}"
            # The pages, rendered on the server as a browser gets them (same token).
            t0 = time.perf_counter()
            assert client.get("/", headers=kop).status_code == 200
            overzicht.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            r = client.get(f"/gemeenten/{code}", headers=kop)
            assert r.status_code == 200 and "grafiek-achterstand" in r.text, r.text
            dossier.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            r = client.post(
                f"/api/v1/gemeenten/{code}/contacten",
                headers=kop,
                json={"soort": "telefoon", "samenvatting": "bench"},
            )
            assert r.status_code == 201, r.text
            commando.append(time.perf_counter() - t0)
        # The same page viewed with no write in between (a reading session).
        alleen_lezen = []
        for _ in range(aantal):
            t0 = time.perf_counter()
            assert client.get("/", headers=kop).status_code == 200
            alleen_lezen.append(time.perf_counter() - t0)
    l50, l95 = percentielen(lijst)
    c50, c95 = percentielen(commando)
    o50, o95 = percentielen(overzicht)
    d50, d95 = percentielen(dossier)
    a50, a95 = percentielen(alleen_lezen)
    print(f"GET /gemeenten    p50 {l50:.1f} ms, p95 {l95:.1f} ms")
    print(f"POST contact      p50 {c50:.1f} ms, p95 {c95:.1f} ms (incl. projection catch-up)")
    print(f"page /            p50 {o50:.1f} ms, p95 {o95:.1f} ms (server-side; goal p95 < 100)")
    print(f"page / read-only  p50 {a50:.1f} ms, p95 {a95:.1f} ms (no write between views)")
    print(f"page /gemeenten/X p50 {d50:.1f} ms, p95 {d95:.1f} ms (server-side; goal p95 < 100)")
    return {
        "overzicht_p50_ms": l50,
        "overzicht_p95_ms": l95,
        "commando_p50_ms": c50,
        "commando_p95_ms": c95,
        "pagina_overzicht_p50_ms": o50,
        "pagina_overzicht_p95_ms": o95,
        "pagina_overzicht_lezen_p50_ms": a50,
        "pagina_overzicht_lezen_p95_ms": a95,
        "pagina_dossier_p50_ms": d50,
        "pagina_dossier_p95_ms": d95,
    }


def make_backend(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgres") else "SQLite"


if __name__ == "__main__":
    main()
