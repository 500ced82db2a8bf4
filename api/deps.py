"""Wiring for requests: the container of long-lived objects, the clock, the current user.
This and scheduler/main.py are the only places that read the wall clock."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any, TypeVar
from zoneinfo import ZoneInfo

from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.inlogrem import Inlogrem
from api.schemas import Resultaat
from api.sessies import COOKIE, CSRF_HEADER, Sessies
from api.toegang import controleer_rol
from application.commandos import Dossiercommando
from application.settings import Settings
from application.toezicht import Toezicht
from application.tokens import token_hash
from domain.errors import GeenToegang, OngeldigeInvoer
from domain.vastlegging import Rol, Vastlegging
from projections.inzage import Inzage
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView
from scheduler.main import Planner

T = TypeVar("T")
NL = ZoneInfo("Europe/Amsterdam")
IDEMPOTENTIE_SLEUTEL = re.compile(r"[A-Za-z0-9_.:-]{1,200}")


def systeemklok() -> datetime:
    return datetime.now(UTC)


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
    klok: Callable[[], datetime] = field(default=systeemklok)

    @classmethod
    def bouw(cls, settings: Settings, klok: Callable[[], datetime] = systeemklok) -> Container:
        app = Toezicht(
            env=settings.eventsourcing_env(),
            snapshot_interval=settings.snapshot_interval,
            in_gebruik_sinds=settings.in_gebruik_sinds,
        )
        view = ToezichtView(settings.sqlalchemy_url())
        view.create_table()
        runner = ProjectieRunner(app, view, settings.projectie_batch)
        runner.bij()
        queries = Queries(settings.sqlalchemy_url())
        planner = Planner(settings, app, runner, queries, klok)
        sessies = Sessies(
            queries.engine,
            timedelta(hours=settings.sessie_max_uren),
            timedelta(minutes=settings.sessie_inactief_minuten),
        )
        return cls(
            settings=settings,
            app=app,
            view=view,
            runner=runner,
            queries=queries,
            planner=planner,
            sessies=sessies,
            inlogrem=Inlogrem(
                queries.engine,
                settings.inlog_max_pogingen,
                timedelta(minutes=settings.inlog_venster_minuten),
            ),
            inzage=queries.inzage,
            klok=klok,
        )

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
_bearer = HTTPBearer(auto_error=False, description="API-token van de gebruiker")


async def huidige_gebruiker(
    request: Request,
    c: ContainerDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Gebruiker:
    from api.errors import NietIngelogd

    if credentials is not None:
        rij = gebruiker_bij_token(c, credentials.credentials)
    else:
        rij = _uit_sessie(request, c)
    if rij is None:
        raise NietIngelogd()
    if rij["uitgeschakeld"]:
        raise GeenToegang(f"account {rij['naam']} is uitgeschakeld; vraag de beheerder")
    controleer_rol(request, Rol(rij["rol"]))
    sleutel = request.headers.get("idempotency-key")
    vingerafdruk = None
    if sleutel is not None:
        if not IDEMPOTENTIE_SLEUTEL.fullmatch(sleutel):
            raise OngeldigeInvoer(
                "Idempotency-Key: 1-200 tekens, letters, cijfers en - _ . :", "Idempotency-Key"
            )
        inhoud = request.method.encode() + b" " + request.url.path.encode() + b"\n"
        # A multipart body was parsed already (and its boundary differs per attempt): the
        # upload route fingerprints the parsed fields instead (api/routers/ontvangst.py).
        multipart = request.headers.get("content-type", "").startswith("multipart/")
        vingerafdruk = hashlib.sha256(
            inhoud + (b"multipart" if multipart else await request.body())
        ).hexdigest()
    return Gebruiker(rij["naam"], Rol(rij["rol"]), rij["weergavenaam"], sleutel, vingerafdruk)


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


def _uit_sessie(request: Request, c: Container) -> dict[str, Any] | None:
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


GebruikerDep = Annotated[Gebruiker, Depends(huidige_gebruiker)]


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
