"""What a letter says, gathered from the dossier through the query layer: every figure,
percentage, trede, date and term. Nothing here is typed; only `vrije_tekst` is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from documenten.brief import Briefhoofd, Ondertekening, Soort, soort, volgend_kenmerk, vrije_tekst
from domain.errors import NietGevonden, OngeldigeInvoer
from domain.kalender import Kalender
from domain.ladder import TREDE_NAMEN
from domain.mandaat import Mandaat, geldend_mandaat
from domain.periode import Periode
from domain.termijnen import WEKEN_GESPREK, Einddatum, na_weken
from domain.werkvoorraad import tussentijdse_stand
from projections.periodecijfers import PeriodeStand, cijfers_uit_rij, periode_standen

# What a trede means for the gemeente, as the letter explains it.
TREDE_BETEKENIS = {
    1: "De provincie volgt de cijfers; er zijn geen aanvullende afspraken nodig.",
    2: "De provincie vraagt informatie op over de oorzaak van de achterstand en voert een "
    "ambtelijk toezichtgesprek over hoe die wordt ingelopen.",
    3: "De provincie houdt actief toezicht: er volgt een bestuurlijk gesprek over een "
    "verbeterplan, dat het college vaststelt en aan de provincie zendt.",
    4: "De provincie kondigt aan juridisch te zullen ingrijpen als de gemeente haar opgave "
    "niet binnen de gestelde termijn realiseert.",
    5: "De provincie neemt een besluit tot indeplaatsstelling: een last met maatregelen en "
    "termijnen.",
    6: "De provincie voert de maatregelen uit in naam en op kosten van de gemeente.",
}


class Lezer(Protocol):
    """The reads a letter needs (projections.queries.Queries has them)."""

    def gemeente(self, code: str) -> dict[str, Any] | None: ...
    def perioden(self, code: str) -> list[dict[str, Any]]: ...
    def beoordelingen(self, code: str) -> list[dict[str, Any]]: ...
    def termijnen(self, code: str | None = None) -> list[dict[str, Any]]: ...
    def tussentijdse_berichten(self) -> list[dict[str, Any]]: ...
    def weergavenamen(self, namen: set[str]) -> dict[str, str]: ...
    def brieven(self, code: str) -> list[dict[str, Any]]: ...
    def mandaten(self) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Concept:
    """A letter ready to render: its fields, what the dossier says, and the free text."""

    soort: Soort
    hoofd: Briefhoofd
    gegevens: dict[str, Any]
    vrij: dict[str, str]


def _gemeente(q: Lezer, code: str) -> dict[str, Any]:
    gemeente = q.gemeente(code)
    if gemeente is None:
        raise NietGevonden(f"gemeente {code} is niet geregistreerd", "code")
    return gemeente


def _standen(q: Lezer, code: str) -> dict[str, PeriodeStand]:
    return {s.periode: s for s in periode_standen(q.perioden(code))}


def _beoordeling(q: Lezer, code: str, periode: str | None) -> dict[str, Any]:
    beoordelingen = [b for b in q.beoordelingen(code) if b["periode"] is not None]
    if periode is not None:
        beoordelingen = [b for b in beoordelingen if b["periode"] == periode]
    if not beoordelingen:
        waar = f" over periode {periode}" if periode else ""
        raise NietGevonden(f"gemeente {code} heeft geen beoordeling{waar}", "periode")
    return beoordelingen[-1]


def _termijnen(q: Lezer, code: str, soort_: str) -> list[dict[str, Any]]:
    return [
        {**t, "einddatum": date.fromisoformat(t["einddatum"])}
        for t in q.termijnen(code)
        if t["soort"] == soort_ and t["status"] != "ingetrokken"
    ]


def _laatste(rijen: list[dict[str, Any]]) -> dict[str, Any] | None:
    return rijen[-1] if rijen else None


def _hoofd(
    q: Lezer,
    gemeente: dict[str, Any],
    brief: Soort,
    datum: date,
    onderwerp: str,
    behandeld_door: str | None,
    ondertekening: Ondertekening,
    bijlagen: tuple[str, ...],
    corrigeert: str | None,
) -> Briefhoofd:
    raad = brief.naam in ("afschrift_raad",)
    aan = (
        (f"Aan de gemeenteraad van {gemeente['naam']}",)
        if raad
        else (f"Aan het college van burgemeester en wethouders van de gemeente {gemeente['naam']}",)
    )
    namen = q.weergavenamen({behandeld_door} if behandeld_door else set())
    return Briefhoofd(
        kenmerk=volgend_kenmerk(
            datum.year, gemeente["code"], [b["kenmerk"] for b in q.brieven(gemeente["code"])]
        ),
        datum=datum,
        onderwerp=onderwerp,
        provincie=gemeente["provincie"],
        geadresseerde=aan,
        behandeld_door=namen.get(behandeld_door or "", behandeld_door or "team IBT"),
        ondertekening=ondertekening,
        bijlagen=bijlagen,
        afschrift_aan=()
        if raad or brief.naam == "tussentijds_bericht"
        else (f"de gemeenteraad van {gemeente['naam']}",),
        corrigeert=corrigeert,
    )


def _ondertekening(q: Lezer, brief: Soort, datum: date) -> Ondertekening:
    """Who signs for GS: the mandate in the register valid on the letter's date for its
    kind (a clear error when there is none)."""
    mandaat = geldend_mandaat([mandaat_uit_rij(r) for r in q.mandaten()], brief.naam, datum)
    return Ondertekening(mandaat.naam, mandaat.functie)


def mandaat_uit_rij(rij: dict[str, Any]) -> Mandaat:
    return Mandaat(
        nummer=rij["nummer"],
        naam=rij["naam"],
        functie=rij["functie"],
        briefsoorten=tuple(rij["briefsoorten"]),
        van=date.fromisoformat(rij["van"]),
        tot=date.fromisoformat(rij["tot"]) if rij["tot"] else None,
    )


def concept(
    q: Lezer,
    soort_naam: str,
    code: str,
    datum: date,
    *,
    periode: str | None = None,
    vrij: dict[str, str] | None = None,
    behandeld_door: str | None = None,
    ondertekening: Ondertekening | None = None,
    bijlagen: tuple[str, ...] = (),
    corrigeert: str | None = None,
    kalender: Kalender | None = None,
) -> Concept:
    """The draft of one letter to gemeente `code`, dated `datum` (the day it is sent).
    With the `kalender`, a term the sending will start is printed with its legal end
    date, computed by the same rule the dossier applies when the letter is recorded."""
    brief = soort(soort_naam)
    gemeente = _gemeente(q, code)
    opbouw = _OPBOUW[brief.naam]
    gegevens, onderwerp, beoordeling = opbouw(q, gemeente, datum, periode)
    if brief.naam == "toezichtbrief":
        gegevens["gesprek_uiterlijk"] = _gesprek_uiterlijk(gegevens, datum, kalender)
    gegevens = {**gegevens, "gemeente": gemeente}
    hoofd = _hoofd(
        q,
        gemeente,
        brief,
        datum,
        onderwerp,
        behandeld_door or (beoordeling or {}).get("voorbereid_door"),
        ondertekening or _ondertekening(q, brief, datum),
        bijlagen,
        corrigeert,
    )
    return Concept(brief, hoofd, gegevens, vrije_tekst(brief, vrij))


Opbouw = tuple[dict[str, Any], str, dict[str, Any] | None]


def _trede(trede: int | None) -> dict[str, Any] | None:
    if trede is None:
        return None
    return {"nummer": trede, "naam": TREDE_NAMEN[trede], "betekenis": TREDE_BETEKENIS[trede]}


def _toezichtbrief(q: Lezer, g: dict[str, Any], datum: date, periode: str | None) -> Opbouw:
    beoordeling = _beoordeling(q, g["code"], periode)
    p = Periode.parse(beoordeling["periode"])
    standen = _standen(q, g["code"])
    gegevens = {
        "periode": str(p),
        "peildatum_begin": p.begin,
        "peildatum_eind": p.peildatum_eind,
        "stand": standen.get(str(p)),
        "volgende_periode": str(p.volgende()),
        "volgende": standen.get(str(p.volgende())),
        "beoordeling": beoordeling,
        "trede": _trede(beoordeling["trede"]),
        "vorige_trede": _trede(beoordeling["vorige_trede"]),
        "termijnen": _termijnen(q, g["code"], "bestuurlijk_gesprek")
        + _termijnen(q, g["code"], "verbeterplan"),
    }
    return gegevens, f"Beoordeling huisvesting vergunninghouders periode {p}", beoordeling


def _gesprek_uiterlijk(
    gegevens: dict[str, Any], datum: date, kalender: Kalender | None
) -> Einddatum | None:
    """The bestuurlijk gesprek term this toezichtbrief starts (AB-2024, trede 3)."""
    b = gegevens["beoordeling"]
    if kalender is None or gegevens["termijnen"] or b["trede"] != 3 or b["beleid"] != "AB-2024":
        return None
    return na_weken(datum, WEKEN_GESPREK, kalender)


def _tussentijds(q: Lezer, g: dict[str, Any], datum: date, periode: str | None) -> Opbouw:
    p = Periode.parse(periode) if periode else Periode.van_datum(datum)
    rij = next((r for r in q.perioden(g["code"]) if r["periode"] == str(p)), None)
    if rij is None:
        raise OngeldigeInvoer(
            f"gemeente {g['code']} heeft geen cijfers over periode {p}", "periode"
        )
    verstuurd = next(
        (
            b
            for b in q.tussentijdse_berichten()
            if b["code"] == g["code"] and b["periode"] == str(p)
        ),
        None,
    )
    berekend = tussentijdse_stand(cijfers_uit_rij(rij), g["trede"])
    gegevens = {
        "periode": str(p),
        "moment": p.tussentijds_moment,
        "stand": _standen(q, g["code"])[str(p)],
        "op_schema": verstuurd["op_schema"] if verstuurd else berekend.op_schema,
        "opschaling_in_zicht": (
            verstuurd["opschaling_in_zicht"] if verstuurd else berekend.opschaling_in_zicht
        ),
        "trede": _trede(g["trede"]),
    }
    laatste = q.beoordelingen(g["code"])
    return (
        gegevens,
        f"Tussentijds bericht huisvesting vergunninghouders periode {p}",
        laatste[-1] if laatste else None,
    )


def _uitnodiging(q: Lezer, g: dict[str, Any], datum: date, periode: str | None) -> Opbouw:
    beoordeling = _beoordeling(q, g["code"], periode)
    if beoordeling["trede"] != 3:
        raise OngeldigeInvoer(
            f"een uitnodiging voor het bestuurlijk gesprek hoort bij trede 3; de beoordeling "
            f"over {beoordeling['periode']} gaf trede {beoordeling['trede']}",
            "soort",
        )
    gegevens = {
        "periode": beoordeling["periode"],
        "beoordeling": beoordeling,
        "trede": _trede(3),
        "termijnen": _termijnen(q, g["code"], "bestuurlijk_gesprek"),
        "ab2024": beoordeling["beleid"] == "AB-2024",
    }
    return gegevens, "Uitnodiging bestuurlijk gesprek over het verbeterplan", beoordeling


def _vooraankondiging(q: Lezer, g: dict[str, Any], datum: date, periode: str | None) -> Opbouw:
    termijnen = _termijnen(q, g["code"], "vooraankondiging")
    if not termijnen:
        raise OngeldigeInvoer(
            f"gemeente {g['code']} heeft geen vastgelegde vooraankondiging: de brief geeft "
            "de termijn weer die bij het verzenden is vastgelegd",
            "soort",
        )
    beoordeling = _beoordeling(q, g["code"], periode)
    gegevens = {
        "beoordeling": beoordeling,
        "stand": _standen(q, g["code"]).get(beoordeling["periode"]),
        "trede": _trede(4),
        "volgende_trede": _trede(5),
        "termijn": termijnen[-1],
    }
    return gegevens, "Vooraankondiging juridische interventie", beoordeling


def _besluit(q: Lezer, g: dict[str, Any], datum: date, periode: str | None) -> Opbouw:
    deelstappen = _termijnen(q, g["code"], "deelstap")
    if not deelstappen:
        raise OngeldigeInvoer(
            f"gemeente {g['code']} heeft geen vastgelegd besluit tot indeplaatsstelling met "
            "deelstappen",
            "soort",
        )
    beoordeling = _beoordeling(q, g["code"], periode)
    gegevens = {
        "beoordeling": beoordeling,
        "stand": _standen(q, g["code"]).get(beoordeling["periode"]),
        "trede": _trede(5),
        "deelstappen": deelstappen,
        "vooraankondiging": _laatste(_termijnen(q, g["code"], "vooraankondiging")),
        "beroep": _laatste(_termijnen(q, g["code"], "beroep")),
    }
    return gegevens, "Besluit tot indeplaatsstelling (last onder indeplaatsstelling)", beoordeling


_OPBOUW = {
    "toezichtbrief": _toezichtbrief,
    "afschrift_raad": _toezichtbrief,
    "tussentijds_bericht": _tussentijds,
    "uitnodiging_bestuurlijk_gesprek": _uitnodiging,
    "vooraankondiging": _vooraankondiging,
    "besluit_indeplaatsstelling": _besluit,
}
