"""The integrity check of the store, for the command line.

It proves: each aggregate's hash chain is intact (application/keten.py) and, given a
backup's manifest, still ends in the heads recorded there; versions run 1..n without a gap;
every aggregate replays from its events and every snapshot equals that replay; the read
models equal a rebuild from scratch. Its digest over all events is the same before a backup
and after its restore."""

from __future__ import annotations

import hashlib
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
