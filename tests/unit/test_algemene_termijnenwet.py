"""Terms ending on a free day move to the next working day (Algemene termijnenwet).
The holiday library is checked against the days the Act names, for 2022-2030."""

from datetime import UTC, date, datetime, timedelta

import pytest

from application.kalender import bouw_kalender, gelijkgestelde_dagen, waarschuw_onbekende_jaren
from domain import gebeurtenissen as ev
from domain.dossier import Dossier
from domain.periode import Periode
from domain.termijnen import Einddatum, einde_beroep, einde_na_weken, einde_op_datum
from domain.vastlegging import Rol, Vastlegging

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


def test_de_verschoven_einddatum_zegt_van_welke_dag_naar_welke_en_waarom():
    einde = Einddatum.van(date(2025, 5, 3), KALENDER)
    assert (einde.opgegeven, einde.wettelijk) == (date(2025, 5, 3), date(2025, 5, 6))
    assert einde.verschoven_reden == (
        "verschoven van za 3 mei 2025 naar di 6 mei 2025: za 3 mei zaterdag, "
        "zo 4 mei zondag, ma 5 mei Bevrijdingsdag (Algemene termijnenwet art. 1)"
    )
    assert "gelijkgestelde dag (Besluit gelijkstelling" in (
        Einddatum.van(date(2025, 5, 30), KALENDER).verschoven_reden or ""
    )
    niet = Einddatum.van(date(2025, 5, 7), KALENDER)
    assert (niet.wettelijk, niet.verschoven_reden) == (date(2025, 5, 7), None)


OP = datetime(2025, 4, 1, 9, tzinfo=UTC)
JURIST = Vastlegging("j", Rol.JURIST, OP, OP, "achterstand")


def vooraankondiging_op_zaterdag() -> Dossier:
    """Trede 4, a vooraankondiging whose term the document sets on Saturday 3 May 2025."""
    d = Dossier.registreer(
        "GM0307", "Amersfoort", "Utrecht", Vastlegging("b", Rol.BEHEERDER, OP, OP)
    )
    d.neem_beoordeling_over(
        Periode(2024, 2), 4, None, "publicatie", Vastlegging("t", Rol.TOEZICHTHOUDER, OP, OP)
    )
    d.verzend_vooraankondiging(date(2025, 5, 3), JURIST, KALENDER)
    return d


def test_het_dossier_bewaart_de_opgegeven_einddatum_naast_de_wettelijke():
    d = vooraankondiging_op_zaterdag()
    jurist = JURIST
    ((termijn_id, termijn),) = d.termijnen.items()
    assert (termijn.tot, termijn.tot_opgegeven) == (date(2025, 5, 6), date(2025, 5, 3))
    assert "Bevrijdingsdag" in termijn.verschoven_reden
    d.verleng_termijn(termijn_id, date(2025, 5, 31), jurist, KALENDER)  # a Saturday
    verlengd = d.collect_events()[-1]
    assert (verlengd.tot, verlengd.tot_opgegeven) == (date(2025, 6, 2), date(2025, 5, 31))
    assert "za 31 mei zaterdag" in verlengd.verschoven_reden
    assert d.termijnen[termijn_id].tot_opgegeven == date(2025, 5, 31)


def test_een_oude_verlenging_zonder_opgegeven_datum_laadt():
    oud = object.__new__(ev.TermijnVerlengd)
    oud.__dict__.update(termijn="5.0", tot=date(2024, 8, 8), vastlegging={})
    assert (oud.tot_opgegeven, oud.verschoven_reden) == (None, None)


def test_het_voorstel_na_een_verstreken_termijn_noemt_de_wettelijke_einddatum():
    d = vooraankondiging_op_zaterdag()
    (termijn_id,) = d.termijnen
    na = datetime(2025, 5, 7, 9, tzinfo=UTC)
    d.registreer_termijn_verstreken(termijn_id, na.date(), Vastlegging("p", Rol.SYSTEEM, na, na))
    voorstel = d.collect_events()[-1]
    # A rule-based step: no motivation; the explanation names the legal last day and why.
    assert voorstel.vastlegging["reden"] is None
    assert (
        "liep tot en met di 6 mei 2025 (verschoven van za 3 mei 2025 naar di 6 mei 2025: "
        "za 3 mei zaterdag, " in voorstel.voorstel["uitleg"]
    )
    assert voorstel.voorstel["invoer"]["tot"] == "2025-05-06"
