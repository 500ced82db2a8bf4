"""Dispatch of events to the read models, and what every dossier event does: a timeline
row and the dossier version. The read models (overzicht, beoordelingen, termijnen,
gebruikers) register their handlers with @bij; all run inside the transaction that also
records the tracking position."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from domain import gebeurtenissen as ev
from domain.zichtbaarheid import is_vertrouwelijk
from projections import tables as t
from projections.omschrijving import Samenhang, omschrijf
from projections.werkset import Werkset

Handler = Callable[[Werkset, Any], None]
_HANDLERS: dict[type, list[Handler]] = {}


def bij(*event_classes: type) -> Callable[[Handler], Handler]:
    def registreer(functie: Handler) -> Handler:
        for cls in event_classes:
            _HANDLERS.setdefault(cls, []).append(functie)
        return functie

    return registreer


def verwerk(w: Werkset, gebeurtenis: Any, notificatie: int) -> None:
    """Apply one event to every read model that cares about it."""
    for functie in _HANDLERS.get(type(gebeurtenis), []):
        functie(w, gebeurtenis)
    if isinstance(gebeurtenis, ev.DossierGebeurtenis | ev.GemeenteGeregistreerd):
        _tijdlijn(w, gebeurtenis, notificatie)
        gemeente = gemeente_rij(w, gebeurtenis)
        gemeente["versie"] = gebeurtenis.originator_version
        w.gewijzigd(t.gemeenten, gemeente)


CODES: dict[Any, str] = {}  # dossier id -> CBS code; ids never change meaning


def code_van(w: Werkset, e: Any) -> str:
    """The CBS code of the dossier an event belongs to."""
    if e.originator_id not in CODES:
        g = t.gemeenten.c
        code = w.session.execute(
            select(g.code).where(g.dossier_id == str(e.originator_id))
        ).scalar()
        if code is None:
            raise LookupError(f"geen gemeente met dossier {e.originator_id}")
        CODES[e.originator_id] = code
    return CODES[e.originator_id]


def gemeente_rij(w: Werkset, e: Any) -> dict[str, Any]:
    rij = w.rij(t.gemeenten, code_van(w, e))
    assert rij is not None
    return rij


def _tijdlijn(w: Werkset, e: Any, notificatie: int) -> None:
    v = e.vastlegging
    gegevens = {
        k: waarde
        for k, waarde in e.__dict__.items()
        if k not in ("originator_id", "originator_version", "timestamp", "vastlegging")
    }
    code = code_van(w, e)

    def verwezen_vertrouwelijk(versie: int) -> bool:
        rij = w.rij(t.tijdlijn, code, versie)
        return bool(rij and rij["vertrouwelijk"])

    w.voeg_toe(
        t.tijdlijn,
        code=code,
        versie=e.originator_version,
        notificatie=notificatie,
        soort=type(e).__name__,
        omschrijving=omschrijf(e, Samenhang(lambda id: w.rij(t.termijnen, code, id))),
        gebruiker=v["gebruiker"],
        rol=v["rol"],
        geregistreerd_op=v["geregistreerd_op"],
        plaatsgevonden_op=v["plaatsgevonden_op"],
        reden=v.get("reden"),
        vertrouwelijk=is_vertrouwelijk(e, verwezen_vertrouwelijk),
        gegevens=_json(gegevens),
    )


def _json(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        return {k: _json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_json(v) for v in waarde]
    if hasattr(waarde, "isoformat"):
        return waarde.isoformat()
    return waarde


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


# The read models register their handlers with @bij when imported.
from projections import beoordelingen, brieven, gebruikers, overzicht, termijnen  # noqa: E402, F401
