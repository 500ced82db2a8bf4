"""The integrity check of the store, for the command line.

It proves: each aggregate's hash chain is intact (application/keten.py) and, given a
backup's manifest, still ends in the heads recorded there; versions run 1..n without a gap;
every aggregate replays from its events and every snapshot equals that replay; the read
models equal a rebuild from scratch. Its digest over all events is the same before a backup
and after its restore."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from application.keten import KetenMapper, Kop, alle_gebeurtenissen, controleer_keten
from application.settings import Settings
from application.toezicht import Toezicht
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView

EVENTS_TABEL = {"sqlite": "stored_events", "postgresql": "toezicht_events"}


class OnderhoudFout(Exception):
    """A maintenance command cannot run: the message says why, in Dutch."""


@dataclass
class Controle:
    digest: str = ""
    gebeurtenissen: int = 0
    aggregaten: int = 0
    koppen: dict[str, Kop] = field(default_factory=dict)
    fouten: list[str] = field(default_factory=list)

    @property
    def in_orde(self) -> bool:
        return not self.fouten


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

    from onderhoud.backup import pg_verbinding

    try:
        with pg_verbinding(settings.database_url) as db:
            tabel = db.execute("SELECT to_regclass(%s)", (EVENTS_TABEL["postgresql"],)).fetchone()
    except psycopg.Error as fout:
        raise OnderhoudFout(
            f"de PostgreSQL-database is niet bereikbaar (TOEZICHT_DATABASE_URL): {fout}"
        ) from None
    if tabel is None or tabel[0] is None:
        raise OnderhoudFout("de PostgreSQL-database bevat geen Toezicht-gebeurtenissen")


def digest(app: Toezicht) -> tuple[str, int]:
    """SHA-256 over every event in order: position, aggregate, version, topic, state."""
    h = hashlib.sha256()
    aantal = 0
    for n in alle_gebeurtenissen(app.recorder):
        h.update(f"{n.id}|{n.originator_id}|{n.originator_version}|{n.topic}|".encode())
        h.update(n.state)
        aantal += 1
    return h.hexdigest(), aantal


def controleer(
    settings: Settings,
    app: Toezicht,
    runner: ProjectieRunner,
    ijkpunten: dict[str, tuple[int, str]] | None = None,
) -> Controle:
    uitkomst = Controle()
    uitkomst.digest, uitkomst.gebeurtenissen = digest(app)
    if not uitkomst.gebeurtenissen:
        uitkomst.fouten.append("de opslag bevat geen gebeurtenissen")

    assert isinstance(app.mapper, KetenMapper)
    keten = controleer_keten(app.mapper, alle_gebeurtenissen(app.recorder), ijkpunten)
    uitkomst.koppen = keten.koppen
    uitkomst.aggregaten = len(keten.koppen)
    for oid, versie, wat in keten.fouten:
        naam = keten.koppen[oid].naam if oid in keten.koppen else f"aggregaat {oid}"
        uitkomst.fouten.append(f"{naam}, versie {versie}: {wat}")
    for oid, kop in keten.koppen.items():
        uitkomst.fouten += _herspeel(app, oid, kop.naam)

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


def _herspeel(app: Toezicht, oid: str, naam: str) -> list[str]:
    """Replay from the events themselves, and compare every snapshot with the replay."""
    aggregaat_id = UUID(oid)
    fouten = []
    try:
        snapshots = {}
        if app.snapshots is not None:
            snapshots = {
                s.originator_version: s for s in app.snapshots.recorder.select_events(aggregaat_id)
            }
        aggregaat: Any = None
        gebeurtenissen: Any = app.events.get(aggregaat_id)
        for gebeurtenis in gebeurtenissen:
            aggregaat = gebeurtenis.mutate(aggregaat)
            opgeslagen = snapshots.pop(aggregaat.version, None)
            if opgeslagen is not None and not _gelijk(app, opgeslagen, aggregaat):
                fouten.append(
                    f"{naam}: de snapshot van versie {aggregaat.version} wijkt af van "
                    "het herspelen van de gebeurtenissen"
                )
        for versie in snapshots:
            fouten.append(f"{naam}: snapshot van versie {versie} zonder gebeurtenis")
    except Exception as fout:  # noqa: BLE001 - report every aggregate that fails
        fouten.append(f"{naam}: herspelen mislukt ({fout})")
    return fouten


def _gelijk(app: Toezicht, opgeslagen: Any, herspeeld: Any) -> bool:
    snapshot: Any = app.mapper.to_domain_event(opgeslagen)
    genomen = type(snapshot).take(herspeeld)
    transcoder = app.mapper.transcoder

    def vorm(state: dict[str, Any]) -> Any:
        return transcoder.decode(transcoder.encode(state))

    return bool(snapshot.topic == genomen.topic and vorm(snapshot.state) == vorm(genomen.state))
