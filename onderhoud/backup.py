"""Backup and restore, each backup with a manifest: what it holds and where every chain ends.

`toezicht backup FILE` writes FILE and FILE.manifest.json: the file's SHA-256, the number of
events, the digest `controleer` prints, and per aggregate the version and chain hash of its
last event, computed from exactly what went into the backup. `toezicht herstel FILE`
refuses a file that is no backup or does not match its manifest, and checks the restored
chains against it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from sqlalchemy.engine import make_url

from application.keten import KetenMapper, alle_gebeurtenissen, controleer_keten
from application.settings import Settings
from application.toezicht import Toezicht
from onderhoud.opslag import EVENTS_TABEL, OnderhoudFout, pg_verbinding

MANIFEST_SOORT = "toezicht-backup-manifest"
KETENALGORITME = (
    "h(0) = 64 nullen; h(v) = SHA-256('{h(v-1)}|{originator_id}|{v}|{topic}|' (UTF-8) "
    "+ opgeslagen state-bytes van versie v); elke gebeurtenis bewaart h(v-1) als vorige_hash"
)


def manifest_pad(backup: Path) -> Path:
    return backup.with_name(backup.name + ".manifest.json")


def _sha256(pad: Path) -> str:
    h = hashlib.sha256()
    with pad.open("rb") as f:
        while blok := f.read(1 << 20):
            h.update(blok)
    return h.hexdigest()


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
    return {**os.environ, "PGPASSWORD": make_url(url).password or ""}


def _draai(opdracht: list[str], url: str, wat: str) -> None:
    uit = subprocess.run(opdracht, env=_pg_env(url), capture_output=True, text=True)
    if uit.returncode != 0:
        laatste = (uit.stderr.strip().splitlines() or ["geen uitvoer"])[-1]
        raise OnderhoudFout(f"{wat} mislukt: {laatste}")


def _rijen(rijen: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, StoredEvent]]:
    for positie, oid, versie, topic, state in rijen:
        yield (
            positie,
            StoredEvent(
                originator_id=oid if isinstance(oid, UUID) else UUID(oid),
                originator_version=versie,
                topic=topic,
                state=bytes(state),
            ),
        )


def _manifest(
    mapper: KetenMapper, rijen: Iterable[tuple[int, StoredEvent]], opslag: str
) -> dict[str, Any]:
    h = hashlib.sha256()
    aantal = 0

    def met_digest() -> Iterator[StoredEvent]:
        nonlocal aantal
        for positie, s in rijen:
            h.update(f"{positie}|{s.originator_id}|{s.originator_version}|{s.topic}|".encode())
            h.update(s.state)
            aantal += 1
            yield s

    keten = controleer_keten(mapper, met_digest())
    return {
        "soort": MANIFEST_SOORT,
        "versie": 1,
        "opslag": opslag,
        "gemaakt_op": datetime.now(UTC).isoformat(timespec="seconds"),
        "gebeurtenissen": aantal,
        "digest": h.hexdigest(),
        "ketenalgoritme": KETENALGORITME,
        "koppen": {
            oid: {"naam": k.naam, "versie": k.versie, "hash": k.hash}
            for oid, k in sorted(keten.koppen.items())
        },
        # A backup of a store that was already broken says so instead of hiding it.
        "ketenfouten": [f"{oid}, versie {v}: {wat}" for oid, v, wat in keten.fouten],
    }


def maak_backup(settings: Settings, app: Toezicht, doel: Path) -> Path:
    """SQLite: the online backup API (safe while the server runs). PostgreSQL: pg_dump of
    an exported snapshot, so the manifest describes exactly what was dumped."""
    manifest = manifest_pad(doel)
    for pad in (doel, manifest):
        if pad.exists():
            raise OnderhoudFout(f"{pad} bestaat al; kies een nieuwe naam")
    if not doel.parent.is_dir():
        raise OnderhoudFout(f"de map {doel.parent} bestaat niet")
    mapper = app.mapper
    assert isinstance(mapper, KetenMapper)
    if settings.is_postgres:
        url = settings.database_url
        from psycopg import IsolationLevel

        with pg_verbinding(url) as db:
            db.isolation_level, db.read_only = IsolationLevel.REPEATABLE_READ, True
            momentopname = db.execute("SELECT pg_export_snapshot()").fetchone()[0]
            _draai(
                ["pg_dump", "-Fc", f"--snapshot={momentopname}", "-f", str(doel), *_pg_args(url)],
                url,
                "pg_dump",
            )
            gegevens = _manifest(
                mapper,
                _rijen(
                    db.execute(
                        "SELECT notification_id, originator_id, originator_version, topic, "
                        f"state FROM {EVENTS_TABEL['postgresql']} ORDER BY notification_id"
                    )
                ),
                "postgresql",
            )
    else:
        bron = sqlite3.connect(settings.sqlite_path())
        kopie = sqlite3.connect(doel)
        try:
            with kopie:
                bron.backup(kopie)
            gegevens = _manifest(
                mapper,
                _rijen(
                    kopie.execute(
                        "SELECT rowid, originator_id, originator_version, topic, state "
                        f"FROM {EVENTS_TABEL['sqlite']} ORDER BY rowid"
                    )
                ),
                "sqlite",
            )
        finally:
            bron.close()
            kopie.close()
    gegevens["bestand"] = doel.name
    gegevens["sha256"] = _sha256(doel)
    manifest.write_text(json.dumps(gegevens, indent=2, ensure_ascii=False) + "\n")
    return manifest


def lees_manifest(pad: Path) -> dict[str, Any]:
    try:
        gegevens = json.loads(pad.read_text())
    except (OSError, ValueError) as fout:
        raise OnderhoudFout(f"het manifest {pad} is onleesbaar ({fout})") from None
    if not isinstance(gegevens, dict) or gegevens.get("soort") != MANIFEST_SOORT:
        raise OnderhoudFout(f"{pad} is geen manifest van een Toezicht-backup")
    return gegevens


def ijkpunten(manifest: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """The chain heads a manifest records: aggregate id -> (version, hash)."""
    return {oid: (k["versie"], k["hash"]) for oid, k in manifest.get("koppen", {}).items()}


def _eis_sqlite_backup(bron: Path) -> None:
    try:
        with sqlite3.connect(f"file:{bron}?mode=ro", uri=True) as db:
            goed = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            tabel = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                (EVENTS_TABEL["sqlite"],),
            ).fetchone()
    except sqlite3.DatabaseError:
        goed, tabel = False, None
    if not goed or tabel is None:
        raise OnderhoudFout(f"{bron} is geen SQLite-backup van Toezicht")


def herstel(settings: Settings, bron: Path) -> dict[str, Any] | None:
    """Restore into the configured database, which must be empty (a new file or database).
    Returns the backup's manifest (None for a backup made without one)."""
    if not bron.is_file():
        raise OnderhoudFout(f"het backupbestand {bron} bestaat niet")
    manifest = None
    if manifest_pad(bron).exists():
        manifest = lees_manifest(manifest_pad(bron))
        if manifest.get("sha256") != _sha256(bron):
            raise OnderhoudFout(
                f"{bron} komt niet overeen met zijn manifest (SHA-256 verschilt): "
                "het bestand is beschadigd of gewijzigd"
            )
    if settings.is_postgres:
        url = settings.database_url
        _draai(["pg_restore", "--list", str(bron)], url, f"{bron} lezen als pg_dump-bestand")
        _draai(
            ["pg_restore", "--no-owner", "--exit-on-error", *_pg_args(url), str(bron)],
            url,
            "pg_restore",
        )
        return manifest
    doel = settings.sqlite_path()
    if doel.exists() and doel.stat().st_size > 0:
        raise FileExistsError(f"{doel} bestaat al; herstel alleen naar een nieuw bestand")
    _eis_sqlite_backup(bron)
    doel.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bron, doel)
    return manifest


def vergelijk_met_manifest(app: Toezicht, manifest: dict[str, Any]) -> list[str]:
    """After a restore: the chains end exactly where the manifest says, nothing more."""
    mapper = app.mapper
    assert isinstance(mapper, KetenMapper)
    keten = controleer_keten(mapper, alle_gebeurtenissen(app.recorder), ijkpunten(manifest))
    namen = {oid: kop.naam for oid, kop in keten.koppen.items()}
    fouten = [f"{namen.get(oid, oid)}, versie {v}: {wat}" for oid, v, wat in keten.fouten]
    verwacht = ijkpunten(manifest)
    for oid, kop in keten.koppen.items():
        if oid not in verwacht:
            fouten.append(f"{kop.naam}: staat niet in het manifest")
        elif verwacht[oid][0] != kop.versie:
            fouten.append(
                f"{kop.naam}: eindigt op versie {kop.versie}, het manifest op {verwacht[oid][0]}"
            )
    return fouten
