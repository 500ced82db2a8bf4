"""Exactly one TermijnVerstreken per term: after a restart past the deadline, and with
two scheduler instances against one PostgreSQL."""

import threading
from datetime import date

import pytest

from application.commandos import (
    NeemBeoordelingOver,
    RegistreerGemeente,
    VerzendVooraankondiging,
)
from domain.periode import Periode
from domain.vastlegging import Rol
from tests.integration.planner_helpers import Klok, container, stempel, verstreken

CODE = "GM0344"


def dossier_met_vooraankondiging(c, klok) -> None:
    """Trede 4 (taken over), vooraankondiging with a term through Friday 4 October 2024."""
    klok.zet(date(2024, 9, 2))
    c.voer_uit(
        RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"),
        stempel(klok, Rol.BEHEERDER),
    )
    c.voer_uit(
        NeemBeoordelingOver(code=CODE, periode=Periode(2024, 1), trede=4, bron="publicatie"),
        stempel(klok, Rol.TOEZICHTHOUDER),
    )
    c.voer_uit(
        VerzendVooraankondiging(code=CODE, termijn_tot=date(2024, 10, 4)),
        stempel(klok, Rol.JURIST, "achterstand"),
    )


def test_herstart_na_de_termijn_legt_eenmaal_vast(tmp_path):
    url = f"sqlite:///{tmp_path}/t.sqlite"
    klok = Klok(None)
    eerste = container(url, klok)
    dossier_met_vooraankondiging(eerste, klok)
    klok.zet(date(2024, 10, 1))
    assert eerste.planner.draai() == 0
    eerste.planner.stop()  # down across the deadline

    klok.zet(date(2024, 11, 20))
    tweede = container(url, klok)  # a fresh process: catch-up at start
    assert tweede.planner.draai() == 1
    assert tweede.planner.draai() == 0
    derde = container(url, klok)
    assert derde.planner.draai() == 0
    feiten = verstreken(derde, CODE)
    assert len(feiten) == 1
    # It happened when the term lapsed, not when the scheduler came back.
    assert feiten[0]["plaatsgevonden_op"].startswith("2024-10-05T00:00")
    assert feiten[0]["geregistreerd_op"].startswith("2024-11-20")


@pytest.mark.postgres
def test_twee_planners_op_een_postgres(postgres_url):
    klok = Klok(None)
    a, b = container(postgres_url, klok), container(postgres_url, klok)
    dossier_met_vooraankondiging(a, klok)
    klok.zet(date(2024, 10, 7))
    uitkomsten: list[int] = []
    start = threading.Barrier(2)

    def draai(c) -> None:
        start.wait()
        uitkomsten.append(c.planner.draai())

    draden = [threading.Thread(target=draai, args=(c,)) for c in (a, b)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert sorted(uitkomsten) == [0, 1]
    assert sum(1 for c in (a, b) if c.planner.heeft_slot()) == 1  # one holds the lock
    a.runner.bij()
    assert len(verstreken(a, CODE)) == 1
    a.planner.stop()
    b.planner.stop()


@pytest.mark.postgres
def test_zonder_slot_beslist_het_dossier(postgres_url):
    """Even without the lock (two jobs racing), the dossier records the expiry once."""
    from scheduler.jobs import registreer_verstreken_termijnen

    klok = Klok(None)
    a, b = container(postgres_url, klok), container(postgres_url, klok)
    dossier_met_vooraankondiging(a, klok)
    klok.zet(date(2024, 10, 7))
    b.runner.bij()
    start = threading.Barrier(2)
    uitkomsten: list[int] = []

    def draai(c) -> None:
        start.wait()
        uitkomsten.append(registreer_verstreken_termijnen(c.app, c.queries, c.runner, klok()))

    draden = [threading.Thread(target=draai, args=(c,)) for c in (a, b)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert sum(uitkomsten) == 1
    a.runner.bij()
    assert len(verstreken(a, CODE)) == 1


@pytest.mark.postgres
def test_twee_planner_processen_op_een_postgres(postgres_url):
    import os
    import subprocess
    import sys
    from pathlib import Path

    klok = Klok(None)
    c = container(postgres_url, klok)
    dossier_met_vooraankondiging(c, klok)
    wortel = Path(__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(wortel)}
    opdracht = [
        sys.executable,
        "-m",
        "tests.integration.draai_planner",
        postgres_url,
        "2024-10-07T09:00:00+02:00",
    ]
    processen = [
        subprocess.Popen(opdracht, cwd=wortel, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    uitvoer = [p.communicate(timeout=60)[0].strip().splitlines()[-1] for p in processen]
    assert all(p.returncode == 0 for p in processen)
    assert sorted(uitvoer) == ["0", "1"]
    c.runner.bij()
    assert len(verstreken(c, CODE)) == 1


def test_een_ronde_met_de_hand(tmp_path, monkeypatch):
    """`toezicht scheduler --eenmalig` runs one round now and stops: a lapsed term is
    recorded at once, and a second round finds nothing more."""
    from typer.testing import CliRunner

    from api.cli import app

    url = f"sqlite:///{tmp_path}/t.sqlite"
    klok = Klok(None)
    c = container(url, klok)
    dossier_met_vooraankondiging(c, klok)  # its term ended on 4 October 2024
    c.planner.stop()
    monkeypatch.setenv("TOEZICHT_DATABASE_URL", url)
    monkeypatch.setenv("TOEZICHT_SCHEDULER", "uit")

    eerste = CliRunner().invoke(app, ["scheduler", "--eenmalig"])
    assert eerste.exit_code == 0, eerste.output
    assert "1 verstreken termijn" in eerste.output
    tweede = CliRunner().invoke(app, ["scheduler", "--eenmalig"])
    assert "0 verstreken termijn" in tweede.output
    assert len(verstreken(container(url, klok), CODE)) == 1
