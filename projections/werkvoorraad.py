"""The werkvoorraad: open terms and recurring work, due this week or overdue, per role.
Assembled from the read tables and the domain's rules; nothing is replayed."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from domain.termijnen import REGELS, Soort
from domain.werkvoorraad import (
    GemeenteFeiten,
    LaatsteBesluit,
    OpenVoorstel,
    Werk,
    terugkerend_werk,
    werk_na_besluit,
    werk_voor_voorstel,
)
from projections.weergaven import Signaal, WerkItem, WerkvoorraadView

if TYPE_CHECKING:  # queries.py offers the werkvoorraad to a reader, so it imports us
    from projections.queries import Queries


def _dag(tijdstip: str) -> date:
    return datetime.fromisoformat(tijdstip).date()


def werk_uit_termijnen(queries: Queries) -> list[Werk]:
    namen = {g["code"]: g["naam"] for g in queries.gemeenten()}
    return [
        Werk(
            t["code"],
            f"termijn:{t['soort']}",
            f"{t['omschrijving'].capitalize()} ({namen.get(t['code'], t['code'])}, "
            f"termijn {t['termijn']})",
            date.fromisoformat(t["tot"]),
            REGELS[Soort(t["soort"])].rollen,
        )
        for t in queries.open_termijnen()
    ]


def wachtend_werk(queries: Queries) -> list[Werk]:
    """What waits on a person after something was prepared or decided: proposals for
    the bestuurder, the toezichtbrief and afschrift after an adopted beoordeling."""
    namen = {g["code"]: g["naam"] for g in queries.gemeenten()}
    werk = [
        werk_voor_voorstel(
            OpenVoorstel(
                code=v["code"],
                naam=namen.get(v["code"], v["code"]),
                nummer=v["nummer"],
                concept_trede=v["concept_trede"],
                periode=v["periode"],
                voorbereid_op=_dag(v["voorbereid_op"]),
            )
        )
        for v in queries.open_voorstellen()
    ]
    for b in queries.laatste_beoordelingen():
        if b["overgenomen"]:
            continue  # history taken over from publication: its letter went out long ago
        werk += werk_na_besluit(
            LaatsteBesluit(
                code=b["code"],
                naam=namen.get(b["code"], b["code"]),
                trede=b["trede"],
                vastgesteld_op=_dag(b["vastgesteld_op"]),
                brief_op=_dag(b["brief_verzonden_op"]) if b["brief_verzonden_op"] else None,
                afschrift_op=(
                    _dag(b["afschrift_verzonden_op"]) if b["afschrift_verzonden_op"] else None
                ),
            )
        )
    return werk


def recurring(queries: Queries, vandaag: date, sinds: date) -> list[Werk]:
    contacten: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for c in queries.contacten():
        contacten[c["code"]].append((_dag(c["plaatsgevonden_op"]), c["soort"]))
    beoordeeld: dict[str, set[str]] = defaultdict(set)
    for b in queries.beoordeelde_perioden():
        beoordeeld[b["code"]].add(b["periode"])
    berichten: dict[str, set[str]] = defaultdict(set)
    for b in queries.tussentijdse_berichten():
        berichten[b["code"]].add(b["periode"])
    werk: list[Werk] = []
    for g in queries.gemeenten():
        if g["voortgezet_door"]:
            continue  # merged away: the successor carries the supervision
        feiten = GemeenteFeiten(
            code=g["code"],
            naam=g["naam"],
            trede=g["trede"],
            beoordeelde_perioden=frozenset(beoordeeld[g["code"]]),
            contacten=tuple(contacten[g["code"]]),
            tussentijdse_berichten=frozenset(berichten[g["code"]]),
        )
        werk.extend(terugkerend_werk(feiten, vandaag, sinds))
    return werk


def werkvoorraad(
    queries: Queries, vandaag: date, sinds: date | None, rol: str | None
) -> WerkvoorraadView:
    """Overdue, due this week (today through six days ahead), later, and signals;
    `rol` None is everyone's work."""
    alles = werk_uit_termijnen(queries) + wachtend_werk(queries)
    if sinds is not None:
        alles += recurring(queries, vandaag, sinds)
    if rol is not None:
        alles = [w for w in alles if rol in w.rollen]
    week = vandaag + timedelta(days=6)
    indeling: dict[str, list[WerkItem]] = {"achterstallig": [], "deze_week": [], "later": []}
    for w in sorted(alles, key=lambda w: (w.uiterlijk, w.code, w.soort)):
        sleutel = (
            "achterstallig"
            if w.uiterlijk < vandaag
            else ("deze_week" if w.uiterlijk <= week else "later")
        )
        indeling[sleutel].append(WerkItem(w.code, w.soort, w.omschrijving, w.uiterlijk.isoformat()))
    sinds_signalen = (vandaag - timedelta(days=30)).isoformat()
    return WerkvoorraadView(
        achterstallig=tuple(indeling["achterstallig"]),
        deze_week=tuple(indeling["deze_week"]),
        later=tuple(indeling["later"]),
        signalen=tuple(
            Signaal(m["code"], m["soort"], m["tekst"], m["op"])
            for m in queries.meldingen(rol=rol, sinds=sinds_signalen)
        ),
    )
