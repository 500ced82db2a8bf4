"""Logging in and out in a real browser: the form, the error summary that takes focus, and
a form that lost its CSRF token being refused."""

import re

import pytest
from playwright.sync_api import Page, expect

from domain.vastlegging import Rol
from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def test_inloggen_via_het_formulier_en_uitloggen(page: Page):
    page.goto("/?trede=2")
    expect(page).to_have_url(re.compile(r"/inloggen\?volgende="))
    log_in(page, "toezichthouder")
    expect(page).to_have_url(re.compile(r"/\?trede=2$"))  # back where the user was going
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht")
    expect(page.locator(".toezicht-kop__gebruiker")).to_contain_text("Anna de Vries")

    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"/inloggen$"))
    page.goto("/")  # the session is gone: back to the login form
    expect(page).to_have_url(re.compile(r"/inloggen\?volgende="))


def test_onjuist_wachtwoord_toont_de_foutsamenvatting_met_focus(page: Page):
    log_in(page, "jurist", "dit is het niet")
    samenvatting = page.locator(".toezicht-foutsamenvatting")
    expect(samenvatting).to_contain_text("Naam of wachtwoord onjuist.")
    expect(samenvatting).to_be_focused()
    assert page.evaluate("document.activeElement.classList.contains('toezicht-foutsamenvatting')")
    # The summary's link leads to the field it names.
    samenvatting.get_by_role("link").click()
    expect(page.get_by_label("Gebruikersnaam")).to_be_focused()
    expect(page.get_by_label("Gebruikersnaam")).to_have_value("jurist")


def test_leeg_formulier_noemt_beide_velden(page: Page):
    page.goto("/inloggen")
    page.get_by_role("button", name="Inloggen").click()
    samenvatting = page.locator(".toezicht-foutsamenvatting")
    expect(samenvatting).to_be_focused()
    expect(samenvatting.get_by_role("link")).to_have_text(
        ["Vul uw gebruikersnaam in.", "Vul uw wachtwoord in."]
    )
    expect(page.get_by_label("Wachtwoord")).to_have_attribute("aria-invalid", "true")


def test_formulier_zonder_csrf_token_wordt_geweigerd(als):
    page = als(Rol.LEZER)
    page.goto("/")
    page.locator("form[action='/uitloggen'] input[name='csrf_token']").evaluate("e => e.remove()")
    with page.expect_response(re.compile(r"/uitloggen$")) as antwoord:
        page.get_by_role("button", name="Uitloggen").click()
    assert antwoord.value.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Formulier verlopen")
    page.goto("/")  # still logged in: the refused form changed nothing
    expect(page.get_by_role("heading", level=1)).to_have_text("Overzicht")
