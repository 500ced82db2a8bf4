"""What the engine takes in and what it proposes: plain, frozen, printable."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Beleid(StrEnum):
    IBT_2021 = "IBT-2021"  # Beleidskader IBT 2021-2024, periods up to 2023-2
    AB_2024 = "AB-2024"  # Aanvullend beleidskader, periods from 2024-1

    @property
    def naam(self) -> str:
        """The policy document's title, as an explanation names it."""
        return _TITELS[self]


_TITELS = {
    Beleid.IBT_2021: "Beleidskader IBT 2021-2024",
    Beleid.AB_2024: "Aanvullend beleidskader IBT huisvesting vergunninghouders",
}


def _stand(stand: int) -> str:
    if stand > 0:
        return f"achterstand {stand}"
    return f"voorsprong {-stand}" if stand < 0 else "0 (geen achterstand, geen voorsprong)"


class Basis(StrEnum):
    TOTAALOPGAVE = "totaalopgave"
    KOPPELINGSTEKORT = "koppelingstekort"


@dataclass(frozen=True)
class Invoer:
    """Every figure a proposal is derived from. Stands are signed (positive = achterstand)."""

    periode: str
    huidige_trede: int
    taakstelling_gepubliceerd: int
    taakstelling: int
    stand_begin: int
    realisatie: int
    stand_eind: int
    tijdig_beschikbaar: int | None = None
    # IBT-2021: consecutive earlier periods that ended with achterstand >= taakstelling
    eerdere_perioden_achterstand_ten_minste_taakstelling: int = 0
    # IBT-2021 trede 6: the warning term expired without the required improvements
    waarschuwingstermijn_verstreken: bool = False
    verschoonbare_redenen: tuple[str, ...] = field(default_factory=tuple)
    # The ladder's limit from the legal acts on record (5 needs a passed vooraankondiging
    # term, 6 an exceeded deelstap); the proposal never names a trede the ladder refuses.
    hoogste_trede: int = 6

    @property
    def totaalopgave(self) -> int:
        return self.taakstelling + self.stand_begin

    @property
    def achterstand_begin(self) -> int:
        return max(self.stand_begin, 0)

    @property
    def koppelingstekort(self) -> bool:
        return self.tijdig_beschikbaar is not None and self.tijdig_beschikbaar < self.totaalopgave

    def cijfers_in_woorden(self) -> str:
        """Every figure the rules read, as the explanation prints them."""
        cijfers = [
            f"taakstelling {self.taakstelling} (met herverdeling; gepubliceerd "
            f"{self.taakstelling_gepubliceerd})",
            f"stand begin {_stand(self.stand_begin)}",
            f"totaalopgave {self.totaalopgave}",
            f"realisatie {self.realisatie}",
            f"stand eind {_stand(self.stand_eind)}",
        ]
        if self.tijdig_beschikbaar is not None:
            cijfers.append(f"tijdig beschikbaar {self.tijdig_beschikbaar}")
        if self.eerdere_perioden_achterstand_ten_minste_taakstelling:
            cijfers.append(
                "eerdere perioden op rij met achterstand ten minste de taakstelling "
                f"{self.eerdere_perioden_achterstand_ten_minste_taakstelling}"
            )
        return f"Gebruikte cijfers {self.periode}: " + "; ".join(cijfers) + "."

    def als_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verschoonbare_redenen"] = list(self.verschoonbare_redenen)
        return data

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> Invoer:
        return cls(**{**data, "verschoonbare_redenen": tuple(data["verschoonbare_redenen"])})


@dataclass(frozen=True)
class Uitkomst:
    """The rule result on one basis, before the no-skip limit."""

    basis: Basis
    trede: int
    regel: str
    uitleg: str


@dataclass(frozen=True)
class Voorstel:
    """The engine's proposal: the trede and how it was derived."""

    trede: int
    beleid: Beleid
    basis: Basis
    regel: str
    uitleg: str
    invoer: Invoer
    uitkomsten: tuple[Uitkomst, ...]
    begrensd: bool  # the rule result was higher than one step up

    def als_dict(self) -> dict[str, Any]:
        return {
            "trede": self.trede,
            "beleid": str(self.beleid),
            "basis": str(self.basis),
            "regel": self.regel,
            "uitleg": self.uitleg,
            "invoer": self.invoer.als_dict(),
            "uitkomsten": [
                {"basis": str(u.basis), "trede": u.trede, "regel": u.regel, "uitleg": u.uitleg}
                for u in self.uitkomsten
            ],
            "begrensd": self.begrensd,
        }
