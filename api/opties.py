"""OPTIONS on any route: 204 with the methods that path really supports in `Allow`
(the router alone would name only the first route it matched)."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from starlette.types import ASGIApp, Receive, Scope, Send


class Opties:
    def __init__(self, app: ASGIApp, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self._routes: list[tuple[re.Pattern[str], set[str]]] | None = None

    def _methoden(self, pad: str) -> set[str]:
        if self._routes is None:
            self._routes = []
            for rc in iter_route_contexts(self.fastapi_app.router.routes):
                patroon = re.sub(r"\{\w+(?::\w+)?\}", "[^/]+", rc.path or "")
                self._routes.append((re.compile(f"^{patroon}$"), set(rc.methods or ())))
        return set().union(*(m for p, m in self._routes if p.match(pad)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "OPTIONS":
            await self.app(scope, receive, send)
            return
        methoden = self._methoden(scope["path"])
        if not methoden:
            await self.app(scope, receive, send)  # unknown path: the normal 404
            return
        allow = ", ".join(sorted(methoden | {"OPTIONS"}))
        await send(
            {"type": "http.response.start", "status": 204, "headers": [(b"allow", allow.encode())]}
        )
        await send({"type": "http.response.body", "body": b""})
