"""APScheduler wiring. Runs inside the web server by default, or alone with `toezicht
scheduler` (scheduler/main.py). Among several processes on PostgreSQL only the holder of
an advisory lock does the work. Its clock comes from the composition root (bootstrap)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import text

from application.settings import Settings
from application.toezicht import Toezicht
from projections.queries import Queries
from projections.runner import ProjectieRunner
from scheduler.jobs import registreer_verstreken_termijnen
from scheduler.mail import verstuur_nieuwe_meldingen

log = logging.getLogger(__name__)
SLOT = 7410052  # pg advisory lock key: "the scheduler"


class Planner:
    def __init__(
        self,
        settings: Settings,
        toezicht: Toezicht,
        runner: ProjectieRunner,
        queries: Queries,
        klok: Callable[[], datetime],
    ) -> None:
        self.settings, self.toezicht, self.runner, self.queries = (
            settings,
            toezicht,
            runner,
            queries,
        )
        self.klok = klok
        self._slot_verbinding: Any = None
        self._bezig = threading.Lock()
        self._scheduler: BackgroundScheduler | None = None

    def heeft_slot(self) -> bool:
        """True when this process is the one scheduler (always on SQLite)."""
        if self.queries.engine.dialect.name != "postgresql":
            return True
        if self._slot_verbinding is None:
            verbinding = self.queries.engine.connect()
            if verbinding.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": SLOT}).scalar():
                verbinding.commit()
                self._slot_verbinding = verbinding  # the lock lives as long as this session
            else:
                verbinding.close()
        return self._slot_verbinding is not None

    def draai(self) -> int:
        """One round: record lapsed terms, mail new notifications. Returns terms recorded."""
        with self._bezig:
            if not self.heeft_slot():
                return 0
            aantal = registreer_verstreken_termijnen(
                self.toezicht, self.queries, self.runner, self.klok()
            )
            try:
                verstuur_nieuwe_meldingen(self.settings, self.queries)
            except OSError as fout:  # mail is a convenience; the in-app list is the record
                log.warning("meldingen niet gemaild: %s", fout)
            return aantal

    def start(self) -> None:
        self._scheduler = BackgroundScheduler(timezone="Europe/Amsterdam")
        self._scheduler.add_job(
            self.draai,
            "interval",
            minutes=self.settings.scheduler_interval_minuten,
            next_run_time=self.klok(),  # catch up at start
            max_instances=1,
            coalesce=True,
        )
        self._scheduler.start()

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
        if self._slot_verbinding is not None:
            self._slot_verbinding.close()
            self._slot_verbinding = None
