"""Term-driven proposals between peildata: a lapsed term of the gemeente leads, by the rule
of the policy version in force on the day, to a proposal for the next trede."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from domain.beleid.voorstel import Beleid
from domain.kalender import dag_nl
from domain.termijnen import REGELS, Soort

if TYPE_CHECKING:
    from domain.dossier.toestand import Termijnstand

# The rule per policy version and kind of term: (rule id, the rule in words).
# AB-2024 names the verbeterplan step itself (from trede 3, "also between peildata");
# treden 4-6 are driven by the terms of the vooraankondiging and the besluit (SPEC 4.2, 5).
# IBT-2021 has no 4+4-week rhythm, but its ladder knows the same chain of terms.
_REGELS: dict[tuple[Beleid, Soort], tuple[str, str]] = {
    (Beleid.AB_2024, Soort.VERBETERPLAN): (
        "AB-2024/trede-3/verbeterplan-niet-uitgevoerd",
        "verbeterplan niet (voldoende) uitgevoerd binnen de termijn, of niet opgesteld: "
        "naar trede 4",
    ),
    (Beleid.AB_2024, Soort.VOORAANKONDIGING): (
        "AB-2024/trede-4/termijn-vooraankondiging-verstreken",
        "de termijn uit de vooraankondiging is verstreken zonder dat de gemeente voldeed: "
        "naar trede 5, besluit tot indeplaatsstelling",
    ),
    (Beleid.AB_2024, Soort.DEELSTAP): (
        "AB-2024/trede-5/termijn-last-overschreden",
        "een termijn van de last in het besluit tot indeplaatsstelling is overschreden: "
        "naar trede 6, feitelijke indeplaatsstelling",
    ),
    (Beleid.IBT_2021, Soort.VERBETERPLAN): (
        "IBT-2021/trede-3/verbeterplan-termijn-verstreken",
        "de afgesproken termijn voor het verbeterplan is verstreken zonder dat de gemeente "
        "voldeed: naar trede 4, vooraankondiging juridische interventie",
    ),
    (Beleid.IBT_2021, Soort.VOORAANKONDIGING): (
        "IBT-2021/trede-4/termijn-vooraankondiging-verstreken",
        "de termijn uit de vooraankondiging is verstreken zonder dat de gemeente voldeed: "
        "naar trede 5, besluit tot indeplaatsstelling",
    ),
    (Beleid.IBT_2021, Soort.DEELSTAP): (
        "IBT-2021/trede-5/waarschuwingstermijn-verstreken",
        "de waarschuwingstermijn van de last is verstreken zonder de vereiste verbeteringen: "
        "naar trede 6, sanctie: indeplaatsstelling",
    ),
}


@dataclass(frozen=True)
class Termijnvoorstel:
    """A proposal that follows from a lapsed term: the rule, and the term that triggered it."""

    trede: int
    beleid: Beleid
    regel: str
    regeltekst: str
    huidige_trede: int
    termijn: str  # the term's id
    soort: Soort
    omschrijving: str
    tot: date  # the legal last day (Algemene termijnenwet)
    verstreken_versie: int  # the TermijnVerstreken event that triggered the proposal
    verschoven: str | None = None  # why the Algemene termijnenwet moved the end date

    @property
    def uitleg(self) -> str:
        return (
            f"{self.beleid}, regel {self.regel}: {self.regeltekst}. De termijn "
            f"'{self.omschrijving}' (termijn {self.termijn}) liep tot en met "
            f"{dag_nl(self.tot)}{f' ({self.verschoven})' if self.verschoven else ''} "
            "en is verstreken zonder dat de gemeente eraan voldeed "
            f"(vastgelegd als gebeurtenis {self.verstreken_versie}): van trede "
            f"{self.huidige_trede} naar trede {self.trede}."
        )

    def als_dict(self) -> dict[str, Any]:
        """The shape of an engine proposal (Voorstel.als_dict), with the term as its input."""
        return {
            "trede": self.trede,
            "beleid": str(self.beleid),
            "basis": None,
            "regel": self.regel,
            "regeltekst": self.regeltekst,
            "uitleg": self.uitleg,
            "invoer": {
                "huidige_trede": self.huidige_trede,
                "termijn": self.termijn,
                "soort": str(self.soort),
                "omschrijving": self.omschrijving,
                "tot": self.tot.isoformat(),
                "verstreken_versie": self.verstreken_versie,
            },
            "uitkomsten": [],
            "begrensd": False,
        }


def termijnvoorstel(
    beleid: Beleid,
    huidige_trede: int | None,
    termijn: Termijnstand,
    verstreken_versie: int,
) -> Termijnvoorstel | None:
    """The proposal a lapsed term calls for, or None: a term that only signals, or one
    whose next trede is not one step above where the gemeente stands."""
    soort = termijn.soort
    volgende = REGELS[soort].voorstel_bij_verstrijken
    if volgende is None or huidige_trede != volgende - 1:
        return None
    regel, regeltekst = _REGELS[(beleid, soort)]
    return Termijnvoorstel(
        trede=volgende,
        beleid=beleid,
        regel=regel,
        regeltekst=regeltekst,
        huidige_trede=huidige_trede,
        termijn=termijn.id,
        soort=soort,
        omschrijving=termijn.omschrijving,
        tot=termijn.tot,
        verstreken_versie=verstreken_versie,
        verschoven=termijn.verschoven_reden,
    )
