"""Who may call which route: the roles are declared with the route, in its signature.

Every route that needs a login takes exactly one role-bearing dependency as its user
parameter, e.g. `g: ToezichtDep` (API) or `g: PaginaLezen` (pages, api/pages/toegang.py).
Each alias is `Annotated[Gebruiker, Depends(<Rolvereiste>)]`: a callable object that
carries its frozenset of roles, logs the caller in (API token or session cookie), and
refuses a role outside its set with 403 ("mag dit niet"; a page answers "Geen toegang").

The route-by-role table is not written anywhere: `rollen_per_route(app)` derives it from
the app by walking each route's dependants. `PUBLIEK` is the explicit list of routes
without login. `controleer_routes(app)` (run by `maak_app`) refuses to build an app with a
route that is neither public nor carries exactly one role requirement, so a route that
forgets its role is never served open; tests/e2e/test_toegang_per_route.py walks every
route with every role against the derived table.

Which alias for which role set:

    LEZEN             -> LezenDep              / PaginaLezen
    TOEZICHT          -> ToezichtDep           / PaginaToezicht
    JURIDISCH         -> JuridischDep          / PaginaJuridisch
    BESTUUR           -> BestuurDep            / PaginaBestuur
    BEHEER            -> BeheerDep             / PaginaBeheer
    BESTUUR|TOEZICHT  -> BestuurOfToezichtDep  / PaginaBestuurOfToezicht
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.routing import iter_route_contexts
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.deps import (
    IDEMPOTENTIE_SLEUTEL,
    ContainerDep,
    Gebruiker,
    gebruiker_bij_token,
    uit_sessie,
)
from domain.errors import GeenToegang, OngeldigeInvoer
from domain.vastlegging import Rol

LEZEN = frozenset({Rol.LEZER, Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.BEHEERDER})
TOEZICHT = frozenset({Rol.TOEZICHTHOUDER, Rol.JURIST})
JURIDISCH = frozenset({Rol.JURIST})
BESTUUR = frozenset({Rol.BESTUURDER})
BEHEER = frozenset({Rol.BEHEERDER})
BESTUUR_OF_TOEZICHT = BESTUUR | TOEZICHT


# Routes without login: documentation and operations (no personal data in any of them),
# and the public export of the treden the province publishes (projections/openbaar.py).
PUBLIEK: frozenset[str] = frozenset(
    {
        "read_openbare_treden",
        "export_openbare_treden_csv",
        "openapi",
        "swagger_ui_html",
        "swagger_ui_redirect",
        "docs-static",
        "read_healthz",
        "read_readyz",
        "read_metrics",
        "create_sessie",
        "read_sso_login",
        "read_sso_callback",
        "static",
        "page_inloggen",
        "page_inloggen_verstuur",
    }
)


_bearer = HTTPBearer(auto_error=False, description="API-token van de gebruiker")


class Rolvereiste:
    """A route's role requirement. Subclasses are the dependency: their `__call__` logs
    the caller in and refuses a role outside `rollen`."""

    def __init__(self, rollen: frozenset[Rol]) -> None:
        self.rollen = rollen

    def __repr__(self) -> str:
        return f"{type(self).__name__}({sorted(self.rollen)})"


class ApiRol(Rolvereiste):
    """An API route's user: bearer token or session cookie (with its CSRF header on a
    write), the role check, and the request's Idempotency-Key and fingerprint."""

    async def __call__(
        self,
        request: Request,
        c: ContainerDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Gebruiker:
        from api.errors import NietIngelogd

        if credentials is not None:
            rij = gebruiker_bij_token(c, credentials.credentials)
        else:
            rij = uit_sessie(request, c)
        if rij is None:
            raise NietIngelogd()
        if rij["uitgeschakeld"]:
            raise GeenToegang(f"account {rij['naam']} is uitgeschakeld; vraag de beheerder")
        rol = Rol(rij["rol"])
        if rol not in self.rollen:
            naam = getattr(request.scope.get("route"), "name", None)
            raise GeenToegang(f"de rol {rol} mag dit niet ({naam})")
        sleutel = request.headers.get("idempotency-key")
        vingerafdruk = None
        if sleutel is not None:
            if not IDEMPOTENTIE_SLEUTEL.fullmatch(sleutel):
                raise OngeldigeInvoer(
                    "Idempotency-Key: 1-200 tekens, letters, cijfers en - _ . :",
                    "Idempotency-Key",
                )
            inhoud = request.method.encode() + b" " + request.url.path.encode() + b"\n"
            # A multipart body was parsed already (and its boundary differs per attempt): the
            # upload route fingerprints the parsed fields instead (api/routers/ontvangst.py).
            multipart = request.headers.get("content-type", "").startswith("multipart/")
            vingerafdruk = hashlib.sha256(
                inhoud + (b"multipart" if multipart else await request.body())
            ).hexdigest()
        return Gebruiker(rij["naam"], rol, rij["weergavenaam"], sleutel, vingerafdruk)


LezenDep = Annotated[Gebruiker, Depends(ApiRol(LEZEN))]
ToezichtDep = Annotated[Gebruiker, Depends(ApiRol(TOEZICHT))]
JuridischDep = Annotated[Gebruiker, Depends(ApiRol(JURIDISCH))]
BestuurDep = Annotated[Gebruiker, Depends(ApiRol(BESTUUR))]
BeheerDep = Annotated[Gebruiker, Depends(ApiRol(BEHEER))]
BestuurOfToezichtDep = Annotated[Gebruiker, Depends(ApiRol(BESTUUR_OF_TOEZICHT))]


def rolvereisten(dependant: Any) -> list[Rolvereiste]:
    """Every role requirement in a route's dependency tree."""
    gevonden: list[Rolvereiste] = []
    for sub in dependant.dependencies:
        if isinstance(sub.call, Rolvereiste):
            gevonden.append(sub.call)
        gevonden += rolvereisten(sub)
    return gevonden


def vereisten_per_route(app: Any) -> Iterable[tuple[str, list[Rolvereiste]]]:
    """(route name, its role requirements) for every route of the app, mounts included."""
    for rc in iter_route_contexts(app.router.routes):
        dependant = getattr(rc, "dependant", None)
        yield rc.name or "", rolvereisten(dependant) if dependant is not None else []


def rollen_in(routes: Iterable[Any], naam: str) -> frozenset[Rol]:
    """The roles the route called `naam` among `routes` declares (a web form takes those
    of the API route it mirrors)."""
    for route in routes:
        if getattr(route, "name", None) == naam:
            [vereiste] = rolvereisten(route.dependant)
            return vereiste.rollen
    raise LookupError(f"geen route {naam}")


def rollen_per_route(app: Any) -> dict[str, frozenset[Rol]]:
    """The route-by-role table, derived from the routes' own declarations: route name ->
    the roles allowed. Public routes are not in it."""
    tabel: dict[str, frozenset[Rol]] = {}
    for naam, vereisten in vereisten_per_route(app):
        if len(vereisten) == 1:
            tabel[naam] = vereisten[0].rollen
    return tabel


def fouten_in_routes(app: Any) -> list[str]:
    """Routes that break the rule: public with a role, or not public without exactly one."""
    fouten = []
    for naam, vereisten in vereisten_per_route(app):
        if naam in PUBLIEK and vereisten:
            fouten.append(f"{naam}: staat in PUBLIEK maar vraagt een rol")
        elif naam not in PUBLIEK and len(vereisten) != 1:
            fouten.append(f"{naam}: {len(vereisten)} rolvereisten (precies 1 nodig)")
    return fouten


def controleer_routes(app: Any) -> None:
    """Refuse to build an app with a route that would be open by mistake."""
    if fouten := fouten_in_routes(app):
        raise RuntimeError("toegang niet geregeld: " + "; ".join(fouten))
