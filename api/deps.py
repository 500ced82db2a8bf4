"""Wiring for requests: the container of long-lived objects (built by the composition root,
bootstrap, plus what only the web server needs: sessions, login throttling), the clock,
the current user."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, TypeVar
from zoneinfo import ZoneInfo

from fastapi import Depends, Request
from fastapi.responses import JSONResponse

import bootstrap
from api.inlogrem import Inlogrem
from api.schemas import Resultaat
from api.sessies import COOKIE, CSRF_HEADER, Sessies
from application.commandos import Dossiercommando
from application.settings import Settings
from application.toezicht import Toezicht
from application.tokens import token_hash
from bootstrap import Klok, systeemklok
from domain.errors import GeenToegang, OngeldigeInvoer
from domain.kalender import Kalender
from domain.vastlegging import Rol, Vastlegging
from projections.inzage import Inzage
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView
from scheduler.planner import Planner

T = TypeVar("T")
NL = ZoneInfo("Europe/Amsterdam")
IDEMPOTENTIE_SLEUTEL = re.compile(r"[A-Za-z0-9_.:-]{1,200}")


@dataclass
class Container:
    settings: Settings
    app: Toezicht
    view: ToezichtView
    runner: ProjectieRunner
    queries: Queries
    planner: Planner
    sessies: Sessies
    inlogrem: Inlogrem
    inzage: Inzage
    klok: Klok = field(default=systeemklok)

    @classmethod
    def bouw(cls, settings: Settings, klok: Klok = systeemklok) -> Container:
        """The composition root's parts, with the read models brought up to date."""
        delen = bootstrap.bouw(settings, klok)
        delen.runner.bij()
        return cls(
            settings=delen.settings,
            app=delen.app,
            view=delen.view,
            runner=delen.runner,
            queries=delen.queries,
            planner=delen.planner,
            sessies=Sessies(
                delen.queries.engine,
                timedelta(hours=settings.sessie_max_uren),
                timedelta(minutes=settings.sessie_inactief_minuten),
            ),
            inlogrem=Inlogrem(
                delen.queries.engine,
                settings.inlog_max_pogingen,
                timedelta(minutes=settings.inlog_venster_minuten),
            ),
            inzage=delen.queries.inzage,
            klok=klok,
        )

    @property
    def kalender(self) -> Kalender:
        return self.app.kalender

    def vandaag(self) -> date:
        return self.klok().astimezone(NL).date()

    def schrijf(self, commando: Callable[[], T]) -> T:
        """Run one user-account command (they stay methods of Toezicht), then bring the
        read models up to the head of the log, which holds its events."""
        uitkomst = commando()
        self.runner.bij()
        return uitkomst

    def voer_uit(self, commando: Dossiercommando, vastlegging: Vastlegging) -> Antwoord:
        """Carry out one dossier command, bring the read models up to it (read your own
        write) and answer where it landed: the notification, the dossier's new version (to
        send as verwachte_versie next) and the number it made or acted on. A repeated
        request answers as the first time, marked Idempotent-Replayed."""
        uitkomst = self.app.voer_uit(commando, vastlegging)
        if uitkomst.notificatie is None:  # only the planner's commands may record nothing
            raise RuntimeError(f"{type(commando).__name__} legde niets vast")
        self.runner.bij(tot=uitkomst.notificatie)
        resultaat = Resultaat(
            notificatie=uitkomst.notificatie, versie=uitkomst.versie, nummer=uitkomst.nummer
        )
        if not uitkomst.herhaald:
            return resultaat
        return JSONResponse(
            resultaat.model_dump(), status_code=201, headers={"Idempotent-Replayed": "true"}
        )


Antwoord = Resultaat | JSONResponse


@dataclass(frozen=True)
class Gebruiker:
    naam: str
    rol: Rol
    weergavenaam: str
    verzoek: str | None = None  # Idempotency-Key of this request
    vingerafdruk: str | None = None  # SHA-256 of method, path and body

    def vastlegging(
        self, nu: datetime, plaatsgevonden_op: datetime | None = None, reden: str | None = None
    ) -> Vastlegging:
        moment = plaatsgevonden_op or nu
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=NL)  # Dutch local time when no offset is given
        return Vastlegging(self.naam, self.rol, nu, moment, reden, self.verzoek, self.vingerafdruk)


def container(request: Request) -> Container:
    return request.app.state.container  # type: ignore[no-any-return]


ContainerDep = Annotated[Container, Depends(container)]


def gebruiker_bij_token(c: Container, token: str) -> dict[str, Any] | None:
    """The user an API token belongs to, if the token is known, not revoked nor expired."""
    return c.queries.gebruiker_bij_token(token_hash(token), c.klok().astimezone(UTC).isoformat())


def geldige_sessie(request: Request, c: Container) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The session of the cookie and its user, if the session is still valid."""
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    sessie = c.sessies.zoek(token, c.klok())
    if sessie is None:
        return None
    gebruiker = c.queries.gebruiker(sessie["naam"])
    if gebruiker is None or gebruiker["sessie_generatie"] != sessie["generatie"]:
        c.sessies.sluit(token)  # ended by a password change or by disabling the account
        return None
    return sessie, gebruiker


def uit_sessie(request: Request, c: Container) -> dict[str, Any] | None:
    """A session cookie logs in a person; a write also needs the session's CSRF token."""
    gevonden = geldige_sessie(request, c)
    if gevonden is None:
        return None
    sessie, gebruiker = gevonden
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        # Bytes: compare_digest refuses a str with non-ASCII characters (a 500 before).
        gegeven = request.headers.get(CSRF_HEADER, "").encode()
        if not secrets.compare_digest(gegeven, str(sessie["csrf"]).encode()):
            raise GeenToegang("X-CSRF-Token ontbreekt of klopt niet bij deze sessie")
    return gebruiker


def _query_namen(dependant: Any) -> set[str]:
    namen = {veld.alias for veld in dependant.query_params}
    for sub in dependant.dependencies:
        namen |= _query_namen(sub)
    return namen


def bekende_filters(request: Request) -> None:
    """Refuse a query parameter the route does not know: a misspelt filter would
    otherwise quietly answer the unfiltered list."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    bekend = _query_namen(dependant)
    onbekend = sorted(set(request.query_params) - bekend)
    if onbekend:
        mogelijk = ", ".join(sorted(bekend)) or "geen"
        raise OngeldigeInvoer(
            f"{onbekend[0]} is geen bekend filter van deze route (mogelijk: {mogelijk})",
            onbekend[0],
        )


FilterDep = Depends(bekende_filters)
