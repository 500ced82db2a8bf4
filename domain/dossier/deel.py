"""What the parts of the dossier share: the state Dossier.__init__ sets and the one way
to record an event. Each part (beoordelen, termijnen, juridisch) adds commands only."""

from __future__ import annotations

from typing import Any

from domain import gebeurtenissen as ev
from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.vastlegging import Vastlegging


class DossierDeel:
    version: int
    code: str
    trede: int | None
    cijfers: dict[str, dict[str, Any]]
    beoordelingen: dict[str, dict[str, Any]]
    voorstellen: dict[int, dict[str, Any]]
    redenen: dict[int, dict[str, Any]]
    termijnen: dict[str, dict[str, Any]]
    laatste_besluit: dict[str, Any] | None
    geeffectueerd: bool
    verzoeken: dict[str, dict[str, Any]]
    afgeschaald: dict[int, int]  # term trede -> version of the last decision below it

    def _leg_vast(
        self, gebeurtenis: type[ev.DossierGebeurtenis], vastlegging: Vastlegging, **velden: Any
    ) -> None:
        raise NotImplementedError

    def cijfers_van(self, periode: Periode) -> Cijfers:
        return Cijfers(periode=periode, **self.cijfers.get(str(periode), {}))
