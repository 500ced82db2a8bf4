"""The overzicht shows each gemeente's prognose, labelled with its date, beside (not in
place of) the trede; computing it records nothing."""

from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from api.sessies import hasher
from application import commandos as k
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from projections.prognose import prognose_van
from tests.e2e.conftest import NU, _api
from tests.e2e.test_paginas_overzicht import WACHTWOORD, inloggen


@pytest.fixture
def site(tmp_path):
    """Gemeente Utrecht with 31 housed by 1 September 2022 (day 62 of 2022-2), NU."""
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        t = Vastlegging("t", Rol.TOEZICHTHOUDER, NU, NU)
        c.app.voer_uit(k.RegistreerGemeente(code="GM0344", naam="Utrecht", provincie="Utrecht"), t)
        p = Periode(2022, 2)
        vroeg = Vastlegging("t", Rol.TOEZICHTHOUDER, NU, datetime(2022, 7, 1, 9, tzinfo=NU.tzinfo))
        for veld, waarde in (("taakstelling_gepubliceerd", 100), ("stand_begin", 50)):
            c.app.voer_uit(
                k.RegistreerCijfer(code="GM0344", periode=p, veld=veld, waarde=waarde), vroeg
            )
        c.app.voer_uit(
            k.RegistreerCijfer(code="GM0344", periode=p, veld="realisatie", waarde=31), t
        )
        c.app.stel_wachtwoord_in(
            "toezichthouder-1", hasher.hash(WACHTWOORD), Vastlegging("b", Rol.BEHEERDER, NU, NU)
        )
        c.runner.bij()
        yield c, TestClient(api.client.app, base_url="https://testserver")


def test_prognose_naast_de_trede_met_datum(site):
    c, browser = site
    inloggen(browser)
    html = browser.get("/").text
    # 31 in 62 of 184 days: 92 expected, achterstand 58 below the taakstelling: trede 2.
    assert "prognose 2" in html
    assert "Prognose op 01-09-2022" in html and "peildatum 01-01-2023" in html
    assert "geen beoordeling" in html
    # Not shown as a trede: neither in the trede column nor on the map.
    assert '<span class="toezicht-trede toezicht-trede--2">2</span></td>' not in html
    assert "toezicht-kaart__getal--2" not in html
    gesorteerd = browser.get("/?sorteer=prognose_trede&richting=af")
    assert gesorteerd.status_code == 200


def test_prognose_wordt_niet_vastgelegd(site):
    c, browser = site
    inloggen(browser)
    browser.get("/")
    weergave = prognose_van(c.queries.engine, "GM0344", NU.date())
    assert weergave is not None and weergave.soort == "prognose"
    assert weergave.verwachte_trede == 2 and weergave.huidige_trede is None
    assert weergave.verwachte_realisatie == 92 and weergave.beleid == "IBT-2021"
    assert c.queries.beoordelingen("GM0344") == []
    assert c.queries.gemeente("GM0344")["trede"] is None
