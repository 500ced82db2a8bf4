"""Backup, restore and an integrity check of the store, for the command line.

The check proves three things: every aggregate replays from its events, each aggregate's
versions run 1..n without a gap, and the read models equal a rebuild from scratch. Its
digest over all events is the same before a backup and after its restore."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from application.settings import Settings
from application.toezicht import Toezicht
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView


@dataclass
class Controle:
    digest: str = ""
    gebeurtenissen: int = 0
    aggregaten: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def in_orde(self) -> bool:
        return not self.fouten


def digest(app: Toezicht) -> tuple[str, int]:
    """SHA-256 over every event in order: position, aggregate, version, topic, state."""
    h = hashlib.sha256()
    aantal, start = 0, 1
    while notificaties := app.recorder.select_notifications(start=start, limit=5000):
        for n in notificaties:
            h.update(f"{n.id}|{n.originator_id}|{n.originator_version}|{n.topic}|".encode())
            h.update(n.state)
            aantal += 1
        start = notificaties[-1].id + 1
    return h.hexdigest(), aantal


def controleer(settings: Settings, app: Toezicht, runner: ProjectieRunner) -> Controle:
    uitkomst = Controle()
    uitkomst.digest, uitkomst.gebeurtenissen = digest(app)

    versies: dict[Any, list[int]] = defaultdict(list)
    start = 1
    while notificaties := app.recorder.select_notifications(start=start, limit=5000):
        for n in notificaties:
            versies[n.originator_id].append(n.originator_version)
        start = notificaties[-1].id + 1
    uitkomst.aggregaten = len(versies)
    for aggregaat_id, reeks in versies.items():
        if sorted(reeks) != list(range(1, len(reeks) + 1)):
            uitkomst.fouten.append(f"aggregaat {aggregaat_id}: versies niet aaneengesloten")
            continue
        try:  # replay from the events themselves, not from a snapshot
            aggregaat = None
            for gebeurtenis in app.events.get(aggregaat_id):
                aggregaat = gebeurtenis.mutate(aggregaat)
        except Exception as fout:  # noqa: BLE001 - report every aggregate that fails
            uitkomst.fouten.append(f"aggregaat {aggregaat_id}: herspelen mislukt ({fout})")

    runner.bij()
    with tempfile.TemporaryDirectory() as tijdelijk:
        url = f"sqlite:///{tijdelijk}/herbouw.sqlite"
        ProjectieRunner(app, ToezichtView(url)).herbouw()
        herbouwd = Queries(url).dump()
    huidig = Queries(settings.sqlalchemy_url()).dump()
    for tabel, rijen in herbouwd.items():
        if huidig.get(tabel) != rijen:
            uitkomst.fouten.append(f"leesmodel {tabel} wijkt af van een herbouw")
    return uitkomst


def _pg_args(url: str) -> list[str]:
    u = make_url(url)
    return [
        "-h",
        u.host or "127.0.0.1",
        "-p",
        str(u.port or 5432),
        "-U",
        u.username or "postgres",
        "-d",
        u.database or "",
    ]


def _pg_env(url: str) -> dict[str, str]:
    import os

    return {**os.environ, "PGPASSWORD": make_url(url).password or ""}


def maak_backup(settings: Settings, doel: Path) -> None:
    """SQLite: the online backup API (safe while the server runs). PostgreSQL: pg_dump."""
    if doel.exists():
        raise FileExistsError(f"{doel} bestaat al; kies een nieuwe naam")
    if settings.is_postgres:
        subprocess.run(
            ["pg_dump", "-Fc", "-f", str(doel), *_pg_args(settings.database_url)],
            check=True,
            env=_pg_env(settings.database_url),
        )
        return
    bron = sqlite3.connect(settings.sqlite_path())
    kopie = sqlite3.connect(doel)
    try:
        with kopie:
            bron.backup(kopie)
    finally:
        bron.close()
        kopie.close()


def herstel(settings: Settings, bron: Path) -> None:
    """Restore into the configured database, which must be empty (a new file or database)."""
    if settings.is_postgres:
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                *_pg_args(settings.database_url),
                str(bron),
            ],
            check=True,
            env=_pg_env(settings.database_url),
        )
        return
    doel = settings.sqlite_path()
    if doel.exists() and doel.stat().st_size > 0:
        raise FileExistsError(f"{doel} bestaat al; herstel alleen naar een nieuw bestand")
    doel.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bron, doel)
