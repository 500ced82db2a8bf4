"""One Dutch line per event for the timeline, chosen by event class: an event without a
describer fails the test that walks domain/gebeurtenissen.py, never a default text.
Confidential note text never goes in here: the line is shown to every reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from domain import gebeurtenissen as ev
from domain.kalender import dag_nl

VELDNAMEN = {
    "taakstelling_gepubliceerd": "taakstelling",
    "stand_begin": "stand begin periode",
    "realisatie": "realisatie",
    "stand_eind": "stand eind periode",
    "tijdig_beschikbaar": "tijdig beschikbaar",
}


def _geen_termijn(_: str) -> dict[str, Any] | None:
    return None


@dataclass(frozen=True)
class Samenhang:
    """What a line may name besides the event itself: the term an event refers to."""

    termijn: Callable[[str], dict[str, Any] | None] = field(default=_geen_termijn)


Beschrijver = Callable[[Any, Samenhang], str]
BESCHRIJVERS: dict[type, Beschrijver] = {}


def beschrijft(*klassen: type) -> Callable[[Beschrijver], Beschrijver]:
    def registreer(functie: Beschrijver) -> Beschrijver:
        for klasse in klassen:
            BESCHRIJVERS[klasse] = functie
        return functie

    return registreer


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


@beschrijft(ev.GemeenteGeregistreerd)
def _gemeente(e: Any, _: Samenhang) -> str:
    tekst = f"Gemeente {e.naam} ({e.code}) geregistreerd"
    if e.voortgezet_van:
        tekst += f", zet het dossier voort van {', '.join(e.voortgezet_van)}"
    return tekst


@beschrijft(ev.CijferGeregistreerd)
def _cijfer(e: Any, _: Samenhang) -> str:
    tekst = f"{VELDNAMEN[e.veld].capitalize()} {e.periode}: {e.waarde}"
    if e.corrigeert_versie:
        tekst += f" (correctie van gebeurtenis {e.corrigeert_versie})"
    return tekst + (" [gegenereerd voor de demo]" if e.gegenereerd else "")


@beschrijft(ev.CijferIngetrokken)
def _cijfer_ingetrokken(e: Any, _: Samenhang) -> str:
    return f"{VELDNAMEN[e.veld].capitalize()} {e.periode} ingetrokken (gebeurtenis {e.versie})"


@beschrijft(ev.TaakstellingGewijzigd)
def _taakstelling(e: Any, _: Samenhang) -> str:
    if e.soort == "herverdeling":
        return f"Taakstelling {e.periode}: herverdeling {e.waarde:+d}"
    return f"Taakstelling {e.periode} verlaagd naar {e.waarde}"


@beschrijft(ev.ContactGelegd)
def _contact(e: Any, _: Samenhang) -> str:
    return f"Contact ({e.soort})" + (" - vertrouwelijk" if e.vertrouwelijk else "")


@beschrijft(ev.SignaalOntvangen)
def _signaal(e: Any, _: Samenhang) -> str:
    return f"Signaal ontvangen: {e.soort}"


@beschrijft(ev.VerschoonbareRedenIngediend)
def _reden_ingediend(e: Any, _: Samenhang) -> str:
    return f"Verschoonbare reden ingediend voor {e.periode}"


@beschrijft(ev.VerschoonbareRedenBeoordeeld)
def _reden_beoordeeld(e: Any, _: Samenhang) -> str:
    return f"Verschoonbare reden {e.nummer} {'aanvaard' if e.aanvaard else 'afgewezen'}"


@beschrijft(ev.BeoordelingVoorgesteld)
def _voorstel(e: Any, _: Samenhang) -> str:
    waar = f"beoordeling {e.periode}" if e.periode else "tussentijds besluit"
    return f"Voorstel {waar}: concept trede {e.concept_trede}" + (" (spoed)" if e.spoed else "")


@beschrijft(ev.BeoordelingVoorstelAfgewezen)
def _voorstel_afgewezen(e: Any, _: Samenhang) -> str:
    return f"Voorstel {e.voorstel_nummer} afgewezen"


@beschrijft(ev.VoorstelIngetrokken)
def _voorstel_ingetrokken(e: Any, _: Samenhang) -> str:
    return f"Voorstel {e.voorstel_nummer} ingetrokken"


@beschrijft(ev.BeoordelingVastgesteld)
def _vastgesteld(e: Any, _: Samenhang) -> str:
    return f"Beoordeling vastgesteld: trede {e.trede}"


@beschrijft(ev.BeoordelingOvergenomen)
def _overgenomen(e: Any, _: Samenhang) -> str:
    return f"Trede {e.trede} na beoordeling {e.periode} overgenomen uit publicatie ({e.bron})"


@beschrijft(ev.ToezichtbriefVerzonden)
def _toezichtbrief(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Toezichtbrief aan het college van B&W verzonden", e)


@beschrijft(ev.AfschriftRaadVerzonden)
def _afschrift(e: Any, _: Samenhang) -> str:
    return "Afschrift van de toezichtbrief aan de gemeenteraad verzonden"


@beschrijft(ev.BriefVerzonden)
def _brief(e: Any, _: Samenhang) -> str:
    soort = e.soort.replace("_", " ")
    tekst = f"Brief verzonden ({soort}), kenmerk {e.kenmerk}"
    return tekst + (f", ter correctie van {e.corrigeert}" if e.corrigeert else "")


@beschrijft(ev.VerbeterplanBijgewerktGevraagd)
def _bijgewerkt(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Bijgewerkt verbeterplan gevraagd", e)


@beschrijft(ev.VerbeterplanGesprekGevoerd)
def _gesprek(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Bestuurlijk gesprek over het verbeterplan gevoerd", e)


@beschrijft(ev.VerbeterplanOntvangen)
def _verbeterplan(e: Any, _: Samenhang) -> str:
    return "Verbeterplan ontvangen"


@beschrijft(ev.VooraankondigingVerzonden)
def _vooraankondiging(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Vooraankondiging verzonden", e)


@beschrijft(ev.IndeplaatsstellingsbesluitGenomen)
def _besluit(e: Any, _: Samenhang) -> str:
    return _met_termijnen(
        f"Besluit tot indeplaatsstelling genomen ({len(e.deelstappen)} deelstappen)", e
    )


@beschrijft(ev.IndeplaatsstellingsbesluitBekendgemaakt)
def _bekendgemaakt(e: Any, _: Samenhang) -> str:
    return _met_termijnen("Besluit tot indeplaatsstelling bekendgemaakt", e)


@beschrijft(ev.BeroepIngesteld)
def _beroep(e: Any, _: Samenhang) -> str:
    return "Beroep ingesteld tegen het besluit tot indeplaatsstelling"


@beschrijft(ev.IndeplaatsstellingGeeffectueerd)
def _geeffectueerd(e: Any, _: Samenhang) -> str:
    return "Indeplaatsstelling geëffectueerd"


@beschrijft(ev.TussentijdsBerichtVerstuurd)
def _tussentijds(e: Any, _: Samenhang) -> str:
    stand = {True: "op schema", False: "niet op schema", None: "cijfers ontbreken"}[e.op_schema]
    tekst = f"Tussentijds bericht {e.periode} verstuurd ({stand})"
    return tekst + ("; opschaling in zicht" if e.opschaling_in_zicht else "")


beschrijft(ev.TermijnNagekomen)(_over_termijn("nagekomen"))
beschrijft(ev.TermijnVerstreken)(_over_termijn("verstreken"))
beschrijft(ev.TermijnIngetrokken)(_over_termijn("ingetrokken"))


@beschrijft(ev.TermijnVerlengd)
def _verlengd(e: Any, s: Samenhang) -> str:
    termijn = s.termijn(e.termijn)
    naam = f"'{termijn['omschrijving']}'" if termijn else e.termijn
    tekst = f"Termijn {naam} verlengd tot en met {dag_nl(e.tot)}"
    return tekst + (f" ({e.verschoven_reden})" if e.verschoven_reden else "")


@beschrijft(ev.CorrectieVastgelegd)
def _correctie(e: Any, _: Samenhang) -> str:
    return f"Correctie op gebeurtenis {e.versie}"
