"""Reading one cell: a whole count, a period, a date. Each refusal is a Dutch reason."""

from __future__ import annotations

import re
from datetime import date, datetime

from application.importeren.lezen import Cel
from domain.errors import OngeldigeInvoer
from domain.periode import Periode

_GETAL = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DATUM_NL = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})", re.ASCII)


class Celfout(ValueError):
    """A cell that cannot be read; the message is the Dutch reason."""


def geheel(cel: Cel, niet_negatief: bool) -> int:
    if isinstance(cel, bool) or isinstance(cel, date):
        raise Celfout(f"'{cel}' is geen aantal")
    if isinstance(cel, float):
        if not cel.is_integer():
            raise Celfout(f"{cel:g} is geen geheel aantal personen")
        waarde = int(cel)
    elif isinstance(cel, int):
        waarde = cel
    else:
        tekst = str(cel).strip().replace("\u2212", "-")
        if re.fullmatch(r"[+-]?[0-9]+[.,][0-9]+", tekst, re.ASCII):
            raise Celfout(f"'{tekst}' is geen geheel aantal personen")
        if not _GETAL.fullmatch(tekst):
            raise Celfout(f"'{tekst}' is geen geheel getal")
        waarde = int(tekst)
    if niet_negatief and waarde < 0:
        raise Celfout(f"{waarde} is negatief; een aantal personen is 0 of meer")
    if abs(waarde) > 1_000_000:
        raise Celfout(f"{waarde} is onwaarschijnlijk groot")
    return waarde


def periode(cel: Cel) -> Periode:
    if isinstance(cel, date):
        raise Celfout(
            f"de periode staat als datum ({cel.isoformat()}) in het blad: Excel maakt van "
            "2024-1 een datum; maak de kolom tekst en schrijf 2024-1 of 2024-I"
        )
    if isinstance(cel, float | int):
        raise Celfout(f"'{cel}' is geen periode; schrijf bijvoorbeeld 2024-1 of 2024-II")
    try:
        return Periode.parse(str(cel))
    except OngeldigeInvoer as fout:
        raise Celfout(fout.bericht) from None


def datum(cel: Cel) -> date:
    if isinstance(cel, date):
        return cel
    tekst = str(cel).strip()
    try:
        if m := _DATUM_NL.fullmatch(tekst):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return datetime.fromisoformat(tekst).date() if "T" in tekst else date.fromisoformat(tekst)
    except ValueError:
        raise Celfout(f"'{tekst}' is geen datum; schrijf 2024-07-01 of 01-07-2024") from None
