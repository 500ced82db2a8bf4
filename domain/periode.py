"""Taakstellingsperiode: a half year, written '2024-1' (also read as '2024-I')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from domain.errors import OngeldigeInvoer

# ASCII only: no fullwidth digits, no dotless i read as I.
_PATROON = re.compile(r"\s*([0-9]{4})\s*-\s*(1|2|I|II)\s*", re.IGNORECASE | re.ASCII)
EERSTE_JAAR = 2000
LAATSTE_JAAR = 2100


@dataclass(frozen=True, order=True)
class Periode:
    jaar: int
    helft: int

    def __post_init__(self) -> None:
        if self.helft not in (1, 2):
            raise OngeldigeInvoer(f"helft moet 1 of 2 zijn, niet {self.helft}", "periode")
        if not EERSTE_JAAR <= self.jaar <= LAATSTE_JAAR:
            raise OngeldigeInvoer(
                f"jaar {self.jaar} ligt buiten {EERSTE_JAAR}-{LAATSTE_JAAR}", "periode"
            )

    @classmethod
    def parse(cls, tekst: str) -> Periode:
        match = _PATROON.fullmatch(tekst or "")
        if not match:
            raise OngeldigeInvoer(
                f"'{tekst}' is geen periode; schrijf bijvoorbeeld 2024-1 of 2024-II", "periode"
            )
        helft = {"1": 1, "2": 2, "i": 1, "ii": 2}[match.group(2).lower()]
        return cls(int(match.group(1)), helft)

    @classmethod
    def van_datum(cls, dag: date) -> Periode:
        return cls(dag.year, 1 if dag.month <= 6 else 2)

    def __str__(self) -> str:
        return f"{self.jaar}-{self.helft}"

    @property
    def begin(self) -> date:
        """First day, which is also the start peildatum."""
        return date(self.jaar, 1 if self.helft == 1 else 7, 1)

    @property
    def einde(self) -> date:
        """Last day of the period."""
        return date(self.jaar, 6, 30) if self.helft == 1 else date(self.jaar, 12, 31)

    @property
    def peildatum_eind(self) -> date:
        """The peildatum whose figures the beoordeling of this period uses."""
        return self.volgende().begin

    @property
    def tussentijds_moment(self) -> date:
        """1 April / 1 October: mid-period message and koppelingspeildatum."""
        return date(self.jaar, 4 if self.helft == 1 else 10, 1)

    def volgende(self) -> Periode:
        return Periode(self.jaar, 2) if self.helft == 1 else Periode(self.jaar + 1, 1)

    def vorige(self) -> Periode:
        return Periode(self.jaar, 1) if self.helft == 2 else Periode(self.jaar - 1, 2)
