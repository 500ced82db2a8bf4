"""Password login: cookie flags, CSRF on writes, throttling, expiry, and every login and
failed login on record."""

from datetime import timedelta

from fastapi.testclient import TestClient

from api.sessies import hasher
from application.commandos import RegistreerGemeente
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU

WACHTWOORD = "correct paard batterij nietje"


def met_wachtwoord(api) -> TestClient:
    c = api.container
    c.schrijf(
        lambda: c.app.stel_wachtwoord_in(
            "toezichthouder-1",
            hasher.hash(WACHTWOORD),
            Vastlegging("beheer", Rol.BEHEERDER, NU, NU),
        )
    )
    c.voer_uit(
        RegistreerGemeente(code="GM0344", naam="Utrecht", provincie="Utrecht"),
        Vastlegging("beheer", Rol.BEHEERDER, NU, NU),
    )
    return TestClient(api.client.app, base_url="https://testserver")  # Secure cookies


def inloggen(browser: TestClient, wachtwoord: str = WACHTWOORD):
    return browser.post(
        "/api/v1/sessies", json={"naam": "toezichthouder-1", "wachtwoord": wachtwoord}
    )


def test_inloggen_zet_een_veilige_cookie_en_vraagt_csrf(api):
    browser = met_wachtwoord(api)
    r = inloggen(browser)
    assert r.status_code == 200, r.text
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie
    assert browser.get("/api/v1/mij").json()["naam"] == "toezichthouder-1"

    contact = {"soort": "telefoon", "samenvatting": "via de browser"}
    zonder = browser.post("/api/v1/gemeenten/GM0344/contacten", json=contact)
    assert zonder.status_code == 403 and "CSRF" in zonder.json()["fout"]
    met = browser.post(
        "/api/v1/gemeenten/GM0344/contacten",
        json=contact,
        headers={"X-CSRF-Token": r.json()["csrf_token"]},
    )
    assert met.status_code == 201

    assert browser.delete("/api/v1/sessies/huidige").status_code == 403  # CSRF here too
    uit = browser.delete(
        "/api/v1/sessies/huidige", headers={"X-CSRF-Token": r.json()["csrf_token"]}
    )
    assert uit.status_code == 204
    assert browser.get("/api/v1/mij").status_code == 401

    soorten = [e.topic for e in api.container.app.recorder.select_notifications(1, 1000)]
    assert any(t.endswith("Gebruiker.Ingelogd") for t in soorten)


def test_mislukte_pogingen_worden_vastgelegd_en_afgeremd(api):
    browser = met_wachtwoord(api)
    for _ in range(5):
        r = inloggen(browser, "fout")
        assert r.status_code == 401 and r.json()["fout"] == "naam of wachtwoord onjuist"
    r = inloggen(browser)  # even the right password waits now
    assert r.status_code == 429 and r.headers["retry-after"] == "900"
    pogingen = api.container.queries.mislukte_logins_sinds("toezichthouder-1", "2000-01-01")
    assert pogingen == 5
    onbekend = browser.post("/api/v1/sessies", json={"naam": "niemand", "wachtwoord": "x"})
    assert onbekend.status_code == 401 and onbekend.json()["fout"] == "naam of wachtwoord onjuist"


def test_sessie_verloopt(api):
    browser = met_wachtwoord(api)
    assert inloggen(browser).status_code == 200
    c = api.container
    c.klok = lambda: NU + timedelta(minutes=29)
    assert browser.get("/api/v1/mij").status_code == 200
    c.klok = lambda: NU + timedelta(minutes=29 + 31)  # idle for more than 30 minutes
    assert browser.get("/api/v1/mij").status_code == 401


def test_rolwijziging_wordt_vastgelegd_met_wie_en_wanneer(api):
    c = api.container
    c.schrijf(
        lambda: c.app.wijzig_rol(
            "lezer-1", Rol.JURIST, Vastlegging("beheerder-1", Rol.BEHEERDER, NU, NU)
        )
    )
    notificaties = c.app.recorder.select_notifications(1, 1000)
    rol = [
        c.app.mapper.to_domain_event(n) for n in notificaties if n.topic.endswith("RolGewijzigd")
    ]
    assert rol[0].vastlegging["gebruiker"] == "beheerder-1"
    assert rol[0].vastlegging["geregistreerd_op"] == NU.isoformat()
    assert (rol[0].vorige_rol, rol[0].rol) == ("lezer", "jurist")


def test_onbekende_naam_wordt_net_zo_afgeremd(api):
    browser = met_wachtwoord(api)
    antwoorden = [
        browser.post(
            "/api/v1/sessies", json={"naam": "bestaatniet", "wachtwoord": "fout"}
        ).status_code
        for _ in range(6)
    ]
    bestaand = [inloggen(browser, "fout").status_code for _ in range(6)]
    assert antwoorden == bestaand == [401, 401, 401, 401, 401, 429]


def test_aanvaller_kan_de_gebruiker_niet_buitensluiten_van_een_bekend_adres(api):
    met_wachtwoord(api)

    def vanaf(adres: str) -> TestClient:
        return TestClient(api.client.app, base_url="https://testserver", client=(adres, 1))

    thuis, aanvaller, nieuw = vanaf("192.0.2.7"), vanaf("198.51.100.1"), vanaf("203.0.113.9")
    assert inloggen(thuis).status_code == 200  # thuis is now a known address
    assert [inloggen(aanvaller, "fout").status_code for _ in range(6)] == [401] * 5 + [429]
    # New addresses share the account's budget, which the attacker has spent...
    r = inloggen(nieuw)
    assert r.status_code == 429 and r.headers["retry-after"] == "900"
    # ...but the address the user logged in from before has a budget of its own.
    assert inloggen(thuis).status_code == 200
    api.container.klok = lambda: NU + timedelta(minutes=16)  # the window has passed
    assert inloggen(nieuw).status_code == 200


def test_geweigerde_pogingen_kosten_het_adres_niets(api):
    """An office behind one address: someone hammering a locked account does not lock
    out colleagues at that address (refused attempts are never checked, so not counted)."""
    kantoor = met_wachtwoord(api)
    c = api.container
    c.schrijf(
        lambda: c.app.stel_wachtwoord_in(
            "lezer-1", hasher.hash(WACHTWOORD), Vastlegging("beheer", Rol.BEHEERDER, NU, NU)
        )
    )
    antwoorden = [inloggen(kantoor, "fout").status_code for _ in range(30)]
    assert antwoorden == [401] * 5 + [429] * 25
    collega = kantoor.post("/api/v1/sessies", json={"naam": "lezer-1", "wachtwoord": WACHTWOORD})
    assert collega.status_code == 200


def test_andere_namen_sluiten_de_gebruiker_niet_buiten_op_een_bekend_adres(api):
    """The budget an address has over all names does not refuse an account on an address
    it is known from: guessing other names there cannot lock the real user out."""
    thuis = met_wachtwoord(api)
    assert inloggen(thuis).status_code == 200  # the address is now known for the account
    antwoorden = [
        thuis.post(
            "/api/v1/sessies", json={"naam": f"onbekend-{i}", "wachtwoord": "fout"}
        ).status_code
        for i in range(25)
    ]
    assert antwoorden[-1] == 429  # the address's budget over all names is spent
    assert inloggen(thuis).status_code == 200
