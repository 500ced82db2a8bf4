"""The overzicht in a real browser: sorting by clicking a column header, filtering with
the form; the view lives in the address bar."""

import re

import pytest
from playwright.sync_api import Page, expect

from domain.vastlegging import Rol

pytestmark = pytest.mark.browser


def _kolom(page: Page, nummer: int) -> list[str]:
    return page.locator(f"tbody tr > :nth-child({nummer})").all_inner_texts()


def test_sorteren_door_op_een_kolomkop_te_klikken(als):
    page = als(Rol.TOEZICHTHOUDER)
    page.goto("/")
    namen = _kolom(page, 1)
    assert len(namen) == 26 and namen == sorted(namen)

    kop = page.locator("thead th").filter(has=page.get_by_role("link", name="Trede", exact=True))
    kop.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"sorteer=trede&richting=op"))
    expect(kop).to_have_attribute("aria-sort", "ascending")
    treden = [int(t) for t in _kolom(page, 2) if t != "–"]
    assert treden == sorted(treden) and len(set(treden)) > 1

    kop.get_by_role("link").click()  # the same header again: the other way round
    expect(page).to_have_url(re.compile(r"sorteer=trede&richting=af"))
    expect(kop).to_have_attribute("aria-sort", "descending")
    treden = [int(t) for t in _kolom(page, 2) if t != "–"]
    assert treden == sorted(treden, reverse=True)


def test_filteren_met_het_formulier(als):
    page = als(Rol.LEZER)
    page.goto("/?sorteer=naam&richting=af")
    page.get_by_label("Trede", exact=True).select_option("2")
    page.get_by_role("button", name="Toon").click()
    expect(page).to_have_url(re.compile(r"/\?trede=2"))
    treden = _kolom(page, 2)
    assert treden and set(treden) == {"2"}
    expect(page.locator("caption")).to_have_text(f"Gemeenten ({len(treden)} van 26)")
    expect(page.get_by_label("Trede", exact=True)).to_have_value("2")  # the form keeps it

    page.get_by_role("link", name="Alle gemeenten").click()
    expect(page.locator("tbody tr")).to_have_count(26)


def test_provinciegrens_ligt_boven_de_gemeenten_en_vangt_geen_klik(als):
    """Drawn under the gemeenten, the outline showed only in patches; on top it must let a
    click through to the gemeente beneath it."""
    page = als(Rol.TOEZICHTHOUDER)
    page.goto("/")
    bovenste = page.locator("svg.toezicht-kaart__svg > :last-child")
    expect(bovenste).to_have_class("toezicht-kaart__omtrek")
    assert bovenste.evaluate("e => getComputedStyle(e).pointerEvents") == "none"
