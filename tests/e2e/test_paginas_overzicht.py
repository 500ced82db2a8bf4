"""The start page and logging in on the pages: the overzicht with sorting and filters in
the query string, the map, the login form with its error summary, and logging out."""

import re
from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from api.sessies import hasher
from application.demo import laad_demo
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU, _api

WACHTWOORD = "correct paard batterij nietje"


@pytest.fixture
def site(tmp_path):
    """The Utrecht demo, a toezichthouder with a password, and a browser-like client."""
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        laad_demo(c.app, datetime(2024, 1, 10, 9, tzinfo=NU.tzinfo))
        c.schrijf(
            lambda c=c: c.app.stel_wachtwoord_in(
                "toezichthouder-1", hasher.hash(WACHTWOORD), Vastlegging("b", Rol.BEHEERDER, NU, NU)
            )
        )
        c.runner.bij()
        yield TestClient(api.client.app, base_url="https://testserver")


def inloggen(browser: TestClient, volgende: str = "/"):
    return browser.post(
        "/inloggen",
        data={"naam": "toezichthouder-1", "wachtwoord": WACHTWOORD, "volgende": volgende},
        follow_redirects=False,
    )


def gemeenten_in_volgorde(html: str) -> list[str]:
    return re.findall(
        r'<th scope="row"[^>]*><a class="utrecht-link" href="/gemeenten/GM\d{4}">([^<]+)</a>', html
    )


def test_zonder_login_naar_het_inlogformulier(site):
    r = site.get("/?trede=2", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/inloggen?volgende=/%3Ftrede%3D2"


def test_inloggen_en_het_overzicht(site):
    r = inloggen(site, "/?trede=2")
    assert r.status_code == 303 and r.headers["location"] == "/?trede=2"
    assert "toezicht_sessie=" in r.headers["set-cookie"]
    pagina = site.get("/")
    assert pagina.status_code == 200
    html = pagina.text
    assert '<html lang="nl">' in html and 'href="#inhoud"' in html
    assert len(gemeenten_in_volgorde(html)) == 26
    assert "Bron: CBS, Kadaster" in html
    assert html.count('<a href="/gemeenten/GM') == 26  # every gemeente on the map is a link
    assert "script" not in pagina.headers["content-security-policy"]
    assert "Test toezichthouder" in html  # who is logged in, by display name


def test_sorteren_en_filteren_via_de_adresregel(site):
    inloggen(site)
    op = gemeenten_in_volgorde(site.get("/?sorteer=naam&richting=op").text)
    af = gemeenten_in_volgorde(site.get("/?sorteer=naam&richting=af").text)
    assert op == sorted(op) and af == list(reversed(op))
    html = site.get("/?sorteer=trede&richting=af").text
    assert 'aria-sort="descending"' in html
    treden = re.findall(r'<span class="toezicht-trede toezicht-trede--(\d)">', html)[:26]
    assert treden == sorted(treden, reverse=True)
    # The header link toggles the direction and keeps the filter.
    gefilterd = site.get("/?trede=2").text
    assert 'href="/?trede=2&amp;sorteer=naam&amp;richting=af"' in gefilterd
    namen = gemeenten_in_volgorde(gefilterd)
    assert 0 < len(namen) < 26
    assert "Utrecht" in namen


def test_een_onbekende_weergave_is_een_duidelijke_fout(site):
    inloggen(site)
    r = site.get("/?sorteer=wachtwoord")
    assert r.status_code == 400
    assert "sorteer moet een van" in r.text


def test_fout_wachtwoord_geeft_een_foutsamenvatting(site):
    r = site.post("/inloggen", data={"naam": "toezichthouder-1", "wachtwoord": "fout"})
    assert r.status_code == 401
    assert 'role="alert"' in r.text and "autofocus" in r.text
    assert 'href="#veld-naam"' in r.text and "Naam of wachtwoord onjuist" in r.text
    assert 'value="toezichthouder-1"' in r.text  # the user's input is kept
    leeg = site.post("/inloggen", data={"naam": "", "wachtwoord": ""})
    assert leeg.status_code == 422 and "Vul uw gebruikersnaam in." in leeg.text


def test_geen_doorsturen_naar_een_andere_site(site):
    r = inloggen(site, "//elders.example/")
    assert r.headers["location"] == "/"


def test_uitloggen_vraagt_het_csrf_token(site):
    inloggen(site)
    zonder = site.post("/uitloggen", data={}, follow_redirects=False)
    assert zonder.status_code == 403 and "Formulier verlopen" in zonder.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', site.get("/").text).group(1)
    r = site.post("/uitloggen", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert site.get("/", follow_redirects=False).status_code == 303  # the session is gone


def test_een_uitgeschakeld_account_ziet_geen_pagina_meer(site):
    inloggen(site)
    assert site.get("/").status_code == 200
    c = site.app.state.container
    c.schrijf(
        lambda: c.app.schakel_gebruiker_uit(
            "toezichthouder-1", Vastlegging("b", Rol.BEHEERDER, NU, NU, "vertrokken")
        )
    )
    # Disabling ends the session: the page sends the person back to the login form.
    assert site.get("/", follow_redirects=False).status_code == 303
    # Logging in again with the right password: the form says why, as a page (not JSON).
    r = inloggen(site)
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("text/html")
    assert "uitgeschakeld" in r.text and 'href="#veld-naam"' in r.text


def _rij(html: str, code: str) -> str:
    begin = html.index(f'href="/gemeenten/{code}">')
    return html[begin : html.index("</tr>", begin)]


def test_de_rijen_blijven_bewaard_tot_er_een_gebeurtenis_is(site):
    """A view without new events reuses the built rows (same page); an event applied
    since shows at the next view."""
    from application.commandos import LegContactVast

    inloggen(site)
    c = site.app.state.container
    eerste = site.get("/").text
    gebouwd = c.queries.overzicht.gebouwd
    assert site.get("/").text == eerste
    assert c.queries.overzicht.gebouwd == gebouwd  # no row work without new events
    moment = datetime(2024, 1, 11, 10, tzinfo=NU.tzinfo)
    c.voer_uit(
        LegContactVast(code="GM0344", soort="telefoon", samenvatting="bel"),
        Vastlegging("toezichthouder-1", Rol.TOEZICHTHOUDER, moment, moment),
    )
    daarna = site.get("/").text
    assert c.queries.overzicht.gebouwd == gebouwd + 1
    assert "11 januari 2024" not in _rij(eerste, "GM0344")
    assert "11 januari 2024" in _rij(daarna, "GM0344")
    assert c.queries.overzicht.laatst_gebouwd == ("GM0344",)  # only the row it touched
    c.queries.overzicht._stand = None  # forget the kept rows: build them all
    assert site.get("/").text == daarna and c.queries.overzicht.laatst_gebouwd is None


def test_een_andere_dag_bouwt_de_rijen_opnieuw(site):
    """Terms fall overdue and forecasts move with the day, without any event."""
    from datetime import date

    geheugen = site.app.state.container.queries.overzicht
    geheugen.rijen(date(2024, 1, 10))
    gebouwd = geheugen.gebouwd
    assert len(geheugen.rijen(date(2024, 1, 10))) == 26 and geheugen.gebouwd == gebouwd
    geheugen.rijen(date(2024, 1, 11))
    assert geheugen.gebouwd == gebouwd + 1
