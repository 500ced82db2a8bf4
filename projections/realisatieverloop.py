"""How a period's realisatie grew: every registered count of it, by the day it was
counted, without the counts that were withdrawn. A later count names the one before as
corrected; on the same day it replaces it, on a later day it is the next point. Figures
are never confidential, and only figure events are read."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select

from projections import tables as t
from projections.tijdlijn import NL


def realisatie_verloop(engine: Engine, code: str, periode: str) -> list[tuple[date, int]]:
    """(day counted in Dutch time, realisatie so far); on a day counted twice, the last."""
    tl = t.tijdlijn.c
    stmt = (
        select(tl.versie, tl.soort, tl.plaatsgevonden_op, tl.gegevens)
        .where(
            tl.code == code,
            tl.soort.in_(("CijferGeregistreerd", "CijferIngetrokken")),
            tl.vertrouwelijk.is_(False),
        )
        .order_by(tl.versie)
    )
    with engine.connect() as conn:
        rijen: list[dict[str, Any]] = [dict(r._mapping) for r in conn.execute(stmt)]
    tellingen: dict[int, tuple[datetime, int]] = {}
    for rij in rijen:
        g = rij["gegevens"]
        if g.get("periode") != periode or g.get("veld") != "realisatie":
            continue
        if rij["soort"] == "CijferIngetrokken":
            tellingen.pop(g["versie"], None)
            continue
        moment = datetime.fromisoformat(rij["plaatsgevonden_op"]).astimezone(NL)
        tellingen[rij["versie"]] = (moment, g["waarde"])
    per_dag: dict[date, int] = {}
    for versie in sorted(tellingen, key=lambda v: (tellingen[v][0].date(), v)):
        moment, waarde = tellingen[versie]
        per_dag[moment.date()] = waarde
    return list(per_dag.items())
