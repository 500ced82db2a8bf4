"""The upload form on the dossier page: multipart with the session's CSRF token, a refused
file shown on the form in Dutch, the received documents listed with their download."""

import re

import pytest
from fastapi.testclient import TestClient

from api.sessies import hasher
from domain.vastlegging import Rol, Vastlegging
from tests.bestanden import PDF, docx
from tests.e2e.conftest import NU, _api

WACHTWOORD = "correct paard batterij nietje"
CODE = "GM0344"


@pytest.fixture
def browser(tmp_path):
    """Utrecht registered, a toezichthouder logged in with a session (not a token)."""
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        api.post(
            "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER
        )
        c.schrijf(
            lambda c=c: c.app.stel_wachtwoord_in(
                "toezichthouder-1", hasher.hash(WACHTWOORD), Vastlegging("b", Rol.BEHEERDER, NU, NU)
            )
        )
        c.runner.bij()
        client = TestClient(api.client.app, base_url="https://testserver")
        r = client.post(
            "/inloggen",
            data={"naam": "toezichthouder-1", "wachtwoord": WACHTWOORD, "volgende": "/"},
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
        yield client


def token(browser) -> str:
    pagina = browser.get(f"/gemeenten/{CODE}")
    return re.search(r'name="csrf_token" value="([^"]+)"', pagina.text).group(1)


def stuur(browser, inhoud, naam, **velden):
    return browser.post(
        f"/gemeenten/{CODE}/documenten",
        data=velden,
        files={"bestand": (naam, inhoud, "application/pdf")},
        follow_redirects=False,
    )


def test_formulier_legt_het_document_vast_en_toont_het_met_download(browser):
    r = stuur(browser, docx(), "Reactie.docx", csrf_token=token(browser), soort="antwoord")
    assert r.status_code == 303 and r.headers["location"] == f"/gemeenten/{CODE}#documenten"
    pagina = browser.get(f"/gemeenten/{CODE}").text
    assert "Ontvangen documenten (1)" in pagina
    [pad] = re.findall(rf'href="(/api/v1/gemeenten/{CODE}/documenten/\d+)" download', pagina)
    download = browser.get(pad)
    assert download.content == docx()
    assert download.headers["content-disposition"].startswith("attachment;")
    assert 'enctype="multipart/form-data"' in pagina


def test_zonder_csrf_token_gebeurt_er_niets(browser):
    r = stuur(browser, PDF, "plan.pdf", soort="antwoord")
    assert r.status_code == 403 and "Formulier verlopen" in r.text
    r = stuur(browser, PDF, "plan.pdf", csrf_token="verkeerd", soort="antwoord")
    assert r.status_code == 403
    assert "Nog geen documenten ontvangen" in browser.get(f"/gemeenten/{CODE}").text


def test_een_geweigerd_bestand_staat_als_fout_op_het_formulier(browser):
    r = stuur(browser, b"MZ\x90programma", "plan.pdf", csrf_token=token(browser), soort="antwoord")
    assert r.status_code == 415
    assert "Er is een probleem" in r.text and "Windows-programma" in r.text
    assert 'href="#veld-bestand"' in r.text and 'id="veld-bestand"' in r.text
    r = stuur(browser, PDF, "bewijs.pdf", csrf_token=token(browser), soort="bewijs_van_huisvesting")
    assert r.status_code == 422 and 'href="#veld-periode"' in r.text
    assert 'value="bewijs_van_huisvesting" selected' in r.text  # the input is kept
    assert "Nog geen documenten ontvangen" in browser.get(f"/gemeenten/{CODE}").text
