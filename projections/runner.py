"""Catch-up: read new notifications from the event store and feed the view in batches.

The same loop serves SQLite (no subscriptions there) and PostgreSQL, after every
command (read your own write) and for a rebuild from scratch."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from eventsourcing.persistence import Tracking

from application.toezicht import Toezicht
from projections.view import ToezichtView

BATCH = 5000


class _ZonderGc:
    """The cyclic garbage collector paused while a batch is read and applied. A batch
    holds thousands of young events and rows at once; the collector would scan them over
    and over (a third of a rebuild's time) while reference counting frees them anyway.
    Threads catching up at once share one pause: the last to finish resumes it, and only
    if it was on before the first began."""

    def __init__(self) -> None:
        self._slot = threading.Lock()
        self._bezig = 0
        self._was_aan = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._slot:
            if self._bezig == 0:
                self._was_aan = gc.isenabled()
                gc.disable()
            self._bezig += 1
        try:
            yield
        finally:
            with self._slot:
                self._bezig -= 1
                if self._bezig == 0 and self._was_aan:
                    gc.enable()


zonder_gc = _ZonderGc()


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
            with zonder_gc():
                notificaties = self.app.recorder.select_notifications(start=start, limit=self.batch)
                if not notificaties:
                    return verwerkt
                batch = [
                    (self.app.mapper.to_domain_event(n), Tracking(self.app.name, n.id))
                    for n in notificaties
                ]
                aantal = self.view.verwerk(batch)
                gelezen = len(batch)
                del notificaties, batch  # freed before the collector resumes
            verwerkt += aantal
            if voortgang:
                voortgang(gelezen)

    def herbouw(self, voortgang: Callable[[int], None] | None = None) -> int:
        """Drop every read table and rebuild from the first event."""
        self.view.drop_tables()
        self.view.create_table()
        return self.bij(voortgang=voortgang)
