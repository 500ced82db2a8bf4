"""A CSV or XLSX file as a heading and numbered rows (numbered as a spreadsheet shows
them: the heading is row 1). Cells keep their type: text, a number or a date."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from domain.errors import OngeldigeInvoer

Cel = str | int | float | date | None
XLSX_BEGIN = b"PK\x03\x04"  # an .xlsx is a zip archive


@dataclass(frozen=True)
class Tabel:
    koppen: list[str]
    rijen: list[tuple[int, list[Cel]]]  # (row number in the file, cells)


def lees(naam: str, inhoud: bytes) -> Tabel:
    """The file's first sheet (XLSX) or its text (CSV, UTF-8 or Windows-1252, separated
    by comma, semicolon or tab); refused with a Dutch message when it is neither."""
    soort = naam.rsplit(".", 1)[-1].lower() if "." in naam else ""
    if soort == "xlsx" or (soort != "csv" and inhoud.startswith(XLSX_BEGIN)):
        return _xlsx(inhoud)
    if soort not in ("csv", "txt", ""):
        raise OngeldigeInvoer(f"bestand '{naam}': alleen .csv en .xlsx worden ingelezen", "bestand")
    return _csv(inhoud)


def _csv(inhoud: bytes) -> Tabel:
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        tekst = inhoud.decode("cp1252", errors="replace")
    if "\x00" in tekst:
        raise OngeldigeInvoer("het bestand is geen tekst (CSV) en geen .xlsx", "bestand")
    eerste = tekst.split("\n", 1)[0]
    scheiding = max((";", ",", "\t"), key=eerste.count)
    regels = list(csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding))
    return _tabel([[c if c.strip() else None for c in r] for r in regels])


def _xlsx(inhoud: bytes) -> Tabel:
    from python_calamine import CalamineWorkbook

    try:
        boek = CalamineWorkbook.from_filelike(io.BytesIO(inhoud))
        blad = boek.get_sheet_by_index(0)
        regels = blad.to_python(skip_empty_area=False)
    except Exception as fout:  # noqa: BLE001 - any unreadable workbook is the same refusal
        raise OngeldigeInvoer(f"het .xlsx-bestand is onleesbaar ({fout})", "bestand") from None
    return _tabel([[_cel(c) for c in r] for r in regels])


def _cel(waarde: object) -> Cel:
    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, datetime):
        return waarde.date()  # a date cell; a time of day says nothing here
    if isinstance(waarde, bool):
        return str(waarde)
    if isinstance(waarde, date | int | float | str):
        return waarde
    return str(waarde)


def _tabel(regels: list[list[Cel]]) -> Tabel:
    # Leading empty lines are skipped; the first line with content is the heading.
    start = next((i for i, r in enumerate(regels) if any(c is not None for c in r)), None)
    if start is None:
        raise OngeldigeInvoer("het bestand is leeg", "bestand")
    koppen = ["" if c is None else str(c).strip() for c in regels[start]]
    while koppen and not koppen[-1]:
        koppen.pop()
    rijen = [
        (nummer + 1, r)
        for nummer, r in enumerate(regels)
        if nummer > start and any(c is not None and str(c).strip() for c in r)
    ]
    return Tabel(koppen, rijen)
