"""Finding a gemeente by CBS code or by name as real files spell it: with or without
accents, apostrophes, hyphens and case ("'s-Hertogenbosch", "s Hertogenbosch",
"Sudwest Fryslan"), and the few names in common use that are not CBS's."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from domain.validatie import CBS_CODE

# Names in use beside the official one (normalised key -> CBS name).
ANDERE_NAMEN = {
    "denbosch": "'s-Hertogenbosch",
    "denhaag": "'s-Gravenhage",
    "zuidwestfriesland": "Súdwest-Fryslân",
    "noordoostfriesland": "Noardeast-Fryslân",
}


def sleutel(naam: str) -> str:
    """The name without accents, case, punctuation or spaces: how two spellings meet."""
    zonder = unicodedata.normalize("NFKD", naam)
    zonder = "".join(t for t in zonder if not unicodedata.combining(t))
    return re.sub(r"[^0-9a-z]", "", zonder.casefold())


class Gemeentenamen:
    """CBS code and name of every gemeente the import may name."""

    def __init__(self, gemeenten: Iterable[tuple[str, str]]) -> None:
        """(code, name) pairs; a code may come with several names (CBS's, the registered
        one): each finds it, the last is the one shown."""
        paren = list(gemeenten)
        self.namen = dict(paren)  # code -> name
        self._op_sleutel: dict[str, str] = {}
        for code, naam in paren:
            self._op_sleutel.setdefault(sleutel(naam), code)
        for andere, officieel in ANDERE_NAMEN.items():
            gevonden = self._op_sleutel.get(sleutel(officieel))
            if gevonden is not None:
                self._op_sleutel.setdefault(andere, gevonden)

    def zoek(self, tekst: str) -> str | None:
        """The CBS code for a code or a name; None when it names no known gemeente."""
        schoon = tekst.strip()
        if CBS_CODE.fullmatch(schoon.upper()) and schoon.isascii():
            return schoon.upper()
        return self._op_sleutel.get(sleutel(schoon)) if sleutel(schoon) else None
