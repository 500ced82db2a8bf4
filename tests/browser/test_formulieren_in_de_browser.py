"""The command forms in a real browser: a contact, a figure, a proposal that deviates from
the rules adopted by a bestuurder through the confirmation page, the error summary that
takes focus, a keyboard-only path from the overview to a logged contact, and axe-core on
the form, its errors and the confirmation page. Writes go to Bunnik (GM0312) where other
browser tests do not look, except the contacts on Utrecht, which change no figure."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from domain.vastlegging import Rol
from tests.browser.test_toegankelijkheid import _axe

pytestmark = pytest.mark.browser
BUNNIK = "/gemeenten/GM0312"


def test_contact_vastleggen(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto("/gemeenten/GM0344")
    page.get_by_role("link", name="Contact vastleggen").click()
    page.get_by_label("Soort contact").select_option("telefoon")
    page.get_by_label("Samenvatting").fill("Gebeld met de wethouder over de achterstand")
    page.get_by_label("Deelnemers").fill("Wethouder Jansen\nAnna de Vries")
    page.get_by_role("button", name="Contact vastleggen").click()
    expect(page).to_have_url(re.compile(r"/gemeenten/GM0344\?gelukt=contact$"))
    expect(page.locator("#gelukt")).to_have_text("Vastgelegd. Het contact is vastgelegd.")
    tijdlijn = page.request.get("/api/v1/gemeenten/GM0344/tijdlijn").json()
    assert any(
        r["gegevens"].get("samenvatting") == "Gebeld met de wethouder over de achterstand"
        for r in tijdlijn
    )


def test_cijfer_registreren(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto(f"{BUNNIK}/handelingen/cijfer")
    page.get_by_label("Periode").fill("2026-1")
    page.get_by_label("Welk cijfer").select_option(label="Tijdig beschikbaar")
    page.get_by_label("Aantal personen").fill("7")
    page.get_by_label("Toelichting").fill("Opgave van de gemeente")
    page.get_by_role("button", name="Cijfer registreren").click()
    expect(page.locator("#gelukt")).to_contain_text("Het cijfer is geregistreerd.")
    perioden = page.request.get(f"/api/v1{BUNNIK}/perioden").json()
    assert next(p for p in perioden if p["periode"] == "2026-1")["tijdig_beschikbaar"] == 7


def test_afwijkend_voorstel_en_vaststelling_met_bevestiging(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto(f"{BUNNIK}/handelingen/voorstel")
    page.get_by_label("Trede").select_option(label="Trede 3")
    page.get_by_label("Motivering").fill("De gemeente herstelt zich; terug naar trede 3")
    page.get_by_role("button", name="Beoordeling voorstellen").click()
    expect(page.locator("#gelukt")).to_contain_text("wacht op vaststelling")

    bestuurder = als(Rol.BESTUURDER)
    bestuurder.goto(BUNNIK)
    bestuurder.get_by_role("link", name=re.compile(r"Voorstel \d+ vaststellen")).last.click()
    bestuurder.get_by_role("button", name="Verder naar controleren").click()
    expect(bestuurder.get_by_role("heading", level=1)).to_contain_text("Controleer en bevestig")
    expect(bestuurder.locator(".toezicht-gevolg")).to_contain_text("De trede van de gemeente")
    assert bestuurder.request.get(f"/api/v1{BUNNIK}").json()["trede"] != 3  # not yet
    bestuurder.get_by_role("button", name="Bevestigen en vastleggen").click()
    expect(bestuurder.locator("#gelukt")).to_contain_text("De beoordeling is vastgesteld.")
    expect(bestuurder.locator("#huidige-trede")).to_contain_text("3")
    assert bestuurder.request.get(f"/api/v1{BUNNIK}").json()["trede"] == 3


def test_foutsamenvatting_krijgt_de_focus_en_leidt_naar_het_veld(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto(f"{BUNNIK}/handelingen/contact")
    page.get_by_label("Deelnemers").fill("Wethouder Jansen")
    page.get_by_role("button", name="Contact vastleggen").click()
    samenvatting = page.locator(".toezicht-foutsamenvatting")
    expect(samenvatting).to_contain_text("Samenvatting is verplicht.")
    expect(samenvatting).to_be_focused()
    assert page.evaluate("document.activeElement.classList.contains('toezicht-foutsamenvatting')")
    expect(page.get_by_label("Deelnemers")).to_have_value("Wethouder Jansen")  # input kept
    samenvatting.get_by_role("link", name="Samenvatting is verplicht.").click()
    expect(page.get_by_label("Samenvatting")).to_be_focused()


def _tab_naar(page: Page, gevonden: Callable[[], bool], max_tabs: int = 120) -> None:
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if gevonden():
            return
    raise AssertionError(f"na {max_tabs} keer Tab nog niet bij het doel")


def test_alleen_met_het_toetsenbord_een_contact_vastleggen(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto("/")
    actief = lambda: page.evaluate(  # noqa: E731
        "({id: document.activeElement.id, href: document.activeElement.getAttribute('href'),"
        " tekst: document.activeElement.textContent.trim()})"
    )
    page.keyboard.press("Tab")
    assert actief()["tekst"] == "Naar de inhoud"
    page.keyboard.press("Enter")
    _tab_naar(page, lambda: actief()["href"] == "/gemeenten/GM0344")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/gemeenten/GM0344$"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # skip link
    _tab_naar(page, lambda: actief()["href"] == "/gemeenten/GM0344/handelingen/contact")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Contact vastleggen")
    _tab_naar(page, lambda: actief()["id"] == "veld-soort")
    page.keyboard.type("e-mail")  # a select takes the typed option
    page.keyboard.press("Tab")
    assert actief()["id"] == "veld-samenvatting"
    page.keyboard.type("Per e-mail de cijfers nagevraagd")
    _tab_naar(page, lambda: actief()["tekst"] == "Contact vastleggen")
    page.keyboard.press("Enter")
    expect(page.locator("#gelukt")).to_contain_text("Het contact is vastgelegd.")
    tijdlijn = page.request.get("/api/v1/gemeenten/GM0344/tijdlijn").json()
    (regel,) = [
        r
        for r in tijdlijn
        if r["gegevens"].get("samenvatting") == "Per e-mail de cijfers nagevraagd"
    ]
    assert regel["gegevens"]["soort"] == "e-mail"


def test_axe_op_formulier_fouten_en_bevestiging(als, axe_bron):
    page = als(Rol.JURIST, axe=True)
    gevonden = {}
    page.goto(f"{BUNNIK}/handelingen/besluit")
    gevonden["besluit"] = _axe(page, axe_bron)
    page.get_by_label("Deelstap 1: omschrijving").fill("Huisvest 20 personen")
    page.get_by_role("button", name="Verder naar controleren").click()
    expect(page.locator(".toezicht-foutsamenvatting")).to_be_visible()
    gevonden["besluit met fouten"] = _axe(page, axe_bron)
    page.goto(f"{BUNNIK}/handelingen/vooraankondiging")
    page.get_by_label("Termijn voor de gemeente tot en met").fill("2030-01-31")
    page.get_by_role("button", name="Verder naar controleren").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Controleer en bevestig")
    gevonden["bevestigen"] = _axe(page, axe_bron)
    toezicht = als(Rol.TOEZICHTHOUDER, axe=True)
    toezicht.goto(f"{BUNNIK}/handelingen/verschoonbare-reden-beoordelen")
    gevonden["keuzerondjes"] = _axe(toezicht, axe_bron)
    toezicht.get_by_role("button", name="Verschoonbare reden beoordelen").click()
    gevonden["keuzerondjes met fouten"] = _axe(toezicht, axe_bron)
    assert gevonden == {naam: [] for naam in gevonden}


def test_geen_horizontale_scroll_op_320_px_met_fouten(als):
    page = als(Rol.JURIST)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{BUNNIK}/handelingen/besluit")
    page.get_by_role("button", name="Verder naar controleren").click()
    expect(page.locator(".toezicht-foutsamenvatting")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
