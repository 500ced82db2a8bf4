"""class Opslag(Application): the event store the commands write to. Loads and saves
aggregates, with the chain hash of application/keten.py and dates stored as ISO text."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import CanSnapshotAggregate
from eventsourcing.persistence import (
    EventStore,
    IntegrityError,
    JSONTranscoder,
    Mapper,
    StoredEvent,
    Transcoding,
)

from application.keten import KetenEventStore, KetenMapper
from domain.dossier import Dossier
from domain.dossier.toestand import TOESTANDEN, Stand
from domain.errors import GelijktijdigGewijzigd, NietGevonden

ZOEKBLOK = 1000  # notifications read at a time when looking an event up from the end


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class ToestandAlsDict(Transcoding):
    """A state object of the dossier (domain/dossier/toestand.py) in a snapshot: its
    fields, under the name TOESTANDEN gives it."""

    def __init__(self, naam: str, soort: type[Stand]) -> None:
        self.name = naam
        self.type = soort
        self.soort = soort

    def encode(self, obj: Stand) -> dict[str, Any]:
        return obj.als_dict()

    def decode(self, data: dict[str, Any]) -> Stand:
        return self.soort.uit_dict(data)


def _projecteer_dossier(dossier: Any, gebeurtenissen: Iterable[Any]) -> Any:
    """The library's projector, restoring what JSON changed in a snapshot's state."""
    for gebeurtenis in gebeurtenissen:
        dossier = gebeurtenis.mutate(dossier)
        if isinstance(gebeurtenis, CanSnapshotAggregate):
            dossier.herstel_na_snapshot()
    return dossier


class Opslag(Application[UUID]):
    snapshotting_intervals = {Dossier: 50}
    snapshotting_projectors = {Dossier: _projecteer_dossier}

    def __init__(self, env: dict[str, str] | None = None, snapshot_interval: int = 50) -> None:
        # Per instance: the library reads the interval from self when it saves.
        self.snapshotting_intervals = {Dossier: snapshot_interval}  # type: ignore[misc]
        super().__init__(env=env)

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())
        for naam, soort in TOESTANDEN.items():
            transcoder.register(ToestandAlsDict(naam, soort))

    def construct_mapper(self) -> Mapper[UUID]:
        return self.factory.mapper(transcoder=self.construct_transcoder(), mapper_class=KetenMapper)

    def construct_event_store(self) -> EventStore[UUID]:
        # Every event is stored with the chain hash of the one before it (application/keten.py).
        assert isinstance(self.mapper, KetenMapper)
        return KetenEventStore(self.mapper, self.recorder)

    def dossier(self, code: str) -> Dossier:
        try:
            return self.repository.get(  # type: ignore[no-any-return]
                Dossier.create_id(code), projector_func=_projecteer_dossier
            )
        except AggregateNotFoundError:
            raise NietGevonden(f"gemeente {code} is niet bekend", "code") from None

    def dossiergebeurtenissen(
        self, code: str, tot: int | None = None
    ) -> tuple[list[StoredEvent], tuple[int, str]]:
        """A dossier's stored events as they are in the database, in version order (up to
        version `tot`), with the chain head at the last of them: what an export carries."""
        oid = Dossier.create_id(code)
        opgeslagen = list(self.recorder.select_events(oid, lte=tot))
        if not opgeslagen:
            raise NietGevonden(f"gemeente {code} is niet bekend", "code")
        assert isinstance(self.events, KetenEventStore)
        versie = opgeslagen[-1].originator_version
        return opgeslagen, (versie, self.events.hash_bij(oid, versie))

    def _opslaan(self, *aggregaten: Any) -> int:
        """Save; returns the notification id of the last event recorded."""
        try:
            recordings = self.save(*aggregaten)
        except IntegrityError:
            raise GelijktijdigGewijzigd(
                "het dossier is intussen door een ander gewijzigd; lees het opnieuw en "
                "probeer het nog eens",
                "verwachte_versie",
            ) from None
        return recordings[-1].notification.id  # every command records at least one event

    def _bestaat(self, aggregaat_id: UUID) -> bool:
        try:
            self.repository.get(aggregaat_id)
        except AggregateNotFoundError:
            return False
        return True

    def versie_bij(self, notificatie: int) -> int:
        """The dossier version the event with this notification id gave its dossier."""
        return self.notification_log.select(notificatie, 1)[0].originator_version

    def notificatie_van(self, aggregaat_id: UUID, versie: int) -> int:
        """The notification id of an aggregate's event, looked up from the newest back:
        a repeated request asks for an event recorded a moment ago."""
        tot = self.recorder.max_notification_id() or 0
        while tot > 0:
            van = max(1, tot - ZOEKBLOK + 1)
            for n in reversed(self.recorder.select_notifications(van, ZOEKBLOK, stop=tot)):
                if str(n.originator_id) == str(aggregaat_id) and n.originator_version == versie:
                    return n.id
            tot = van - 1
        raise NietGevonden(f"gebeurtenis {versie} is niet opgeslagen", "versie")
