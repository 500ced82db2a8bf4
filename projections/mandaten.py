"""The mandate register as a read table: who signs which letters, from when until when."""

from __future__ import annotations

from typing import Any

from domain.mandaat import Mandaatregister
from projections import tables as t
from projections.handlers import Handlers
from projections.werkset import Werkset


def _iso(waarde: Any) -> str | None:
    return None if waarde is None else str(waarde)[:10]


def _verleend(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.mandaten,
        nummer=e.nummer,
        naam=e.naam,
        functie=e.functie,
        briefsoorten=list(e.briefsoorten),
        van=_iso(e.van),
        tot=_iso(e.tot),
        verleend_door=e.vastlegging["gebruiker"],
        verleend_op=e.vastlegging["geregistreerd_op"],
    )


def _beeindigd(w: Werkset, e: Any) -> None:
    rij = w.rij(t.mandaten, e.nummer)
    assert rij is not None
    rij["tot"] = _iso(e.tot)
    w.gewijzigd(t.mandaten, rij)


HANDLERS: Handlers = (
    ((Mandaatregister.MandaatVerleend,), _verleend),
    ((Mandaatregister.MandaatBeeindigd,), _beeindigd),
)
