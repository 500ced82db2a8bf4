"""The start page's rows: every gemeente with its trede and where it stands in the running
period, read in a few queries (no per-gemeente round trips, so it scales to 342)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Row, and_, case, func, or_, select

from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.prognose import prognose
from projections import tables as t
from projections.periodecijfers import VELDEN


@dataclass(frozen=True)
class OverzichtRij:
    code: str
    naam: str
    provincie: str
    trede: int | None
    trede_sinds: str | None
    periode: str | None  # the period the figures below belong to
    lopend: bool  # that period is still running: realisatie is the stand so far
    stand: int | None  # latest registered stand: achterstand > 0, voorsprong < 0
    pct_taakstelling: int | None
    pct_totaalopgave: int | None
    op_schema: bool | None  # at least half the taakstelling realised; None: no figures
    gegenereerd: bool  # demo figures, not from a publication
    laatste_contact: str | None
    open_termijnen: int
    verlopen_termijnen: int  # open terms whose last day has passed
    open_voorstellen: int
    # The running period's pace extrapolated to its peildatum: a forecast, not a trede.
    prognose_trede: int | None = None
    prognose_toelichting: str | None = None


_GEMEENTE = (
    "code",
    "naam",
    "provincie",
    "trede",
    "trede_sinds",
    "laatste_contact",
    "open_voorstellen",
)
_KOLOMMEN = ("code", "periode", *VELDEN, "realisatie_op")


def _cijfers(rij: Row[Any]) -> Cijfers:
    """One period row as Cijfers (what periodecijfers.cijfers_uit_rij makes of it)."""
    return Cijfers(
        periode=Periode.parse(rij.periode),
        **{k: getattr(rij, k) for k in VELDEN},
        realisatie_op=(
            datetime.fromisoformat(rij.realisatie_op).date() if rij.realisatie_op else None
        ),
    )


def _nodige_perioden(
    conn: Connection, nu: str, codes: Collection[str] | None
) -> tuple[dict[str, Row[Any]], ...]:
    """Per gemeente, up to period `nu`: its latest period row with a taakstelling, its
    latest with a stand, and the row of `nu` itself; and whether any of those periods
    holds generated figures. One pass over the periods finds which rows (by primary
    key), one join reads just those. Period texts are written as '2024-1'
    (str(Periode)), so text order is period order. `codes`: only those gemeenten."""
    p = t.perioden.c
    alleen = p.code.in_(codes) if codes is not None else None
    nodig = (
        select(
            p.code,
            func.max(case((p.taakstelling_gepubliceerd.is_not(None), p.periode))).label("taak"),
            func.max(
                case((or_(p.stand_eind.is_not(None), p.stand_begin.is_not(None)), p.periode))
            ).label("stand"),
            func.max(case((p.gegenereerd, 1), else_=0)).label("gegenereerd"),
        )
        .where(p.periode <= nu, *([] if alleen is None else [alleen]))
        .group_by(p.code)
        .subquery()
    )
    stmt = select(
        *[p[k] for k in _KOLOMMEN], nodig.c.taak, nodig.c.stand, nodig.c.gegenereerd.label("ooit")
    ).join(
        nodig,
        and_(
            p.code == nodig.c.code,
            or_(p.periode == nodig.c.taak, p.periode == nodig.c.stand, p.periode == nu),
        ),
    )
    met_taakstelling, met_stand, lopende, gegenereerd = {}, {}, {}, {}
    for r in conn.execute(stmt):
        if r.periode == r.taak:
            met_taakstelling[r.code] = r
        if r.periode == r.stand:
            met_stand[r.code] = r
        if r.periode == nu:
            lopende[r.code] = r
        gegenereerd[r.code] = r
    return met_taakstelling, met_stand, lopende, gegenereerd


def overzicht(
    engine: Engine, vandaag: date, codes: Collection[str] | None = None
) -> list[OverzichtRij]:
    """The rows, by name. Per gemeente the database picks the few period rows a row
    needs (its latest with a taakstelling, its latest stand, the running period), so
    the work does not grow with the years of figures stored. With `codes`, only the
    rows of those gemeenten (each row reads only its own gemeente's read-model rows)."""
    huidige = Periode.van_datum(vandaag)
    nu = str(huidige)
    g, tm = t.gemeenten.c, t.termijnen.c
    per_g = [] if codes is None else [g.code.in_(codes)]
    per_tm = [] if codes is None else [tm.code.in_(codes)]
    with engine.connect() as conn:
        gemeenten = conn.execute(
            select(*[g[k] for k in _GEMEENTE])
            .where(g.voortgezet_door.is_(None), *per_g)
            .order_by(g.naam)
        ).all()
        met_taakstelling, met_stand, lopende, ooit = _nodige_perioden(conn, nu, codes)
        open_tot: dict[str, list[str]] = defaultdict(list)
        for r in conn.execute(select(tm.code, tm.tot).where(tm.status == "open", *per_tm)):
            open_tot[r.code].append(r.tot)
    verlopen_voor = vandaag.isoformat()
    rijen = []
    for gemeente in gemeenten:
        rij_laatste = met_taakstelling.get(gemeente.code)
        laatste = _cijfers(rij_laatste) if rij_laatste else None
        rij_lopend = lopende.get(gemeente.code)
        lopend = _cijfers(rij_lopend) if rij_lopend else None
        stand = met_stand.get(gemeente.code)
        termijnen = open_tot.get(gemeente.code, [])
        verwacht = prognose(lopend, gemeente.trede, vandaag) if lopend else None
        rijen.append(
            OverzichtRij(
                code=gemeente.code,
                naam=gemeente.naam,
                provincie=gemeente.provincie,
                trede=gemeente.trede,
                trede_sinds=gemeente.trede_sinds,
                periode=str(laatste.periode) if laatste else None,
                lopend=laatste is not None and laatste.periode == huidige,
                stand=(
                    None
                    if stand is None
                    else stand.stand_eind
                    if stand.stand_eind is not None
                    else stand.stand_begin
                ),
                pct_taakstelling=laatste.pct_taakstelling if laatste else None,
                pct_totaalopgave=laatste.pct_totaalopgave if laatste else None,
                op_schema=(
                    2 * laatste.realisatie >= laatste.taakstelling
                    if laatste and laatste.realisatie is not None and laatste.taakstelling
                    else None
                ),
                gegenereerd=bool(ooit[gemeente.code].ooit) if gemeente.code in ooit else False,
                laatste_contact=gemeente.laatste_contact,
                open_termijnen=len(termijnen),
                verlopen_termijnen=sum(1 for tot in termijnen if tot < verlopen_voor),
                open_voorstellen=gemeente.open_voorstellen,
                prognose_trede=verwacht.trede if verwacht else None,
                prognose_toelichting=verwacht.toelichting if verwacht else None,
            )
        )
    return rijen
