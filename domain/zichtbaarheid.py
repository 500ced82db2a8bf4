"""Who may see what of a confidential item, and what inherits confidentiality (SPEC §6:
mark confidential notes, and log who read them). A rule, so it lives here; the read side
applies it for every caller."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from domain import gebeurtenissen as ev
from domain.vastlegging import Rol

# Roles that may read the text of a confidential item; each reading is logged.
MAG_VERTROUWELIJK_LEZEN = frozenset({Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.BEHEERDER})

# Roles whose dossier export (a copy that leaves the product, beyond its reading log)
# carries the text of confidential items, marked as such: legal staff only.
MAG_VERTROUWELIJK_EXPORTEREN = frozenset({Rol.JURIST})

# What anyone may see of a confidential item: that it exists, its kind and what it refers
# to. Everything else (summary, participants, correction text, reason) is withheld: a
# list of what may be shown, so a new free-text field is hidden until someone decides.
OPENBARE_VELDEN = frozenset({"soort", "vertrouwelijk", "versie"})


@dataclass(frozen=True)
class Lezer:
    """Who is reading: the user's name and the role they act in."""

    naam: str
    rol: Rol

    @property
    def mag_vertrouwelijk_lezen(self) -> bool:
        return self.rol in MAG_VERTROUWELIJK_LEZEN

    @property
    def mag_vertrouwelijk_exporteren(self) -> bool:
        return self.rol in MAG_VERTROUWELIJK_EXPORTEREN


def is_vertrouwelijk(
    gebeurtenis: ev.DossierGebeurtenis | ev.GemeenteGeregistreerd,
    verwezen_vertrouwelijk: Callable[[int], bool],
) -> bool:
    """An item is confidential when marked so, or when it refers to a confidential item
    (a correction of a confidential contact, a correction of that correction)."""
    if isinstance(gebeurtenis, ev.ContactGelegd) and gebeurtenis.vertrouwelijk:
        return True
    return isinstance(gebeurtenis, ev.CorrectieVastgelegd) and verwezen_vertrouwelijk(
        gebeurtenis.versie
    )


def afgeschermd(gegevens: Mapping[str, Any]) -> dict[str, Any]:
    """What a reader without access sees of a confidential item's data."""
    return {k: v for k, v in gegevens.items() if k in OPENBARE_VELDEN}
