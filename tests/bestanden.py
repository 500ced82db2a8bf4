"""Small real files of the kinds a gemeente sends, built in memory for the tests."""

import io
import zipfile

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def zip_met(bestanden: dict[str, bytes]) -> bytes:
    """The same bytes every time (a fixed date in every entry)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for naam, inhoud in bestanden.items():
            z.writestr(zipfile.ZipInfo(naam, date_time=(2024, 1, 1, 0, 0, 0)), inhoud)
    return buffer.getvalue()


def docx(tekst: str = "Verbeterplan") -> bytes:
    return zip_met(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": f"<w:document>{tekst}</w:document>".encode(),
        }
    )


def xlsx() -> bytes:
    return zip_met({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def odt() -> bytes:
    return zip_met(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"}
    )
