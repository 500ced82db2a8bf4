"""The import page in a real browser: choose a file, see the dry run with its tables, and
axe-core finds nothing on the form, its error state or the preview. Only dry runs here:
the demo site is shared by the other browser tests."""

import pytest
from playwright.sync_api import expect

from domain.vastlegging import Rol
from tests.browser.test_toegankelijkheid import _axe

pytestmark = pytest.mark.browser

GOED = "Gemeente;Periode;Realisatie;Stand eind\nUtrecht;2022-1;175;200\n"
FOUT = GOED + "Atlantis;2022-1;5;\nUtrecht;2022-3;5;\n"


def test_proefimport_in_de_browser(als, axe_bron, tmp_path):
    page = als(Rol.TOEZICHTHOUDER, axe=True)
    page.goto("/import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Cijfers importeren")
    gevonden = {"formulier": _axe(page, axe_bron)}
    page.get_by_role("button", name="Bekijk wat het bestand doet").click()
    expect(page.locator(".toezicht-foutsamenvatting")).to_be_visible()
    gevonden["formulier met fout"] = _axe(page, axe_bron)

    (tmp_path / "fout.csv").write_text(FOUT, encoding="utf-8")
    page.get_by_label("Bestand met cijfers").set_input_files(tmp_path / "fout.csv")
    page.get_by_role("button", name="Bekijk wat het bestand doet").click()
    expect(page.get_by_role("heading", level=2).first).to_have_text(
        "2 rij(en) geweigerd: er wordt niets vastgelegd"
    )
    expect(page.get_by_role("table", name="Geweigerde rijen (2)")).to_be_visible()
    gevonden["proef met weigeringen"] = _axe(page, axe_bron)

    page.goto("/import")
    (tmp_path / "goed.csv").write_text(GOED, encoding="utf-8")
    page.get_by_label("Bestand met cijfers").set_input_files(tmp_path / "goed.csv")
    page.get_by_role("button", name="Bekijk wat het bestand doet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Proef: wat goed.csv zou doen")
    expect(page.get_by_role("button", name="Leg deze 2 gebeurtenis(sen) vast")).to_be_visible()
    gevonden["proef"] = _axe(page, axe_bron)
    assert gevonden == {naam: [] for naam in gevonden}
