"""The beroep and its uitspraak (domain/dossier/toestand.py Beroepstand) pass through a
snapshot: the dossier loaded from it is the dossier its events replay to, and still
refuses a second uitspraak and the effectuering of the annulled besluit."""

from datetime import UTC, date, datetime

import pytest

from application import commandos as c
from application.opslag import _projecteer_dossier
from application.settings import Settings
from application.toezicht import Toezicht
from domain.dossier import Dossier
from domain.dossier.toestand import Beroepstand
from domain.errors import BestaatAl
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

CODE = "GM0344"
NU = datetime(2022, 9, 1, 10, tzinfo=UTC)


def stempel(rol: Rol, reden: str | None = "reden") -> Vastlegging:
    return Vastlegging("anna", rol, NU, NU, reden)


@pytest.fixture
def app(tmp_path) -> Toezicht:
    return Toezicht(
        env=Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite").eventsourcing_env(),
        snapshot_interval=2,
    )


def test_uitspraak_overleeft_de_snapshot(app):
    app.voer_uit(
        c.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"),
        stempel(Rol.BEHEERDER),
    )
    app.voer_uit(
        c.NeemBeoordelingOver(code=CODE, periode=Periode(2022, 1), trede=5, bron="publicatie"),
        stempel(Rol.BEHEERDER),
    )
    stap = Deelstap("tien woningen", date(2022, 10, 1))
    app.voer_uit(
        c.NeemIndeplaatsstellingsbesluit(code=CODE, deelstappen=(stap,)), stempel(Rol.JURIST)
    )
    app.voer_uit(c.MaakBesluitBekend(code=CODE), stempel(Rol.JURIST))
    app.voer_uit(c.RegistreerBeroep(code=CODE), stempel(Rol.JURIST))
    app.voer_uit(
        c.RegistreerUitspraak(
            code=CODE, uitkomst="gegrond", instantie="Rechtbank Midden-Nederland"
        ),
        stempel(Rol.JURIST, "vernietigd"),
    )
    app.voer_uit(
        c.LegContactVast(code=CODE, soort="telefoon", samenvatting="na de uitspraak"),
        stempel(Rol.TOEZICHTHOUDER),
    )
    dossier_id = Dossier.create_id(CODE)
    assert app.snapshots is not None
    snapshot = next(iter(app.snapshots.get(dossier_id, desc=True, limit=1)))
    uitspraak = app.dossier(CODE).beroep.uitspraak_versie
    assert snapshot.originator_version >= uitspraak  # taken after the uitspraak
    uit_snapshot = app.dossier(CODE)
    assert isinstance(uit_snapshot.beroep, Beroepstand)
    assert uit_snapshot.beroep.uitkomst == "gegrond"
    assert uit_snapshot.beroep.uitspraak_op == NU.date()
    assert vars(uit_snapshot) == vars(_projecteer_dossier(None, app.events.get(dossier_id)))
    with pytest.raises(BestaatAl, match="al uitspraak"):
        app.voer_uit(
            c.RegistreerUitspraak(code=CODE, uitkomst="ongegrond", instantie="Rechtbank"),
            stempel(Rol.JURIST),
        )
