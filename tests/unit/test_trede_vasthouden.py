"""A trede already reached is held: the legal preconditions limit climbing, never keeping."""

from datetime import UTC, date, datetime

import pytest

from domain.beleid import Invoer, beoordeel
from domain.dossier import Dossier
from domain.kalender import LEGE_KALENDER
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging


def stempel(rol: Rol, op: datetime, reden: str | None = None) -> Vastlegging:
    return Vastlegging("x", rol, op, op, reden)


def invoer(periode: str, trede: int, **kw) -> Invoer:
    # Not volledig: achterstand 150 at the end, above the taakstelling of 100.
    return Invoer(
        periode=periode,
        huidige_trede=trede,
        taakstelling_gepubliceerd=100,
        taakstelling=100,
        stand_begin=120,
        realisatie=70,
        stand_eind=150,
        **kw,
    )


@pytest.mark.parametrize("trede", [5, 6])
def test_ab2024_houdt_trede_5_en_6_vast_ook_als_de_voorwaarden_voor_opschalen_ontbreken(trede):
    voorstel = beoordeel(invoer("2024-2", trede, hoogste_trede=4))
    assert voorstel.trede == trede
    assert voorstel.regel == f"AB-2024/trede-{trede}/termijnen-lopen"
    assert not voorstel.begrensd


def test_ibt2021_trede_5_met_lopende_waarschuwingstermijn_blijft_5():
    i = invoer(
        "2023-1",
        5,
        eerdere_perioden_achterstand_ten_minste_taakstelling=3,
        waarschuwingstermijn_verstreken=False,
        hoogste_trede=4,
    )
    assert beoordeel(i).trede == 5


def test_ibt2021_tabel_verlaagt_wel():
    i = invoer("2023-1", 5, eerdere_perioden_achterstand_ten_minste_taakstelling=1, hoogste_trede=4)
    assert beoordeel(i).trede == 4  # second period in a row: the table says 4


def test_opschalen_blijft_begrensd_door_de_juridische_voorwaarden():
    i = invoer(
        "2023-1",
        5,
        eerdere_perioden_achterstand_ten_minste_taakstelling=3,
        waarschuwingstermijn_verstreken=True,
        hoogste_trede=5,
    )
    voorstel = beoordeel(i)  # the table says 6, but no term of the last was exceeded
    assert voorstel.trede == 5 and voorstel.begrensd
    assert "overschreden termijn" in voorstel.uitleg


def test_spoedtrede_5_blijft_met_deelstappen_na_de_peildatum():
    """Trede 5 by a motivated urgency decision while the vooraankondiging term still ran;
    at the next peildatum, not volledig: the proposal is 5 and the besluit keeps its
    deelstappen once adopted."""
    aug = datetime(2024, 8, 1, 9, tzinfo=UTC)
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER, aug))
    d.neem_beoordeling_over(Periode(2023, 2), 4, None, "publicatie", stempel(Rol.BEHEERDER, aug))
    d.verzend_vooraankondiging(date(2025, 3, 1), stempel(Rol.JURIST, aug, "r"), LEGE_KALENDER)
    nummer = d.stel_beoordeling_voor(
        None, stempel(Rol.TOEZICHTHOUDER, aug, "woningen dreigen verloren"), 5, spoed=True
    )
    d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER, aug))
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen", date(2025, 6, 1))], stempel(Rol.JURIST, aug, "last"), LEGE_KALENDER
    )
    p = Periode(2024, 2)
    jan = datetime(2025, 1, 10, 9, tzinfo=UTC)  # figures after the peildatum
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 120),
        ("realisatie", 70),
        ("stand_eind", 150),
    ]:
        d.registreer_cijfer(p, veld, waarde, stempel(Rol.TOEZICHTHOUDER, jan))
    nummer = d.stel_beoordeling_voor(p, stempel(Rol.TOEZICHTHOUDER, jan))
    assert d.voorstellen[nummer].concept_trede == 5
    d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER, jan))
    assert d.trede == 5
    assert [s.termijn_tot for s in d.deelstappen] == [date(2025, 6, 2)]  # Sunday -> Monday


def test_ibt2021_overschreden_last_na_spoedtrede_5_wijst_trede_6_aan():
    """Trede 5 by urgency while the vooraankondiging term still runs; once a deelstap of
    the last is exceeded, the ladder allows 6, so the proposal may name it."""
    aug = datetime(2023, 8, 1, 9, tzinfo=UTC)
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER, aug))
    for periode, trede in ((Periode(2022, 1), 3), (Periode(2022, 2), 3), (Periode(2023, 1), 4)):
        d.neem_beoordeling_over(periode, trede, None, "publicatie", stempel(Rol.BEHEERDER, aug))
    d.verzend_vooraankondiging(date(2024, 6, 3), stempel(Rol.JURIST, aug, "r"), LEGE_KALENDER)
    nummer = d.stel_beoordeling_voor(
        None, stempel(Rol.TOEZICHTHOUDER, aug, "woningen dreigen verloren"), 5, spoed=True
    )
    d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER, aug))
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen", date(2023, 10, 2))], stempel(Rol.JURIST, aug, "last"), LEGE_KALENDER
    )
    p = Periode(2023, 2)
    jan = datetime(2024, 1, 5, 9, tzinfo=UTC)  # figures after the peildatum
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 120),
        ("realisatie", 70),
        ("stand_eind", 150),
    ]:
        d.registreer_cijfer(p, veld, waarde, stempel(Rol.TOEZICHTHOUDER, jan))
    nummer = d.stel_beoordeling_voor(
        p, stempel(Rol.TOEZICHTHOUDER, datetime(2024, 1, 10, tzinfo=UTC))
    )
    assert d.voorstellen[nummer].concept_trede == 6
