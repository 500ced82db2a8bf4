"""Terms ending on a free day move to the next working day (Algemene termijnenwet).
The holiday library is checked against the days the Act names, for 2022-2030."""

from datetime import date, timedelta

import pytest

from application.kalender import bouw_kalender, gelijkgestelde_dagen, waarschuw_onbekende_jaren
from domain.termijnen import einde_beroep, einde_na_weken, einde_op_datum

KALENDER = bouw_kalender()


def pasen(jaar: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm), independent of the library."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    maand = (h + ll - 7 * m + 114) // 31
    dag = (h + ll - 7 * m + 114) % 31 + 1
    return date(jaar, maand, dag)


def dagen_van_de_wet(jaar: int) -> set[date]:
    """Art. 3 (with Goede Vrijdag equated): the statutory days of one year."""
    p = pasen(jaar)
    koningsdag = date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # on a Sunday, celebrated the day before
        koningsdag = date(jaar, 4, 26)
    return {
        date(jaar, 1, 1),
        p - timedelta(days=2),
        p + timedelta(days=1),
        koningsdag,
        date(jaar, 5, 5),
        p + timedelta(days=39),
        p + timedelta(days=50),
        date(jaar, 12, 25),
        date(jaar, 12, 26),
    }


@pytest.mark.parametrize("jaar", range(2022, 2031))
def test_bibliotheek_klopt_met_de_wet(jaar):
    vrij_op_werkdag = {d for d in KALENDER.feestdagen if d.year == jaar and d.weekday() < 5}
    wet_op_werkdag = {d for d in dagen_van_de_wet(jaar) if d.weekday() < 5}
    gelijkgesteld = {d for d in gelijkgestelde_dagen() if d.year == jaar}
    assert vrij_op_werkdag == wet_op_werkdag | gelijkgesteld


@pytest.mark.parametrize(
    ("start", "weken", "einde", "waarom"),
    [
        (date(2026, 3, 30), 4, date(2026, 4, 28), "Koningsdag maandag 27 april 2026"),
        (date(2026, 4, 16), 4, date(2026, 5, 18), "Hemelvaartsdag 14 mei, 15 mei gelijkgesteld"),
        (date(2025, 12, 7), 4, date(2026, 1, 5), "4 januari 2026 is een zondag"),
        (date(2025, 11, 27), 4, date(2025, 12, 29), "Kerst 25-26 december, dan het weekend"),
        (date(2024, 11, 29), 4, date(2024, 12, 30), "27 december 2024 gelijkgesteld, dan weekend"),
        (date(2026, 4, 7), 4, date(2026, 5, 6), "5 mei 2026 (geen lustrum) is vrij"),
        (date(2025, 2, 4), 4, date(2025, 3, 4), "gewone dinsdag: niets te verschuiven"),
    ],
)
def test_termijn_verschuift_naar_werkdag(start, weken, einde, waarom):
    assert einde_na_weken(start, weken, KALENDER) == einde, waarom


def test_termijn_op_datum_uit_een_document():
    assert einde_op_datum(date(2024, 10, 27), KALENDER) == date(2024, 10, 28)  # Sunday


def test_beroepstermijn_zes_weken_na_bekendmaking():
    # bekendgemaakt dinsdag 5 november 2024: de termijn eindigt dinsdag 17 december
    assert einde_beroep(date(2024, 11, 5), KALENDER) == date(2024, 12, 17)
    # bekendgemaakt 14 november 2025: zes weken later is 26 december (tweede kerstdag)
    assert einde_beroep(date(2025, 11, 14), KALENDER) == date(2025, 12, 29)


def test_waarschuwing_voor_jaren_zonder_gelijkstelling(caplog):
    assert waarschuw_onbekende_jaren(KALENDER, range(2026, 2031)) == [2029, 2030]
    assert "2029" in caplog.text
