"""Small real files of the kinds a gemeente sends, built in memory for the tests."""

import io
import zipfile

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def zip_met(bestanden: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for naam, inhoud in bestanden.items():
            z.writestr(naam, inhoud)
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
