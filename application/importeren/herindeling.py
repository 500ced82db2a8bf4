"""Herindeling in an import: old CBS codes that a successor carries on. A row for a
predecessor's code lands on the successor's dossier (from the period `vanaf` on, when
given); the predecessor's own dossier is left as it was (SPEC §6, docs/decisions.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from application.importeren.kolommen import normaliseer
from application.importeren.lezen import Cel, lees
from domain import validatie
from domain.errors import OngeldigeInvoer
from domain.periode import Periode

_KOPPEN = {
    "oud": ("oud", "oude_code", "van", "opgeheven"),
    "nieuw": ("nieuw", "nieuwe_code", "naar", "opvolger"),
    "vanaf": ("vanaf", "vanaf_periode", "periode"),
}
_MAX_STAPPEN = 20  # a chain of mergers; longer means a loop


@dataclass(frozen=True)
class Herindeling:
    opvolgers: Mapping[str, tuple[str, Periode | None]] = field(default_factory=dict)

    @classmethod
    def uit_paren(cls, paren: Iterable[tuple[str, str]]) -> Herindeling:
        opvolgers: dict[str, tuple[str, Periode | None]] = {}
        for oud, nieuw in paren:
            oud = validatie.cbs_code(oud, "herindeling")
            nieuw = validatie.cbs_code(nieuw, "herindeling")
            if oud == nieuw:
                raise OngeldigeInvoer(
                    f"herindeling: {oud} kan niet zijn eigen opvolger zijn", "herindeling"
                )
            opvolgers[oud] = (nieuw, None)
        return cls(opvolgers)

    def samen(self, ander: Herindeling) -> Herindeling:
        """Both mappings; where both name an old code, `ander` (the explicit one) counts."""
        return Herindeling({**self.opvolgers, **ander.opvolgers})

    def code_voor(self, code: str, periode: Periode) -> str:
        """The dossier a figure of `code` for `periode` belongs to."""
        for _ in range(_MAX_STAPPEN):
            stap = self.opvolgers.get(code)
            if stap is None or (stap[1] is not None and periode < stap[1]):
                return code
            code = stap[0]
        raise OngeldigeInvoer(
            f"herindeling: de opvolgers van {code} vormen een kring", "herindeling"
        )


def lees_herindeling(naam: str, inhoud: bytes) -> Herindeling:
    """A mapping file: columns oud, nieuw and optionally vanaf (the first period of the
    successor). Any bad row refuses the whole mapping, naming the row."""
    tabel = lees(naam, inhoud)
    naar_kolom = {normaliseer(a): k for k, aliassen in _KOPPEN.items() for a in aliassen}
    posities: dict[str, int] = {}
    for i, kop in enumerate(tabel.koppen):
        kolom = naar_kolom.get(normaliseer(kop))
        if kolom is None:
            raise OngeldigeInvoer(
                f"herindeling, rij 1: onbekende kolom '{kop}'; bekend zijn oud, nieuw, vanaf",
                "herindeling",
            )
        posities[kolom] = i
    if not {"oud", "nieuw"} <= posities.keys():
        raise OngeldigeInvoer("herindeling: de kolommen oud en nieuw zijn verplicht", "herindeling")
    opvolgers: dict[str, tuple[str, Periode | None]] = {}

    def cel(kolom: str, cellen: list[Cel]) -> str:
        i = posities.get(kolom)
        waarde = cellen[i] if i is not None and i < len(cellen) else None
        return "" if waarde is None else str(waarde).strip()

    for nummer, cellen in tabel.rijen:
        try:
            oud = validatie.cbs_code(cel("oud", cellen), "oud")
            nieuw = validatie.cbs_code(cel("nieuw", cellen), "nieuw")
            vanaf = Periode.parse(cel("vanaf", cellen)) if cel("vanaf", cellen) else None
        except OngeldigeInvoer as fout:
            raise OngeldigeInvoer(
                f"herindeling, rij {nummer}: {fout.bericht}", "herindeling"
            ) from None
        if oud == nieuw or (oud in opvolgers and opvolgers[oud] != (nieuw, vanaf)):
            raise OngeldigeInvoer(
                f"herindeling, rij {nummer}: {oud} heeft al een andere opvolger of is zijn eigen",
                "herindeling",
            )
        opvolgers[oud] = (nieuw, vanaf)
    return Herindeling(opvolgers)
