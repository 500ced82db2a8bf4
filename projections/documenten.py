"""Documents received: what the dossier recorded about each, and its bytes by hash."""

from __future__ import annotations

from typing import Any

from domain import gebeurtenissen as ev
from domain.ontvangstdocument import Ontvangstdocument
from projections import tables as t
from projections.handlers import Handlers, code_van
from projections.werkset import Werkset


def _ontvangen(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.documenten,
        code=code_van(w, e),
        nummer=e.originator_version,
        soort=e.soort,
        bestandsnaam=e.bestandsnaam,
        mediatype=e.mediatype,
        sha256=e.sha256,
        grootte=e.grootte,
        termijn=e.termijn,
        periode=e.periode,
        kenmerk=e.kenmerk,
        vervangt=e.vervangt,
        ontvangen_op=e.vastlegging["plaatsgevonden_op"],
        ontvangen_door=e.vastlegging["gebruiker"],
    )


def _bewaard(w: Werkset, e: Any) -> None:
    w.voeg_toe(t.ontvangstdocumenten, code=e.code, sha256=e.sha256, inhoud=e.inhoud)


HANDLERS: Handlers = (
    ((ev.DocumentOntvangen,), _ontvangen),
    ((Ontvangstdocument.Bewaard,), _bewaard),
)
