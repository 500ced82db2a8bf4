"""A wrong figure is withdrawn by an event naming it, with a reason; it then no longer
counts, and stays on record."""

from datetime import UTC, datetime

import pytest

from domain import gebeurtenissen as ev
from domain.dossier import Dossier
from domain.errors import NietGevonden, OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2024, 7, 10, 9, tzinfo=UTC)
VERTIKT = Periode(2023, 1)  # typed for 2024-1


def stempel(reden: str | None = None) -> Vastlegging:
    return Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU, reden)


def dossier_met_verkeerde_periode() -> Dossier:
    d = Dossier.registreer("GM0344", "Utrecht", "Utrecht", stempel())
    d.registreer_cijfer(VERTIKT, "realisatie", 168, stempel())
    return d


def test_ingetrokken_cijfer_telt_niet_meer_en_de_periode_verdwijnt():
    d = dossier_met_verkeerde_periode()
    versie = d.version
    d.trek_cijfer_in(VERTIKT, "realisatie", versie, stempel("verkeerde periode getypt"))
    assert d.cijfers_van(VERTIKT).realisatie is None
    assert str(VERTIKT) not in d.cijfers
    gebeurtenis = d.collect_events()[-1]
    assert isinstance(gebeurtenis, ev.CijferIngetrokken)
    assert (gebeurtenis.periode, gebeurtenis.veld, gebeurtenis.versie) == (
        "2023-1",
        "realisatie",
        versie,
    )
    assert gebeurtenis.vastlegging["reden"] == "verkeerde periode getypt"


def test_intrekken_vraagt_een_reden():
    d = dossier_met_verkeerde_periode()
    with pytest.raises(OngeldigeInvoer, match="reden") as fout:
        d.trek_cijfer_in(VERTIKT, "realisatie", d.version, stempel())
    assert fout.value.veld == "reden"
    assert d.cijfers_van(VERTIKT).realisatie == 168


def test_alleen_de_geldende_registratie_kan_worden_ingetrokken():
    d = dossier_met_verkeerde_periode()
    eerste = d.version
    d.registreer_cijfer(VERTIKT, "realisatie", 170, stempel("COA-correctie"))
    with pytest.raises(OngeldigeInvoer, match=f"dat is versie {d.version}") as fout:
        d.trek_cijfer_in(VERTIKT, "realisatie", eerste, stempel("fout"))
    assert fout.value.veld == "versie"
    d.trek_cijfer_in(VERTIKT, "realisatie", d.version, stempel("fout"))
    assert d.cijfers_van(VERTIKT).realisatie is None


def test_wat_niet_geregistreerd_is_kan_niet_worden_ingetrokken():
    d = dossier_met_verkeerde_periode()
    with pytest.raises(NietGevonden, match="geen stand_eind") as fout:
        d.trek_cijfer_in(VERTIKT, "stand_eind", d.version, stempel("fout"))
    assert fout.value.veld == "veld"
    with pytest.raises(OngeldigeInvoer, match="veld moet een van"):
        d.trek_cijfer_in(VERTIKT, "trede", d.version, stempel("fout"))


def test_na_intrekken_is_opnieuw_registreren_geen_correctie():
    d = dossier_met_verkeerde_periode()
    d.trek_cijfer_in(VERTIKT, "realisatie", d.version, stempel("fout"))
    d.registreer_cijfer(VERTIKT, "realisatie", 12, stempel())  # no reason needed
    assert d.collect_events()[-1].corrigeert_versie is None
    assert d.cijfers_van(VERTIKT).realisatie == 12


def test_ingetrokken_taakstelling_laat_de_herverdeling_staan():
    d = Dossier.registreer("GM0344", "Utrecht", "Utrecht", stempel())
    p = Periode(2024, 2)
    d.registreer_cijfer(p, "taakstelling_gepubliceerd", 200, stempel())
    versie = d.version
    d.wijzig_taakstelling(p, "herverdeling", 1, stempel("ruil"))
    d.trek_cijfer_in(p, "taakstelling_gepubliceerd", versie, stempel("fout"))
    assert d.cijfers_van(p).taakstelling is None
    d.registreer_cijfer(p, "taakstelling_gepubliceerd", 210, stempel())
    assert d.cijfers_van(p).taakstelling == 211


def test_intrekken_overleeft_een_herlaadbeurt():
    d = dossier_met_verkeerde_periode()
    d.trek_cijfer_in(VERTIKT, "realisatie", d.version, stempel("fout"))
    opnieuw = None
    for gebeurtenis in d.collect_events():
        opnieuw = gebeurtenis.mutate(opnieuw)
    assert opnieuw is not None
    assert str(VERTIKT) not in opnieuw.cijfers


def test_een_voorstel_op_een_ingetrokken_cijfer_wordt_niet_vastgesteld():
    d = Dossier.registreer("GM0344", "Utrecht", "Utrecht", stempel())
    d.neem_beoordeling_over(Periode(2023, 2), 2, None, "publicatie", stempel())
    p = Periode(2024, 1)
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 50),
        ("realisatie", 90),
        ("stand_eind", 60),
    ]:
        d.registreer_cijfer(p, veld, waarde, stempel())
    nummer = d.stel_beoordeling_voor(p, stempel())
    d.trek_cijfer_in(p, "stand_eind", d.version - 1, stempel("cijfer van een andere gemeente"))
    with pytest.raises(OngeldigeInvoer, match="ontbreken: stand_eind"):
        d.stel_beoordeling_vast(nummer, Vastlegging("bea", Rol.BESTUURDER, NU, NU))
    assert "2024-1" not in d.beoordelingen
