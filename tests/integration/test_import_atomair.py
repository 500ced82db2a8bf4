"""Atomicity across dossiers on the real stores: when one dossier of an import changed
meanwhile, the single transaction fails and not one event of the file is stored; the
import then plans again on the fresh dossiers and records the file whole."""

from datetime import UTC, datetime

import pytest

from application.commandos import RegistreerCijfer, RegistreerGemeente
from application.importeren.uitvoeren import importeer
from application.settings import Settings
from application.toezicht import Toezicht
from domain.errors import GelijktijdigGewijzigd
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2026, 12, 1, 10, tzinfo=UTC)
WIE = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(request, tmp_path):
    url = (
        f"sqlite:///{tmp_path}/t.sqlite"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    app = Toezicht(env=Settings(database_url=url).eventsourcing_env())
    for code, naam in (("GM0344", "Utrecht"), ("GM0307", "Amersfoort"), ("GM0355", "Zeist")):
        app.voer_uit(RegistreerGemeente(code=code, naam=naam, provincie="Utrecht"), WIE)
    yield app
    app.close()


def _aantal(app) -> int:
    return app.recorder.max_notification_id() or 0


def test_een_verouderd_dossier_laat_de_hele_opslag_mislukken(app):
    dossiers = [app.dossier(c) for c in ("GM0344", "GM0307", "GM0355")]
    for d in dossiers:
        app.pas_toe(
            d,
            RegistreerCijfer(
                code=d.code, periode=Periode(2026, 1), veld="taakstelling_gepubliceerd", waarde=9
            ),
            WIE,
        )
    stempel = Vastlegging("bob", Rol.TOEZICHTHOUDER, NU, NU)
    app.voer_uit(
        RegistreerCijfer(code="GM0355", periode=Periode(2025, 2), veld="realisatie", waarde=3),
        stempel,
    )
    voor = _aantal(app)
    with pytest.raises(GelijktijdigGewijzigd):
        app.sla_samen_op(dossiers)
    assert _aantal(app) == voor
    assert app.dossier("GM0344").cijfers == {} and app.dossier("GM0307").cijfers == {}


def test_de_import_plant_opnieuw_en_legt_het_bestand_in_zijn_geheel_vast(app):
    echt = app.sla_samen_op
    pogingen: list[int] = []

    def met_tussenkomst(dossiers):
        pogingen.append(len(dossiers))
        if len(pogingen) == 1:
            app.voer_uit(
                RegistreerCijfer(
                    code="GM0355", periode=Periode(2025, 2), veld="realisatie", waarde=3
                ),
                Vastlegging("bob", Rol.TOEZICHTHOUDER, NU, NU),
            )
        return echt(dossiers)

    app.sla_samen_op = met_tussenkomst
    inhoud = b"code,periode,taakstelling\nGM0344,2026-1,10\nGM0307,2026-1,20\nGM0355,2026-1,30\n"
    rapport = importeer(app, "t.csv", inhoud, WIE, proef=False)
    assert rapport.vastgelegd and pogingen == [3, 3]
    assert [
        app.dossier(c).cijfers["2026-1"].taakstelling_gepubliceerd
        for c in ("GM0344", "GM0307", "GM0355")
    ] == [10, 20, 30]
    assert app.dossier("GM0355").cijfers["2025-2"].realisatie == 3
