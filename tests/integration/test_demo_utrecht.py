"""The demo data set is the published Utrecht record: 26 gemeenten, the published treden
taken over with their source, and Utrecht 2022-1 assessed by the engine to trede 3."""

from collections import Counter
from datetime import UTC, datetime

from api.deps import Container
from application.demo import laad_demo
from application.settings import Settings

NU = datetime(2026, 11, 22, 9, tzinfo=UTC)


def test_demo_volgt_de_publicaties(tmp_path):
    c = Container.bouw(
        Settings(database_url=f"sqlite:///{tmp_path}/demo.sqlite", scheduler="uit"), lambda: NU
    )
    laad_demo(c.app, NU)
    c.runner.bij()
    q = c.queries
    assert len(q.gemeenten()) == 26

    treden: dict[str, Counter] = {}
    bases: Counter = Counter()
    for g in q.gemeenten():
        for b in q.beoordelingen(g["code"]):
            if b["overgenomen"] and b["periode"] in ("2022-2", "2023-1", "2023-2"):
                treden.setdefault(b["periode"], Counter())[b["trede"]] += 1
                assert b["bron"].startswith("Voortgangsrapportage")
                assert b["invoer"] is None  # no invented figures behind a published trede
                if b["periode"] == "2023-2":
                    bases[b["basis"]] += 1
    assert treden["2022-2"] == Counter({1: 17, 2: 9})
    assert treden["2023-1"] == Counter({1: 8, 2: 18})
    assert treden["2023-2"] == Counter({1: 13, 2: 13})
    assert bases["koppelingstekort"] == 15

    utrecht = {b["periode"]: b for b in q.beoordelingen("GM0344")}
    assert utrecht["2022-1"]["trede"] == 3
    assert utrecht["2022-1"]["beleid"] == "IBT-2021"
    assert utrecht["2022-1"]["overgenomen"] is False
    assert utrecht["2022-1"]["invoer"]["stand_eind"] == 207

    totalen = {r["periode"]: r for r in q.provincie_totalen("Utrecht")}
    assert totalen["2022-1"]["taakstelling"] == 204  # only Utrecht's figures are registered
