"""The overview's rows pick, per gemeente, the period rows that count on `vandaag`: the
latest with a taakstelling, the latest stand and the running period, never a later
period; figures of a later period do not count."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, insert

from domain.prognose import prognose
from projections import tables as t
from projections.periodecijfers import cijfers_uit_rij
from projections.provincieoverzicht import overzicht

VANDAAG = date(2026, 3, 1)  # in period 2026-1


def _periode(code: str, periode: str, **velden: object) -> dict[str, object]:
    rij: dict[str, object] = {
        "code": code,
        "periode": periode,
        "taakstelling_gepubliceerd": None,
        "herverdeling": 0,
        "stand_begin": None,
        "realisatie": None,
        "realisatie_op": None,
        "stand_eind": None,
        "tijdig_beschikbaar": None,
        "gegenereerd": False,
    }
    return rij | velden


def _gemeente(code: str, naam: str, **velden: object) -> dict[str, object]:
    return {
        "code": code,
        "dossier_id": f"id-{code}",
        "naam": naam,
        "provincie": "Utrecht",
        "voortgezet_van": [],
        "versie": 1,
        "open_voorstellen": 0,
        "trede": None,
        "trede_sinds": None,
        "voortgezet_door": None,
        "laatste_contact": None,
    } | velden


LOPEND = _periode(
    "GM0002",
    "2026-1",
    taakstelling_gepubliceerd=200,
    herverdeling=-20,
    stand_begin=0,
    realisatie=50,
    realisatie_op="2026-02-01T00:00:00+00:00",
    gegenereerd=True,
)


@pytest.fixture
def rijen():
    engine = create_engine("sqlite://")
    t.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(t.gemeenten),
            [
                _gemeente("GM0001", "Aa", trede=2),
                _gemeente("GM0002", "Bb", trede=3),
                _gemeente("GM0003", "Cc"),
                _gemeente("GM0004", "Dd", voortgezet_door="GM0001"),
            ],
        )
        conn.execute(
            insert(t.perioden),
            [
                _periode(
                    "GM0001",
                    "2025-1",
                    taakstelling_gepubliceerd=100,
                    stand_begin=10,
                    realisatie=60,
                    stand_eind=40,
                ),
                _periode("GM0001", "2025-2", stand_begin=45),
                # A later period (published ahead): counts for nothing yet.
                _periode(
                    "GM0001",
                    "2027-1",
                    taakstelling_gepubliceerd=5,
                    stand_eind=1,
                    realisatie=5,
                    gegenereerd=True,
                ),
                LOPEND,
                _periode("GM0004", "2025-1", taakstelling_gepubliceerd=9),
            ],
        )
        conn.execute(
            insert(t.termijnen),
            [
                {
                    "code": "GM0001",
                    "termijn": f"1.{n}",
                    "soort": "s",
                    "omschrijving": "o",
                    "trede": 2,
                    "start": "2026-01-01",
                    "tot": tot,
                    "status": status,
                    "verlengd": False,
                }
                for n, (tot, status) in enumerate(
                    [("2026-02-01", "open"), ("2026-04-01", "open"), ("2026-01-01", "nagekomen")]
                )
            ],
        )
    return {r.code: r for r in overzicht(engine, VANDAAG)}


def test_a_continued_gemeente_has_no_row(rijen):
    assert sorted(rijen) == ["GM0001", "GM0002", "GM0003"]


def test_figures_of_a_later_period_do_not_count(rijen):
    a = rijen["GM0001"]
    assert a.periode == "2025-1" and not a.lopend
    assert a.stand == 45  # the begin stand of 2025-2, not 2027-1's end stand
    assert a.pct_taakstelling == 60 and a.op_schema is True
    assert a.gegenereerd is False
    assert a.prognose_trede is None
    assert (a.open_termijnen, a.verlopen_termijnen) == (2, 1)


def test_the_running_period_gives_the_forecast(rijen):
    b = rijen["GM0002"]
    assert b.periode == "2026-1" and b.lopend
    assert b.stand == 0 and b.gegenereerd is True
    assert b.pct_taakstelling == 28  # 50 of 200 - 20
    verwacht = prognose(cijfers_uit_rij(LOPEND), 3, VANDAAG)
    assert verwacht is not None
    assert (b.prognose_trede, b.prognose_toelichting) == (verwacht.trede, verwacht.toelichting)


def test_a_gemeente_without_figures(rijen):
    c = rijen["GM0003"]
    assert (c.periode, c.stand, c.pct_taakstelling, c.op_schema) == (None, None, None, None)
    assert not c.gegenereerd and c.open_termijnen == 0
