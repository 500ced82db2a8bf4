"""The figures of one gemeente in one period, and what follows from them arithmetically."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.errors import OngeldigeInvoer
from domain.periode import Periode

# Figures that describe what happened in the period: they cannot be dated before it.
_VANAF_BEGIN = ("stand_begin", "realisatie", "tijdig_beschikbaar")


def _dag(dag: date) -> str:
    return dag.strftime("%d-%m-%Y")


def controleer_datering(periode: Periode, veld: str, op: date) -> None:
    """A figure must fit its period, `op` being the day it is dated (plaatsgevonden_op).

    The taakstelling is published months ahead, so it may come before its period. A
    realisatie, a stand_begin or a tijdig_beschikbaar cannot be dated before the period
    begins; a stand_eind not before the end peildatum. Later is fine: figures are
    registered after the peildatum, late processing included."""
    if veld in _VANAF_BEGIN and op < periode.begin:
        raise OngeldigeInvoer(
            f"{veld} voor {periode} kan niet gedateerd zijn op {_dag(op)}: de periode begint "
            f"op {_dag(periode.begin)}; controleer de periode of plaatsgevonden_op",
            "plaatsgevonden_op",
        )
    if veld == "stand_eind" and op < periode.peildatum_eind:
        raise OngeldigeInvoer(
            f"stand_eind voor {periode} is de stand op de peildatum "
            f"{_dag(periode.peildatum_eind)} en kan niet gedateerd zijn op {_dag(op)}",
            "plaatsgevonden_op",
        )


def is_lopend(periode: Periode, op: date) -> bool:
    """A realisatie dated before the end peildatum counts a period still running: it is
    the stand so far, not the period's realisatie."""
    return op < periode.peildatum_eind


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
    realisatie_op: date | None = None  # the day the registered realisatie is dated

    @property
    def realisatie_lopend(self) -> bool:
        """The realisatie was counted while the period ran: the stand so far."""
        return self.realisatie_op is not None and is_lopend(self.periode, self.realisatie_op)

    @property
    def realisatie_omschrijving(self) -> str | None:
        """How to label the realisatie for a reader."""
        if self.realisatie is None:
            return None
        if self.realisatie_lopend and self.realisatie_op is not None:
            return (
                f"stand tot nu: geteld op {_dag(self.realisatie_op)}, "
                f"voor de peildatum {_dag(self.periode.peildatum_eind)}"
            )
        return "realisatie over de periode"

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
