"""Screenshots of the main pages for the README: the demo site as a toezichthouder sees it,
in Debian's Chromium. Run: .venv/bin/python scripts/screenshots.py (writes docs/screenshots/)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from tests.browser.demosite import CHROMIUM, STARTVLAGGEN, WACHTWOORD, demosite  # noqa: E402

DOEL = WORTEL / "docs" / "screenshots"


def _inloggen(page: Page, naam: str = "toezichthouder") -> None:
    page.goto("/inloggen")
    page.get_by_label("Gebruikersnaam").fill(naam)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("/")


def _paginas(page: Page) -> dict[str, str]:
    """The work pages, and the derivation of Utrecht's 2022-1 beoordeling (with the test
    site's later correction flagged); its version comes from the API, as a dossier finds it."""
    beoordelingen = page.request.get("/api/v1/gemeenten/GM0344/beoordelingen").json()
    versie = next(b["versie"] for b in beoordelingen if b["periode"] == "2022-1")
    return {
        "dossier": "/gemeenten/GM0344",
        "tijdlijn": "/gemeenten/GM0344/tijdlijn",
        "afleiding": f"/gemeenten/GM0344/beoordelingen/{versie}",
        "werkvoorraad": "/werkvoorraad?weergave=alle",
        "termijnen": "/termijnen",
        "meldingen": "/meldingen",
        "rapportage": "/rapportage?van=2022-1&tot=2023-2",
    }


def _formulieren(page: Page, breedte: int) -> None:
    """A form refused with its error summary, and an act's confirmation page (on Bunnik;
    nothing is recorded: the confirmation is not given)."""
    page.goto("/gemeenten/GM0312/handelingen/contact")
    page.get_by_label("Deelnemers").fill("Wethouder Jansen")
    page.get_by_role("button", name="Contact vastleggen").click()
    page.screenshot(path=DOEL / f"formulier-met-fouten-{breedte}.png", full_page=True)
    page.goto("/gemeenten/GM0312/handelingen/voorstel")
    page.get_by_label("Trede").select_option(label="Trede 3")
    page.get_by_label("Motivering").fill("De gemeente herstelt zich")
    page.get_by_role("button", name="Beoordeling voorstellen").click()
    page.get_by_role("button", name="Uitloggen").click()
    _inloggen(page, "bestuurder")
    page.goto("/gemeenten/GM0312/handelingen/vaststellen")
    page.get_by_label("Voorstel").select_option(index=1)
    page.get_by_role("button", name="Verder naar controleren").click()
    page.screenshot(path=DOEL / f"bevestigen-{breedte}.png", full_page=True)


# A dry run on the demo (nothing is recorded): corrections that change proposals, one
# refused row. The names as files spell them.
IMPORTBESTAND = (
    "gemeente;periode;realisatie;stand_eind;tijdig_beschikbaar\n"
    "Utrecht;2022-1;175;200;\n"
    "AMERSFOORT;2026-2;5;;40\n"
    "De Ronde Venen;2026-II;60;;\n"
    "Atlantis;2026-2;5;;\n"
)


def _importproef(page: Page, map: Path, breedte: int) -> None:
    bestand = map / "tvs-export.csv"
    bestand.write_text(IMPORTBESTAND, encoding="utf-8")
    page.goto("/import")
    page.get_by_label("Bestand met cijfers").set_input_files(bestand)
    page.get_by_role("button", name="Bekijk wat het bestand doet").click()
    page.screenshot(path=DOEL / f"import-proef-{breedte}.png", full_page=True)


def main() -> None:
    DOEL.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as map, demosite(Path(map)) as site, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=STARTVLAGGEN)
        for breedte, hoogte in ((1280, 800), (320, 640)):
            context = browser.new_context(
                base_url=site.url, viewport={"width": breedte, "height": hoogte}, locale="nl-NL"
            )
            page = context.new_page()
            if breedte == 1280:
                page.goto("/inloggen")
                page.screenshot(path=DOEL / "inloggen.png")
            _inloggen(page)
            page.screenshot(path=DOEL / f"overzicht-{breedte}.png", full_page=True)
            for naam, pad in _paginas(page).items():
                page.goto(pad)
                page.screenshot(path=DOEL / f"{naam}-{breedte}.png", full_page=True)
            # The import first: the forms end logged in as the bestuurder.
            _importproef(page, Path(map), breedte)
            _formulieren(page, breedte)
            context.close()
        browser.close()
    for png in sorted(DOEL.glob("*.png")):
        print(png.relative_to(WORTEL))


if __name__ == "__main__":
    main()
