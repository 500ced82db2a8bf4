"""Text the dossier accepts: no control characters (a NUL byte cannot even be stored in a
PostgreSQL text column). Tab, newline and carriage return are allowed in free text."""

from __future__ import annotations

import re

from domain.errors import OngeldigeInvoer

CONTROLETEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def controleer(waarde: str, veld: str) -> str:
    if CONTROLETEKENS.search(waarde):
        raise OngeldigeInvoer(f"{veld} bevat een stuurteken dat niet is toegestaan", veld)
    return waarde
