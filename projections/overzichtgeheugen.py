"""The start page's rows kept while the read models stand still: a page view that finds
the tracking position and the day unchanged reuses the rows built before; any event
applied since (from this process or another) moves the position and the rows are built
again. The position is read before the rows, and a read model's rows and its position
are committed together, so kept rows are never older than the position they are kept
under."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import Engine, text

from projections.provincieoverzicht import OverzichtRij, overzicht
from projections.view import TRACKING_TABLE


class Overzichtgeheugen:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._slot = threading.Lock()
        self._sleutel: tuple[int, date] | None = None
        self._rijen: list[OverzichtRij] = []
        self.gebouwd = 0  # how often the rows were built (for tests and measuring)

    def positie(self) -> int:
        """The last notification applied to the read models, of any application."""
        with self.engine.connect() as conn:
            waarde = conn.execute(text(f"SELECT max(notification_id) FROM {TRACKING_TABLE}"))
            return int(waarde.scalar() or 0)

    def rijen(self, vandaag: date) -> list[OverzichtRij]:
        """The rows of `overzicht(engine, vandaag)`, built only when the position or the
        day moved. A new list each call: callers may sort or filter it."""
        sleutel = (self.positie(), vandaag)
        with self._slot:
            if sleutel == self._sleutel:
                return list(self._rijen)
        rijen = overzicht(self.engine, vandaag)
        with self._slot:
            self._sleutel, self._rijen = sleutel, rijen
            self.gebouwd += 1
        return list(rijen)
