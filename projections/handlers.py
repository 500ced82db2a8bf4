"""Dispatch of events to the read models, and what every dossier event does: a timeline
row and the dossier version. Each read model (overzicht, beoordelingen, termijnen,
gebruikers) exports its own HANDLERS table; projections/view.py combines them in an
explicit order. All run inside the transaction that also records the tracking position."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import select

from domain import gebeurtenissen as ev
from domain.zichtbaarheid import is_vertrouwelijk
from projections import tables as t
from projections.omschrijving import Samenhang, omschrijf
from projections.werkset import Werkset, als_json_tekst

Handler = Callable[[Werkset, Any], None]
# A read model's table: which event classes each of its handlers takes, in order.
Handlers = tuple[tuple[tuple[type, ...], Handler], ...]
Dispatch = Mapping[type, tuple[Handler, ...]]


def combineer(*tabellen: Handlers) -> Dispatch:
    """Per event class its handlers: the tables' order, then each table's own order."""
    per_klasse: dict[type, list[Handler]] = {}
    for tabel in tabellen:
        for klassen, functie in tabel:
            for klasse in klassen:
                per_klasse.setdefault(klasse, []).append(functie)
    return MappingProxyType({k: tuple(v) for k, v in per_klasse.items()})


_IN_DOSSIER = (ev.DossierGebeurtenis, ev.GemeenteGeregistreerd)


def verwerk(dispatch: Dispatch, w: Werkset, gebeurtenis: Any, notificatie: int) -> None:
    """Apply one event to every read model that cares about it."""
    for functie in dispatch.get(type(gebeurtenis), ()):
        functie(w, gebeurtenis)
    if isinstance(gebeurtenis, _IN_DOSSIER):
        _tijdlijn(w, gebeurtenis, notificatie)
        # The dossier's version is written once per batch (rond_af), not once per event.
        w.versies[code_van(w, gebeurtenis)] = gebeurtenis.originator_version


def rond_af(w: Werkset) -> None:
    """Before the batch is written: each dossier's row gets the version of its last event."""
    for code, versie in w.versies.items():
        gemeente = w.rij(t.gemeenten, code)
        assert gemeente is not None
        if gemeente["versie"] != versie:
            gemeente["versie"] = versie
            w.gewijzigd(t.gemeenten, gemeente)
    w.versies.clear()


CODES: dict[Any, str] = {}  # dossier id -> CBS code; ids never change meaning


def code_van(w: Werkset, e: Any) -> str:
    """The CBS code of the dossier an event belongs to. Every model asks this of the
    event it handles, so the answer for the last event is kept on the werkset."""
    if w.laatste is not None and w.laatste[0] is e:
        return w.laatste[1]
    if e.originator_id not in CODES:
        g = t.gemeenten.c
        code = w.session.execute(
            select(g.code).where(g.dossier_id == str(e.originator_id))
        ).scalar()
        if code is None:
            raise LookupError(f"geen gemeente met dossier {e.originator_id}")
        CODES[e.originator_id] = code
    code = CODES[e.originator_id]
    w.laatste = (e, code)
    return code


def gemeente_rij(w: Werkset, e: Any) -> dict[str, Any]:
    rij = w.rij(t.gemeenten, code_van(w, e))
    assert rij is not None
    return rij


_NIET_IN_GEGEVENS = frozenset({"originator_id", "originator_version", "timestamp", "vastlegging"})


def _tijdlijn(w: Werkset, e: Any, notificatie: int) -> None:
    v = e.vastlegging
    gegevens = dict(e.__dict__)  # a copy without the envelope, in the event's own order
    for k in _NIET_IN_GEGEVENS:
        gegevens.pop(k, None)
    code = code_van(w, e)
    samenhang = w.onthouden.get(("samenhang", code))
    if samenhang is None:  # one per dossier and batch, not one per event
        samenhang = Samenhang(lambda id: w.rij(t.termijnen, code, id))
        w.onthouden[("samenhang", code)] = samenhang

    def verwezen_vertrouwelijk(versie: int) -> bool:
        rij = w.rij(t.tijdlijn, code, versie)
        return bool(rij and rij["vertrouwelijk"])

    w.voeg_toe(
        t.tijdlijn,
        code=code,
        versie=e.originator_version,
        notificatie=notificatie,
        soort=type(e).__name__,
        omschrijving=omschrijf(e, samenhang),
        gebruiker=v["gebruiker"],
        rol=v["rol"],
        geregistreerd_op=v["geregistreerd_op"],
        plaatsgevonden_op=v["plaatsgevonden_op"],
        reden=v.get("reden"),
        vertrouwelijk=is_vertrouwelijk(e, verwezen_vertrouwelijk),
        gegevens=als_json_tekst(gegevens),  # serialised once, as the column would
    )


def melding(w: Werkset, e: Any, soort: str, tekst: str, rollen: list[str]) -> None:
    """An in-app notification; e-mail, where configured, is sent from these rows."""
    w.voeg_toe(
        t.meldingen,
        code=code_van(w, e),
        versie=e.originator_version,
        soort=soort,
        tekst=tekst,
        rollen=rollen,
        op=e.vastlegging["plaatsgevonden_op"],
    )
