"""Text the dossier accepts: no control characters (a NUL byte cannot even be stored in a
PostgreSQL text column) and no bidi overrides, which make a text read differently from
what it says. Tab, newline and carriage return are allowed in free text."""

from __future__ import annotations

import re
import unicodedata

from domain.errors import OngeldigeInvoer

CONTROLETEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): refused at input,
# so no stored text can reorder what is shown around it. The implicit marks (LRM U+200E,
# RLM U+200F, ALM U+061C) are not: each acts as one letter of its direction, so it can
# move neighbouring punctuation but never reverse a run of letters, and Arabic and
# Hebrew names need them to display correctly.
RICHTINGSTEKENS = re.compile("[\u202a-\u202e\u2066-\u2069]")
STUURTEKEN = "bevat een stuurteken dat niet is toegestaan"
RICHTINGSTEKEN = "bevat een teken dat de leesrichting omkeert (U+202A-U+202E, U+2066-U+2069)"
# Letters and symbols that render as nothing; with whitespace and format characters
# (zero-width space, joiners, soft hyphen, BOM: category Cf) they make a text look empty.
_ONZICHTBAAR = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


def fout(waarde: str) -> str | None:
    """Why this text is refused, or None when it is acceptable."""
    if CONTROLETEKENS.search(waarde):
        return STUURTEKEN
    if RICHTINGSTEKENS.search(waarde):
        return RICHTINGSTEKEN
    return None


def zonder_verboden_tekens(waarde: str) -> str:
    """The text with the characters `fout` refuses taken out: for text from outside
    (an SSO provider's display name) that should not be refused for them."""
    return RICHTINGSTEKENS.sub("", CONTROLETEKENS.sub("", waarde))


def controleer(waarde: str, veld: str) -> str:
    reden = fout(waarde)
    if reden is not None:
        raise OngeldigeInvoer(f"{veld} {reden}", veld)
    return waarde


def leeg(waarde: str) -> bool:
    """True when nothing of the text would be visible."""
    return all(t.isspace() or t in _ONZICHTBAAR or unicodedata.category(t) == "Cf" for t in waarde)
