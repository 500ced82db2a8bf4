"""Every command is a value: a small frozen dataclass named after the act. The API, the
web forms, the demo loader and the planner build the same command and hand it to
Toezicht.voer_uit; application/handlers.py says what each one does to the dossier.

A command names its dossier (`code`) and, when the client read the dossier first, the
version it read (`verwachte_versie`): a write on a stale version is refused, a write
without one is run again on the fresh dossier."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from domain.ladder import Deelstap
from domain.periode import Periode


@dataclass(frozen=True, kw_only=True)
class Dossiercommando:
    code: str
    verwachte_versie: int | None = None
    maakt_nummer: ClassVar[bool] = False  # its event's version numbers what it made


@dataclass(frozen=True, kw_only=True)
class OpNummer(Dossiercommando):
    """A command on a numbered proposal or excusable reason."""

    nummer: int


@dataclass(frozen=True, kw_only=True)
class Uitkomst:
    """Where a command landed. `notificatie` is None when there was nothing to record;
    `nummer` is the proposal or reason it made or acted on; `herhaald` says the request
    (by its Idempotency-Key) was carried out before and this is that first outcome."""

    notificatie: int | None
    versie: int
    nummer: int | None = None
    herhaald: bool = False


# --- the dossier and its figures ---------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RegistreerGemeente(Dossiercommando):
    naam: str
    provincie: str
    voortgezet_van: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RegistreerCijfer(Dossiercommando):
    periode: Periode
    veld: str
    waarde: int
    bron: str | None = None
    gegenereerd: bool = False


@dataclass(frozen=True, kw_only=True)
class TrekCijferIn(Dossiercommando):
    periode: Periode
    veld: str
    versie: int


@dataclass(frozen=True, kw_only=True)
class WijzigTaakstelling(Dossiercommando):
    periode: Periode
    soort: str
    waarde: int


@dataclass(frozen=True, kw_only=True)
class LegContactVast(Dossiercommando):
    soort: str
    samenvatting: str
    deelnemers: tuple[str, ...] = ()
    vertrouwelijk: bool = False


@dataclass(frozen=True, kw_only=True)
class OntvangSignaal(Dossiercommando):
    soort: str
    omschrijving: str


@dataclass(frozen=True, kw_only=True)
class DienVerschoonbareRedenIn(Dossiercommando):
    periode: Periode
    omschrijving: str
    maakt_nummer: ClassVar[bool] = True


@dataclass(frozen=True, kw_only=True)
class BeoordeelVerschoonbareReden(OpNummer):
    aanvaard: bool


@dataclass(frozen=True, kw_only=True)
class Corrigeer(Dossiercommando):
    versie: int
    toelichting: str


# --- beoordelingen ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class StelBeoordelingVoor(Dossiercommando):
    periode: Periode | None = None
    trede: int | None = None
    spoed: bool = False
    maakt_nummer: ClassVar[bool] = True


@dataclass(frozen=True, kw_only=True)
class StelBeoordelingVast(OpNummer):
    pass


@dataclass(frozen=True, kw_only=True)
class WijsVoorstelAf(OpNummer):
    pass


@dataclass(frozen=True, kw_only=True)
class TrekVoorstelIn(OpNummer):
    pass


@dataclass(frozen=True, kw_only=True)
class NeemBeoordelingOver(Dossiercommando):
    periode: Periode
    trede: int
    bron: str
    basis: str | None = None


# --- letters, verbeterplan, mid-period message -------------------------------------


@dataclass(frozen=True, kw_only=True)
class VerzendToezichtbrief(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class VerzendAfschriftRaad(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class VraagBijgewerktVerbeterplan(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class VoerVerbeterplangesprek(Dossiercommando):
    afgesproken_tot: date | None = None


@dataclass(frozen=True, kw_only=True)
class OntvangVerbeterplan(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class OntvangDocument(Dossiercommando):
    """Record a document the gemeente sent and keep its bytes beside the dossier. With
    `als_ontvangst` a verbeterplan also counts as received for its term (OntvangVerbeterplan
    in the same act), a beroepschrift as the beroep (RegistreerBeroep)."""

    soort: str
    bestandsnaam: str
    inhoud: bytes = field(repr=False)
    periode: Periode | None = None
    kenmerk: str | None = None
    als_ontvangst: bool = False
    maakt_nummer: ClassVar[bool] = True


@dataclass(frozen=True, kw_only=True)
class VerstuurTussentijdsBericht(Dossiercommando):
    periode: Periode


# --- legal acts of treden 4 to 6 ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class VerzendVooraankondiging(Dossiercommando):
    termijn_tot: date


@dataclass(frozen=True, kw_only=True)
class NeemIndeplaatsstellingsbesluit(Dossiercommando):
    deelstappen: tuple[Deelstap, ...] = field(default=())


@dataclass(frozen=True, kw_only=True)
class EffectueerIndeplaatsstelling(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class MaakBesluitBekend(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class RegistreerBeroep(Dossiercommando):
    pass


@dataclass(frozen=True, kw_only=True)
class RegistreerUitspraak(Dossiercommando):
    """The court's ruling on the beroep; plaatsgevonden_op is the day of the uitspraak,
    the reden its summary."""

    uitkomst: str
    instantie: str
    zaaknummer: str | None = None


# --- letters as sent ---------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class VerzendBrief(Dossiercommando):
    """Record a rendered letter as sent and keep its PDF. `verwachte_versie` is the dossier
    version the letter was rendered from: a letter shows exactly that state."""

    soort: str
    kenmerk: str
    inhoud: bytes
    corrigeert: str | None = None


# --- terms ------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class KomTermijnNa(Dossiercommando):
    termijn: str


@dataclass(frozen=True, kw_only=True)
class VerlengTermijn(Dossiercommando):
    termijn: str
    tot: date


@dataclass(frozen=True, kw_only=True)
class RegistreerTermijnVerstreken(Dossiercommando):
    """The planner's: records nothing when the term was settled in the meantime."""

    termijn: str
    vandaag: date
