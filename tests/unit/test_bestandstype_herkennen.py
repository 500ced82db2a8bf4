"""A received file's type follows from its bytes, not from its name: PDF and the office
formats gemeenten send are taken; programs, web pages and macro files are refused."""

import pytest

from domain import bestandstype as bt
from domain.errors import BestandstypeGeweigerd, OngeldigeInvoer
from tests.bestanden import PDF, docx, odt, xlsx, zip_met


@pytest.mark.parametrize(
    ("inhoud", "naam", "mediatype"),
    [
        (PDF, "plan.pdf", bt.PDF),
        (docx(), "Plan van aanpak.DOCX", bt.DOCX),
        (xlsx(), "bewijs.xlsx", bt.XLSX),
        (odt(), "antwoord.odt", bt.ODT),
    ],
)
def test_toegestane_bestanden_worden_herkend(inhoud, naam, mediatype):
    assert bt.herken(inhoud, naam) == bt.Bestand(naam, mediatype)


@pytest.mark.parametrize(
    ("inhoud", "naam", "wat"),
    [
        (b"MZ\x90\x00" + b"\x00" * 60, "plan.pdf", "Windows-programma"),
        (b"\x7fELF\x02\x01", "plan.pdf", "programma"),
        (b"#!/bin/sh\nrm -rf /", "plan.pdf", "script"),
        (b"\xef\xbb\xbf  <!DOCTYPE html><html>", "plan.pdf", "webpagina"),
        (b"<script>alert(1)</script>", "plan.docx", "webpagina"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "plan.doc", "oud Office-bestand"),
        (zip_met({"[Content_Types].xml": b"", "word/vbaProject.bin": b"x"}), "p.docx", "macro"),
        (zip_met({"leesmij.txt": b"x"}), "plan.docx", "zonder document"),
        (b"PK\x03\x04 kapot", "plan.docx", "beschadigd"),
        (b"Gewone tekst", "plan.pdf", "geen herkend documenttype"),
    ],
)
def test_andere_inhoud_wordt_geweigerd_ook_met_een_nette_naam(inhoud, naam, wat):
    with pytest.raises(BestandstypeGeweigerd) as fout:
        bt.herken(inhoud, naam)
    assert fout.value.veld == "bestand" and wat in fout.value.bericht
    assert "PDF, Word (.docx)" in fout.value.bericht or "hernoem" in fout.value.bericht


def test_de_naam_moet_bij_de_inhoud_passen_en_verliest_zijn_pad():
    with pytest.raises(BestandstypeGeweigerd) as fout:
        bt.herken(docx(), "plan.pdf")
    assert "Word-document" in fout.value.bericht and ".docx" in fout.value.bericht
    assert bt.herken(PDF, 'C:\\Users\\x\\..\\"plan".pdf').naam == "plan.pdf"
    assert bt.herken(PDF, "../../etc/plan.pdf").naam == "plan.pdf"
    for leeg in ("", "/", " . "):
        with pytest.raises(OngeldigeInvoer):
            bt.herken(PDF, leeg)
    with pytest.raises(OngeldigeInvoer):
        bt.herken(b"", "plan.pdf")
