"""Wiring for requests: the container of long-lived objects, the clock, the current user.
This and scheduler/main.py are the only places that read the wall clock."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.inlogrem import Inlogrem
from api.inzage import Inzage
from api.sessies import COOKIE, CSRF_HEADER, Sessies
from api.toegang import controleer_rol
from application.settings import Settings
from application.toezicht import Toezicht
from domain.errors import GeenToegang, OngeldigeInvoer
from domain.vastlegging import Rol, Vastlegging
from projections.queries import Queries
from projections.runner import ProjectieRunner
from projections.view import ToezichtView
from scheduler.main import Planner

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
            env=settings.eventsourcing_env(), snapshot_interval=settings.snapshot_interval
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
            inzage=Inzage(queries.engine),
            klok=klok,
        )

    def vandaag(self) -> date:
        return self.klok().astimezone(NL).date()

    def schrijf(self, commando: Callable[[], Any]) -> Any:
        """Run one command, then bring the read models up to it (read your own write)."""
        uitkomst = commando()
        notificatie = uitkomst[0] if isinstance(uitkomst, tuple) else uitkomst
        self.runner.bij(tot=notificatie)
        return uitkomst


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
        rij = c.queries.gebruiker_bij_token(
            hashlib.sha256(credentials.credentials.encode()).hexdigest(),
            c.klok().astimezone(UTC).isoformat(),
        )
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
        vingerafdruk = hashlib.sha256(inhoud + await request.body()).hexdigest()
    return Gebruiker(rij["naam"], Rol(rij["rol"]), rij["weergavenaam"], sleutel, vingerafdruk)


def _uit_sessie(request: Request, c: Container) -> dict[str, Any] | None:
    """A session cookie logs in a person; a write also needs the session's CSRF token."""
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    sessie = c.sessies.zoek(token, c.klok())
    if sessie is None:
        return None
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        gegeven = request.headers.get(CSRF_HEADER, "")
        if not secrets.compare_digest(gegeven, sessie["csrf"]):
            raise GeenToegang("X-CSRF-Token ontbreekt of klopt niet bij deze sessie")
    gebruiker = c.queries.gebruiker(sessie["naam"])
    if gebruiker is None or gebruiker["sessie_generatie"] != sessie["generatie"]:
        c.sessies.sluit(token)  # ended by a password change or by disabling the account
        return None
    return gebruiker


GebruikerDep = Annotated[Gebruiker, Depends(huidige_gebruiker)]
