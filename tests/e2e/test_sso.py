"""Single sign-on against a real OpenID provider (node-oidc-provider, started here):
authorization code with PKCE, the role from a claim, the account created on record."""

import re
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from api.main import maak_app
from application.settings import Settings
from benchmarks.proces import vrije_poort

OIDC = Path(__file__).parents[1] / "oidc"
CALLBACK = "https://testserver/api/v1/sso/callback"


@pytest.fixture(scope="module")
def provider():
    if not (OIDC / "node_modules" / "oidc-provider").exists():
        if shutil.which("npm") is None:
            pytest.skip("npm ontbreekt: de OpenID-testprovider kan niet worden geïnstalleerd")
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund"],
            cwd=OIDC,
            check=True,
            capture_output=True,
            timeout=300,
        )
    poort = vrije_poort()
    proces = subprocess.Popen(
        ["node", "provider.mjs", str(poort), CALLBACK],
        cwd=OIDC,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    issuer = f"http://127.0.0.1:{poort}"
    for _ in range(100):
        try:
            if httpx.get(f"{issuer}/.well-known/openid-configuration").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield issuer
    proces.terminate()
    proces.wait(timeout=10)


def log_in_bij_provider(autorisatie_url: str, account: str) -> str:
    """Walk the provider's development login and consent pages like a browser;
    returns the callback URL the provider sends the user back to."""
    with httpx.Client(follow_redirects=False, timeout=10) as browser:
        url = autorisatie_url
        for _ in range(20):
            if url.startswith(CALLBACK):
                return url
            r = browser.get(url)
            if r.status_code in (302, 303):
                url = urljoin(url, r.headers["location"])
                continue
            actie = re.search(r'<form[^>]*action="([^"]+)"', r.text)
            assert actie, r.text[:500]
            velden = (
                {"prompt": "login", "login": account, "password": "x"}
                if ('name="login"' in r.text)
                else {"prompt": "consent"}
            )
            r = browser.post(urljoin(url, actie.group(1)), data=velden)
            url = urljoin(url, r.headers["location"])
    raise AssertionError("de provider stuurde niet terug")


def test_sso_met_pkce_en_rol_uit_claim(provider, tmp_path):
    app = maak_app(
        Settings(
            database_url=f"sqlite:///{tmp_path}/t.sqlite",
            scheduler="uit",
            oidc_issuer=provider,
            oidc_client_id="toezicht",
            oidc_client_secret="test-geheim",
            oidc_redirect_url=CALLBACK,
            sessie_geheim="test-sleutel-voor-de-state-cookie",
        )
    )
    gebruiker = TestClient(app, base_url="https://testserver", follow_redirects=False)

    r = gebruiker.get("/api/v1/sso/login")
    assert r.status_code == 302
    vraag = parse_qs(urlparse(r.headers["location"]).query)
    assert vraag["code_challenge_method"] == ["S256"] and vraag["code_challenge"]

    terug = log_in_bij_provider(r.headers["location"], "jurist-anna")
    r = gebruiker.get(terug.removeprefix("https://testserver"))
    assert r.status_code == 200, r.text
    assert r.json()["naam"].startswith("sso-") and r.json()["rol"] == "jurist"
    mij = gebruiker.get("/api/v1/mij").json()
    assert (mij["weergavenaam"], mij["rol"]) == ("jurist-anna", "jurist")

    c = app.state.container
    soorten = [n.topic.split(".")[-1] for n in c.app.recorder.select_notifications(1, 100)]
    assert soorten[:3] == ["GebruikerAangemaakt", "TokenUitgegeven", "Ingelogd"]


def test_sso_zonder_geldige_rol_wordt_geweigerd(provider, tmp_path):
    app = maak_app(
        Settings(
            database_url=f"sqlite:///{tmp_path}/t.sqlite",
            scheduler="uit",
            oidc_issuer=provider,
            oidc_client_secret="test-geheim",
            oidc_redirect_url=CALLBACK,
        )
    )
    gebruiker = TestClient(app, base_url="https://testserver", follow_redirects=False)
    r = gebruiker.get("/api/v1/sso/login")
    terug = log_in_bij_provider(r.headers["location"], "kok-bert")
    r = gebruiker.get(terug.removeprefix("https://testserver"))
    assert r.status_code == 403 and "geldige rol" in r.json()["fout"]
    assert gebruiker.get("/api/v1/mij").status_code == 401


def test_zonder_sso_instelling_bestaat_de_route_niet(tmp_path):
    app = maak_app(Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite", scheduler="uit"))
    r = TestClient(app).get("/api/v1/sso/login", follow_redirects=False)
    assert r.status_code == 404


def test_uitgeschakeld_sso_account_wordt_geweigerd(provider, tmp_path):
    from datetime import UTC, datetime

    from domain.vastlegging import Rol, Vastlegging

    app = maak_app(
        Settings(
            database_url=f"sqlite:///{tmp_path}/t.sqlite",
            scheduler="uit",
            oidc_issuer=provider,
            oidc_client_secret="test-geheim",
            oidc_redirect_url=CALLBACK,
        )
    )
    gebruiker = TestClient(app, base_url="https://testserver", follow_redirects=False)
    terug = log_in_bij_provider(
        gebruiker.get("/api/v1/sso/login").headers["location"], "jurist-jan"
    )
    naam = gebruiker.get(terug.removeprefix("https://testserver")).json()["naam"]
    c = app.state.container
    nu = datetime.now(UTC)
    c.schrijf(
        lambda: c.app.schakel_gebruiker_uit(
            naam, Vastlegging("beheer", Rol.BEHEERDER, nu, nu, "uit dienst")
        )
    )
    assert gebruiker.get("/api/v1/mij").status_code == 401  # the session has ended
    terug = log_in_bij_provider(
        gebruiker.get("/api/v1/sso/login").headers["location"], "jurist-jan"
    )
    r = gebruiker.get(terug.removeprefix("https://testserver"))
    assert r.status_code == 403 and "uitgeschakeld" in r.json()["fout"]
    assert gebruiker.get("/api/v1/mij").status_code == 401


def test_sso_naam_met_richtingsteken_wordt_ontdaan(provider, tmp_path):
    """The provider's display name passes the same check as any name; SSO takes out the
    characters that would reverse the reading direction rather than refuse the login."""
    app = maak_app(
        Settings(
            database_url=f"sqlite:///{tmp_path}/t.sqlite",
            scheduler="uit",
            oidc_issuer=provider,
            oidc_client_secret="test-geheim",
            oidc_redirect_url=CALLBACK,
        )
    )
    gebruiker = TestClient(app, base_url="https://testserver", follow_redirects=False)
    r = gebruiker.get("/api/v1/sso/login")
    terug = log_in_bij_provider(r.headers["location"], "lezer-eve\u202eliam")
    r = gebruiker.get(terug.removeprefix("https://testserver"))
    assert r.status_code == 200, r.text
    assert gebruiker.get("/api/v1/mij").json()["weergavenaam"] == "lezer-eveliam"
