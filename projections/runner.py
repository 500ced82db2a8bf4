"""Catch-up: read new notifications from the event store and feed the view in batches.

The same loop serves SQLite (no subscriptions there) and PostgreSQL, after every
command (read your own write) and for a rebuild from scratch."""

from __future__ import annotations

from collections.abc import Callable

from eventsourcing.persistence import Tracking

from application.toezicht import Toezicht
from projections.view import ToezichtView

BATCH = 5000


class ProjectieRunner:
    def __init__(self, app: Toezicht, view: ToezichtView, batch: int = BATCH) -> None:
        self.app = app
        self.view = view
        self.batch = batch

    def positie(self) -> int:
        return self.view.max_tracking_id(self.app.name) or 0

    def achterstand(self) -> int:
        """How many notifications the read models still have to process."""
        return max((self.app.recorder.max_notification_id() or 0) - self.positie(), 0)

    def bij(self, tot: int | None = None, voortgang: Callable[[int], None] | None = None) -> int:
        """Process notifications until the view has seen `tot` (default: all). Returns the
        number of events applied by this call."""
        verwerkt = 0
        while True:
            start = self.positie() + 1
            if tot is not None and start > tot:
                return verwerkt
            notificaties = self.app.recorder.select_notifications(start=start, limit=self.batch)
            if not notificaties:
                return verwerkt
            batch = [
                (self.app.mapper.to_domain_event(n), Tracking(self.app.name, n.id))
                for n in notificaties
            ]
            aantal = self.view.verwerk(batch)
            verwerkt += aantal
            if voortgang:
                voortgang(len(batch))

    def herbouw(self, voortgang: Callable[[int], None] | None = None) -> int:
        """Drop every read table and rebuild from the first event."""
        self.view.drop_tables()
        self.view.create_table()
        return self.bij(voortgang=voortgang)
