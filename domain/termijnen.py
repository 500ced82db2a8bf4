"""Terms: what kind, who must act, what their lapse means, and their arithmetic.

A term is computed from the event that starts it and never typed in as a date; where a
document sets the term (vooraankondiging, each deelstap), its date is a field of that
event. The end date is the last day on which the duty can still be met."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.kalender import Kalender, dag_nl
from domain.vastlegging import Rol


class Soort(StrEnum):
    BESTUURLIJK_GESPREK = "bestuurlijk_gesprek"  # province's duty, 4 weeks after the letter
    VERBETERPLAN = "verbeterplan"  # gemeente's duty, 4 weeks after the gesprek
    VOORAANKONDIGING = "vooraankondiging"  # set in the vooraankondiging
    DEELSTAP = "deelstap"  # each term of the last in the besluit
    BEROEP = "beroep"  # 6 weeks after bekendmaking (Awb 6:7, 6:8)


@dataclass(frozen=True)
class TermijnRegel:
    trede: int  # the trede the term belongs to: downscaling below it withdraws it
    omschrijving: str
    voorstel_bij_verstrijken: int | None  # trede proposed when it lapses; None: signal only
    rollen: tuple[str, ...]  # who watches it in the werkvoorraad


REGELS = {
    Soort.BESTUURLIJK_GESPREK: TermijnRegel(
        3, "bestuurlijk gesprek over het verbeterplan", None, ("toezichthouder", "bestuurder")
    ),
    Soort.VERBETERPLAN: TermijnRegel(
        3, "verbeterplan vastgesteld en toegezonden", 4, ("toezichthouder",)
    ),
    Soort.VOORAANKONDIGING: TermijnRegel(
        4, "termijn uit de vooraankondiging", 5, ("jurist", "toezichthouder")
    ),
    Soort.DEELSTAP: TermijnRegel(5, "deelstap van de last", 6, ("jurist", "toezichthouder")),
    Soort.BEROEP: TermijnRegel(5, "beroepstermijn tegen het besluit", None, ("jurist",)),
}

# Who is told that a term lapsed, and of the proposal the system makes on it: every role
# that decides on the ladder, not only the term's watchers above, since the lapse may
# bring a proposal to decide.
GEMELD_BIJ_VERSTRIJKEN: tuple[str, ...] = (
    str(Rol.TOEZICHTHOUDER),
    str(Rol.JURIST),
    str(Rol.BESTUURDER),
)

WEKEN_GESPREK = 4
WEKEN_VERBETERPLAN = 4
WEKEN_BEROEP = 6


@dataclass(frozen=True)
class Einddatum:
    """A term's end: the date as set (typed, or counted in weeks) and the legal last day
    the Algemene termijnenwet moves it to, with the free days in between."""

    opgegeven: date
    wettelijk: date
    vrije_dagen: tuple[tuple[date, str], ...] = ()

    @classmethod
    def van(cls, opgegeven: date, kalender: Kalender) -> Einddatum:
        """Art. 1: a term ending on a free day ends on the next day that is not free."""
        wettelijk = kalender.eerstvolgende_werkdag(opgegeven)
        vrij = []
        dag = opgegeven
        while dag < wettelijk:
            vrij.append((dag, kalender.waarom_vrij(dag) or "vrije dag"))
            dag += timedelta(days=1)
        return cls(opgegeven, wettelijk, tuple(vrij))

    @property
    def verschoven_reden(self) -> str | None:
        """In Dutch, for every place that shows the term; None when it did not move."""
        if not self.vrije_dagen:
            return None
        waarom = ", ".join(f"{dag_nl(d, jaar=False)} {reden}" for d, reden in self.vrije_dagen)
        return (
            f"verschoven van {dag_nl(self.opgegeven)} naar {dag_nl(self.wettelijk)}: "
            f"{waarom} (Algemene termijnenwet art. 1)"
        )


def na_weken(start: date, weken: int, kalender: Kalender) -> Einddatum:
    """`weken` weeks after `start`, moved past weekends and feestdagen (Algemene
    termijnenwet art. 1; applied to the policy terms too, see docs/decisions.md)."""
    return Einddatum.van(start + timedelta(weeks=weken), kalender)


def beroep_na(bekendgemaakt: date, kalender: Kalender) -> Einddatum:
    """Awb 6:8: the term starts the day after bekendmaking and runs six weeks, so it
    ends on the same weekday six weeks after bekendmaking."""
    return na_weken(bekendgemaakt, WEKEN_BEROEP, kalender)


def einde_na_weken(start: date, weken: int, kalender: Kalender) -> date:
    return na_weken(start, weken, kalender).wettelijk


def einde_op_datum(tot: date, kalender: Kalender) -> date:
    """A term set as a date in a document, moved past a free day."""
    return Einddatum.van(tot, kalender).wettelijk


def einde_beroep(bekendgemaakt: date, kalender: Kalender) -> date:
    return beroep_na(bekendgemaakt, kalender).wettelijk


def verstreken(tot: date, vandaag: date) -> bool:
    """A term has passed unmet once its last day is over."""
    return vandaag > tot
