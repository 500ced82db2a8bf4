"""Shared fixtures: a fixed clock, the parts built by the composition root (bootstrap), and
a throwaway PostgreSQL database per test run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from bootstrap import Onderdelen

POSTGRES_URL = os.environ.get(
    "TOEZICHT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("TOEZICHT_REQUIRE_POSTGRES") == "1"
_postgres_passed: list[str] = []
NU = datetime(2022, 9, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def onderdelen() -> Iterator[Callable[..., Onderdelen]]:
    """Build the application, view, runner, queries and planner on a database the way the
    API and the command line do (bootstrap.bouw), with a fixed clock (NU by default) and
    the scheduler off; everything built is closed after the test."""
    import bootstrap
    from application.settings import Settings

    gebouwd: list[Onderdelen] = []

    def bouw(
        database_url: str, klok: Callable[[], datetime] = lambda: NU, **instellingen: Any
    ) -> Onderdelen:
        delen = bootstrap.bouw(
            Settings(database_url=database_url, scheduler="uit", **instellingen), klok
        )
        gebouwd.append(delen)
        return delen

    yield bouw
    for delen in gebouwd:
        delen.sluit()


def _connect(url: str):  # noqa: ANN202
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host,
        port=u.port or 5432,
        user=u.username or "postgres",
        password=u.password or "",
        dbname=u.database,
        autocommit=True,
        connect_timeout=3,
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of the server's maintenance database, or skip (fail in CI) if unreachable."""
    try:
        _connect(POSTGRES_URL).close()
    except Exception as exc:  # noqa: BLE001
        if REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required in CI but unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    yield POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for one test; dropped afterwards."""
    from sqlalchemy.engine import make_url

    naam = f"toezicht_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with _connect(postgres_server) as conn:
        conn.execute(f'CREATE DATABASE "{naam}"')
    url = make_url(postgres_server).set(database=naam).render_as_string(hide_password=False)
    yield url
    with _connect(postgres_server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed and "postgres" in report.keywords:
        _postgres_passed.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # Under xdist the controller sees every worker's reports through the hook above.
    if REQUIRE_POSTGRES and not hasattr(session.config, "workerinput"):
        if session.testscollected and not _postgres_passed and exitstatus == 0:
            print("\nFAIL: no PostgreSQL test ran, but CI requires them.")
            session.exitstatus = 1
