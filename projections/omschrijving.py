"""One Dutch line per event for the timeline, chosen by event class from one explicit
table at the bottom: an event without a line fails the test that walks
domain/gebeurtenissen.py, never a default text.
Confidential note text never goes in here: the line is shown to every reader."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from domain import gebeurtenissen as ev
from domain.kalender import dag_nl
from domain.woorden import Cijferveld

VELDNAMEN: Mapping[str, str] = {
    Cijferveld.TAAKSTELLING_GEPUBLICEERD: "taakstelling",
    Cijferveld.STAND_BEGIN: "stand begin periode",
    Cijferveld.REALISATIE: "realisatie",
    Cijferveld.STAND_EIND: "stand eind periode",
    Cijferveld.TIJDIG_BESCHIKBAAR: "tijdig beschikbaar",
}


def _geen_termijn(_: str) -> dict[str, Any] | None:
    return None


@dataclass(frozen=True)
class Samenhang:
    """What a line may name besides the event itself: the term an event refers to."""

    termijn: Callable[[str], dict[str, Any] | None] = field(default=_geen_termijn)


Beschrijver = Callable[[Any, Samenhang], str]


def omschrijf(e: Any, samenhang: Samenhang | None = None) -> str:
    """The timeline line for this event; KeyError for an event nobody described."""
    return BESCHRIJVERS[type(e)](e, samenhang or Samenhang())


def termijn_tekst(termijn: dict[str, Any]) -> str:
    """A term as the reader should see it: its legal last day, and why it moved."""
    tekst = f"{termijn['omschrijving']} tot en met {dag_nl(termijn['tot'])}"
    if termijn.get("verschoven_reden"):
        tekst += f" ({termijn['verschoven_reden']})"
    return tekst


def _met_termijnen(begin: str, e: Any) -> str:
    if not e.termijnen:
        return begin
    return f"{begin}; termijn: " + "; ".join(termijn_tekst(t) for t in e.termijnen)


def _over_termijn(werkwoord: str) -> Beschrijver:
    def beschrijf(e: Any, s: Samenhang) -> str:
        termijn = s.termijn(e.termijn)
        naam = f"'{termijn['omschrijving']}'" if termijn else e.termijn
        return f"Termijn {naam} {werkwoord}"

    return beschrijf


def _gemeente(e: Any, _: Samenhang) -> str:
    tekst = f"Gemeente {e.naam} ({e.code}) geregistreerd"
    if e.voortgezet_van:
        tekst += f", zet het dossier voort van {', '.join(e.voortgezet_van)}"
    return tekst


def _cijfer(e: Any, _: Samenhang) -> str:
    tekst = f"{VELDNAMEN[e.veld].capitalize()} {e.periode}: {e.waarde}"
    if e.corrigeert_versie:
        tekst += f" (correctie van gebeurtenis {e.corrigeert_versie})"
    return tekst + (" [gegenereerd voor de demo]" if e.gegenereerd else "")


def _cijfer_ingetrokken(e: Any, _: Samenhang) -> str:
    return f"{VELDNAMEN[e.veld].capitalize()} {e.periode} ingetrokken (gebeurtenis {e.versie})"


def _taakstelling(e: Any, _: Samenhang) -> str:
    if e.soort == "herverdeling":
        return f"Taakstelling {e.periode}: herverdeling {e.waarde:+d}"
    return f"Taakstelling {e.periode} verlaagd naar {e.waarde}"


def _contact(e: Any, _: Samenhang) -> str:
    return f"Contact ({e.soort})" + (" - vertrouwelijk" if e.vertrouwelijk else "")


def _signaal(e: Any, _: Samenhang) -> str:
    return f"Signaal ontvangen: {e.soort}"


def _reden_ingediend(e: Any, _: Samenhang) -> str:
    return f"Verschoonbare reden ingediend voor {e.periode}"


def _reden_beoordeeld(e: Any, _: Samenhang) -> str:
    return f"Verschoonbare reden {e.nummer} {'aanvaard' if e.aanvaard else 'afgewezen'}"


def _voorstel(e: Any, _: Samenhang) -> str:
    waar = f"beoordeling {e.periode}" if e.periode else "tussentijds besluit"
    return f"Voorstel {waar}: concept trede {e.concept_trede}" + (" (spoed)" if e.spoed else "")


def _voorstel_afgewezen(e: Any, _: Samenhang) -> str:
    return f"Voorstel {e.voorstel_nummer} afgewezen"


def _voorstel_ingetrokken(e: Any, _: Samenhang) -> str:
    return f"Voorstel {e.voorstel_nummer} ingetrokken"


def _vastgesteld(e: Any, _: Samenhang) -> str:
    return f"Beoordeling vastgesteld: trede {e.trede}"


def _overgenomen(e: Any, _: Samenhang) -> str:
    return f"Trede {e.trede} na beoordeling {e.periode} overgenomen uit publicatie ({e.bron})"


def _toezichtbrief(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Toezichtbrief aan het college van B&W verzonden", e)


def _afschrift(e: Any, _: Samenhang) -> str:
    return "Afschrift van de toezichtbrief aan de gemeenteraad verzonden"


def _brief(e: Any, _: Samenhang) -> str:
    soort = e.soort.replace("_", " ")
    tekst = f"Brief verzonden ({soort}), kenmerk {e.kenmerk}"
    return tekst + (f", ter correctie van {e.corrigeert}" if e.corrigeert else "")


DOCUMENTSOORTEN: Mapping[str, str] = {
    "verbeterplan": "Verbeterplan",
    "bewijs_van_huisvesting": "Bewijs van huisvesting",
    "antwoord": "Antwoord",
    "beroepschrift": "Beroepschrift",
}


def _document(e: Any, s: Samenhang) -> str:
    soort = DOCUMENTSOORTEN.get(e.soort, e.soort.replace("_", " ").capitalize())
    tekst = f"{soort} ontvangen: '{e.bestandsnaam}' ({e.grootte} bytes)"
    if e.periode:
        tekst += f", telt voor {e.periode}"
    if e.termijn:
        termijn = s.termijn(e.termijn)
        tekst += f", bij termijn '{termijn['omschrijving']}'" if termijn else ""
    if e.kenmerk:
        tekst += f", bij brief {e.kenmerk}"
    return tekst + (f"; volgt document {e.vervangt} op" if e.vervangt else "")


def _bijgewerkt(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Bijgewerkt verbeterplan gevraagd", e)


def _gesprek(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Bestuurlijk gesprek over het verbeterplan gevoerd", e)


def _verbeterplan(e: Any, _: Samenhang) -> str:
    return "Verbeterplan ontvangen"


def _vooraankondiging(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Vooraankondiging verzonden", e)


def _besluit(e: Any, _: Samenhang) -> str:
    return _met_termijnen(
        f"Besluit tot indeplaatsstelling genomen ({len(e.deelstappen)} deelstappen)", e
    )


def _bekendgemaakt(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Besluit tot indeplaatsstelling bekendgemaakt", e)


def _beroep(e: Any, _: Samenhang) -> str:
    return "Beroep ingesteld tegen het besluit tot indeplaatsstelling"


_UITKOMSTEN = {
    "ongegrond": "ongegrond (het besluit blijft staan)",
    "gegrond": "gegrond (het besluit is vernietigd)",
    "deels_gegrond": "deels gegrond (het besluit is deels vernietigd)",
    "niet_ontvankelijk": "niet-ontvankelijk (het besluit blijft staan)",
}


def _uitspraak(e: Any, _: Samenhang) -> str:
    zaak = f", zaaknummer {e.zaaknummer}" if e.zaaknummer else ""
    uitkomst = _UITKOMSTEN.get(e.uitkomst, e.uitkomst)
    return f"Uitspraak op het beroep ({e.instantie}{zaak}): {uitkomst}"


def _geeffectueerd(e: Any, _: Samenhang) -> str:
    return "Indeplaatsstelling geëffectueerd"


def _tussentijds(e: Any, _: Samenhang) -> str:
    stand = {True: "op schema", False: "niet op schema", None: "cijfers ontbreken"}[e.op_schema]
    tekst = f"Tussentijds bericht {e.periode} verstuurd ({stand})"
    tekst += "; opschaling in zicht" if e.opschaling_in_zicht else ""
    toelichting = getattr(e, "toelichting", None)
    return f"{tekst}. {toelichting}" if toelichting else tekst


def _verlengd(e: Any, s: Samenhang) -> str:
    termijn = s.termijn(e.termijn)
    naam = f"'{termijn['omschrijving']}'" if termijn else e.termijn
    tekst = f"Termijn {naam} verlengd tot en met {dag_nl(e.tot)}"
    return tekst + (f" ({e.verschoven_reden})" if e.verschoven_reden else "")


def _correctie(e: Any, _: Samenhang) -> str:
    return f"Correctie op gebeurtenis {e.versie}"


# Every event class, by name: a renamed or new event without a line fails the test that
# walks domain/gebeurtenissen.py (and omschrijf raises KeyError), never a default text.
BESCHRIJVERS: Mapping[type, Beschrijver] = MappingProxyType(
    {
        ev.GemeenteGeregistreerd: _gemeente,
        ev.CijferGeregistreerd: _cijfer,
        ev.CijferIngetrokken: _cijfer_ingetrokken,
        ev.TaakstellingGewijzigd: _taakstelling,
        ev.ContactGelegd: _contact,
        ev.SignaalOntvangen: _signaal,
        ev.VerschoonbareRedenIngediend: _reden_ingediend,
        ev.VerschoonbareRedenBeoordeeld: _reden_beoordeeld,
        ev.BeoordelingVoorgesteld: _voorstel,
        ev.BeoordelingVoorstelAfgewezen: _voorstel_afgewezen,
        ev.VoorstelIngetrokken: _voorstel_ingetrokken,
        ev.BeoordelingVastgesteld: _vastgesteld,
        ev.BeoordelingOvergenomen: _overgenomen,
        ev.ToezichtbriefVerzonden: _toezichtbrief,
        ev.AfschriftRaadVerzonden: _afschrift,
        ev.BriefVerzonden: _brief,
        ev.DocumentOntvangen: _document,
        ev.VerbeterplanBijgewerktGevraagd: _bijgewerkt,
        ev.VerbeterplanGesprekGevoerd: _gesprek,
        ev.VerbeterplanOntvangen: _verbeterplan,
        ev.VooraankondigingVerzonden: _vooraankondiging,
        ev.IndeplaatsstellingsbesluitGenomen: _besluit,
        ev.IndeplaatsstellingsbesluitBekendgemaakt: _bekendgemaakt,
        ev.BeroepIngesteld: _beroep,
        ev.BeroepUitspraakOntvangen: _uitspraak,
        ev.IndeplaatsstellingGeeffectueerd: _geeffectueerd,
        ev.TussentijdsBerichtVerstuurd: _tussentijds,
        ev.TermijnNagekomen: _over_termijn("nagekomen"),
        ev.TermijnVerstreken: _over_termijn("verstreken"),
        ev.TermijnIngetrokken: _over_termijn("ingetrokken"),
        ev.TermijnVerlengd: _verlengd,
        ev.CorrectieVastgelegd: _correctie,
    }
)
