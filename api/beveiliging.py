"""Shared protections every route inherits: security headers and a request-size limit.
Pages, letters and exports added later get these without anyone remembering."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


# The pages: own styles and images only, no script at all, forms post to this site.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def _csp(pad: str) -> str:
    if pad.startswith(("/docs", "/static/docs")):
        return DOCS_CSP
    if pad.startswith(("/api/", "/openapi.json")):
        return API_CSP
    return PAGE_CSP


def _headers(pad: str) -> list[tuple[bytes, bytes]]:
    csp = _csp(pad)
    # Stylesheets may be cached; everything else carries dossier data and is never stored.
    cache = b"public, max-age=3600" if pad.startswith("/static/") else b"no-store"
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
        (b"cache-control", cache),
    ]


UPLOAD_MARGE = 64_000  # form fields and multipart framing around an uploaded file


class Beveiliging:
    """ASGI middleware: refuses bodies over `max_bytes` with a Dutch 413 (also when the
    client does not announce the length) and adds the security headers to every answer."""

    def __init__(self, app: ASGIApp, max_bytes: int, grotere: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # Routes that take a file (a path pattern -> its limit, never below the general
        # one); the route itself checks the file's own size and answers in Dutch.
        self.grotere = [
            (re.compile(patroon), max(max_bytes, grens))
            for patroon, grens in (grotere or {}).items()
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = _headers(scope.get("path", ""))
        pad = scope.get("path", "")
        grens = next((g for p, g in self.grotere if p.fullmatch(pad)), self.max_bytes)

        async def met_headers(bericht: Message) -> None:
            if bericht["type"] == "http.response.start":
                bestaand = {k.lower() for k, _ in bericht.get("headers", [])}
                bericht["headers"] = list(bericht.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in bestaand
                ]
            await send(bericht)

        lengte = dict(scope.get("headers", [])).get(b"content-length")
        if lengte is not None and (not lengte.isdigit() or int(lengte) > grens):
            await self._te_groot(met_headers, grens)
            return

        ontvangen = 0
        te_groot = False

        async def begrensd() -> Message:
            nonlocal ontvangen, te_groot
            bericht = await receive()
            if bericht["type"] == "http.request":
                ontvangen += len(bericht.get("body", b""))
                if ontvangen > grens:
                    te_groot = True
                    return {"type": "http.disconnect"}
            return bericht

        gestart = False

        async def bewaakt(bericht: Message) -> None:
            nonlocal gestart
            if te_groot and not gestart:
                gestart = True
                await self._te_groot(met_headers, grens)
                return
            if not te_groot:
                gestart = gestart or bericht["type"] == "http.response.start"
                await met_headers(bericht)

        try:
            await self.app(scope, begrensd, bewaakt)
        except Exception:
            if te_groot:  # the app saw the disconnect we made up; the 413 is the answer
                if not gestart:
                    await self._te_groot(met_headers, grens)
                return
            # Starlette answers an unexpected error outside every middleware, so without
            # this its 500 would carry none of the headers. Re-raised: the server logs it.
            if not gestart:
                gestart = True
                await _antwoord(met_headers, 500, "interne fout; probeer het later opnieuw")
            raise
        if te_groot and not gestart:
            await self._te_groot(met_headers, grens)

    async def _te_groot(self, send: Any, grens: int) -> None:
        await _antwoord(send, 413, f"het verzoek is te groot (meer dan {grens} bytes)")


async def _antwoord(send: Any, status: int, bericht: str) -> None:
    inhoud = json.dumps({"fout": bericht, "veld": None, "details": None}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(inhoud)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": inhoud})
