"""A new user sees the whole ladder working: the demo loaded on 22 November 2026 shows
gemeenten on trede 1 to 6, the climb made by the engine and adopted by a bestuurder, the
legal acts in order, and everything generated labelled as such."""

import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from api.main import maak_app
from api.sessies import hasher
from application.demo import laad_demo
from application.settings import Settings
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.test_paginas_overzicht import WACHTWOORD, inloggen

NU = datetime(2026, 11, 22, 9, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    pad = tmp_path_factory.mktemp("demo")
    app = maak_app(
        Settings(database_url=f"sqlite:///{pad}/demo.sqlite", scheduler="uit"), klok=lambda: NU
    )
    c = app.state.container
    laad_demo(c.app, NU)
    stempel = Vastlegging("b", Rol.BEHEERDER, NU, NU)
    c.app.maak_gebruiker_aan("toezichthouder-1", Rol.TOEZICHTHOUDER, "Test", stempel)
    c.app.stel_wachtwoord_in("toezichthouder-1", hasher.hash(WACHTWOORD), stempel)
    c.runner.bij()
    with TestClient(app, base_url="https://testserver") as browser:
        inloggen(browser)
        yield c, browser


def test_het_overzicht_toont_elke_trede(demo):
    _, browser = demo
    html = browser.get("/").text
    in_tabel = Counter(re.findall(r'toezicht-trede--(\d)">\d</span></td>', html))
    assert all(in_tabel[str(n)] >= 1 for n in range(1, 7)), in_tabel
    assert all(f"toezicht-kaart__getal--{n}" in html for n in range(1, 7))
    assert "gegenereerd demoscenario" in html
    assert html.count('title="gegenereerde demo-cijfers">gegenereerd</span>') == 26
    assert "prognose " in html  # running-period figures give every row a forecast


def test_de_klim_volgt_de_ladder(demo):
    c, _ = demo
    q = c.queries
    per_trede = {g["trede"]: g["code"] for g in q.gemeenten()}
    zes = per_trede[6]
    beoordelingen = q.beoordelingen(zes)
    # The climb: engine proposals under AB-2024 on generated figures, adopted by a bestuurder.
    klim = [(b["vorige_trede"], b["trede"]) for b in beoordelingen if b["beleid"] == "AB-2024"]
    assert klim[-4:] == [(2, 3), (3, 4), (4, 5), (5, 6)]
    assert all(not b["overgenomen"] for b in beoordelingen if b["beleid"] == "AB-2024")
    soorten = [t["soort"] for t in q.termijnen(zes)]
    for soort in ("verbeterplan", "vooraankondiging", "deelstap", "beroep"):
        assert soort in soorten
    statussen = {t["soort"]: t["status"] for t in q.termijnen(zes) if t["soort"] != "deelstap"}
    assert statussen["verbeterplan"] == "verstreken"
    assert statussen["vooraankondiging"] == "verstreken"
    vijf = per_trede[5]
    assert any(t["soort"] == "beroep" and t["status"] != "open" for t in q.termijnen(vijf))
    # The published record is untouched: 2023-2 still gives 13 on trede 1 and 13 on 2.
    gepubliceerd = Counter(
        b["trede"]
        for g in q.gemeenten()
        for b in q.beoordelingen(g["code"])
        if b["overgenomen"] and b["periode"] == "2023-2"
    )
    assert gepubliceerd == Counter({1: 13, 2: 13})
