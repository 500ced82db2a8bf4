"""Operations: request metrics and structured request logs (no personal data, no note
text), and the gauges Prometheus reads at scrape time."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Histogram
from prometheus_client.core import GaugeMetricFamily
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("toezicht.http")


class JsonFormaat(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        regel: dict[str, Any] = {
            "tijd": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "niveau": record.levelname,
            "bron": record.name,
            "bericht": record.getMessage(),
        }
        regel.update(getattr(record, "velden", {}))
        return json.dumps(regel, ensure_ascii=False)


def stel_logging_in() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormaat())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.INFO)


class Metingen:
    """Per-application registry, so several apps in one process (tests) do not clash."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.latentie = Histogram(
            "toezicht_http_request_seconds",
            "Duur van HTTP-verzoeken",
            ["methode", "route", "status"],
            registry=self.registry,
        )


class Meetpunt:
    """ASGI middleware: one histogram observation and one JSON log line per request.
    It logs the route template (`/gemeenten/{code}`), never bodies or query strings."""

    def __init__(self, app: ASGIApp, metingen: Metingen) -> None:
        self.app = app
        self.metingen = metingen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        begin = time.perf_counter()
        status = 500

        async def noteer(bericht: Message) -> None:
            nonlocal status
            if bericht["type"] == "http.response.start":
                status = bericht["status"]
            await send(bericht)

        try:
            await self.app(scope, receive, noteer)
        finally:
            duur = time.perf_counter() - begin
            route = _route(scope)
            methode = _methode(scope)
            self.metingen.latentie.labels(methode, route, str(status)).observe(duur)
            log.info(
                "verzoek",
                extra={
                    "velden": {
                        "methode": methode,
                        "route": route,
                        "status": status,
                        "duur_ms": round(duur * 1000, 1),
                    }
                },
            )


# Every other method (a client may send any token) shares one label, so made-up methods
# cannot grow /metrics without bound.
METHODEN = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _methode(scope: Scope) -> str:
    methode = str(scope["method"])
    return methode if methode in METHODEN else "ANDERS"


def _route(scope: Scope) -> str:
    """The full route template (`/api/v1/gemeenten/{code}`), never the filled-in path."""
    context = scope.get("fastapi", {}).get("effective_route_context")
    return str(
        getattr(context, "path", None) or getattr(scope.get("route"), "path", None) or "onbekend"
    )


class ToezichtMeter:
    """Gauges computed when Prometheus scrapes: projection lag, open and overdue terms."""

    def __init__(self, container: Any) -> None:
        self.container = container

    def collect(self) -> Iterator[GaugeMetricFamily]:
        c = self.container
        yield GaugeMetricFamily(
            "toezicht_projectie_achterstand",
            "Gebeurtenissen die de leesmodellen nog moeten verwerken",
            value=c.runner.achterstand(),
        )
        vandaag = c.vandaag().isoformat()
        termijnen = c.queries.open_termijnen()
        yield GaugeMetricFamily("toezicht_termijnen_open", "Open termijnen", value=len(termijnen))
        yield GaugeMetricFamily(
            "toezicht_termijnen_achterstallig",
            "Open termijnen waarvan de laatste dag voorbij is",
            value=sum(1 for t in termijnen if t["tot"] < vandaag),
        )
