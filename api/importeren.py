"""What the import route, page and command line share: the gemeenten and herindelingen
known to the read side, handed to the importer, and the read models brought up to what
it recorded."""

from __future__ import annotations

from dataclasses import replace

from application.importeren.herindeling import Herindeling
from application.importeren.rapport import Rapport
from application.importeren.uitvoeren import Voortgang, importeer
from application.toezicht import Toezicht
from domain.vastlegging import Vastlegging
from projections.queries import Queries
from projections.runner import ProjectieRunner


def importeer_bestand(
    app: Toezicht,
    queries: Queries,
    runner: ProjectieRunner,
    wie: Vastlegging,
    bestand: str,
    inhoud: bytes,
    proef: bool,
    herindeling: Herindeling | None = None,
    voortgang: Voortgang | None = None,
) -> Rapport:
    """Dry run or import. A registered successor (voortgezet_van) takes its predecessors'
    codes by itself; an explicit `herindeling` adds to that and wins where both speak."""
    gemeenten = queries.gemeenten()
    kaart = Herindeling.uit_paren(
        (g["code"], g["voortgezet_door"]) for g in gemeenten if g.get("voortgezet_door")
    )
    if herindeling is not None:
        kaart = kaart.samen(herindeling)
    # One file is one act, made idempotent by its content: no per-request key on its events.
    wie = replace(wie, verzoek=None, vingerafdruk=None)
    rapport = importeer(
        app,
        bestand,
        inhoud,
        wie,
        proef,
        herindeling=kaart,
        gemeenten={g["code"]: g["naam"] for g in gemeenten},
        voortgang=voortgang,
    )
    if rapport.notificatie is not None:
        runner.bij(tot=rapport.notificatie)
    return rapport
