"""Every answer, errors included, carries the security headers; a hostile CSRF token is a
Dutch 403, never a 500."""

from fastapi.testclient import TestClient

from domain.vastlegging import Rol
from tests.e2e.test_inloggen import inloggen, met_wachtwoord


def test_niet_ascii_csrf_token_is_403_niet_500(api):
    browser = met_wachtwoord(api)
    assert inloggen(browser).status_code == 200
    r = browser.post(
        "/api/v1/gemeenten/GM0344/contacten",
        json={"soort": "telefoon", "samenvatting": "x"},
        headers={"X-CSRF-Token": "t\u00f6ken".encode("latin-1")},
    )
    assert r.status_code == 403 and "CSRF" in r.json()["fout"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_onverwachte_fout_draagt_de_beveiligingsheaders(api, monkeypatch):
    def stuk() -> list:
        raise RuntimeError("database weg")

    monkeypatch.setattr(api.container.queries, "gemeenten", stuk)
    client = TestClient(api.client.app, raise_server_exceptions=False)
    r = client.get("/api/v1/gemeenten", headers=api.als(Rol.LEZER))
    assert r.status_code == 500
    assert r.json()["fout"].startswith("interne fout")
    assert "database weg" not in r.text
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["cache-control"] == "no-store"


def test_foutantwoorden_dragen_de_beveiligingsheaders(api):
    for r in (
        api.client.request("BREW", "/healthz"),
        api.post("/gemeenten/GM0344/contacten", {"soort": "telefoon"}),
        api.get("/gemeenten/GM0344", rol=None),
    ):
        assert 400 <= r.status_code < 500
        assert r.headers["referrer-policy"] == "no-referrer", r.status_code
