"""Accessibility in a real browser: axe-core finds nothing on any page for any role, the
site works with Tab and Enter alone, and at 320 px no page scrolls sideways."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from domain.vastlegging import Rol
from tests.browser.conftest import log_in
from tests.browser.demosite import GEBRUIKERS, WACHTWOORD

pytestmark = pytest.mark.browser

ROLLEN = list(GEBRUIKERS)
# Every page a person can reach so far, each in the states it has.
PAGINAS_INGELOGD = {
    "overzicht": "/",
    "overzicht gefilterd": "/?trede=2&sorteer=trede&richting=af",
    "overzicht zonder rijen": "/?trede=6",
    "foutpagina": "/?trede=9",
    "dossier": "/gemeenten/GM0344",
    "dossier zonder cijfers": "/gemeenten/GM0307",
    "tijdlijn": "/gemeenten/GM0344/tijdlijn",
    "tijdlijn gefilterd": "/gemeenten/GM0344/tijdlijn?soort=cijfers&soort=correcties&zoek=realisatie",
    "tijdlijn zonder treffers": "/gemeenten/GM0344/tijdlijn?zoek=onvindbaar",
    "inloggen": "/inloggen",
    "hoe is deze trede bereikt": "{afleiding}",
    "hoe is deze trede bereikt, overgenomen": "{overgenomen}",
    "werkvoorraad": "/werkvoorraad",
    "werkvoorraad niet toegewezen": "/werkvoorraad?weergave=niet-toegewezen",
    "werkvoorraad alles": "/werkvoorraad?weergave=alle",
    "termijnen": "/termijnen",
    "termijnen verlopen": "/termijnen?filter=verlopen",
    "meldingen": "/meldingen",
    "importeren": "/import",  # toezichthouder and jurist; the others see the refusal page
    "inzagelog": "/inzagelog",  # the beheerder's; the others see the refusal page
    # command forms (each role sees its own, the others the refusal page)
    "formulier contact": "/gemeenten/GM0344/handelingen/contact",
    "formulier cijfer": "/gemeenten/GM0344/handelingen/cijfer",
    "formulier voorstel": "/gemeenten/GM0344/handelingen/voorstel",
    "formulier vaststellen": "/gemeenten/GM0344/handelingen/vaststellen",
    "formulier besluit": "/gemeenten/GM0344/handelingen/besluit",
    "formulier verschoonbare reden beoordelen": "/gemeenten/GM0344/handelingen/verschoonbare-reden-beoordelen",
}


def _pad(page: Page, pad: str) -> str:
    """A derivation page's address: the versions come from the API, as a dossier finds them."""
    if not pad.startswith("{"):
        return pad
    beoordelingen = page.request.get("/api/v1/gemeenten/GM0344/beoordelingen").json()
    overgenomen = pad == "{overgenomen}"
    versie = next(b["versie"] for b in beoordelingen if b["overgenomen"] is overgenomen)
    return f"/gemeenten/GM0344/beoordelingen/{versie}"


def _axe(page: Page, axe_bron: str) -> list[str]:
    """axe-core's violations as readable lines (rule, what, where); [] is a pass."""
    page.add_script_tag(content=axe_bron)
    overtredingen = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{o['id']} ({o['impact']}): {o['help']} – {[n['target'] for n in o['nodes']]}"
        for o in overtredingen
    ]


def _fout_via_formulier(page: Page) -> None:
    log_in(page, "onbekend", "fout")
    expect(page.locator(".toezicht-foutsamenvatting")).to_be_visible()


@pytest.mark.parametrize("rol", ROLLEN, ids=str)
def test_axe_vindt_niets_op_de_paginas_van_elke_rol(als, axe_bron, rol):
    page = als(rol, axe=True)
    gevonden = {}
    for naam, pad in PAGINAS_INGELOGD.items():
        page.goto(_pad(page, pad))
        gevonden[naam] = _axe(page, axe_bron)
    assert gevonden == {naam: [] for naam in PAGINAS_INGELOGD}


def test_axe_vindt_niets_zonder_login(als, axe_bron):
    page = als(None, axe=True)
    page.goto("/inloggen")
    leeg = _axe(page, axe_bron)
    _fout_via_formulier(page)
    assert {"inloggen": leeg, "inloggen met fouten": _axe(page, axe_bron)} == {
        "inloggen": [],
        "inloggen met fouten": [],
    }


def _tab_naar(page: Page, gevonden: Callable[[], bool], max_tabs: int = 80) -> int:
    for n in range(1, max_tabs + 1):
        page.keyboard.press("Tab")
        if gevonden():
            return n
    raise AssertionError(f"na {max_tabs} keer Tab nog niet bij het doel")


def test_alleen_met_het_toetsenbord_inloggen_en_een_gemeente_openen(page: Page):
    page.goto("/inloggen")
    actief = lambda: page.evaluate(  # noqa: E731
        "({id: document.activeElement.id, href: document.activeElement.getAttribute('href'),"
        " tekst: document.activeElement.textContent.trim()})"
    )
    page.keyboard.press("Tab")
    assert actief()["tekst"] == "Naar de inhoud"  # the skip link comes first
    _tab_naar(page, lambda: actief()["id"] == "veld-naam")
    page.keyboard.type("toezichthouder")
    page.keyboard.press("Tab")
    assert actief()["id"] == "veld-wachtwoord"
    page.keyboard.type(WACHTWOORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht")

    page.keyboard.press("Tab")
    assert actief()["tekst"] == "Naar de inhoud"
    page.keyboard.press("Enter")  # past the header and menu, into the content
    _tab_naar(page, lambda: actief()["href"] == "/gemeenten/GM0344")
    assert actief()["tekst"] == "Utrecht"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/gemeenten/GM0344$"))

    # From the dossier to its timeline, and there a filter, by keyboard alone.
    page.keyboard.press("Tab")
    assert actief()["tekst"] == "Naar de inhoud"
    page.keyboard.press("Enter")
    _tab_naar(page, lambda: actief()["href"] == "/gemeenten/GM0344/tijdlijn")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tijdlijn Utrecht")
    _tab_naar(page, lambda: actief()["id"] == "soort-cijfers")
    page.keyboard.press("Space")
    _tab_naar(page, lambda: actief()["id"] == "veld-zoek")
    page.keyboard.type("realisatie")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"soort=cijfers&zoek=realisatie"))
    expect(page.locator(".toezicht-tijdlijn__item").first).to_be_visible()


@pytest.mark.parametrize("rol", [None, Rol.TOEZICHTHOUDER], ids=str)
def test_geen_horizontale_scroll_op_320_px(als, rol):
    page = als(rol)
    page.set_viewport_size({"width": 320, "height": 640})
    paginas = PAGINAS_INGELOGD if rol else {"inloggen": "/inloggen"}
    breedte = {}
    for naam, pad in paginas.items():
        page.goto(_pad(page, pad))
        breedte[naam] = page.evaluate("document.documentElement.scrollWidth")
    if rol is None:
        _fout_via_formulier(page)
        breedte["inloggen met fouten"] = page.evaluate("document.documentElement.scrollWidth")
    assert {naam: b for naam, b in breedte.items() if b > 320} == {}


def test_knoppen_en_velden_zijn_groot_genoeg_om_te_raken(als):
    """WCAG 2.5.8: a control is at least 24 by 24 px (a native checkbox is 13)."""
    page = als(Rol.TOEZICHTHOUDER)
    te_klein = {}
    for pad in (
        "/",
        "/inloggen",
        "/gemeenten/GM0344/tijdlijn",
        "/gemeenten/GM0344/handelingen/contact",
        "/gemeenten/GM0344/handelingen/verschoonbare-reden-beoordelen",
    ):
        page.goto(pad)
        for veld in page.locator("input:not([type=hidden]), select, button").all():
            vak = veld.bounding_box()
            assert vak is not None
            if vak["width"] < 24 or vak["height"] < 24:
                te_klein[f"{pad} {veld.get_attribute('name')}"] = (vak["width"], vak["height"])
    assert te_klein == {}
