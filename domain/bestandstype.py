"""What a received file is, judged by its bytes and not by its name: PDF and the office
formats gemeenten send (docx, xlsx, odt, ods). Executables, HTML, scripts, macro-carrying
and old binary office files are refused: a supervisor opens these files."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from domain.errors import BestandstypeGeweigerd, OngeldigeInvoer

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

EXTENSIES = {PDF: ".pdf", DOCX: ".docx", XLSX: ".xlsx", ODT: ".odt", ODS: ".ods"}
TOEGESTAAN = "PDF, Word (.docx), Excel (.xlsx) of OpenDocument (.odt, .ods)"
MAX_NAAM = 200

# Leading bytes of what must never be stored as a gemeente's document.
_GEWEIGERD = (
    (b"MZ", "een Windows-programma"),
    (b"\x7fELF", "een programma"),
    (b"#!", "een script"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "een oud Office-bestand (.doc, .xls), dat macro's kan bevatten",
    ),
)
_HTML = re.compile(rb"^\s*<(!doctype|html|head|body|script|svg|\?xml)", re.IGNORECASE)
_MACRO = re.compile(r"(^|/)vbaProject\.bin$|(^|/)Basic/", re.IGNORECASE)


@dataclass(frozen=True)
class Bestand:
    """A received file's safe name and the media type its bytes show."""

    naam: str
    mediatype: str


def herken(inhoud: bytes, bestandsnaam: str) -> Bestand:
    """The media type of `inhoud`, checked against the extension of `bestandsnaam`;
    BestandstypeGeweigerd (field `bestand`) for anything else."""
    naam = veilige_naam(bestandsnaam)
    mediatype = _mediatype(inhoud)
    verwacht = EXTENSIES[mediatype]
    if not naam.lower().endswith(verwacht):
        raise BestandstypeGeweigerd(
            f"bestand: de inhoud is {_omschrijving(mediatype)}, maar de naam '{naam}' eindigt "
            f"niet op {verwacht}; hernoem het bestand",
            "bestand",
        )
    return Bestand(naam, mediatype)


def veilige_naam(bestandsnaam: str) -> str:
    """The name without a path or control characters, as it may go in a download header."""
    naam = re.split(r"[\\/]", bestandsnaam or "")[-1]
    naam = "".join(t for t in naam if t.isprintable() and t not in '"<>|:*?').strip(" .")
    if not naam:
        raise OngeldigeInvoer("bestand: het bestand heeft geen naam", "bestand")
    if len(naam) > MAX_NAAM:
        raise OngeldigeInvoer(
            f"bestand: de naam is langer dan {MAX_NAAM} tekens; kort hem in", "bestand"
        )
    return naam


def _mediatype(inhoud: bytes) -> str:
    if not inhoud:
        raise OngeldigeInvoer("bestand: het bestand is leeg", "bestand")
    if inhoud.startswith(b"%PDF-"):
        return PDF
    for begin, wat in _GEWEIGERD:
        if inhoud.startswith(begin):
            raise BestandstypeGeweigerd(_geweigerd(wat), "bestand")
    if _HTML.match(inhoud[:1024].lstrip(b"\xef\xbb\xbf")):
        raise BestandstypeGeweigerd(_geweigerd("een webpagina (HTML)"), "bestand")
    if inhoud.startswith(b"PK\x03\x04"):
        return _kantoorbestand(inhoud)
    raise BestandstypeGeweigerd(_geweigerd("geen herkend documenttype"), "bestand")


def _kantoorbestand(inhoud: bytes) -> str:
    """A ZIP container: Office Open XML or OpenDocument, without macros."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
            namen = zip_.namelist()
            soort = (
                zip_.open("mimetype").read(100).decode("ascii", "replace").strip()
                if "mimetype" in namen
                else ""
            )
    except (zipfile.BadZipFile, KeyError, ValueError, RuntimeError):
        raise BestandstypeGeweigerd(_geweigerd("een beschadigd ZIP-bestand"), "bestand") from None
    if any(_MACRO.search(n) for n in namen):
        raise BestandstypeGeweigerd(_geweigerd("een Office-bestand met macro's"), "bestand")
    if soort in (ODT, ODS):
        return soort
    if "[Content_Types].xml" in namen:
        if any(n.startswith("word/") for n in namen):
            return DOCX
        if any(n.startswith("xl/") for n in namen):
            return XLSX
    raise BestandstypeGeweigerd(_geweigerd("een ZIP-bestand zonder document"), "bestand")


def _omschrijving(mediatype: str) -> str:
    return {PDF: "een PDF", DOCX: "een Word-document", XLSX: "een Excel-werkmap"}.get(
        mediatype, "een OpenDocument-bestand"
    )


def _geweigerd(wat: str) -> str:
    return f"bestand: de inhoud is {wat}; de provincie neemt alleen {TOEGESTAAN} aan"
