"""The template environment of the pages: autoescape everywhere, Dutch dates and times,
and the layout's context (who is logged in, the CSRF token for forms)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

NL = ZoneInfo("Europe/Amsterdam")
MAANDEN = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()

_omgeving = Environment(
    loader=FileSystemLoader(Path(__file__).parent.parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,  # a misspelt variable fails a test instead of printing nothing
    trim_blocks=True,
    lstrip_blocks=True,
)


def datum(waarde: str | date | datetime | None) -> str:
    """'3 oktober 2024'; a timestamp is shown as its date in Dutch time."""
    if waarde is None or waarde == "":
        return "–"
    if isinstance(waarde, str):
        waarde = datetime.fromisoformat(waarde) if "T" in waarde else date.fromisoformat(waarde)
    if isinstance(waarde, datetime):
        waarde = (waarde if waarde.tzinfo else waarde.replace(tzinfo=NL)).astimezone(NL).date()
    return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


def tijdstip(waarde: str | datetime | None) -> str:
    """'3 oktober 2024 14:05' in Dutch time."""
    if waarde is None or waarde == "":
        return "–"
    moment = datetime.fromisoformat(waarde) if isinstance(waarde, str) else waarde
    moment = (moment if moment.tzinfo else moment.replace(tzinfo=NL)).astimezone(NL)
    return f"{datum(moment)} {moment:%H:%M}"


def getal(waarde: int | None) -> str:
    return "–" if waarde is None else f"{waarde:,}".replace(",", ".")


_omgeving.filters.update(datum=datum, tijdstip=tijdstip, getal=getal)
templates = Jinja2Templates(env=_omgeving)


def toon(request: Request, sjabloon: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page with the layout's context: the user (if any) and the CSRF token."""
    context.setdefault("gebruiker", getattr(request.state, "gebruiker", None))
    context.setdefault("csrf", getattr(request.state, "csrf", ""))
    context.setdefault("actief", "")
    return templates.TemplateResponse(request, sjabloon, context, status_code=status_code)
