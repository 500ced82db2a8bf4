"""The scheduler's work, given today: record lapsed terms, once each, and mail the new
notifications. Pure of clocks: the caller passes the moment."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from application.commandos import RegistreerTermijnVerstreken
from application.toezicht import Toezicht
from domain.errors import GelijktijdigGewijzigd
from domain.vastlegging import Rol, Vastlegging
from projections.queries import Queries
from projections.runner import ProjectieRunner

log = logging.getLogger(__name__)
NL = ZoneInfo("Europe/Amsterdam")


def registreer_verstreken_termijnen(
    toezicht: Toezicht, queries: Queries, runner: ProjectieRunner, nu: datetime
) -> int:
    """Record TermijnVerstreken for every open term whose last day is over. Safe to run
    any number of times, by any number of processes: the dossier records an expiry once,
    and a concurrent writer is resolved by running the command again on the fresh
    dossier. Returns how many it recorded."""
    runner.bij()
    vandaag = nu.astimezone(NL).date()
    vastgelegd = 0
    for termijn in queries.termijnen(status="open", tot_voor=vandaag.isoformat()):
        # The term lapsed at the start of the day after its last day, whenever we notice.
        verlopen = datetime.combine(
            datetime.fromisoformat(termijn["tot"]).date() + timedelta(days=1), time(), NL
        )
        stempel = Vastlegging("planner", Rol.SYSTEEM, nu, min(verlopen, nu))
        commando = RegistreerTermijnVerstreken(
            code=termijn["code"], termijn=termijn["termijn"], vandaag=vandaag
        )
        try:
            # Safe to repeat: a term settled in the meantime records nothing.
            uitkomst = toezicht.voer_uit(commando, stempel)
        except GelijktijdigGewijzigd:
            log.warning(
                "termijn %s van %s: te veel gelijktijdige wijzigingen",
                termijn["termijn"],
                termijn["code"],
            )
            continue
        if uitkomst.notificatie is not None:
            vastgelegd += 1
            runner.bij(tot=uitkomst.notificatie)
    return vastgelegd
