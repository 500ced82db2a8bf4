"""The composition root: the one place that builds the long-lived parts of Toezicht from
the settings: the application (event store) with its calendar, the read models' view, the
projection runner, the query layer and the planner; and the one place that reads the wall
clock. The API (api/deps.py), the command line (api/cli.py), the standalone planner
(scheduler/main.py) and the tests build through `bouw`; nothing else constructs these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from application.kalender import bouw_kalender
from application.settings import Settings
from application.toezicht import Toezicht
from domain.kalender import Kalender
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView
from scheduler.planner import Planner

Klok = Callable[[], datetime]


def systeemklok() -> datetime:
    """The wall clock, in UTC. Everything else receives its clock from here."""
    return datetime.now(UTC)


@dataclass
class Onderdelen:
    """The parts one process works with, built once."""

    settings: Settings
    app: Toezicht
    view: ToezichtView
    runner: ProjectieRunner
    queries: Queries
    planner: Planner
    klok: Klok

    @property
    def kalender(self) -> Kalender:
        return self.app.kalender

    def sluit(self) -> None:
        """Stop the planner and release the database connections."""
        self.planner.stop()
        self.queries.engine.dispose()
        if isinstance(self.view.engine, Engine):
            self.view.engine.dispose()


def bouw(settings: Settings | None = None, klok: Klok = systeemklok) -> Onderdelen:
    """Build every part from the settings (read from the environment when not given).
    The read tables exist afterwards; the read models are not brought up to date here:
    the caller does that (`runner.bij()`), with progress if it wants to show it."""
    settings = settings or Settings()
    app = Toezicht(
        env=settings.eventsourcing_env(),
        snapshot_interval=settings.snapshot_interval,
        kalender=bouw_kalender(),
        in_gebruik_sinds=settings.in_gebruik_sinds,
    )
    view = ToezichtView(settings.sqlalchemy_url())
    view.create_table()
    runner = ProjectieRunner(app, view, settings.projectie_batch)
    queries = Queries(settings.sqlalchemy_url())
    planner = Planner(settings, app, runner, queries, klok)
    return Onderdelen(settings, app, view, runner, queries, planner, klok)
