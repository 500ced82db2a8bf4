"""Invariants of the interventieladder, checked before any trede decision or legal act."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.errors import LadderRegelGeschonden, OngeldigeInvoer

TREDE_NAMEN = {
    1: "signaleren",
    2: "informatie opvragen en valideren",
    3: "actief toezicht",
    4: "vooraankondiging juridische interventie",
    5: "besluit tot indeplaatsstelling",
    6: "sanctie: indeplaatsstelling",
}


@dataclass(frozen=True)
class Deelstap:
    omschrijving: str
    termijn_tot: date  # last day on which the gemeente may still comply


def controleer_trede(trede: int) -> None:
    if trede not in TREDE_NAMEN:
        raise OngeldigeInvoer(f"trede moet 1 tot en met 6 zijn, niet {trede}", "trede")


def controleer_besluit(
    *,
    huidig: int,
    nieuw: int,
    voorgestelde_trede: int | None,
    motivering: str | None,
    spoed: bool,
    vooraankondiging_termijn_tot: date | None,
    deelstappen: tuple[Deelstap, ...],
    op: date,
) -> None:
    """Refuse a trede decision that breaks the ladder. `voorgestelde_trede` is the
    engine's proposal, None for a decision between peildata."""
    controleer_trede(nieuw)
    heeft_motivering = bool(motivering and motivering.strip())
    if nieuw > huidig + 1:
        raise LadderRegelGeschonden(
            f"van trede {huidig} naar {nieuw} slaat een trede over; opschalen gaat één trede "
            "per besluit, ook bij spoed",
            "trede",
        )
    if spoed and not heeft_motivering:
        raise OngeldigeInvoer(
            "een spoedbesluit vraagt een schriftelijke motivering (reden)", "reden"
        )
    if voorgestelde_trede is None and not heeft_motivering:
        raise OngeldigeInvoer(
            "een besluit tussen peildata vraagt een schriftelijke motivering (reden)", "reden"
        )
    if voorgestelde_trede is not None and nieuw != voorgestelde_trede and not heeft_motivering:
        raise OngeldigeInvoer(
            f"afwijken van het voorstel (trede {voorgestelde_trede}) vraagt een "
            "schriftelijke motivering (reden)",
            "reden",
        )
    if nieuw == 5 and huidig < 5:
        if vooraankondiging_termijn_tot is None:
            raise LadderRegelGeschonden(
                "trede 5 vraagt eerst een verzonden vooraankondiging", "trede"
            )
        if op <= vooraankondiging_termijn_tot and not spoed:
            raise LadderRegelGeschonden(
                f"de termijn van de vooraankondiging loopt tot en met "
                f"{vooraankondiging_termijn_tot.isoformat()}; alleen een gemotiveerd "
                "spoedbesluit mag die wachttijd bekorten",
                "trede",
            )
    if nieuw == 6 and huidig < 6 and not termijn_overschreden(deelstappen, op):
        raise LadderRegelGeschonden(
            "trede 6 vraagt een besluit tot indeplaatsstelling waarvan een termijn is "
            "overschreden; een last wordt niet vóór de termijn uitgevoerd, ook niet bij spoed",
            "trede",
        )


def termijn_overschreden(deelstappen: tuple[Deelstap, ...], op: date) -> bool:
    return any(op > stap.termijn_tot for stap in deelstappen)


def controleer_juridische_handeling(handeling: str, trede: int | None, vereist: int) -> None:
    """A legal act belongs to one trede and is allowed only there."""
    if trede != vereist:
        raise LadderRegelGeschonden(
            f"{handeling} hoort bij trede {vereist}; de gemeente staat op trede {trede or '-'}"
        )
