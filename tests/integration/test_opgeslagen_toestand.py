"""A store written before the dossier's state was typed and the user events became
explicit classes (tests/data/maak_opgeslagen_toestand.py) stays readable: its user events
keep their topics and load, and a dossier loaded from its old plain-data snapshot is the
dossier its events replay to, and goes on accepting commands."""

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from application import commandos as k
from application.opslag import _projecteer_dossier
from application.settings import Settings
from application.toezicht import Toezicht
from domain.dossier import Dossier
from domain.errors import BestaatAl, GeenToegang
from domain.gebruiker import Gebruiker
from domain.vastlegging import Rol, Vastlegging
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView
from tests.brieven import verzend_brief

OPGESLAGEN = Path(__file__).parents[1] / "data" / "toestand-0.2.sqlite"
CODE = "GM0307"
OP = datetime(2024, 7, 20, 12, tzinfo=UTC)
GEBRUIKERSGEBEURTENISSEN = {
    "GebruikerAangemaakt",
    "RolGewijzigd",
    "TokenUitgegeven",
    "TokenIngetrokken",
    "WachtwoordIngesteld",
    "Ingelogd",
    "InloggenMislukt",
    "GebruikerUitgeschakeld",
    "GebruikerIngeschakeld",
}


def stempel(rol: Rol, reden: str | None = None, **verzoek: str) -> Vastlegging:
    return Vastlegging("archief", rol, OP, OP, reden, **verzoek)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    kopie = tmp_path / "oud.sqlite"
    shutil.copy(OPGESLAGEN, kopie)
    return Settings(database_url=f"sqlite:///{kopie}")


@pytest.fixture
def app(settings: Settings) -> Toezicht:
    return Toezicht(env=settings.eventsourcing_env(), snapshot_interval=3)


def test_gebruikersgebeurtenissen_houden_hun_topic_en_laden(app, settings):
    topics = {n.topic for n in app.recorder.select_notifications(1, 1000) if "gebruiker" in n.topic}
    assert {f"domain.gebruiker:Gebruiker.{naam}" for naam in GEBRUIKERSGEBEURTENISSEN} == topics
    archief = app.repository.get(Gebruiker.create_id("archief"))
    assert (archief.rol, archief.uitgeschakeld, archief.weergavenaam) == (
        Rol.BESTUURDER,
        True,
        "Archief",
    )
    jurist = app.repository.get(Gebruiker.create_id("jurist"))
    assert jurist.rol is Rol.JURIST and not jurist.uitgeschakeld
    assert jurist.wachtwoord_hash is not None and jurist.wachtwoord_hash.startswith("$argon2id$")
    assert len(jurist.tokens) == 1  # two issued, the first revoked
    with pytest.raises(GeenToegang):
        app.registreer_login("archief", True, stempel(Rol.BESTUURDER))
    app.registreer_login("jurist", True, stempel(Rol.JURIST))

    ProjectieRunner(app, ToezichtView(settings.sqlalchemy_url())).herbouw()
    q = Queries(settings.sqlalchemy_url())
    rij = q.gebruiker("jurist")
    assert rij is not None and rij["rol"] == "jurist"


def test_dossier_uit_oude_snapshot_is_het_herspeelde_dossier(app):
    dossier_id = Dossier.create_id(CODE)
    assert app.snapshots is not None
    assert list(app.snapshots.get(dossier_id, desc=True, limit=1))  # it has one
    uit_snapshot = app.dossier(CODE)
    herspeeld = _projecteer_dossier(None, app.events.get(dossier_id))
    assert vars(uit_snapshot) == vars(herspeeld)
    assert uit_snapshot.trede == 3


def test_dossier_uit_oude_snapshot_gaat_verder(app):
    # The open reason, the open proposal, the open term and the sent letter came from the
    # old snapshot; each command on them behaves as on a replayed dossier.
    app.voer_uit(
        k.BeoordeelVerschoonbareReden(code=CODE, nummer=11, aanvaard=True),
        stempel(Rol.TOEZICHTHOUDER, "aangetoond"),
    )
    with pytest.raises(BestaatAl):
        app.voer_uit(
            k.BeoordeelVerschoonbareReden(code=CODE, nummer=9, aanvaard=True),
            stempel(Rol.TOEZICHTHOUDER, "toch"),
        )
    with pytest.raises(BestaatAl, match="afgewezen"):
        app.voer_uit(k.StelBeoordelingVast(code=CODE, nummer=12), stempel(Rol.BESTUURDER))
    # The same request again answers as the first time, without recording anything.
    versie = app.dossier(CODE).version
    herhaald = app.voer_uit(
        k.StelBeoordelingVoor(code=CODE, periode=None, trede=3),
        stempel(Rol.TOEZICHTHOUDER, "trede vasthouden", verzoek="k1", vingerafdruk="a"),
    )
    assert herhaald.nummer == 14 and app.dossier(CODE).version == versie
    with pytest.raises(BestaatAl, match="kenmerk"):
        verzend_brief(
            app,
            CODE,
            "tussentijds_bericht",
            "IBT-HV/2024/GM0307/002",
            b"%PDF-1.7 y",
            stempel(Rol.TOEZICHTHOUDER),
            versie,
        )
    app.voer_uit(k.KomTermijnNa(code=CODE, termijn="22.0"), stempel(Rol.TOEZICHTHOUDER))
    with pytest.raises(BestaatAl, match="nagekomen"):
        app.voer_uit(k.KomTermijnNa(code=CODE, termijn="22.0"), stempel(Rol.TOEZICHTHOUDER))
    app.voer_uit(k.StelBeoordelingVast(code=CODE, nummer=24), stempel(Rol.BESTUURDER))
    dossier = app.dossier(CODE)
    assert dossier.trede == 4 and dossier.trede_sinds == date(2024, 7, 20)
    herspeeld = _projecteer_dossier(None, app.events.get(Dossier.create_id(CODE)))
    assert vars(dossier) == vars(herspeeld)
