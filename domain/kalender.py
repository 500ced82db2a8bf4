"""The days the Algemene termijnenwet moves a term past: weekends, the statutory
feestdagen of art. 3 and the days a royal decree equates with them. The days themselves
are data, passed in; this module only answers questions about them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType


@dataclass(frozen=True)
class Kalender:
    feestdagen: frozenset[date] = field(default_factory=frozenset)
    # Years for which the equated days (Besluit gelijkstelling) are known.
    jaren_met_gelijkstelling: frozenset[int] = field(default_factory=frozenset)
    # What each feestdag is ("Bevrijdingsdag"), to say why a term moved.
    namen: Mapping[date, str] = field(
        default_factory=lambda: MappingProxyType({}), hash=False, compare=False
    )

    @classmethod
    def van(
        cls,
        dagen: Iterable[date] | Mapping[date, str],
        jaren_met_gelijkstelling: Iterable[int] = (),
    ) -> Kalender:
        namen = dict(dagen) if isinstance(dagen, Mapping) else {}
        return cls(frozenset(dagen), frozenset(jaren_met_gelijkstelling), MappingProxyType(namen))

    def is_vrij(self, dag: date) -> bool:
        return dag.weekday() >= 5 or dag in self.feestdagen

    def waarom_vrij(self, dag: date) -> str | None:
        """Why the Act skips this day: "zaterdag", "zondag" or the feestdag's name."""
        if dag.weekday() == 5:
            return "zaterdag"
        if dag.weekday() == 6:
            return "zondag"
        if dag in self.feestdagen:
            return self.namen.get(dag, "algemeen erkende feestdag")
        return None

    def eerstvolgende_werkdag(self, dag: date) -> date:
        """Art. 1: a term ending on a free day ends on the next day that is not free."""
        while self.is_vrij(dag):
            dag += timedelta(days=1)
        return dag

    def gelijkstelling_bekend(self, jaar: int) -> bool:
        return jaar in self.jaren_met_gelijkstelling


LEGE_KALENDER = Kalender()  # weekends only: for tests that do not care about feestdagen


_DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")
_MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dag_nl(dag: date, jaar: bool = True) -> str:
    """A date as a Dutch reader writes it: "za 3 mei 2025" (or "za 3 mei")."""
    tekst = f"{_DAGEN[dag.weekday()]} {dag.day} {_MAANDEN[dag.month - 1]}"
    return f"{tekst} {dag.year}" if jaar else tekst
