"""The terms read model, and the notifications a lapse produces."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import gebeurtenissen as ev
from domain.kalender import dag_nl
from domain.termijnen import GEMELD_BIJ_VERSTRIJKEN
from domain.woorden import Termijnstatus
from projections import tables as t
from projections.handlers import Handlers, code_van, melding
from projections.werkset import Werkset


def _termijnen_gestart(w: Werkset, e: Any) -> None:
    for termijn in e.termijnen:
        w.voeg_toe(
            t.termijnen,
            code=code_van(w, e),
            termijn=termijn["id"],
            soort=termijn["soort"],
            omschrijving=termijn["omschrijving"],
            trede=termijn["trede"],
            start=termijn["start"].isoformat(),
            tot=termijn["tot"].isoformat(),
            tot_opgegeven=termijn.get("tot_opgegeven", termijn["tot"]).isoformat(),
            verschoven_reden=termijn.get("verschoven_reden"),
            status=str(Termijnstatus.OPEN),
            verlengd=False,
        )


def _termijn(w: Werkset, e: Any) -> dict[str, Any]:
    return w.wijzig(t.termijnen, code_van(w, e), e.termijn)


def _termijn_afgesloten(w: Werkset, e: Any) -> None:
    status = {
        ev.TermijnNagekomen: Termijnstatus.NAGEKOMEN,
        ev.TermijnVerstreken: Termijnstatus.VERSTREKEN,
        ev.TermijnIngetrokken: Termijnstatus.INGETROKKEN,
    }[type(e)]
    _termijn(w, e).update(status=str(status), afgesloten_op=e.vastlegging["plaatsgevonden_op"])


def _melding_verstreken(w: Werkset, e: Any) -> None:
    termijn = _termijn(w, e)
    melding(
        w,
        e,
        "termijn_verstreken",
        f"Termijn '{termijn['omschrijving']}' (tot en met "
        f"{dag_nl(date.fromisoformat(termijn['tot']))}) is verstreken.",
        list(GEMELD_BIJ_VERSTRIJKEN),
    )


def _termijn_verlengd(w: Werkset, e: Any) -> None:
    _termijn(w, e).update(
        tot=e.tot.isoformat(),
        tot_opgegeven=(e.tot_opgegeven or e.tot).isoformat(),
        verschoven_reden=e.verschoven_reden,
        verlengd=True,
    )


# What this read model does per event, in order; projections/view.py combines the tables.
HANDLERS: Handlers = (
    (
        (
            ev.ToezichtbriefVerzonden,
            ev.VerbeterplanBijgewerktGevraagd,
            ev.VerbeterplanGesprekGevoerd,
            ev.VooraankondigingVerzonden,
            ev.IndeplaatsstellingsbesluitGenomen,
            ev.IndeplaatsstellingsbesluitBekendgemaakt,
        ),
        _termijnen_gestart,
    ),
    ((ev.TermijnNagekomen, ev.TermijnVerstreken, ev.TermijnIngetrokken), _termijn_afgesloten),
    ((ev.TermijnVerstreken,), _melding_verstreken),
    ((ev.TermijnVerlengd,), _termijn_verlengd),
)
