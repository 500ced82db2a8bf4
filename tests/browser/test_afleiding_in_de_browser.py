"""Reading how a trede was reached in a real browser: the figures as known at the
decision, and a correction made later flagged with old and new value and its date."""

import pytest
from playwright.sync_api import expect

from domain.vastlegging import Rol

pytestmark = pytest.mark.browser


def test_de_afleiding_lezen_en_een_latere_correctie_zien(als):
    page = als(Rol.LEZER)
    page.goto("/")
    beoordelingen = page.request.get("/api/v1/gemeenten/GM0344/beoordelingen").json()
    versie = next(b["versie"] for b in beoordelingen if b["periode"] == "2022-1")
    page.goto(f"/gemeenten/GM0344/beoordelingen/{versie}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hoe is deze trede bereikt?")
    expect(page.get_by_text("Beleidskader IBT 2021-2024 (IBT-2021)")).to_be_visible()
    realisatie = page.get_by_role("row").filter(has_text="Realisatie")
    expect(realisatie.get_by_role("cell").first).to_have_text("168")  # as known then
    melding = page.get_by_role("note")
    expect(melding).to_contain_text("realisatie later gecorrigeerd van 168 naar 170 op ")
    expect(realisatie).to_contain_text("later gecorrigeerd van 168 naar 170")
