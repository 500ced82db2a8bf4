"""The composition root builds one set of parts that belong together: the runner, the
planner and the queries work on the one application and database, with the given clock
and the application's calendar; the API container and the CLI are built from it."""

from datetime import UTC, date, datetime

from api.deps import Container
from application.settings import Settings
from domain.vastlegging import Rol, Vastlegging

MOMENT = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)


def test_de_delen_horen_bij_elkaar(onderdelen, tmp_path):
    delen = onderdelen(f"sqlite:///{tmp_path}/t.sqlite", lambda: MOMENT, snapshot_interval=7)
    assert delen.runner.app is delen.app
    assert delen.runner.view is delen.view
    assert delen.planner.toezicht is delen.app
    assert delen.planner.runner is delen.runner
    assert delen.planner.queries is delen.queries
    assert delen.planner.klok() == MOMENT
    assert delen.kalender is delen.app.kalender
    assert delen.kalender.is_vrij(date(2024, 4, 1))  # tweede Paasdag
    assert delen.settings.snapshot_interval == 7

    # What the application writes, the runner brings to the queries (same database).
    stempel = Vastlegging("test", Rol.BEHEERDER, MOMENT, MOMENT)
    delen.app.maak_gebruiker_aan("anna", Rol.LEZER, "Anna", stempel)
    assert delen.queries.gebruiker("anna") is None
    delen.runner.bij()
    assert delen.queries.gebruiker("anna")["rol"] == "lezer"


def test_de_api_bouwt_op_de_samenstelling(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite", scheduler="uit")
    c = Container.bouw(settings, lambda: MOMENT)
    try:
        assert c.planner.toezicht is c.app and c.runner.app is c.app
        assert c.kalender is c.app.kalender
        assert c.klok() == MOMENT and c.planner.klok() == MOMENT
        assert c.vandaag() == date(2024, 3, 4)
    finally:
        c.queries.engine.dispose()
        c.view.engine.dispose()
