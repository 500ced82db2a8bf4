"""A dossier loaded from a snapshot behaves as one replayed from its events: the state
keyed by number (proposals, excusable reasons, lapsed legal steps) survives the JSON."""

from datetime import UTC, date, datetime, timedelta

import pytest

from application import commandos as c
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
    app.voer_uit(
        c.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
        stempel(Rol.BEHEERDER),
    )
    app.voer_uit(
        c.NeemBeoordelingOver(code=CODE, periode=Periode(2023, 2), trede=3, bron="publicatie"),
        stempel(Rol.BEHEERDER),
    )
    return app


def contact(app: Toezicht) -> None:
    app.voer_uit(
        c.LegContactVast(code=CODE, soort="telefoon", samenvatting="x"), stempel(Rol.TOEZICHTHOUDER)
    )


def besluit(app: Toezicht, trede: int, op: datetime) -> None:
    nummer = app.voer_uit(
        c.StelBeoordelingVoor(code=CODE, trede=trede, spoed=True),
        stempel(Rol.TOEZICHTHOUDER, op, "motivering"),
    ).nummer
    contact(app)  # past a snapshot: the proposal is read back from it
    app.voer_uit(c.StelBeoordelingVast(code=CODE, nummer=nummer), stempel(Rol.BESTUURDER, op))


def test_open_voorstel_na_snapshot_vast_te_stellen(app):
    besluit(app, 4, START)
    assert app.dossier(CODE).trede == 4


def test_verschoonbare_reden_na_snapshot_te_beoordelen(app):
    nummer = app.voer_uit(
        c.DienVerschoonbareRedenIn(
            code=CODE, periode=Periode(2024, 1), omschrijving="brand in 40 woningen"
        ),
        stempel(Rol.TOEZICHTHOUDER),
    ).nummer
    contact(app)
    app.voer_uit(
        c.BeoordeelVerschoonbareReden(code=CODE, nummer=nummer, aanvaard=True),
        stempel(Rol.TOEZICHTHOUDER, reden="brandweerrapport"),
    )
    assert app.dossier(CODE).redenen[nummer].aanvaard is True


def test_vervallen_vooraankondiging_telt_na_snapshot_niet_opnieuw(app):
    besluit(app, 4, START)
    app.voer_uit(
        c.VerzendVooraankondiging(code=CODE, termijn_tot=date(2024, 9, 2)),
        stempel(Rol.JURIST, reden="r"),
    )
    besluit(app, 3, START + timedelta(days=1))
    contact(app)
    besluit(app, 4, START + timedelta(days=2))
    contact(app)
    assert app.dossier(CODE).vooraankondiging_tot is None
