"""The figures of one gemeente in one period, and what follows from them arithmetically."""

from __future__ import annotations

from dataclasses import dataclass

from domain.periode import Periode


def procent_half_omhoog(teller: int, noemer: int) -> int | None:
    """Whole percent, rounded half up (82.5 -> 83), on integers only."""
    if noemer <= 0:
        return None
    return (200 * teller + noemer) // (2 * noemer)


@dataclass(frozen=True)
class Cijfers:
    """Registered figures; None means not (yet) registered. Stands are signed:
    positive is achterstand, negative is voorsprong."""

    periode: Periode
    taakstelling_gepubliceerd: int | None = None
    herverdeling: int = 0
    stand_begin: int | None = None
    realisatie: int | None = None
    stand_eind: int | None = None
    tijdig_beschikbaar: int | None = None
    gegenereerd: bool = False  # demo figures not taken from a publication

    @property
    def taakstelling(self) -> int | None:
        """The target including herverdeling."""
        if self.taakstelling_gepubliceerd is None:
            return None
        return self.taakstelling_gepubliceerd + self.herverdeling

    @property
    def totaalopgave(self) -> int | None:
        if self.taakstelling is None or self.stand_begin is None:
            return None
        return self.taakstelling + self.stand_begin

    @property
    def berekende_stand_eind(self) -> int | None:
        """O - R: what the stand would be without late processing and corrections."""
        if self.totaalopgave is None or self.realisatie is None:
            return None
        return self.totaalopgave - self.realisatie

    @property
    def afwijking_stand_eind(self) -> int | None:
        """Registered end stand minus O - R; shown, never resolved silently."""
        if self.stand_eind is None or self.berekende_stand_eind is None:
            return None
        return self.stand_eind - self.berekende_stand_eind

    @property
    def pct_taakstelling(self) -> int | None:
        if self.realisatie is None or self.taakstelling is None:
            return None
        return procent_half_omhoog(self.realisatie, self.taakstelling)

    @property
    def pct_totaalopgave(self) -> int | None:
        if self.realisatie is None or self.totaalopgave is None:
            return None
        return procent_half_omhoog(self.realisatie, self.totaalopgave)

    @property
    def koppelingstekort(self) -> bool:
        """Fewer vergunninghouders available in time than the totaalopgave."""
        return (
            self.tijdig_beschikbaar is not None
            and self.totaalopgave is not None
            and self.tijdig_beschikbaar < self.totaalopgave
        )

    def ontbrekend_voor_beoordeling(self) -> list[str]:
        """Names of the figures a beoordeling cannot do without."""
        nodig = {
            "taakstelling_gepubliceerd": self.taakstelling_gepubliceerd,
            "stand_begin": self.stand_begin,
            "realisatie": self.realisatie,
            "stand_eind": self.stand_eind,
        }
        return [naam for naam, waarde in nodig.items() if waarde is None]
