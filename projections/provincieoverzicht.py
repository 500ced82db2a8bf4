"""The start page's rows: every gemeente with its trede and where it stands in the running
period, read in three queries (no per-gemeente round trips, so it scales to 342)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.prognose import prognose
from projections import tables as t
from projections.periodecijfers import cijfers_uit_rij


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


def _laatste_stand(perioden: list[Cijfers]) -> int | None:
    for c in reversed(perioden):
        if c.stand_eind is not None:
            return c.stand_eind
        if c.stand_begin is not None:
            return c.stand_begin
    return None


def overzicht(engine: Engine, vandaag: date) -> list[OverzichtRij]:
    with engine.connect() as conn:
        gemeenten = [
            dict(r._mapping)
            for r in conn.execute(
                select(t.gemeenten)
                .where(t.gemeenten.c.voortgezet_door.is_(None))
                .order_by(t.gemeenten.c.naam)
            )
        ]
        perioden: dict[str, list[Cijfers]] = defaultdict(list)
        for r in conn.execute(select(t.perioden).order_by(t.perioden.c.periode)):
            perioden[r.code].append(cijfers_uit_rij(dict(r._mapping)))
        open_tot: dict[str, list[str]] = defaultdict(list)
        for r in conn.execute(
            select(t.termijnen.c.code, t.termijnen.c.tot).where(t.termijnen.c.status == "open")
        ):
            open_tot[r.code].append(r.tot)
    huidige = Periode.van_datum(vandaag)
    rijen = []
    for g in gemeenten:
        reeks = [c for c in perioden[g["code"]] if c.periode <= huidige]
        laatste = next((c for c in reversed(reeks) if c.taakstelling is not None), None)
        termijnen = open_tot[g["code"]]
        lopend = next((c for c in reeks if c.periode == huidige), None)
        verwacht = prognose(lopend, g["trede"], vandaag) if lopend else None
        rijen.append(
            OverzichtRij(
                code=g["code"],
                naam=g["naam"],
                provincie=g["provincie"],
                trede=g["trede"],
                trede_sinds=g["trede_sinds"],
                periode=str(laatste.periode) if laatste else None,
                lopend=laatste is not None and laatste.periode == huidige,
                stand=_laatste_stand(reeks),
                pct_taakstelling=laatste.pct_taakstelling if laatste else None,
                pct_totaalopgave=laatste.pct_totaalopgave if laatste else None,
                op_schema=(
                    2 * laatste.realisatie >= laatste.taakstelling
                    if laatste and laatste.realisatie is not None and laatste.taakstelling
                    else None
                ),
                gegenereerd=any(c.gegenereerd for c in reeks),
                laatste_contact=g["laatste_contact"],
                open_termijnen=len(termijnen),
                verlopen_termijnen=sum(1 for tot in termijnen if tot < vandaag.isoformat()),
                open_voorstellen=g["open_voorstellen"],
                prognose_trede=verwacht.trede if verwacht else None,
                prognose_toelichting=verwacht.toelichting if verwacht else None,
            )
        )
    return rijen
