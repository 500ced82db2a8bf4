"""The toezichtbrief for gemeente Utrecht 2022-1, rendered from the demo dossier: every
figure from the query layer, the same events give the same PDF bytes, and the PDF is an
archival, tagged PDF/A-2a with its metadata."""

import subprocess
import time
from datetime import UTC, date, datetime

import pikepdf
import pytest

from api.deps import Container
from application.demo import laad_demo
from application.settings import Settings
from documenten.gegevens import concept
from documenten.opmaak import pdf

NU = datetime(2026, 11, 22, 9, tzinfo=UTC)
DATUM = date(2022, 9, 22)


def demo(pad) -> Container:
    c = Container.bouw(Settings(database_url=f"sqlite:///{pad}", scheduler="uit"), lambda: NU)
    laad_demo(c.app, NU)
    c.runner.bij()
    return c


def tekst(inhoud: bytes) -> str:
    uit = subprocess.run(["pdftotext", "-", "-"], input=inhoud, capture_output=True, check=True)
    return " ".join(uit.stdout.decode().split())


@pytest.fixture(scope="module")
def queries(tmp_path_factory):
    return demo(tmp_path_factory.mktemp("brief") / "demo.sqlite").queries


@pytest.fixture(scope="module")
def brief(queries) -> bytes:
    return pdf(concept(queries, "toezichtbrief", "GM0344", DATUM, periode="2022-1"))


def test_de_cijfers_komen_uit_het_dossier(brief):
    t = tekst(brief)
    for cijfer in ("achterstand 171", "203 + 1 = 204", "375", "168", "82%", "45%"):
        assert cijfer in t
    assert "achterstand 207" in t
    assert "trede 3 (actief toezicht)" in t
    assert "trede 2 (informatie opvragen en valideren)" in t
    # the next period: taakstelling 275, totaalopgave 275 + 207 = 482
    assert "taakstelling 275" in t and "totaalopgave 482" in t


def verwacht_kenmerk(queries) -> str:
    """The number counts the letters sent that year: no letter yet, so the first."""
    assert queries.brieven("GM0344") == []
    return "IBT-HV/2022/GM0344/001"


def test_de_velden_van_een_overheidsbrief(brief, queries):
    t = tekst(brief)
    assert f"Kenmerk {verwacht_kenmerk(queries)}" in t
    assert "Datum 22 september 2022" in t
    assert "Onderwerp Beoordeling huisvesting vergunninghouders periode 2022-1" in t
    assert "Behandeld door" in t and "Bijlagen geen" in t
    assert "Aan het college van burgemeester en wethouders van de gemeente Utrecht" in t
    assert "Gedeputeerde Staten van Utrecht, namens dezen," in t
    assert "Afschrift aan: de gemeenteraad van Utrecht." in t


def test_zelfde_gebeurtenissen_zelfde_bytes(tmp_path, queries, brief):
    assert pdf(concept(queries, "toezichtbrief", "GM0344", DATUM, periode="2022-1")) == brief
    # A second store loaded with the same events, at another moment.
    ander = demo(tmp_path / "ander.sqlite").queries
    assert pdf(concept(ander, "toezichtbrief", "GM0344", DATUM, periode="2022-1")) == brief


def test_pdf_a_2a_getagd_met_metadata(brief, queries, tmp_path):
    (tmp_path / "brief.pdf").write_bytes(brief)
    with pikepdf.open(tmp_path / "brief.pdf") as doc:
        assert "/StructTreeRoot" in doc.Root
        assert doc.Root.MarkInfo.Marked is True
        assert str(doc.Root.Lang) == "nl"
        assert bytes(doc.trailer.ID[0]) == verwacht_kenmerk(queries).encode()
        fonts = [f for p in doc.pages for f in p.Resources.Font.values()]
        assert fonts
        for font in fonts:
            beschrijving = font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in beschrijving, font.BaseFont  # embedded, not referenced
            assert "Toezicht-Sans" in str(font.BaseFont)  # the DejaVu shipped in documenten/
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "A"
        assert meta["dc:title"].startswith("Beoordeling huisvesting vergunninghouders")
        assert meta["dc:creator"] == ["Gedeputeerde Staten van Utrecht"]
        assert meta["xmp:CreateDate"].startswith("2022-09-22")
        assert str(doc.docinfo["/CreationDate"]).startswith("D:20220922")


def test_de_meegeleverde_lettertypen_worden_gebruikt(queries, caplog):
    with caplog.at_level("WARNING", logger="weasyprint"):
        pdf(concept(queries, "toezichtbrief", "GM0344", DATUM, periode="2022-1"))
    assert not [r for r in caplog.records if "cannot be loaded" in r.getMessage()]


def test_afschrift_aan_de_raad(queries):
    t = tekst(pdf(concept(queries, "afschrift_raad", "GM0344", DATUM, periode="2022-1")))
    assert t.startswith("Provincie Utrecht")
    assert "AFSCHRIFT Aan de gemeenteraad van Utrecht" in t
    assert "Geachte leden van de raad" in t
    assert "203 + 1 = 204" in t and "82%" in t


def test_een_brief_rendert_binnen_twee_seconden(queries):
    begin = time.perf_counter()
    pdf(concept(queries, "uitnodiging_bestuurlijk_gesprek", "GM0344", DATUM, periode="2022-1"))
    assert time.perf_counter() - begin < 2.0
