"""Backup and restore through the command line, proven by the integrity check: the digest
over all events is identical before the backup and after the restore, on both backends."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.conftest import _connect
from tests.integration.test_dossier_opslaan import utrecht_2022_1

WORTEL = Path(__file__).parents[2]


def toezicht(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TOEZICHT_DATABASE_URL": url, "PYTHONPATH": str(WORTEL)}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=WORTEL,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def digest(uitvoer: str) -> str:
    return next(r.split()[-1] for r in uitvoer.splitlines() if r.startswith("digest:"))


def vul(url: str) -> None:
    from application.settings import Settings
    from application.toezicht import Toezicht

    utrecht_2022_1(Toezicht(env=Settings(database_url=url).eventsourcing_env()))


def test_sqlite_backup_herstel(tmp_path):
    bron = f"sqlite:///{tmp_path}/bron.sqlite"
    vul(bron)
    voor = toezicht(bron, "controleer")
    assert voor.returncode == 0, voor.stderr
    # Without a manifest the newest event per aggregate had nothing outside to match.
    assert "niet vergeleken met een referentie van buiten" in voor.stdout
    assert "--manifest" in voor.stdout
    assert toezicht(bron, "backup", str(tmp_path / "backup.sqlite")).returncode == 0
    doel = f"sqlite:///{tmp_path}/nieuw/hersteld.sqlite"
    assert toezicht(doel, "herstel", str(tmp_path / "backup.sqlite")).returncode == 0
    na = toezicht(doel, "controleer")
    assert na.returncode == 0, na.stderr
    assert digest(na.stdout) == digest(voor.stdout)
    assert "gebeurtenissen: 9" in na.stdout and "aggregaten:     1" in na.stdout
    manifest = str(tmp_path / "backup.sqlite.manifest.json")
    met = toezicht(doel, "controleer", "--manifest", manifest)
    assert met.returncode == 0, met.stderr
    assert met.stdout.splitlines()[-1] == "In orde."
    assert toezicht(doel, "herstel", str(tmp_path / "backup.sqlite")).returncode == 2


def test_controle_vindt_afwijkingen(tmp_path):
    url = f"sqlite:///{tmp_path}/t.sqlite"
    vul(url)
    assert toezicht(url, "controleer").returncode == 0
    import sqlite3

    db = sqlite3.connect(tmp_path / "t.sqlite")
    with db:
        db.execute("UPDATE rm_gemeenten SET trede = 6")
    uit = toezicht(url, "controleer")
    assert uit.returncode == 1 and "rm_gemeenten wijkt af" in uit.stderr
    with db:
        db.execute("DELETE FROM stored_events WHERE originator_version = 4")
    uit = toezicht(url, "controleer")
    assert "niet aaneengesloten" in uit.stderr


@pytest.mark.postgres
def test_postgres_dump_en_restore(postgres_url, postgres_server, tmp_path):
    vul(postgres_url)
    voor = toezicht(postgres_url, "controleer")
    assert voor.returncode == 0, voor.stderr
    backup = tmp_path / "toezicht.dump"
    r = toezicht(postgres_url, "backup", str(backup))
    assert r.returncode == 0, r.stderr
    naam = f"toezicht_herstel_{uuid.uuid4().hex[:8]}"
    with _connect(postgres_server) as conn:
        conn.execute(f'CREATE DATABASE "{naam}"')
    try:
        from sqlalchemy.engine import make_url

        doel = make_url(postgres_url).set(database=naam).render_as_string(hide_password=False)
        r = toezicht(doel, "herstel", str(backup))
        assert r.returncode == 0, r.stderr
        na = toezicht(doel, "controleer")
        assert na.returncode == 0, na.stderr
        assert digest(na.stdout) == digest(voor.stdout)
    finally:
        with _connect(postgres_server) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
