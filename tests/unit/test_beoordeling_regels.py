"""Every rule branch of both policy versions, with their edges, table-driven."""

import pytest

from domain.beleid import Beleid, Invoer, beleid_voor, beoordeel
from domain.errors import OngeldigeInvoer
from domain.periode import Periode


def invoer(periode: str, trede: int, t: int, s0: int, r: int, s1: int, **kw) -> Invoer:
    return Invoer(
        periode=periode,
        huidige_trede=trede,
        taakstelling_gepubliceerd=t,
        taakstelling=t,
        stand_begin=s0,
        realisatie=r,
        stand_eind=s1,
        **kw,
    )


@pytest.mark.parametrize(
    ("periode", "beleid"),
    [
        ("2021-1", Beleid.IBT_2021),
        ("2023-2", Beleid.IBT_2021),
        ("2024-1", Beleid.AB_2024),
        ("2030-2", Beleid.AB_2024),
    ],
)
def test_beleid_volgt_uit_de_beoordeelde_periode(periode, beleid):
    assert beleid_voor(Periode.parse(periode)) is beleid


def test_geen_regels_voor_perioden_voor_2021():
    with pytest.raises(OngeldigeInvoer):
        beleid_voor(Periode(2020, 2))


# (huidige trede, T, S0, R, S1, extra, verwachte trede, regel-suffix)
IBT_2021 = [
    (2, 100, 50, 150, 0, {}, 1, "geen-achterstand"),
    (3, 100, 50, 160, -10, {}, 1, "geen-achterstand"),
    (1, 100, 50, 100, 50, {}, 2, "achterstand-kleiner-dan-taakstelling"),
    (2, 100, 50, 51, 99, {}, 2, "achterstand-kleiner-dan-taakstelling"),
    (2, 100, 50, 50, 100, {}, 3, "achterstand-ten-minste-taakstelling-1e-periode"),  # exactly T
    (
        3,
        100,
        120,
        100,
        120,
        {"eerdere_perioden_achterstand_ten_minste_taakstelling": 1},
        4,
        "achterstand-ten-minste-taakstelling-2e-periode",
    ),
    (
        4,
        100,
        120,
        100,
        120,
        {"eerdere_perioden_achterstand_ten_minste_taakstelling": 2},
        5,
        "achterstand-ten-minste-taakstelling-3e-periode",
    ),
    (
        5,
        100,
        120,
        100,
        120,
        {
            "eerdere_perioden_achterstand_ten_minste_taakstelling": 3,
            "waarschuwingstermijn_verstreken": True,
        },
        6,
        "achterstand-ten-minste-taakstelling-4e-periode",
    ),
    (
        5,
        100,
        120,
        100,
        120,
        {"eerdere_perioden_achterstand_ten_minste_taakstelling": 3},
        5,
        "achterstand-ten-minste-taakstelling-4e-periode-termijn-loopt",
    ),
    (3, 100, 120, 100, 50, {}, 2, "achterstand-kleiner-dan-taakstelling"),  # downward too
]


@pytest.mark.parametrize(("trede", "t", "s0", "r", "s1", "extra", "verwacht", "regel"), IBT_2021)
def test_ibt2021(trede, t, s0, r, s1, extra, verwacht, regel):
    voorstel = beoordeel(invoer("2023-1", trede, t, s0, r, s1, **extra))
    assert voorstel.beleid is Beleid.IBT_2021
    assert voorstel.trede == verwacht
    assert voorstel.regel == f"IBT-2021/{regel}"
    assert voorstel.basis == "totaalopgave"


AB_2024 = [
    # from trede 1
    (1, 100, 20, 120, 0, 1, "trede-1/volledig"),
    (1, 100, -20, 70, 10, 1, "trede-1/voorsprong-bij-begin"),
    (1, 100, 0, 90, 10, 2, "trede-1/niet-volledig"),
    # from trede 2
    (2, 100, 50, 150, 0, 1, "trede-2/volledig"),
    (2, 100, 50, 101, 49, 2, "trede-2/achterstand-gedaald"),
    (2, 100, 50, 100, 50, 3, "trede-2/achterstand-niet-gedaald"),  # taakstelling met, not enough
    (2, 100, 0, 90, 10, 3, "trede-2/achterstand-niet-gedaald"),  # literal edge: A0 = 0
    # from trede 3
    (3, 100, 80, 180, 0, 1, "trede-3/volledig"),
    (3, 100, 80, 140, 40, 2, "trede-3/achterstand-gehalveerd"),  # exactly 50%
    (3, 100, 81, 140, 41, 3, "trede-3/achterstand-minder-dan-half-gedaald"),  # 2*41 > 81
    (3, 100, 80, 100, 80, 4, "trede-3/achterstand-niet-gedaald"),
    (3, 100, 80, 90, 90, 4, "trede-3/achterstand-niet-gedaald"),
    # from treden 4-6
    (4, 100, 80, 180, 0, 1, "trede-4/volledig"),
    (5, 100, 80, 100, 80, 5, "trede-5/termijnen-lopen"),
    (6, 100, 80, 150, 30, 6, "trede-6/termijnen-lopen"),
]


@pytest.mark.parametrize(("trede", "t", "s0", "r", "s1", "verwacht", "regel"), AB_2024)
def test_ab2024(trede, t, s0, r, s1, verwacht, regel):
    voorstel = beoordeel(invoer("2024-1", trede, t, s0, r, s1))
    assert voorstel.beleid is Beleid.AB_2024
    assert voorstel.trede == verwacht
    assert voorstel.regel == f"AB-2024/{regel}"


def test_koppelingstekort_geeft_mildere_trede_en_noemt_de_basis():
    # totaalopgave 150, only 110 available in time, 105 housed: stand 45 of 150
    voorstel = beoordeel(invoer("2024-1", 2, 100, 50, 105, 45, tijdig_beschikbaar=110))
    bases = {u.basis: u.trede for u in voorstel.uitkomsten}
    assert bases == {"totaalopgave": 2, "koppelingstekort": 2}
    assert voorstel.basis == "koppelingstekort"
    # A1 on the koppelingstekort basis is 110 - 105 = 5 < A0 50
    assert voorstel.regel == "AB-2024/trede-2/achterstand-gedaald"


def test_koppelingstekort_volledig_op_tijdig_beschikbaar():
    voorstel = beoordeel(invoer("2024-1", 3, 100, 80, 120, 60, tijdig_beschikbaar=120))
    assert voorstel.trede == 1
    assert voorstel.basis == "koppelingstekort"
    assert {u.basis: u.trede for u in voorstel.uitkomsten}[
        "totaalopgave"
    ] == 3  # 80 -> 60: less than half


def test_koppelingstekort_die_strenger_uitvalt_wordt_niet_gebruikt():
    # From trede 3 under AB-2024: A0 = 80. Totaalopgave basis: S1 = 30 -> halved -> 2.
    # Koppelingstekort basis: tb 175, R 130 -> shortfall 45 -> less than half -> 3 (harsher).
    voorstel = beoordeel(invoer("2024-1", 3, 100, 80, 130, 30, tijdig_beschikbaar=175))
    assert {u.basis: u.trede for u in voorstel.uitkomsten} == {
        "totaalopgave": 2,
        "koppelingstekort": 3,
    }
    assert voorstel.trede == 2
    assert voorstel.basis == "totaalopgave"


def test_ibt2021_koppelingstekort_vergelijkt_tekort_met_taakstelling():
    # stand 120 >= T 100 (trede 3), but on tijdig beschikbaar 130 - realisatie 80 = 50 < T.
    voorstel = beoordeel(invoer("2023-2", 2, 100, 100, 80, 120, tijdig_beschikbaar=130))
    assert voorstel.trede == 2
    assert voorstel.basis == "koppelingstekort"


def test_geen_trede_overslaan_bij_opschalen():
    voorstel = beoordeel(
        invoer(
            "2023-1", 1, 100, 120, 100, 120, eerdere_perioden_achterstand_ten_minste_taakstelling=2
        )
    )
    assert voorstel.trede == 2
    assert voorstel.begrensd
    assert "één trede per besluit" in voorstel.uitleg


def test_ibt2021_vergelijkt_met_gepubliceerde_taakstelling_zonder_herverdeling():
    # Utrecht 2022-1: 207 against 203 published (204 with herverdeling): trede 3.
    i = Invoer(
        periode="2022-1",
        huidige_trede=2,
        taakstelling_gepubliceerd=203,
        taakstelling=204,
        stand_begin=171,
        realisatie=168,
        stand_eind=207,
    )
    voorstel = beoordeel(i)
    assert (voorstel.trede, voorstel.regel) == (
        3,
        "IBT-2021/achterstand-ten-minste-taakstelling-1e-periode",
    )
    assert "207" in voorstel.uitleg and "203" in voorstel.uitleg


def test_aanvaarde_verschoonbare_reden_staat_in_de_uitleg():
    voorstel = beoordeel(invoer("2024-1", 1, 100, 0, 90, 10, verschoonbare_redenen=("brand",)))
    assert "brand" in voorstel.uitleg


def test_ladderlimiet_begrenst_het_voorstel():
    i = invoer(
        "2023-1",
        4,
        100,
        120,
        100,
        120,
        eerdere_perioden_achterstand_ten_minste_taakstelling=2,
        hoogste_trede=4,
    )
    voorstel = beoordeel(i)
    assert voorstel.trede == 4 and voorstel.begrensd
    assert "vooraankondiging" in voorstel.uitleg
