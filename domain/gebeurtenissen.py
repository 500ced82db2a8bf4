"""What happened in a dossier: the events, a stored contract.

Each class is stored by its module and name (`domain.gebeurtenissen:ContactGelegd`);
renaming or moving one must register the old topic so old records stay readable.
`apply` only records: no checks, no clock, so replaying is deterministic. Every event
carries `vastlegging`: who (user, role), when recorded, when it happened, and why.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from eventsourcing.domain import Aggregate

from domain.dossier.toestand import (
    Beoordelingstand,
    Beroepstand,
    Besluitstand,
    Briefstand,
    Cijferstand,
    Redenstand,
    Termijnstand,
    Verzoekstand,
    Voorstelstand,
)
from domain.termijnen import Soort
from domain.woorden import Termijnstatus, Voorstelstatus

if TYPE_CHECKING:
    from domain.dossier import Dossier


class GemeenteGeregistreerd(Aggregate.Created):
    code: str
    naam: str
    provincie: str
    voortgezet_van: list[str]
    vastlegging: dict[str, Any]


def onthoud_verzoek(dossier: Any, vastlegging: dict[str, Any], versie: int) -> None:
    """Remember which request (Idempotency-Key) recorded which events: a repeat answers
    with the outcome of the last of them, as the first answer did."""
    sleutel = vastlegging.get("verzoek")
    if sleutel:
        naam = f"{vastlegging['gebruiker']}:{sleutel}"
        eerder = dossier.verzoeken.get(naam)
        if eerder is None:
            dossier.verzoeken[naam] = Verzoekstand(
                versie=versie, laatste=versie, vingerafdruk=vastlegging.get("vingerafdruk")
            )
        else:
            eerder.laatste = versie


class DossierGebeurtenis(Aggregate.Event):
    vastlegging: dict[str, Any]

    def apply(self, aggregate: Any) -> None:
        onthoud_verzoek(aggregate, self.vastlegging, self.originator_version)
        self.pas_toe(aggregate)

    def pas_toe(self, dossier: Dossier) -> None:
        """Change the dossier's state; most events leave it to the read models."""

    @property
    def dag(self) -> date:
        """The day it happened, as the acts that follow it are checked against."""
        return datetime.fromisoformat(self.vastlegging["plaatsgevonden_op"]).date()


class CijferGeregistreerd(DossierGebeurtenis):
    periode: str
    veld: str
    waarde: int
    bron: str | None
    gegenereerd: bool
    corrigeert_versie: int | None

    def pas_toe(self, dossier: Dossier) -> None:
        rij = dossier.cijfers.setdefault(self.periode, Cijferstand())
        rij.zet(self.veld, self.waarde)
        rij.gegenereerd = rij.gegenereerd or self.gegenereerd
        dossier.cijfer_versies[f"{self.periode}/{self.veld}"] = self.originator_version


class CijferIngetrokken(DossierGebeurtenis):
    """A registered figure was wrong (a mistyped period, a figure that never was): it no
    longer counts. It names the registration it withdraws; the reason is in vastlegging."""

    periode: str
    veld: str
    versie: int  # the CijferGeregistreerd withdrawn

    def pas_toe(self, dossier: Dossier) -> None:
        rij = dossier.cijfers.get(self.periode)
        dossier.cijfer_versies.pop(f"{self.periode}/{self.veld}", None)
        if rij is not None:
            rij.zet(self.veld, None)
            if rij.leeg:
                dossier.cijfers.pop(self.periode)


class TaakstellingGewijzigd(DossierGebeurtenis):
    periode: str
    soort: str  # herverdeling (waarde is added) or verlaging (waarde is the new figure)
    waarde: int

    def pas_toe(self, dossier: Dossier) -> None:
        rij = dossier.cijfers[self.periode]
        if self.soort == "herverdeling":
            rij.herverdeling += self.waarde
        else:
            rij.taakstelling_gepubliceerd = self.waarde


class ContactGelegd(DossierGebeurtenis):
    soort: str
    deelnemers: list[str]
    samenvatting: str
    vertrouwelijk: bool


class SignaalOntvangen(DossierGebeurtenis):
    soort: str
    omschrijving: str


class VerschoonbareRedenIngediend(DossierGebeurtenis):
    periode: str
    omschrijving: str

    def pas_toe(self, dossier: Dossier) -> None:
        dossier.redenen[self.originator_version] = Redenstand(self.periode, self.omschrijving)


class VerschoonbareRedenBeoordeeld(DossierGebeurtenis):
    nummer: int
    aanvaard: bool

    def pas_toe(self, dossier: Dossier) -> None:
        dossier.redenen[self.nummer].aanvaard = self.aanvaard


class BeoordelingVoorgesteld(DossierGebeurtenis):
    periode: str | None  # None: a decision between peildata
    beleid: str
    voorstel: dict[str, Any] | None  # the engine's proposal with every input figure
    concept_trede: int
    spoed: bool
    achterstand_ten_minste_taakstelling: bool

    def pas_toe(self, dossier: Dossier) -> None:
        dossier.voorstellen[self.originator_version] = Voorstelstand(
            periode=self.periode,
            beleid=self.beleid,
            voorstel=self.voorstel,
            concept_trede=self.concept_trede,
            spoed=self.spoed,
            achterstand_ten_minste_taakstelling=self.achterstand_ten_minste_taakstelling,
            motivering=self.vastlegging["reden"],
            # The dossier as the proposal found it: a later trede change makes it stale.
            vanaf_trede=dossier.trede,
            trede_versie=dossier.trede_versie,
            voorbereid_op=self.dag,
        )


def _sluit_voorstel(dossier: Dossier, nummer: int, status: Voorstelstatus) -> Voorstelstand:
    dossier.afgehandelde_voorstellen[str(nummer)] = status
    return dossier.voorstellen.pop(nummer)


class BeoordelingVoorstelAfgewezen(DossierGebeurtenis):
    voorstel_nummer: int

    def pas_toe(self, dossier: Dossier) -> None:
        _sluit_voorstel(dossier, self.voorstel_nummer, Voorstelstatus.AFGEWEZEN)


class VoorstelIngetrokken(DossierGebeurtenis):
    """An open proposal withdrawn by its preparers, or lapsed because a later decision
    changed the trede it was prepared on; the reason is in vastlegging."""

    voorstel_nummer: int

    def pas_toe(self, dossier: Dossier) -> None:
        _sluit_voorstel(dossier, self.voorstel_nummer, Voorstelstatus.INGETROKKEN)


class BeoordelingVastgesteld(DossierGebeurtenis):
    voorstel_nummer: int
    periode: str | None
    trede: int
    vorige_trede: int | None

    def pas_toe(self, dossier: Dossier) -> None:
        ontwerp = _sluit_voorstel(dossier, self.voorstel_nummer, Voorstelstatus.VASTGESTELD)
        if self.periode is not None:
            dossier.beoordelingen[self.periode] = Beoordelingstand(
                self.trede, ontwerp.achterstand_ten_minste_taakstelling
            )
        dossier.naar_trede(self.trede, self.originator_version, self.dag)
        dossier.laatste_besluit = Besluitstand(
            versie=self.originator_version, trede=self.trede, beleid=ontwerp.beleid, op=self.dag
        )


class BeoordelingOvergenomen(DossierGebeurtenis):
    """A published decision taken over as history: no rule run, no terms started."""

    periode: str
    trede: int
    basis: str | None
    bron: str
    vorige_trede: int | None

    def pas_toe(self, dossier: Dossier) -> None:
        # A published trede of 3 or more means achterstand >= taakstelling (docs/decisions.md).
        dossier.beoordelingen[self.periode] = Beoordelingstand(self.trede, self.trede >= 3)
        dossier.naar_trede(self.trede, self.originator_version, self.dag)
        dossier.laatste_besluit = None  # history: no letter, no terms


class TermijnStartend(DossierGebeurtenis):
    """An event that starts terms; each carries id, soort, omschrijving, start, tot (the
    legal last day) and, in newer events, tot_opgegeven and verschoven_reden (why it
    moved)."""

    termijnen: list[dict[str, Any]]

    def pas_toe(self, dossier: Dossier) -> None:
        for termijn in self.termijnen:
            dossier.termijnen[termijn["id"]] = Termijnstand.uit_dict(termijn)


class ToezichtbriefVerzonden(TermijnStartend):
    beoordeling_versie: int

    def pas_toe(self, dossier: Dossier) -> None:
        super().pas_toe(dossier)
        assert dossier.laatste_besluit is not None
        dossier.laatste_besluit.brief = True
        dossier.laatste_besluit.brief_op = self.dag


class AfschriftRaadVerzonden(DossierGebeurtenis):
    beoordeling_versie: int


class BriefVerzonden(DossierGebeurtenis):
    """A letter as sent: its kenmerk and the SHA-256 and size of the PDF, whose bytes are
    stored once beside the dossier (domain/briefdocument.py). A correction is a new letter
    naming the kenmerk it corrects; the old one stays as it was sent."""

    soort: str
    kenmerk: str
    sha256: str
    grootte: int
    corrigeert: str | None = None

    def pas_toe(self, dossier: Dossier) -> None:
        dossier.brieven[self.kenmerk] = Briefstand(self.soort, self.sha256)


class DocumentOntvangen(DossierGebeurtenis):
    """A document the gemeente sent: kind, file name, media type (by its bytes), SHA-256
    and size; who received it and when is the vastlegging. The bytes are kept beside the
    dossier (domain/ontvangstdocument.py). What it belongs to: a verbeterplan the term it
    answers, bewijs the period it counts for, an answer or beroepschrift the letter (and
    term) it answers. A file of the same name again is a new document naming the one it
    follows up (`vervangt`); the earlier one stays as it was received."""

    soort: str
    bestandsnaam: str
    mediatype: str
    sha256: str
    grootte: int
    termijn: str | None = None
    periode: str | None = None
    kenmerk: str | None = None
    vervangt: int | None = None

    def pas_toe(self, dossier: Dossier) -> None:
        dossier.documenten[self.sha256] = {
            "nummer": self.originator_version,
            "soort": self.soort,
            "bestandsnaam": self.bestandsnaam,
        }


class VerbeterplanBijgewerktGevraagd(TermijnStartend):
    pass


class VerbeterplanGesprekGevoerd(TermijnStartend):
    pass


class VerbeterplanOntvangen(DossierGebeurtenis):
    def pas_toe(self, dossier: Dossier) -> None:
        # The plan answers the latest plan term, late or not: one plan per term.
        termijnen = dossier.verbeterplantermijnen()
        if termijnen:
            termijnen[0].plan_ontvangen = True


class VooraankondigingVerzonden(TermijnStartend):
    termijn_tot: date  # as the document sets it; the term's end is moved past free days


class IndeplaatsstellingsbesluitGenomen(TermijnStartend):
    deelstappen: list[dict[str, Any]]  # omschrijving, termijn_tot as the besluit sets them


class IndeplaatsstellingsbesluitBekendgemaakt(TermijnStartend):
    pass


class BeroepIngesteld(DossierGebeurtenis):
    """The gemeente appealed against the besluit tot indeplaatsstelling that binds now."""

    def pas_toe(self, dossier: Dossier) -> None:
        besluit = dossier._laatste_tot(Soort.DEELSTAP)
        eerder = dossier.beroep
        if besluit and (eerder is None or eerder.besluit != besluit[0].versie):
            dossier.beroep = Beroepstand(besluit[0].versie, self.dag)


class BeroepUitspraakOntvangen(DossierGebeurtenis):
    """The court's ruling on the beroep: the uitkomst (woorden.Uitkomst), the court
    (instantie) and its zaaknummer; the day of the uitspraak is plaatsgevonden_op, who
    recorded it and the summary of the ruling (reden) are in the vastlegging."""

    uitkomst: str
    instantie: str
    zaaknummer: str | None = None

    def pas_toe(self, dossier: Dossier) -> None:
        if dossier.beroep is not None:
            dossier.beroep.uitkomst = self.uitkomst
            dossier.beroep.uitspraak_op = self.dag
            dossier.beroep.uitspraak_versie = self.originator_version


class IndeplaatsstellingGeeffectueerd(DossierGebeurtenis):
    def pas_toe(self, dossier: Dossier) -> None:
        dossier.geeffectueerd = True


class TussentijdsBerichtVerstuurd(DossierGebeurtenis):
    periode: str
    op_schema: bool | None  # None: figures missing
    opschaling_in_zicht: bool
    # What the message said, the prognose's warning included; absent in older records.
    toelichting: str | None = None


def _status(dossier: Dossier, termijn: str, status: Termijnstatus) -> None:
    dossier.termijnen[termijn].status = status


class TermijnNagekomen(DossierGebeurtenis):
    termijn: str

    def pas_toe(self, dossier: Dossier) -> None:
        _status(dossier, self.termijn, Termijnstatus.NAGEKOMEN)


class TermijnVerlengd(DossierGebeurtenis):
    """Extended by separate agreement (aparte afspraken); the reason is in vastlegging."""

    termijn: str
    tot: date  # the legal last day
    # Added later, so older stored events load without them: the date agreed, and why
    # the Algemene termijnenwet moved it (None: not moved, or not known).
    tot_opgegeven: date | None = None
    verschoven_reden: str | None = None

    def pas_toe(self, dossier: Dossier) -> None:
        termijn = dossier.termijnen[self.termijn]
        termijn.tot = self.tot
        termijn.tot_opgegeven = self.tot_opgegeven or self.tot
        termijn.verschoven_reden = self.verschoven_reden


class TermijnVerstreken(DossierGebeurtenis):
    termijn: str

    def pas_toe(self, dossier: Dossier) -> None:
        _status(dossier, self.termijn, Termijnstatus.VERSTREKEN)


class TermijnIngetrokken(DossierGebeurtenis):
    termijn: str

    def pas_toe(self, dossier: Dossier) -> None:
        _status(dossier, self.termijn, Termijnstatus.INGETROKKEN)


class CorrectieVastgelegd(DossierGebeurtenis):
    """An earlier event (by version) was wrong; it stays on record, this says why."""

    versie: int
    toelichting: str
