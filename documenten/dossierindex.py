"""The dossier export's index of acts as PDF: one line per act, with who did it, when it
happened and when it was recorded. Drawn with fpdf2, not WeasyPrint: a dossier of
thousands of acts takes WeasyPrint minutes; this takes a second or two."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from documenten.opmaak import HIER

KOLOMMEN = (("Versie", 13.0), ("Plaatsgevonden", 27.0), ("Geregistreerd", 27.0), ("Wie", 52.0))
REGEL = 4.0  # mm per line at 7 pt


def _tijd(moment: str) -> str:
    """'03-10-2022 14:05': the rows already carry Dutch time."""
    return f"{datetime.fromisoformat(moment):%d-%m-%Y %H:%M}"


def index_pdf(titel: str, kop: Sequence[str], handelingen: Sequence[dict[str, Any]]) -> bytes:
    """The index as PDF; `kop`: the lines above the table (gemeente, export, chain head)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_lang("nl")
    pdf.set_title(titel)
    pdf.set_author("Toezicht huisvesting vergunninghouders")
    pdf.set_creation_date(datetime(2000, 1, 1))  # the bytes follow the dossier, not the clock
    pdf.add_font("DejaVu", "", str(HIER / "lettertypen" / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(HIER / "lettertypen" / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, titel, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    for regel in kop:
        pdf.multi_cell(0, 4.5, regel, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    breedte_rest = pdf.epw - sum(b for _, b in KOLOMMEN)

    def kopregel() -> None:
        pdf.set_font("DejaVu", "B", 7)
        for naam, breedte in KOLOMMEN:
            pdf.cell(breedte, REGEL + 1, naam, border="B")
        pdf.cell(breedte_rest, REGEL + 1, "Handeling", border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 7)

    kopregel()
    for h in handelingen:
        tekst = h["omschrijving"]
        if h["vertrouwelijk"]:
            tekst = (
                "VERTROUWELIJK – " if not h["afgeschermd"] else "VERTROUWELIJK, weggelaten – "
            ) + tekst
        if h.get("reden"):
            tekst = f"{tekst.rstrip('.')}. Reden: {h['reden']}"
        regels = 1 if pdf.get_string_width(tekst) <= breedte_rest - 2 else 0
        if regels == 0:
            gemeten = pdf.multi_cell(
                breedte_rest, REGEL, tekst, align="L", dry_run=True, output="LINES"
            )
            regels = len(gemeten) if isinstance(gemeten, list) else 1
        if pdf.will_page_break(regels * REGEL):
            pdf.add_page()
            kopregel()
        for waarde, (_, breedte) in zip(
            (
                str(h["versie"]),
                _tijd(h["plaatsgevonden_op"]),
                _tijd(h["geregistreerd_op"]),
                h["wie"],
            ),
            KOLOMMEN,
            strict=True,
        ):
            pdf.cell(breedte, REGEL, waarde)
        if regels == 1:
            pdf.cell(breedte_rest, REGEL, tekst, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(breedte_rest, REGEL, tekst, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
