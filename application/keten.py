"""A hash chain over each aggregate's stored events, so that a change after saving shows.

Every event saved from now on carries in its stored state the field `vorige_hash`: the
chain hash of the event before it. The chain hash of version v of an aggregate is

    h(0) = 64 zeros
    h(v) = SHA-256( "{h(v-1)}|{originator_id}|{v}|{topic}|" as UTF-8, then the stored
                    state bytes of version v exactly as they are in the database )

so h(v) covers every earlier event too. Events stored before the chain existed carry no
`vorige_hash` but are hashed all the same: the first event saved after them commits to
them all. An auditor recomputes this from the `stored_events` table alone.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from eventsourcing.persistence import (
    EventStore,
    Mapper,
    Notification,
    Recording,
    StoredEvent,
)
from eventsourcing.utils import get_topic

BEGIN = "0" * 64
VELD = "vorige_hash"


def schakel(vorige: str, originator_id: object, versie: int, topic: str, state: bytes) -> str:
    """The chain hash of one stored event, given the chain hash of the one before it."""
    h = hashlib.sha256(f"{vorige}|{originator_id}|{versie}|{topic}|".encode())
    h.update(state)
    return h.hexdigest()


class KetenMapper(Mapper[UUID]):
    """The library's mapper, with the chain field written into and kept out of events."""

    def to_stored_event(self, domain_event: Any, vorige_hash: str | None = None) -> StoredEvent:
        if vorige_hash is None:  # snapshots are not chained; they are checked by replay
            return super().to_stored_event(domain_event)
        event_state = dict(vars(domain_event))
        originator_id = event_state.pop("originator_id")
        originator_version = event_state.pop("originator_version")
        class_version = getattr(type(domain_event), "class_version", 1)
        if class_version > 1:
            event_state["class_version"] = class_version
        event_state[VELD] = vorige_hash
        stored_state = self.transcoder.encode(event_state)
        if self.compressor:
            stored_state = self.compressor.compress(stored_state)
        if self.cipher:
            stored_state = self.cipher.encrypt(stored_state)
        return StoredEvent(
            originator_id=originator_id,
            originator_version=originator_version,
            topic=get_topic(type(domain_event)),
            state=stored_state,
        )

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        domain_event = super().to_domain_event(stored_event)
        domain_event.__dict__.pop(VELD, None)  # machinery, not a field of the event
        return domain_event

    def vorige_hash(self, stored_event: StoredEvent) -> str | None:
        """The chain field of a stored event, or None for an event from before the chain."""
        state = stored_event.state
        if self.cipher:
            state = self.cipher.decrypt(state)
        if self.compressor:
            state = self.compressor.decompress(state)
        waarde = self.transcoder.decode(state).get(VELD)
        return waarde if isinstance(waarde, str) else None


class KetenEventStore(EventStore[UUID]):
    """Writes each new event with the chain hash of its predecessor.

    Optimistic concurrency already serialises writers per aggregate: two writers of
    version v both link to the same, immutable, version v-1, and only one insert wins.
    """

    def __init__(self, mapper: KetenMapper, recorder: Any) -> None:
        super().__init__(mapper, recorder)
        self.keten_mapper = mapper
        self._koppen: dict[Any, tuple[int, str]] = {}  # aggregate -> (version, chain hash)
        self._slot = threading.Lock()

    def put(self, domain_events: Sequence[Any], **kwargs: Any) -> list[Recording[UUID]]:
        nieuw: dict[Any, tuple[int, str]] = {}
        stored_events = []
        for gebeurtenis in domain_events:
            oid, versie = gebeurtenis.originator_id, gebeurtenis.originator_version
            kop = nieuw.get(oid)
            vorige = kop[1] if kop and kop[0] == versie - 1 else self._kop(oid, versie - 1)
            stored = self.keten_mapper.to_stored_event(gebeurtenis, vorige_hash=vorige)
            nieuw[oid] = (versie, schakel(vorige, oid, versie, stored.topic, stored.state))
            stored_events.append(stored)
        notification_ids = self.recorder.insert_events(stored_events, **kwargs)
        with self._slot:  # only what was stored becomes a known head
            self._koppen.update(nieuw)
        if not notification_ids:
            return []
        return [
            Recording(
                d,
                Notification(
                    originator_id=s.originator_id,
                    originator_version=s.originator_version,
                    topic=s.topic,
                    state=s.state,
                    id=n_id,
                ),
            )
            for d, s, n_id in zip(domain_events, stored_events, notification_ids, strict=True)
        ]

    def kop(self, oid: Any) -> tuple[int, str]:
        """(version, chain hash) of an aggregate's last stored event: what an exported
        dossier or a sent letter quotes, so that the store can later be held against it."""
        laatste = list(self.recorder.select_events(oid, desc=True, limit=1))
        if not laatste:
            return 0, BEGIN
        versie = laatste[0].originator_version
        return versie, self._kop(oid, versie)

    def hash_bij(self, oid: Any, versie: int) -> str:
        """The chain hash of version `versie` of an aggregate, as stored."""
        return self._kop(oid, versie)

    def _kop(self, oid: Any, versie: int) -> str:
        """The chain hash of version `versie` of an aggregate, as stored."""
        if versie == 0:
            return BEGIN
        with self._slot:
            bekend = self._koppen.get(oid)
        if bekend and bekend[0] == versie:
            return bekend[1]
        laatste = list(self.recorder.select_events(oid, gt=versie - 1, lte=versie))
        if laatste:
            vorige = self.keten_mapper.vorige_hash(laatste[0])
            if vorige is not None:
                return schakel(vorige, oid, versie, laatste[0].topic, laatste[0].state)
        # Events from before the chain: hash them all, from the first.
        h = BEGIN
        for s in self.recorder.select_events(oid, lte=versie):
            h = schakel(h, oid, s.originator_version, s.topic, s.state)
        return h


@dataclass
class Kop:
    """The last link of one aggregate's chain: what a manifest or a letter records."""

    versie: int
    hash: str
    naam: str


@dataclass
class Ketencontrole:
    koppen: dict[str, Kop] = field(default_factory=dict)
    # per aggregate id: (version, what is wrong)
    fouten: list[tuple[str, int, str]] = field(default_factory=list)


def naam_van(mapper: Mapper[UUID], eerste: StoredEvent) -> str:
    """How an operator knows the aggregate: dossier GM0344, gebruiker anna."""
    try:
        gebeurtenis = mapper.to_domain_event(eerste)
    except Exception:  # noqa: BLE001 - an unreadable first event still gets a name
        return f"aggregaat {eerste.originator_id}"
    if isinstance(code := getattr(gebeurtenis, "code", None), str):
        return f"dossier {code}"
    if isinstance(naam := getattr(gebeurtenis, "naam", None), str):
        return f"gebruiker {naam}"
    return f"aggregaat {eerste.originator_id}"


def controleer_keten(
    mapper: KetenMapper,
    gebeurtenissen: Iterable[StoredEvent],
    ijkpunten: dict[str, tuple[int, str]] | None = None,
) -> Ketencontrole:
    """Recompute every chain from the stored events (in the order they were stored) and
    check each stored `vorige_hash` against it, and each ijkpunt (a head recorded in a
    manifest: aggregate id -> (version, hash)) against the recomputed hash there."""
    uit = Ketencontrole()
    geketend: set[str] = set()
    # The chain as each event saw it when it was saved: it picks up again from each stored
    # vorige_hash, so one changed event breaks one link instead of every link after it.
    lokaal: dict[str, str] = {}
    ijkpunten = ijkpunten or {}
    for s in gebeurtenissen:
        oid, versie = str(s.originator_id), s.originator_version
        kop = uit.koppen.get(oid)
        if kop is None:
            kop = uit.koppen[oid] = Kop(0, BEGIN, naam_van(mapper, s))
        if versie != kop.versie + 1:
            uit.fouten.append((oid, versie, f"volgt op versie {kop.versie}: niet aaneengesloten"))
        try:
            vorige = mapper.vorige_hash(s)
        except Exception:  # noqa: BLE001 - unreadable state is a finding, not a crash
            uit.fouten.append((oid, versie, "de opgeslagen inhoud is onleesbaar"))
            vorige = None
        if vorige is None and oid in geketend:
            uit.fouten.append(
                (oid, versie, f"{VELD} ontbreekt, terwijl eerdere versies die hebben")
            )
        elif vorige is not None:
            geketend.add(oid)
            if vorige != lokaal.get(oid, BEGIN):
                uit.fouten.append(
                    (
                        oid,
                        versie,
                        f"keten verbroken: de hash van versie {versie - 1} klopt niet meer "
                        f"(versie {versie - 1} of {versie} is na opslag gewijzigd)",
                    )
                )
        kop.versie, kop.hash = versie, schakel(kop.hash, s.originator_id, versie, s.topic, s.state)
        lokaal[oid] = (
            kop.hash
            if vorige is None
            else schakel(vorige, s.originator_id, versie, s.topic, s.state)
        )
        if oid in ijkpunten and ijkpunten[oid][0] == versie and ijkpunten[oid][1] != kop.hash:
            uit.fouten.append((oid, versie, "wijkt af van het manifest (gewijzigd na de backup)"))
    for oid, (versie, _) in ijkpunten.items():
        if oid not in uit.koppen or uit.koppen[oid].versie < versie:
            uit.fouten.append((oid, versie, "staat in het manifest maar ontbreekt in de opslag"))
    return uit


def alle_gebeurtenissen(recorder: Any, partij: int = 5000) -> Iterator[Notification]:
    """Every stored event in the order it was stored."""
    start = 1
    while notificaties := recorder.select_notifications(start=start, limit=partij):
        yield from notificaties
        start = notificaties[-1].id + 1
