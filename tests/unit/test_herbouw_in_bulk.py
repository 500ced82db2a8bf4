"""The rebuild's bulk writes: event data serialised once to exactly the text the JSON
column would have written, and a dossier registered in the batch looked up without a
SELECT (nothing of it can be stored yet)."""

import json
from datetime import UTC, date, datetime

from sqlalchemy import event

from api.deps import Container
from application import commandos as k
from application.settings import Settings
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from projections.werkset import JsonTekst, als_json_tekst

NU = datetime(2026, 11, 1, tzinfo=UTC)


def test_gegevens_als_json_zijn_de_tekst_van_json_dumps():
    gegevens = {
        "periode": "2024-1",
        "termijnen": [{"tot": date(2025, 1, 6), "start": datetime(2024, 12, 2, 9, tzinfo=UTC)}],
        "deelnemers": ("wethouder", "ambtenaar"),
        "samenvatting": "overleg in Súdwest-Fryslân",
        "waarde": 12,
        "bron": None,
        "gegenereerd": False,
    }
    tekst = als_json_tekst(gegevens)
    assert isinstance(tekst, JsonTekst)
    assert tekst == json.dumps(gegevens, default=lambda w: w.isoformat())
    assert json.loads(tekst)["termijnen"][0]["tot"] == "2025-01-06"


def test_een_nieuw_dossier_wordt_in_zijn_batch_zonder_select_opgezocht(tmp_path):
    c = Container.bouw(
        Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite", scheduler="uit"), lambda: NU
    )
    stempel = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU)
    c.app.voer_uit(
        k.RegistreerGemeente(code="GM0344", naam="Utrecht", provincie="Utrecht"), stempel
    )
    dossier = c.app.dossier("GM0344")
    weekstand = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU, "weekstand")
    for week in range(3):
        dossier.registreer_cijfer(Periode(2026, 2), "realisatie", 10 + week, weekstand)
    dossier.leg_contact_vast("telefoon", ["wethouder"], "voortgang", False, stempel)
    c.app._opslaan(dossier)

    gelezen: list[str] = []

    def telt(_conn, _cursor, sql, *_args):  # noqa: ANN001, ANN202
        if sql.lstrip().upper().startswith("SELECT") and "rm_" in sql:
            gelezen.append(sql)

    event.listen(c.view.engine, "before_cursor_execute", telt)
    c.runner.herbouw()
    event.remove(c.view.engine, "before_cursor_execute", telt)

    assert [s for s in gelezen if "rm_tracking" not in s] == []
    assert c.queries.dump()["rm_perioden"]  # and the models were built all the same


def test_de_versie_van_het_dossier_is_die_van_zijn_laatste_gebeurtenis(tmp_path):
    """Written once per batch: after a rebuild, and after one more event caught up."""
    c = Container.bouw(
        Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite", scheduler="uit"), lambda: NU
    )
    stempel = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU)
    for code, naam in (("GM0344", "Utrecht"), ("GM0307", "Amersfoort")):
        c.app.voer_uit(k.RegistreerGemeente(code=code, naam=naam, provincie="Utrecht"), stempel)
    dossier = c.app.dossier("GM0344")
    weekstand = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU, "weekstand")
    for week in range(4):
        dossier.registreer_cijfer(Periode(2026, 2), "realisatie", 10 + week, weekstand)
    c.app._opslaan(dossier)
    c.runner.herbouw()
    assert c.queries.gemeente("GM0344")["versie"] == dossier.version == 5
    assert c.queries.gemeente("GM0307")["versie"] == 1
    dossier.leg_contact_vast("telefoon", ["wethouder"], "voortgang", False, stempel)
    c.app._opslaan(dossier)
    c.runner.bij()
    assert c.queries.gemeente("GM0344")["versie"] == 6


def test_de_leesmodellen_schrijven_zonder_fsync_per_batch(tmp_path):
    """The view's connections: synchronous=NORMAL (WAL) and a page cache that holds a
    batch's index pages; the event store's connections keep their own setting."""
    c = Container.bouw(
        Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite", scheduler="uit"), lambda: NU
    )
    with c.view.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -64 * 1024
    with c.queries.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL, the default
