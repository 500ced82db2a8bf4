"""'Published plus herverdeling' is computed once, by the domain (Cijfers.taakstelling):
the province totals sum each gemeente's taakstelling, no SQL adds it up again."""

from pathlib import Path

from projections.periodecijfers import totalen_per_periode

LEEG = {
    "stand_begin": None,
    "realisatie": None,
    "stand_eind": None,
    "tijdig_beschikbaar": None,
    "realisatie_op": None,
    "gegenereerd": False,
}


def rij(code: str, periode: str, gepubliceerd: int | None, herverdeling: int, **cijfers):
    return {
        **LEEG,
        "code": code,
        "periode": periode,
        "taakstelling_gepubliceerd": gepubliceerd,
        "herverdeling": herverdeling,
        **cijfers,
    }


def test_provincietotaal_telt_de_taakstelling_met_herverdeling():
    totalen = totalen_per_periode(
        [
            rij("GM0344", "2024-1", 100, -10, realisatie=40),
            rij("GM0307", "2024-1", 50, 0, gegenereerd=True),
            rij("GM0344", "2023-2", None, 0, stand_eind=7),
        ]
    )
    assert totalen == [
        {
            "periode": "2023-2",
            "gemeenten": 1,
            "taakstelling": None,
            "stand_begin": None,
            "realisatie": None,
            "stand_eind": 7,
            "gegenereerd": 0,
        },
        {
            "periode": "2024-1",
            "gemeenten": 2,
            "taakstelling": 140,
            "stand_begin": None,
            "realisatie": 40,
            "stand_eind": None,
            "gegenereerd": 1,
        },
    ]


def test_geen_query_rekent_de_herverdeling_zelf_op():
    queries = Path(__file__).resolve().parents[2] / "projections" / "queries.py"
    assert "herverdeling" not in queries.read_text(encoding="utf-8")
