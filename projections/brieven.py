"""Letters as sent: what the dossier recorded about each, and its PDF by kenmerk."""

from __future__ import annotations

from typing import Any

from domain import gebeurtenissen as ev
from domain.briefdocument import Briefdocument
from projections import tables as t
from projections.handlers import Handlers, code_van
from projections.werkset import Werkset


def _verzonden(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.brieven,
        code=code_van(w, e),
        kenmerk=e.kenmerk,
        versie=e.originator_version,
        soort=e.soort,
        sha256=e.sha256,
        grootte=e.grootte,
        corrigeert=e.corrigeert,
        verzonden_op=e.vastlegging["plaatsgevonden_op"],
        verzonden_door=e.vastlegging["gebruiker"],
    )


def _bewaard(w: Werkset, e: Any) -> None:
    w.voeg_toe(t.briefdocumenten, kenmerk=e.kenmerk, sha256=e.sha256, inhoud=e.inhoud)


HANDLERS: Handlers = (
    ((ev.BriefVerzonden,), _verzonden),
    ((Briefdocument.Bewaard,), _bewaard),
)
