"""Revoking and expiring tokens, disabling an account and changing a password, seen from
the API on both backends: what stops working at once, and what answers in Dutch."""

from datetime import timedelta

from fastapi.testclient import TestClient

from api.sessies import hasher
from application.tokens import token_hash
from domain.gebruiker import token_id
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU
from tests.e2e.test_inloggen import WACHTWOORD, inloggen, met_wachtwoord

NAAM = "toezichthouder-1"


def _beheer(reden: str | None = None) -> Vastlegging:
    return Vastlegging("beheerder-1", Rol.BEHEERDER, NU, NU, reden)


def _mij(api, token: str):
    return api.client.get("/api/v1/mij", headers={"Authorization": f"Bearer {token}"})


def test_ingetrokken_token_werkt_meteen_niet_meer(api):
    c = api.container
    _, tweede = c.schrijf(lambda: c.app.geef_token_uit(NAAM, _beheer()))
    lijst = c.queries.tokens(NAAM)
    assert len(lijst) == 2
    assert all(set(t) == {"token_id", "aangemaakt", "verloopt_op"} for t in lijst)
    assert {t["aangemaakt"] for t in lijst} == {NU.isoformat()}

    eerste = api.tokens[Rol.TOEZICHTHOUDER]
    assert _mij(api, eerste).status_code == _mij(api, tweede).status_code == 200
    assert token_id(token_hash(eerste)) in {t["token_id"] for t in lijst}
    c.schrijf(lambda: c.app.trek_token_in(NAAM, token_id(token_hash(eerste)), _beheer("kwijt")))
    r = _mij(api, eerste)
    assert r.status_code == 401 and "niet ingelogd" in r.json()["fout"]
    assert _mij(api, tweede).status_code == 200
    assert [t["token_id"] for t in c.queries.tokens(NAAM)] == [token_id(token_hash(tweede))]


def test_token_verloopt(api):
    c = api.container
    _, token = c.schrijf(
        lambda: c.app.geef_token_uit(NAAM, _beheer(), verloopt_op=NU + timedelta(hours=1))
    )
    assert _mij(api, token).status_code == 200
    c.klok = lambda: NU + timedelta(hours=1, seconds=1)
    assert _mij(api, token).status_code == 401
    assert _mij(api, api.tokens[Rol.TOEZICHTHOUDER]).status_code == 200  # without expiry


def test_uitgeschakeld_account_kan_niets_tot_het_weer_is_ingeschakeld(api):
    browser = met_wachtwoord(api)
    assert inloggen(browser).status_code == 200
    assert browser.get("/api/v1/mij").status_code == 200
    c = api.container
    token = api.tokens[Rol.TOEZICHTHOUDER]

    c.schrijf(lambda: c.app.schakel_gebruiker_uit(NAAM, _beheer("uit dienst")))
    r = _mij(api, token)
    assert r.status_code == 403 and "uitgeschakeld" in r.json()["fout"]
    assert browser.get("/api/v1/mij").status_code == 401  # the session has ended
    r = inloggen(browser)
    assert r.status_code == 403 and "uitgeschakeld" in r.json()["fout"]
    assert inloggen(browser, "fout").status_code == 401  # a wrong password reveals nothing

    c.schrijf(lambda: c.app.schakel_gebruiker_in(NAAM, _beheer("terug")))
    assert _mij(api, token).status_code == 200
    assert inloggen(browser).status_code == 200
    assert browser.get("/api/v1/mij").status_code == 200


def test_wachtwoord_wijzigen_beeindigt_de_sessies(api):
    browser = met_wachtwoord(api)
    ander = TestClient(api.client.app, base_url="https://testserver")
    assert inloggen(browser).status_code == 200
    assert inloggen(ander).status_code == 200
    c = api.container
    nieuw = "een heel ander wachtwoord"
    c.schrijf(lambda: c.app.stel_wachtwoord_in(NAAM, hasher.hash(nieuw), _beheer()))
    assert browser.get("/api/v1/mij").status_code == 401
    assert ander.get("/api/v1/mij").status_code == 401
    assert inloggen(browser, WACHTWOORD).status_code == 401
    assert inloggen(browser, nieuw).status_code == 200
    assert browser.get("/api/v1/mij").status_code == 200
