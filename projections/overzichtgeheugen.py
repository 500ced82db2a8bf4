"""The start page's rows kept while the read models stand still: a page view that finds
the tracking position and the day unchanged reuses the rows built before. When events
were applied since (from this process or another), only the rows of gemeenten whose
dossier version moved are built again, plus new ones; rows of gemeenten gone from the
list (continued by a successor) are dropped.

Why that is enough: a row reads only its own gemeente's read-model rows (gemeente,
periods, terms; projections/provincieoverzicht.py), every handler writes those under
the code of the event's own dossier (handlers.code_van), and every dossier event moves
that dossier's `versie`, written in the same transaction as the rows. A registration
that continues predecessors sets their `voortgezet_door`, which takes them off the
list. The day changes forecasts and overdue terms of every row: a new day, or a
position that went back (read models rebuilt), builds all rows.

Order of reading: position, then versions, then rows; a row is therefore never older
than the version it is kept under, so a later change always shows as a new version."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, select, text

from projections import tables as t
from projections.provincieoverzicht import OverzichtRij, overzicht
from projections.view import TRACKING_TABLE


@dataclass
class _Stand:
    positie: int
    vandaag: date
    versies: dict[str, int] = field(default_factory=dict)  # code -> version built from
    rijen: list[OverzichtRij] = field(default_factory=list)


class Overzichtgeheugen:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._slot = threading.Lock()
        self._stand: _Stand | None = None
        self.gebouwd = 0  # how often rows were built (for tests and measuring)
        # The codes built last time; None: all rows (for tests and measuring).
        self.laatst_gebouwd: tuple[str, ...] | None = None

    def positie(self) -> int:
        """The last notification applied to the read models, of any application."""
        with self.engine.connect() as conn:
            waarde = conn.execute(text(f"SELECT max(notification_id) FROM {TRACKING_TABLE}"))
            return int(waarde.scalar() or 0)

    def _versies(self) -> list[tuple[str, int]]:
        """Every listed gemeente's dossier version, in the rows' order (by name)."""
        g = t.gemeenten.c
        with self.engine.connect() as conn:
            stmt = select(g.code, g.versie).where(g.voortgezet_door.is_(None)).order_by(g.naam)
            return [(r.code, r.versie) for r in conn.execute(stmt)]

    def rijen(self, vandaag: date) -> list[OverzichtRij]:
        """The rows of `overzicht(engine, vandaag)`. A new list each call: callers may
        sort or filter it."""
        positie = self.positie()
        with self._slot:
            vorige = self._stand
        if vorige is not None and (vorige.positie, vorige.vandaag) == (positie, vandaag):
            return list(vorige.rijen)
        versies = self._versies()
        stand = _Stand(positie, vandaag)
        if vorige is None or vorige.vandaag != vandaag or positie < vorige.positie:
            gewijzigd = None
        else:
            gewijzigd = [c for c, v in versies if vorige.versies.get(c) != v]
            if 2 * len(gewijzigd) > len(versies):
                gewijzigd = None  # most rows moved: one pass over all is cheaper
        if gewijzigd is None:
            stand.rijen = overzicht(self.engine, vandaag)
        else:
            per_code = {r.code: r for r in vorige.rijen} if vorige else {}
            if gewijzigd:
                per_code.update((r.code, r) for r in overzicht(self.engine, vandaag, gewijzigd))
            stand.rijen = [per_code[c] for c, _ in versies if c in per_code]
        gebouwde = {r.code for r in stand.rijen}
        stand.versies = {c: v for c, v in versies if c in gebouwde}
        with self._slot:
            self._stand = stand
            self.gebouwd += 1
            self.laatst_gebouwd = None if gewijzigd is None else tuple(gewijzigd)
        return list(stand.rijen)
