"""Text leaves the product inert: HTML escaped, spreadsheet formulas neutralised."""

import csv
import io

from api.veilig import csv_tekst, html, sjablonen, veilige_cel


def test_html_wordt_onschadelijk():
    assert html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    brief = sjablonen.from_string("<p>{{ naam }}</p>").render(naam="<b onmouseover=x>")
    assert brief == "<p>&lt;b onmouseover=x&gt;</p>"


def test_formules_worden_tekst():
    for gevaarlijk in ('=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert veilige_cel(gevaarlijk) == "'" + gevaarlijk
    assert veilige_cel(-150) == -150  # a voorsprong is a number, not a formula
    assert veilige_cel("Utrecht") == "Utrecht"


def test_csv_bewaart_unicode_en_neutraliseert():
    tekst = csv_tekst(
        ["naam", "trede"],
        [{"naam": "=cmd|' /C calc'!A0", "trede": 3}, {"naam": "Súdwest-Fryslân", "trede": 1}],
    )
    assert tekst.startswith("\ufeff")
    rijen = list(csv.reader(io.StringIO(tekst.lstrip("\ufeff")), delimiter=";"))
    assert rijen[1] == ["'=cmd|' /C calc'!A0", "3"]
    assert rijen[2] == ["Súdwest-Fryslân", "1"]
