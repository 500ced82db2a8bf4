"""The mandate register: who may sign which kinds of letter for GS, in which capacity,
from when until when. Each grant and each end is an event; a letter takes its signer
from the mandate valid on its date for its kind (`geldend_mandaat`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

from domain import tekens, validatie
from domain.errors import NietGevonden, OngeldigeInvoer
from domain.vastlegging import Vastlegging

_ID = uuid5(NAMESPACE_URL, "https://toezicht.example/mandaatregister/")


@dataclass(frozen=True)
class Mandaat:
    nummer: int
    naam: str
    functie: str
    briefsoorten: tuple[str, ...]
    van: date
    tot: date | None  # the last day it holds; None: until ended

    def geldt(self, soort: str, op: date) -> bool:
        return (
            soort in self.briefsoorten and self.van <= op and (self.tot is None or op <= self.tot)
        )


def geldend_mandaat(mandaten: list[Mandaat], soort: str, op: date) -> Mandaat:
    """The mandate that signs a `soort` letter dated `op`: of those valid that day, the one
    granted last (a newer grant for the same letters takes over). A clear Dutch error when
    there is none: a letter is never signed by a default."""
    geldig = [m for m in mandaten if m.geldt(soort, op)]
    if not geldig:
        raise NietGevonden(
            f"ondertekening: er is op {op.isoformat()} geen mandaat om een "
            f"{soort.replace('_', ' ')} te ondertekenen; de beheerder legt het mandaat vast "
            "in het mandaatregister",
            "ondertekening",
        )
    return max(geldig, key=lambda m: m.nummer)


class Mandaatregister(Aggregate):
    """The one register; mandates by number, as text (snapshot-safe)."""

    class Aangelegd(Aggregate.Created):
        pass

    class MandaatVerleend(Aggregate.Event):
        nummer: int
        naam: str
        functie: str
        briefsoorten: list[str]
        van: date
        tot: date | None
        vastlegging: dict[str, Any]

        def apply(self, register: Any) -> None:
            register.mandaten[str(self.nummer)] = {
                "naam": self.naam,
                "functie": self.functie,
                "briefsoorten": list(self.briefsoorten),
                "van": self.van,
                "tot": self.tot,
            }

    class MandaatBeeindigd(Aggregate.Event):
        nummer: int
        tot: date
        vastlegging: dict[str, Any]

        def apply(self, register: Any) -> None:
            register.mandaten[str(self.nummer)]["tot"] = self.tot

    @staticmethod
    def create_id() -> UUID:
        return _ID

    @classmethod
    def leg_aan(cls) -> Mandaatregister:
        return cls._create(cls.Aangelegd, id=_ID)

    def __init__(self) -> None:
        self.mandaten: dict[str, dict[str, Any]] = {}

    def verleen(
        self,
        naam: str,
        functie: str,
        briefsoorten: list[str],
        van: date,
        tot: date | None,
        vastlegging: Vastlegging,
    ) -> int:
        """Record a mandate; returns its number."""
        naam = tekens.controleer(validatie.tekst(naam, "naam"), "naam")
        functie = tekens.controleer(validatie.tekst(functie, "functie"), "functie")
        if not briefsoorten:
            raise OngeldigeInvoer(
                "briefsoorten: noem de brieven die het mandaat dekt", "briefsoorten"
            )
        soorten = [validatie.keuze(s, validatie.BRIEFSOORTEN, "briefsoorten") for s in briefsoorten]
        validatie.datum(van, "van")
        if tot is not None:
            validatie.datum(tot, "tot")
            if tot < van:
                raise OngeldigeInvoer("tot: het mandaat eindigt vóór het begint", "tot")
        nummer = len(self.mandaten) + 1
        self.trigger_event(
            self.MandaatVerleend,
            nummer=nummer,
            naam=naam,
            functie=functie,
            briefsoorten=sorted(set(soorten)),
            van=van,
            tot=tot,
            vastlegging=vastlegging.als_dict(),
        )
        return nummer

    def beeindig(self, nummer: int, tot: date, vastlegging: Vastlegging) -> None:
        """End a mandate: `tot` is the last day it holds (it stays on record)."""
        mandaat = self.mandaten.get(str(nummer))
        if mandaat is None:
            raise NietGevonden(f"mandaat {nummer} bestaat niet", "nummer")
        validatie.datum(tot, "tot")
        if tot < mandaat["van"]:
            raise OngeldigeInvoer(
                f"tot: mandaat {nummer} begint pas op {mandaat['van'].isoformat()}", "tot"
            )
        if mandaat["tot"] is not None and mandaat["tot"] <= tot:
            raise OngeldigeInvoer(
                f"tot: mandaat {nummer} eindigt al op {mandaat['tot'].isoformat()}", "tot"
            )
        validatie.tekst(vastlegging.reden, "reden")
        self.trigger_event(
            self.MandaatBeeindigd, nummer=nummer, tot=tot, vastlegging=vastlegging.als_dict()
        )
