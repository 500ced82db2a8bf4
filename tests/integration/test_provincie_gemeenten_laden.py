"""Any province can start: the setting names the province, `toezicht gemeenten laad` and
`toezicht demo` register its gemeenten from the CBS list, and the map draws it."""

from collections import Counter
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from api.cli import app
from api.deps import Container
from api.pages.kaart import kaart
from application.demo import laad_demo
from application.provincies import gemeenten_van
from application.settings import Settings
from projections.provincieoverzicht import overzicht

NU = datetime(2026, 11, 22, 9, tzinfo=UTC)


def _cli(database_url: str, *args: str) -> str:
    env = {"TOEZICHT_DATABASE_URL": database_url, "TOEZICHT_PROVINCIE": "Gelderland"}
    uit = CliRunner().invoke(app, list(args), env=env)
    assert uit.exit_code == 0, uit.output
    return uit.output


def test_instelling_gelderland_registreert_51_gemeenten(tmp_path):
    url = f"sqlite:///{tmp_path}/gelderland.sqlite"
    assert "51 gemeenten geregistreerd, 0 waren er al" in _cli(url, "gemeenten", "laad")
    assert "0 gemeenten geregistreerd, 51 waren er al" in _cli(url, "gemeenten", "laad")
    c = Container.bouw(Settings(database_url=url, scheduler="uit"), lambda: NU)
    c.runner.bij()
    gemeenten = c.queries.gemeenten()
    assert len(gemeenten) == 51
    assert {g["provincie"] for g in gemeenten} == {"Gelderland"}
    assert "GM0202" in {g["code"] for g in gemeenten}  # Arnhem


def test_de_kaart_tekent_de_ingestelde_provincie():
    gelderland = {g["code"]: None for g in gemeenten_van("gelderland")}
    k = kaart(gelderland, Settings(provincie="gelderland").provincie)
    assert k is not None and len(k.gebieden) == 51 and len(k.omtrek) == 1


def test_een_onbekende_provincie_wordt_geweigerd():
    with pytest.raises(ValidationError, match="provincie 'Holland' is onbekend"):
        Settings(provincie="Holland")
    assert Settings(provincie="Friesland").provincie == "Fryslân"


def test_demo_voor_een_andere_provincie(tmp_path):
    c = Container.bouw(
        Settings(database_url=f"sqlite:///{tmp_path}/demo.sqlite", scheduler="uit"), lambda: NU
    )
    laad_demo(c.app, NU, provincie="Gelderland")
    c.runner.bij()
    rijen = overzicht(c.queries.engine, NU.date())
    assert len(rijen) == 51
    treden = Counter(r.trede for r in rijen)
    assert all(treden[n] >= 1 for n in range(1, 7))
    assert all(r.gegenereerd and r.pct_taakstelling is not None for r in rijen)
