"""A dossier loaded from a snapshot behaves as one replayed from its events: the state
keyed by number (proposals, excusable reasons, lapsed legal steps) survives the JSON."""

from datetime import UTC, date, datetime, timedelta

import pytest

from application.toezicht import Toezicht
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

CODE = "GM0307"
START = datetime(2024, 7, 15, 9, tzinfo=UTC)


def stempel(rol: Rol, op: datetime = START, reden: str | None = None) -> Vastlegging:
    return Vastlegging("x", rol, op, op, reden)


@pytest.fixture
def app() -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"}, snapshot_interval=2)
    app.registreer_gemeente(CODE, "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER))
    app.neem_beoordeling_over(CODE, Periode(2023, 2), 3, None, "publicatie", stempel(Rol.BEHEERDER))
    return app


def contact(app: Toezicht) -> None:
    app.leg_contact_vast(CODE, "telefoon", [], "x", False, stempel(Rol.TOEZICHTHOUDER))


def besluit(app: Toezicht, trede: int, op: datetime) -> None:
    _, nummer = app.stel_beoordeling_voor(
        CODE, None, stempel(Rol.TOEZICHTHOUDER, op, "motivering"), trede, spoed=True
    )
    contact(app)  # past a snapshot: the proposal is read back from it
    app.stel_beoordeling_vast(CODE, nummer, stempel(Rol.BESTUURDER, op))


def test_open_voorstel_na_snapshot_vast_te_stellen(app):
    besluit(app, 4, START)
    assert app.dossier(CODE).trede == 4


def test_verschoonbare_reden_na_snapshot_te_beoordelen(app):
    _, nummer = app.dien_verschoonbare_reden_in(
        CODE, Periode(2024, 1), "brand in 40 woningen", stempel(Rol.TOEZICHTHOUDER)
    )
    contact(app)
    app.beoordeel_verschoonbare_reden(
        CODE, nummer, True, stempel(Rol.TOEZICHTHOUDER, reden="brandweerrapport")
    )
    assert app.dossier(CODE).redenen[nummer]["aanvaard"] is True


def test_vervallen_vooraankondiging_telt_na_snapshot_niet_opnieuw(app):
    besluit(app, 4, START)
    app.verzend_vooraankondiging(CODE, date(2024, 9, 2), stempel(Rol.JURIST, reden="r"))
    besluit(app, 3, START + timedelta(days=1))
    contact(app)
    besluit(app, 4, START + timedelta(days=2))
    contact(app)
    assert app.dossier(CODE).vooraankondiging_tot is None
