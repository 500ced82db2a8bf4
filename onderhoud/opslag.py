"""Where the store is and how to reach it, for the maintenance commands: the events table
per backend, a PostgreSQL connection from the database URL, and the refusal to open a
store that is not there."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import make_url

from application.settings import Settings

EVENTS_TABEL = {"sqlite": "stored_events", "postgresql": "toezicht_events"}


class OnderhoudFout(Exception):
    """A maintenance command cannot run: the message says why, in Dutch."""


@contextmanager
def pg_verbinding(url: str, **opties: Any) -> Iterator[Any]:
    import psycopg

    u = make_url(url)
    with psycopg.connect(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        user=u.username or "postgres",
        password=u.password or "",
        dbname=u.database or "",
        connect_timeout=5,
        **opties,
    ) as verbinding:
        yield verbinding


def eis_bestaande_opslag(settings: Settings) -> None:
    """Refuse to open a store that is not there: opening it would create an empty one."""
    if not settings.is_postgres:
        pad = settings.sqlite_path()
        if not pad.is_file() or pad.stat().st_size == 0:
            raise OnderhoudFout(
                f"de database {pad} bestaat niet (TOEZICHT_DATABASE_URL); "
                "controleer het pad, er is niets aangemaakt"
            )
        try:
            with sqlite3.connect(f"file:{pad}?mode=ro", uri=True) as db:
                tabel = db.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    (EVENTS_TABEL["sqlite"],),
                ).fetchone()
        except sqlite3.DatabaseError:
            tabel = None
        if tabel is None:
            raise OnderhoudFout(f"{pad} is geen Toezicht-database (geen gebeurtenissen)")
        return
    import psycopg

    try:
        with pg_verbinding(settings.database_url) as db:
            tabel = db.execute("SELECT to_regclass(%s)", (EVENTS_TABEL["postgresql"],)).fetchone()
    except psycopg.Error as fout:
        raise OnderhoudFout(
            f"de PostgreSQL-database is niet bereikbaar (TOEZICHT_DATABASE_URL): {fout}"
        ) from None
    if tabel is None or tabel[0] is None:
        raise OnderhoudFout("de PostgreSQL-database bevat geen Toezicht-gebeurtenissen")
