"""The public view of the supervision (the province's IBT map): per gemeente its current
trede, since when, and the kenmerk of the last toezichtbrief. A fixed list of fields, none
of them confidential or personal: a column added elsewhere never reaches it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from domain.ladder import TREDE_NAMEN


@dataclass(frozen=True)
class OpenbareTrede:
    code: str
    gemeente: str
    provincie: str
    trede: int | None
    trede_naam: str | None
    trede_sinds: str | None  # the day (JJJJ-MM-DD), no time, no one who decided
    kenmerk_toezichtbrief: str | None
    toezichtbrief_verzonden_op: str | None  # the day


KOLOMMEN = tuple(f.name for f in fields(OpenbareTrede))


def _dag(tijdstip: str | None) -> str | None:
    return tijdstip[:10] if tijdstip else None


def openbare_trede(gemeente: dict[str, Any], brief: dict[str, Any] | None) -> OpenbareTrede:
    """One gemeente's public line from its overview row and its last toezichtbrief."""
    trede = gemeente["trede"]
    return OpenbareTrede(
        code=gemeente["code"],
        gemeente=gemeente["naam"],
        provincie=gemeente["provincie"],
        trede=trede,
        trede_naam=TREDE_NAMEN.get(trede) if trede else None,
        trede_sinds=_dag(gemeente["trede_sinds"]),
        kenmerk_toezichtbrief=brief["kenmerk"] if brief else None,
        toezichtbrief_verzonden_op=_dag(brief["verzonden_op"]) if brief else None,
    )
