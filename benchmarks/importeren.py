"""Benchmark of the file import: a 342-row file (one row per gemeente of the Netherlands,
names spelt as files spell them) as CSV and as XLSX, its dry run, the import itself and
the same file again (which records nothing). Goal: the dry run of 342 rows under 2 s.

    .venv/bin/python -m benchmarks.importeren --database-url sqlite:///bench/i.sqlite
    .venv/bin/python -m benchmarks.importeren --database-url postgresql://postgres@127.0.0.1/bench

Figures are printed, not asserted; the test suite runs this at a tiny scale."""

from __future__ import annotations

import argparse
import io
import random
import time
import unicodedata
from datetime import UTC, datetime
from typing import Any

from application.commandos import RegistreerGemeente
from application.importeren.uitvoeren import importeer
from application.provincies import alle_gemeenten
from application.settings import Settings
from application.toezicht import Toezicht
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2026, 11, 1, 10, tzinfo=UTC)
KOP = ["gemeente", "periode", "taakstelling", "herverdeling", "stand_begin", "realisatie",
       "stand_eind", "tijdig_beschikbaar"]  # fmt: skip


def _spelling(naam: str, rnd: random.Random) -> str:
    """The name as some file writes it: without accents, in capitals, or as CBS does."""
    keuze = rnd.randrange(3)
    if keuze == 0:
        zonder = unicodedata.normalize("NFKD", naam)
        return "".join(t for t in zonder if not unicodedata.combining(t))
    return naam.upper() if keuze == 1 else naam


def regels(gemeenten: list[dict[str, str]], periode: str, zaad: int) -> list[list[object]]:
    """One row per gemeente for `periode`, figures drawn from a fixed seed."""
    rnd = random.Random(zaad)
    uit: list[list[object]] = [list(KOP)]
    for g in gemeenten:
        taakstelling = rnd.randint(5, 400)
        stand_begin = rnd.randint(-20, 80)
        realisatie = rnd.randint(0, taakstelling + 40)
        herverdeling = rnd.choice((0, 0, 0, 1, -1))
        stand_eind = taakstelling + herverdeling + stand_begin - realisatie + rnd.randint(-3, 3)
        tijdig = realisatie + rnd.randint(0, 50)
        uit.append(
            [
                _spelling(g["naam"], rnd),
                periode,
                taakstelling,
                herverdeling,
                stand_begin,
                realisatie,
                stand_eind,
                tijdig,
            ]  # fmt: skip
        )
    return uit


def als_csv(tabel: list[list[object]]) -> bytes:
    return ("\n".join(";".join(str(c) for c in r) for r in tabel) + "\n").encode()


def als_xlsx(tabel: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    assert blad is not None
    for r in tabel:
        blad.append(r)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def _tijd(functie: Any) -> tuple[Any, float]:
    begin = time.perf_counter()
    uitkomst = functie()
    return uitkomst, time.perf_counter() - begin


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--gemeenten", type=int, default=342)
    args = ap.parse_args(argv)
    settings = Settings(database_url=args.database_url, scheduler="uit")
    app = Toezicht(env=settings.eventsourcing_env())
    wie = Vastlegging("bench", Rol.TOEZICHTHOUDER, NU, NU)
    gemeenten = list(alle_gemeenten())[: args.gemeenten]
    for g in gemeenten:
        app.voer_uit(
            RegistreerGemeente(code=g["code"], naam=g["naam"], provincie=g["provincie"]),
            Vastlegging("bench", Rol.BEHEERDER, NU, NU),
        )
    eerste = regels(gemeenten, "2025-2", 1)
    tweede = regels(gemeenten, "2025-2", 2)  # the same period, other figures: corrections
    uit: dict[str, Any] = {"rijen": len(eerste) - 1}
    csv1, csv2, xlsx2 = als_csv(eerste), als_csv(tweede), als_xlsx(tweede)
    proef, uit["proef_eerste_s"] = _tijd(lambda: importeer(app, "a.csv", csv1, wie, True))
    echt, uit["import_eerste_s"] = _tijd(lambda: importeer(app, "a.csv", csv1, wie, False))
    uit["gebeurtenissen_eerste"] = len(echt.gebeurtenissen)
    nogmaals, uit["zelfde_opnieuw_s"] = _tijd(lambda: importeer(app, "a.csv", csv1, wie, False))
    uit["gebeurtenissen_opnieuw"] = len(nogmaals.gebeurtenissen)
    p_csv, uit["proef_correcties_csv_s"] = _tijd(lambda: importeer(app, "b.csv", csv2, wie, True))
    p_xlsx, uit["proef_correcties_xlsx_s"] = _tijd(
        lambda: importeer(app, "b.xlsx", xlsx2, wie, True)
    )
    uit["correcties"] = len(p_csv.correcties)
    uit["voorstellen_die_veranderen"] = len(p_csv.voorstellen)
    uit["csv_gelijk_aan_xlsx"] = [
        (g.code, g.veld, g.oud, g.nieuw) for g in p_csv.gebeurtenissen
    ] == [(g.code, g.veld, g.oud, g.nieuw) for g in p_xlsx.gebeurtenissen]
    uit["geweigerd"] = len(proef.weigeringen) + len(p_csv.weigeringen) + len(p_xlsx.weigeringen)
    for naam, waarde in uit.items():
        print(f"{naam:>28}: {waarde:.3f}" if isinstance(waarde, float) else f"{naam:>28}: {waarde}")
    return uit


if __name__ == "__main__":
    main()
