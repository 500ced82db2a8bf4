"""A store written by version 0.1 stays readable: every event class is stored by name,
so a rename or move must register the old topic. Rebuilding the read models from it works."""

import re
import shutil
from pathlib import Path

from application.settings import Settings
from application.toezicht import Toezicht
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView

OPGESLAGEN = Path(__file__).parents[1] / "data" / "dossier-0.1.sqlite"


def test_dossier_van_versie_0_1_laadt_en_herbouwt(tmp_path):
    kopie = tmp_path / "oud.sqlite"
    shutil.copy(OPGESLAGEN, kopie)
    settings = Settings(database_url=f"sqlite:///{kopie}")
    app = Toezicht(env=settings.eventsourcing_env())
    dossier = app.dossier("GM0344")
    assert dossier.trede == 6 and dossier.geeffectueerd
    soorten = {re.split(r"[:.]", n.topic)[-1] for n in app.recorder.select_notifications(1, 1000)}
    assert {
        "CijferGeregistreerd",
        "BeoordelingVastgesteld",
        "IndeplaatsstellingGeeffectueerd",
        "CorrectieVastgelegd",
        "RolGewijzigd",
        "TokenUitgegeven",
    } <= soorten

    view = ToezichtView(settings.sqlalchemy_url())
    runner = ProjectieRunner(app, view)
    runner.herbouw()
    q = Queries(settings.sqlalchemy_url())
    assert q.gemeente("GM0344")["trede"] == 6
    assert [b["trede"] for b in q.beoordelingen("GM0344")] == [3, 4, 5, 6]
    termijnen = {(t["soort"], t["tot"], t["status"]) for t in q.termijnen("GM0344")}
    assert termijnen == {
        ("bestuurlijk_gesprek", "2024-02-29", "nagekomen"),
        ("verbeterplan", "2024-03-19", "nagekomen"),
        ("vooraankondiging", "2024-08-08", "verstreken"),  # extended from 1 August
        ("deelstap", "2024-09-02", "verstreken"),
        ("beroep", "2024-09-25", "nagekomen"),
    }
    # Events from before the date as set was kept: shown as set on the legal date.
    for termijn in q.termijnen("GM0344"):
        assert termijn["einddatum"] == termijn["einddatum_opgegeven"] == termijn["tot"]
        assert termijn["verschoven_reden"] is None
