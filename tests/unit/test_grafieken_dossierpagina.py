"""The dossier page's charts: the op-schema line follows the rule of 'op schema' (half the
taakstelling at the tussentijds moment), and a voorsprong hangs below the zero line."""

from datetime import date

import pytest

from api.pages.grafieken import achterstand_grafiek, schema_op, verloop_grafiek
from domain.periode import Periode

P = Periode(2022, 2)


def test_de_op_schemalijn_staat_halverwege_op_het_tussentijdse_moment():
    assert schema_op(P, 204, P.begin) == 0
    assert schema_op(P, 204, date(2022, 10, 1)) == 102  # 1 October: half
    assert schema_op(P, 204, P.einde) == 204
    assert 0 < schema_op(P, 204, date(2022, 8, 15)) < 102 < schema_op(P, 204, date(2022, 11, 15))


def test_een_voorsprong_hangt_onder_de_nullijn():
    g = achterstand_grafiek([("2022-1", 36), ("2022-2", -12)])
    achterstand, voorsprong = g.staven
    assert achterstand.y + achterstand.hoogte == pytest.approx(g.nul_y, abs=0.2)  # on the zero line
    assert voorsprong.voorsprong and voorsprong.y == g.nul_y  # hangs from it
    assert "0" in [s.tekst for s in g.strepen]


def test_geen_standen_geen_grafiek():
    assert achterstand_grafiek([]) is None


def test_de_realisatie_begint_op_nul_en_loopt_door_de_tellingen():
    g = verloop_grafiek(
        P, 200, [(date(2022, 7, 15), 10), (date(2022, 8, 20), 40)], date(2022, 9, 1)
    )
    punten = [tuple(map(float, p.split(","))) for p in g.realisatie.split()]
    assert punten[0] == (g.links, g.onder)  # zero on the first day
    assert [x for x, _ in punten] == sorted(x for x, _ in punten)
    assert punten[-1][1] < punten[1][1]  # 40 is drawn higher than 10
    assert g.vandaag_x is not None and punten[-1][0] < g.vandaag_x
    assert verloop_grafiek(P, 200, [], date(2023, 3, 1)).vandaag_x is None
