"""The materialised view: read tables plus the library's tracking record, written together."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing_sqlalchemy.datastore import SQLAlchemyDatastore
from eventsourcing_sqlalchemy.recorders import SQLAlchemyTrackingRecorder
from sqlalchemy import event, inspect, text

from projections import (
    beoordelingen,
    brieven,
    documenten,
    gebruikers,
    handlers,
    mandaten,
    overzicht,
    termijnen,
)
from projections.tables import metadata
from projections.werkset import Werkset

TRACKING_TABLE = "rm_tracking"

# Every read model, in the order its handlers run for one event; the timeline row and
# the dossier version come last (handlers.verwerk), so a line can name a term just made.
HANDLERS = handlers.combineer(
    beoordelingen.HANDLERS,
    gebruikers.HANDLERS,
    overzicht.HANDLERS,
    termijnen.HANDLERS,
    brieven.HANDLERS,
    documenten.HANDLERS,
    mandaten.HANDLERS,
)


class ToezichtView(SQLAlchemyTrackingRecorder):
    """Every read model of the product. Events and their tracking position are written
    in one transaction, so each event is applied exactly once."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            _zet_wal(url.removeprefix("sqlite:///"))
        datastore = SQLAlchemyDatastore(url=url, **_engine_opties(url))
        super().__init__(datastore, tracking_table_name=TRACKING_TABLE)
        assert datastore.engine is not None
        self.engine = datastore.engine
        if self.engine.dialect.name == "sqlite":
            _sqlite_schrijft_exclusief(self.engine)

    def create_table(self) -> None:
        with self._een_tegelijk():
            if _verouderd(self.engine):
                # A newer version added columns: the read tables are disposable, so they
                # are dropped and the runner rebuilds them from the first event.
                self.drop_tables()
            super().create_table()
            metadata.create_all(self.engine)

    @contextmanager
    def _een_tegelijk(self) -> Iterator[None]:
        """On PostgreSQL, workers starting together create or upgrade the tables in turn."""
        if self.engine.dialect.name != "postgresql":
            yield
            return
        with self.engine.connect() as conn:  # type: ignore[union-attr]
            conn.execute(text("SELECT pg_advisory_lock(7410052)"))
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(7410052)"))
                conn.commit()

    def drop_tables(self) -> None:
        metadata.drop_all(self.engine)
        self.tracking_table.drop(self.engine, checkfirst=True)

    def verwerk(self, batch: Sequence[tuple[Any, Tracking]]) -> int:
        """Apply a batch of (event, tracking) in one transaction; returns how many were new.

        The position is re-read under a lock inside the transaction, so two processes
        catching up at once never apply an event twice."""
        if not batch:
            return 0
        with self.transaction(commit=True) as session:
            if self.engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(7410051)"))
            positie = self.max_tracking_id(batch[0][1].application_name) or 0
            nieuw = [(e, tr) for e, tr in batch if tr.notification_id > positie]
            werkset = Werkset(session)
            for gebeurtenis, tracking in nieuw:
                handlers.verwerk(HANDLERS, werkset, gebeurtenis, tracking.notification_id)
            handlers.rond_af(werkset)
            werkset.schrijf()
            if nieuw:
                self._insert_tracking(session, nieuw[-1][1])
        return len(nieuw)


def _verouderd(engine: Any) -> bool:
    """Whether an existing read table lacks a column of this version."""
    bekeken = inspect(engine)
    for tabel in metadata.sorted_tables:
        if bekeken.has_table(tabel.name):
            bestaand = {k["name"] for k in bekeken.get_columns(tabel.name)}
            if set(tabel.columns.keys()) - bestaand:
                return True
    return False


def _engine_opties(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 15}}
    return {"pool_pre_ping": True}


def _zet_wal(pad: str) -> None:
    """WAL before any transaction: readers never wait for the writer. Once set it sticks
    to the file, so the datastore's own attempt inside a transaction is a no-op."""
    Path(pad).parent.mkdir(parents=True, exist_ok=True)
    verbinding = sqlite3.connect(pad)
    try:
        verbinding.execute("PRAGMA journal_mode=WAL")
    finally:
        verbinding.close()


# The view's page cache: a batch touches the timeline's and the figures' index pages
# over and over, and SQLite's default (2 MiB) no longer holds them at national scale.
CACHE_KIB = 64 * 1024


def _sqlite_schrijft_exclusief(engine: Any) -> None:
    """BEGIN IMMEDIATE: a writer takes the lock at the start, not at its first write.

    The view's own connections commit with synchronous=NORMAL (in WAL mode: no fsync per
    commit, only at checkpoints). A power cut may undo the last batches of read rows, but
    always together with their tracking record, so the runner applies them again from
    the event store: exactly once still holds. The events' own connections keep the
    library's setting; nothing here weakens the durability of what was decided."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        dbapi_connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
