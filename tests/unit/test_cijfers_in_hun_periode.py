"""Figures fit their period: a taakstelling may come ahead of it, a realisatie or stand
not; a realisatie counted while the period runs is the stand so far."""

from datetime import UTC, date, datetime

import pytest

from domain.cijfers import Cijfers
from domain.dossier import Dossier
from domain.errors import OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2026, 12, 1, 10, tzinfo=UTC)


def stempel(op: datetime = NU, reden: str | None = None) -> Vastlegging:
    return Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, op, reden)


def dossier() -> Dossier:
    return Dossier.registreer("GM0344", "Utrecht", "Utrecht", stempel())


def test_realisatie_voor_een_periode_die_nog_niet_begon_wordt_geweigerd():
    d = dossier()
    with pytest.raises(OngeldigeInvoer, match="periode begint op 01-01-2030") as fout:
        d.registreer_cijfer(Periode(2030, 1), "realisatie", 10, stempel())
    assert fout.value.veld == "plaatsgevonden_op"
    assert "2030-1" not in d.cijfers


def test_realisatie_gedateerd_voor_haar_periode_wordt_geweigerd():
    d = dossier()
    with pytest.raises(OngeldigeInvoer, match="plaatsgevonden_op"):
        d.registreer_cijfer(
            Periode(2025, 2), "realisatie", 10, stempel(datetime(2020, 3, 1, tzinfo=UTC))
        )


@pytest.mark.parametrize("veld", ["stand_begin", "tijdig_beschikbaar"])
def test_stand_of_koppelingen_voor_het_begin_worden_geweigerd(veld):
    with pytest.raises(OngeldigeInvoer, match="plaatsgevonden_op"):
        dossier().registreer_cijfer(Periode(2027, 1), veld, 10, stempel())


def test_stand_eind_voor_de_peildatum_wordt_geweigerd_erop_niet():
    d = dossier()
    p = Periode(2026, 1)
    with pytest.raises(OngeldigeInvoer, match="peildatum 01-07-2026") as fout:
        d.registreer_cijfer(p, "stand_eind", 40, stempel(datetime(2026, 6, 30, 12, tzinfo=UTC)))
    assert fout.value.veld == "plaatsgevonden_op"
    d.registreer_cijfer(p, "stand_eind", 40, stempel(datetime(2026, 7, 1, 9, tzinfo=UTC)))
    assert d.cijfers_van(p).stand_eind == 40


def test_taakstelling_en_wijzigingen_mogen_voor_hun_periode_komen():
    """The circulaire is published months ahead of the period."""
    d = dossier()
    p = Periode(2027, 1)
    d.registreer_cijfer(p, "taakstelling_gepubliceerd", 200, stempel())
    d.wijzig_taakstelling(p, "herverdeling", 2, stempel(reden="ruil"))
    d.wijzig_taakstelling(p, "verlaging", 150, stempel(reden="landelijke verlaging"))
    assert d.cijfers_van(p).taakstelling == 152


def test_late_registratie_na_de_periode_is_gewoon():
    d = dossier()
    p = Periode(2025, 2)
    d.registreer_cijfer(p, "realisatie", 80, stempel())
    d.registreer_cijfer(p, "stand_begin", 20, stempel())
    assert d.cijfers_van(p).realisatie == 80


def test_realisatie_tijdens_de_periode_is_de_stand_tot_nu():
    p = Periode(2026, 2)
    lopend = Cijfers(p, realisatie=40, realisatie_op=date(2026, 10, 1))
    assert lopend.realisatie_lopend
    assert lopend.realisatie_omschrijving is not None
    assert lopend.realisatie_omschrijving.startswith("stand tot nu: geteld op 01-10-2026")
    na_peildatum = Cijfers(p, realisatie=90, realisatie_op=date(2027, 1, 1))
    assert not na_peildatum.realisatie_lopend
    assert na_peildatum.realisatie_omschrijving == "realisatie over de periode"
    assert Cijfers(p).realisatie_omschrijving is None


def test_realisatie_tijdens_de_periode_wordt_aanvaard():
    d = dossier()
    d.registreer_cijfer(Periode(2026, 2), "realisatie", 40, stempel())
    assert d.cijfers_van(Periode(2026, 2)).realisatie == 40
