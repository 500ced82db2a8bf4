"""The browser tier: Debian's Chromium driven by Playwright against the real server with the
demo, one server per pytest(-xdist) worker. A session cookie is Secure; Chromium counts
http://127.0.0.1 as a secure context and sends it, so plain http is enough here."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from benchmarks.proces import Server
from domain.vastlegging import Rol
from tests.browser.demosite import CHROMIUM, STARTVLAGGEN, WACHTWOORD, demosite

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# scripts/test.sh installs both, so there a missing one is a failure, not a skip.
VEREIST = os.environ.get("TOEZICHT_REQUIRE_BROWSER") == "1"


def _ontbreekt(wat: str) -> None:
    if VEREIST:
        pytest.fail(f"{wat} ontbreekt, maar scripts/test.sh hoort het te installeren")
    pytest.skip(f"{wat} ontbreekt; scripts/test.sh installeert het")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium instead of a downloaded build (a download fails here)."""
    if not CHROMIUM.exists():
        _ontbreekt(f"Chromium ({CHROMIUM})")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": STARTVLAGGEN}


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The demo site, once per worker (each xdist worker gets its own server and database)."""
    with demosite(tmp_path_factory.mktemp("site")) as server:
        yield server


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any], site: Server) -> dict[str, Any]:
    return {**browser_context_args, "base_url": site.url, "locale": "nl-NL"}


def log_in(page: Page, naam: str, wachtwoord: str = WACHTWOORD) -> None:
    """Through the form, as a person does (on the login page the browser is on, if any)."""
    if "/inloggen" not in page.url:
        page.goto("/inloggen")
    page.get_by_label("Gebruikersnaam").fill(naam)
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()


@pytest.fixture(scope="session")
def sessies(
    browser: Browser, browser_context_args: dict[str, Any]
) -> Callable[[Rol], dict[str, Any]]:
    """The cookies of a login per role, made once per worker (argon2 is slow on purpose)."""
    bewaard: dict[Rol, dict[str, Any]] = {}

    def sessie(rol: Rol) -> dict[str, Any]:
        if rol not in bewaard:
            context = browser.new_context(**browser_context_args)
            page = context.new_page()
            log_in(page, rol.value)
            page.wait_for_url("/")
            bewaard[rol] = context.storage_state()
            context.close()
        return bewaard[rol]

    return sessie


@pytest.fixture
def als(
    browser: Browser,
    browser_context_args: dict[str, Any],
    sessies: Callable[[Rol], dict[str, Any]],
) -> Iterator[Callable[..., Page]]:
    """A fresh page logged in with the given role (or not logged in: None). With
    axe=True the context may inject axe-core despite the pages' CSP (no script allowed)."""
    contexten: list[BrowserContext] = []

    def pagina(rol: Rol | None, axe: bool = False) -> Page:
        opties = dict(browser_context_args, bypass_csp=axe)
        if rol is not None:
            opties["storage_state"] = sessies(rol)
        context = browser.new_context(**opties)
        contexten.append(context)
        return context.new_page()

    yield pagina
    for context in contexten:
        context.close()


@pytest.fixture(scope="session")
def axe_bron() -> str:
    if not AXE.exists():
        _ontbreekt("axe-core (npm ci in tests/browser)")
    return AXE.read_text(encoding="utf-8")
