"""The one place where text leaves the product: HTML escaping for pages and letters, and
a CSV writer that neutralises formula injection. Pages, letters and exports use these."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import escape

# Templates for pages and letters: autoescaping always on.
sjablonen = Environment(autoescape=select_autoescape(default=True, default_for_string=True))

_FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")


def html(tekst: Any) -> str:
    """Text made inert for HTML: <script> becomes &lt;script&gt;."""
    return str(escape(tekst))


def veilige_cel(waarde: Any) -> Any:
    """A spreadsheet cell that cannot start a formula: such text gets a leading quote.
    Numbers stay numbers (a negative stand is data, not a formula)."""
    if isinstance(waarde, str) and waarde.startswith(_FORMULE_BEGIN):
        return "'" + waarde
    return waarde


def csv_tekst(kolommen: Sequence[str], rijen: Iterable[dict[str, Any]]) -> str:
    """CSV with a BOM so Excel reads UTF-8; every cell through `veilige_cel`."""
    uitvoer = io.StringIO()
    uitvoer.write("\ufeff")
    schrijver = csv.writer(uitvoer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(kolommen)
    for rij in rijen:
        schrijver.writerow([veilige_cel(rij.get(k)) for k in kolommen])
    return uitvoer.getvalue()
