"""Figures from the real publications: percentages half up, discrepancies shown."""

import pytest

from domain.cijfers import Cijfers, procent_half_omhoog
from domain.periode import Periode


@pytest.mark.parametrize(
    ("teller", "noemer", "pct"),
    [
        (168, 204, 82),
        (168, 375, 45),
        (1635, 1055, 155),
        (1635, 1477, 111),
        (1138, 1651, 69),
        (1138, 1501, 76),
        (1208, 1372, 88),
        (1208, 1778, 68),
        (1, 8, 13),
        (5, 200, 3),
    ],
)
def test_procent_half_omhoog(teller, noemer, pct):
    assert procent_half_omhoog(teller, noemer) == pct


def test_afwijking_geregistreerde_stand_provincie_2023_1():
    c = Cijfers(
        Periode(2023, 1),
        taakstelling_gepubliceerd=1651,
        stand_begin=-150,
        realisatie=1138,
        stand_eind=406,
    )
    assert c.totaalopgave == 1501
    assert c.berekende_stand_eind == 363
    assert c.afwijking_stand_eind == 43  # registered 406, never overwritten


def test_koppelingstekort_alleen_onder_totaalopgave():
    c = Cijfers(
        Periode(2023, 2),
        taakstelling_gepubliceerd=100,
        stand_begin=20,
        realisatie=80,
        stand_eind=40,
        tijdig_beschikbaar=110,
    )
    assert c.koppelingstekort
    assert not Cijfers(
        Periode(2023, 2), taakstelling_gepubliceerd=100, stand_begin=20, tijdig_beschikbaar=120
    ).koppelingstekort
