"""One Dutch line per event for the timeline. Confidential note text never goes in here."""

from __future__ import annotations

from typing import Any

VELDNAMEN = {
    "taakstelling_gepubliceerd": "taakstelling",
    "stand_begin": "stand begin periode",
    "realisatie": "realisatie",
    "stand_eind": "stand eind periode",
    "tijdig_beschikbaar": "tijdig beschikbaar",
}


def omschrijf(e: Any) -> str:
    soort = type(e).__name__
    if soort == "GemeenteGeregistreerd":
        return f"Gemeente {e.naam} ({e.code}) geregistreerd"
    if soort == "CijferGeregistreerd":
        tekst = f"{VELDNAMEN[e.veld].capitalize()} {e.periode}: {e.waarde}"
        if e.corrigeert_versie:
            tekst += f" (correctie van gebeurtenis {e.corrigeert_versie})"
        return tekst + (" [gegenereerd voor de demo]" if e.gegenereerd else "")
    if soort == "TaakstellingGewijzigd":
        return (
            f"Taakstelling {e.periode}: {e.soort} {e.waarde:+d}"
            if e.soort == "herverdeling"
            else f"Taakstelling {e.periode} verlaagd naar {e.waarde}"
        )
    if soort == "ContactGelegd":
        return f"Contact ({e.soort})" + (" - vertrouwelijk" if e.vertrouwelijk else "")
    if soort == "SignaalOntvangen":
        return f"Signaal: {e.soort}"
    if soort == "VerschoonbareRedenIngediend":
        return f"Verschoonbare reden ingediend voor {e.periode}"
    if soort == "VerschoonbareRedenBeoordeeld":
        return f"Verschoonbare reden {e.nummer} {'aanvaard' if e.aanvaard else 'afgewezen'}"
    if soort == "BeoordelingVoorgesteld":
        waar = f"beoordeling {e.periode}" if e.periode else "tussentijds besluit"
        return f"Voorstel {waar}: concept trede {e.concept_trede}"
    if soort == "BeoordelingVoorstelAfgewezen":
        return f"Voorstel {e.voorstel_nummer} afgewezen"
    if soort == "VoorstelIngetrokken":
        return f"Voorstel {e.voorstel_nummer} ingetrokken"
    if soort == "BeoordelingVastgesteld":
        return f"Beoordeling vastgesteld: trede {e.trede}"
    if soort == "BeoordelingOvergenomen":
        return f"Trede {e.trede} na beoordeling {e.periode} overgenomen uit publicatie"
    if soort == "VooraankondigingVerzonden":
        return f"Vooraankondiging verzonden, termijn tot en met {e.termijn_tot.isoformat()}"
    if soort == "IndeplaatsstellingsbesluitGenomen":
        return f"Besluit tot indeplaatsstelling genomen ({len(e.deelstappen)} deelstappen)"
    if soort == "IndeplaatsstellingGeeffectueerd":
        return "Indeplaatsstelling geëffectueerd"
    if soort == "CorrectieVastgelegd":
        return f"Correctie op gebeurtenis {e.versie}"
    return soort
