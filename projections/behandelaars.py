"""Who handles a gemeente, per role: the person of that role who recorded its latest act
(see domain/werkweergave.py). Read from the timeline table."""

from __future__ import annotations

from sqlalchemy import func, select

from projections import tables as t
from projections.queries import Queries


def behandelaars(queries: Queries, rol: str) -> dict[str, str]:
    """Gemeente code -> login name of the last person in `rol` who acted on it."""
    tl = t.tijdlijn.c
    laatste = (
        select(tl.code, func.max(tl.versie).label("versie"))
        .where(tl.rol == rol)
        .group_by(tl.code)
        .subquery()
    )
    stmt = select(tl.code, tl.gebruiker).join(
        laatste, (laatste.c.code == tl.code) & (laatste.c.versie == tl.versie)
    )
    return {r["code"]: r["gebruiker"] for r in queries.alle(stmt)}
