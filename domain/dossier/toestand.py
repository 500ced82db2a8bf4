"""The dossier's state, typed: one small object per figure row, assessment, proposal,
reason, term, decision, letter and request. The events build them (domain/gebeurtenissen.py);
the commands read them.

A snapshot stores them through the transcoder (application/opslag.py registers one
transcoding per class, by the names in TOESTANDEN: a stored contract, never rename one).
A snapshot of a version before these existed holds plain dicts, and fields added later
are missing from it: `uit_dict` reads both, and `herstel` converts a snapshot's state."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Self, TypeVar

from domain.termijnen import Soort
from domain.woorden import Termijnstatus, Voorstelstatus

_CIJFERVELDEN = (
    "taakstelling_gepubliceerd",
    "stand_begin",
    "realisatie",
    "stand_eind",
    "tijdig_beschikbaar",
)


class Stand:
    """What the state objects share: to and from the plain data of a snapshot."""

    def als_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> Self:
        """From a snapshot: keys it lacks take their defaults, unknown ones are dropped."""
        namen = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in namen})


@dataclass
class Cijferstand(Stand):
    """The registered figures of one period; None: not (or no longer) registered."""

    taakstelling_gepubliceerd: int | None = None
    stand_begin: int | None = None
    realisatie: int | None = None
    stand_eind: int | None = None
    tijdig_beschikbaar: int | None = None
    herverdeling: int = 0  # the sum of the herverdelingen, signed
    gegenereerd: bool = False  # one of its figures was generated for the demo

    def zet(self, veld: str, waarde: int | None) -> None:
        if veld not in _CIJFERVELDEN:
            raise ValueError(f"geen cijferveld: {veld}")
        setattr(self, veld, waarde)

    def waarde(self, veld: str) -> int | None:
        if veld not in _CIJFERVELDEN:
            raise ValueError(f"geen cijferveld: {veld}")
        waarde: int | None = getattr(self, veld)
        return waarde

    @property
    def leeg(self) -> bool:
        """Nothing registered counts any more: the period drops from the dossier."""
        return self.herverdeling == 0 and all(self.waarde(v) is None for v in _CIJFERVELDEN)


@dataclass(frozen=True)
class Beoordelingstand(Stand):
    """An adopted or taken-over assessment of a period, as the rules of later ones read it."""

    trede: int
    achterstand_ten_minste_taakstelling: bool


@dataclass(frozen=True)
class Voorstelstand(Stand):
    """An open proposal, and the dossier as it found it: a later trede change makes it
    stale. The three last fields are missing from snapshots of before that rule."""

    periode: str | None  # None: a decision between peildata
    beleid: str
    voorstel: dict[str, Any] | None  # the engine's proposal with every input figure
    concept_trede: int
    spoed: bool
    achterstand_ten_minste_taakstelling: bool
    motivering: str | None
    vanaf_trede: int | None = None
    trede_versie: int = 0
    voorbereid_op: date | None = None


@dataclass
class Redenstand(Stand):
    """An excusable reason the gemeente raised; aanvaard None until it is assessed."""

    periode: str
    omschrijving: str
    aanvaard: bool | None = None


@dataclass
class Termijnstand(Stand):
    """A term: `id` is "<version of the event that started it>.<number in it>"; `tot` the
    legal last day, `tot_opgegeven` the date as set (missing in older events)."""

    id: str
    soort: Soort
    start: date
    tot: date
    omschrijving: str
    trede: int
    status: Termijnstatus = Termijnstatus.OPEN
    tot_opgegeven: date | None = None
    verschoven_reden: str | None = None  # why the Algemene termijnenwet moved `tot`
    plan_ontvangen: bool = False  # a verbeterplan term: the plan answering it came in

    def __post_init__(self) -> None:
        self.soort = Soort(self.soort)  # plain text in a snapshot or an event
        self.status = Termijnstatus(self.status)

    @property
    def versie(self) -> int:
        return int(self.id.split(".")[0])

    @property
    def volgorde(self) -> tuple[int, int]:
        versie, nummer = self.id.split(".")
        return int(versie), int(nummer)


@dataclass
class Besluitstand(Stand):
    """The last adopted decision, which the toezichtbrief makes known."""

    versie: int
    trede: int
    beleid: str
    brief: bool = False
    op: date | None = None  # the day it was adopted (missing in older snapshots)
    brief_op: date | None = None  # the day the toezichtbrief went


@dataclass(frozen=True)
class Briefstand(Stand):
    """A letter as sent, by kenmerk: its kind and the SHA-256 of its PDF."""

    soort: str
    sha256: str


@dataclass
class Verzoekstand(Stand):
    """A request (Idempotency-Key): the first and last event it recorded, and a
    fingerprint of its content, so a reuse of the key for other content is refused."""

    versie: int
    laatste: int
    vingerafdruk: str | None = None


@dataclass
class Beroepstand(Stand):
    """The beroep against a besluit tot indeplaatsstelling (`besluit`: the version of the
    event that took it) and, once the court ruled, its uitspraak."""

    besluit: int
    ingesteld_op: date
    uitkomst: str | None = None  # woorden.Uitkomst; None: no uitspraak yet
    uitspraak_op: date | None = None
    uitspraak_versie: int | None = None


T = TypeVar("T", bound=Stand)

# The snapshot name of each state object (application/opslag.py): never rename one.
TOESTANDEN: dict[str, type[Stand]] = {
    "dossier_cijfers": Cijferstand,
    "dossier_beoordeling": Beoordelingstand,
    "dossier_voorstel": Voorstelstand,
    "dossier_reden": Redenstand,
    "dossier_termijn": Termijnstand,
    "dossier_besluit": Besluitstand,
    "dossier_brief": Briefstand,
    "dossier_verzoek": Verzoekstand,
    "dossier_beroep": Beroepstand,
}


def _getypeerd(soort: type[T], waarden: dict[Any, Any], sleutel: Any = str) -> dict[Any, T]:
    return {
        sleutel(k): v if isinstance(v, soort) else soort.uit_dict(v) for k, v in waarden.items()
    }


def herstel(staat: dict[str, Any]) -> None:
    """A snapshot's state as the events leave it: JSON turned number keys into text, and a
    snapshot of an older version holds plain dicts where state objects belong."""
    staat["cijfers"] = _getypeerd(Cijferstand, staat["cijfers"])
    staat["beoordelingen"] = _getypeerd(Beoordelingstand, staat["beoordelingen"])
    staat["voorstellen"] = _getypeerd(Voorstelstand, staat["voorstellen"], int)
    staat["redenen"] = _getypeerd(Redenstand, staat["redenen"], int)
    staat["termijnen"] = _getypeerd(Termijnstand, staat["termijnen"])
    staat["verzoeken"] = _getypeerd(Verzoekstand, staat["verzoeken"])
    staat["afgeschaald"] = {int(k): v for k, v in staat["afgeschaald"].items()}
    besluit = staat.get("laatste_besluit")
    if isinstance(besluit, dict):
        staat["laatste_besluit"] = Besluitstand.uit_dict(besluit)
    beroep = staat.get("beroep")
    if isinstance(beroep, dict):
        staat["beroep"] = Beroepstand.uit_dict(beroep)
    if "_brieven" in staat:
        staat["_brieven"] = _getypeerd(Briefstand, staat["_brieven"])
    if "_afgehandelde_voorstellen" in staat:
        staat["_afgehandelde_voorstellen"] = {
            k: Voorstelstatus(v) for k, v in staat["_afgehandelde_voorstellen"].items()
        }
