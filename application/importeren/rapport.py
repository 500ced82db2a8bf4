"""What an import (or its dry run) reports: every refused row with its column and a Dutch
reason, every event it records, every figure it changes and every engine proposal that
would change."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Weigering:
    rij: int  # as a spreadsheet numbers it: the heading is row 1
    kolom: str
    reden: str


@dataclass(frozen=True)
class Gebeurtenisregel:
    """One event the file records; `oud` set means it corrects a registered figure."""

    rij: int
    code: str
    naam: str
    periode: str
    gebeurtenis: str  # the event's class name
    veld: str
    oud: int | None
    nieuw: int
    omschrijving: str

    @property
    def correctie(self) -> bool:
        return self.oud is not None


@dataclass(frozen=True)
class Voorstelwijziging:
    """The trede the engine proposes (a beoordeling after the peildatum, a prognose while
    the period runs) before and after the file's figures."""

    code: str
    naam: str
    periode: str
    soort: str  # "voorstel" or "prognose"
    oud: int | None
    nieuw: int | None
    regel_oud: str | None
    regel_nieuw: str | None


@dataclass
class Rapport:
    bestand: str
    sha256: str
    proef: bool
    rijen: int = 0
    weigeringen: list[Weigering] = field(default_factory=list)
    gebeurtenissen: list[Gebeurtenisregel] = field(default_factory=list)
    voorstellen: list[Voorstelwijziging] = field(default_factory=list)
    herindelingen: list[str] = field(default_factory=list)  # "rij 4: GM0001 -> GM1999"
    vastgelegd: bool = False
    notificatie: int | None = None  # the last event recorded, to wait for the read models

    @property
    def geldig(self) -> bool:
        return not self.weigeringen

    @property
    def correcties(self) -> list[Gebeurtenisregel]:
        return [g for g in self.gebeurtenissen if g.correctie]

    def als_dict(self) -> dict[str, Any]:
        uit = asdict(self)
        uit["geldig"] = self.geldig
        for regel, bron in zip(uit["gebeurtenissen"], self.gebeurtenissen, strict=True):
            regel["correctie"] = bron.correctie
        return uit
