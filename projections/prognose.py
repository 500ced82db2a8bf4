"""One gemeente's prognose for the running period, read from the figures read model, for
the dossier page and the API. Computed on every read, never stored: it is a forecast."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from domain.periode import Periode
from domain.prognose import prognose
from projections import tables as t
from projections.periodecijfers import cijfers_uit_rij


@dataclass(frozen=True)
class PrognoseWeergave:
    """What a page prints: labelled as a prognose with its date, never as a beoordeling."""

    soort: str  # always "prognose"
    periode: str
    op: date
    peildatum: date
    huidige_trede: int | None
    verwachte_trede: int
    beleid: str
    regel: str
    realisatie_tot_nu: int
    verwachte_realisatie: int
    verwachte_stand_eind: int
    verwacht_tijdig_beschikbaar: int | None
    gegenereerd: bool  # the figures behind it are generated demo figures
    toelichting: str
    afleiding: str  # the engine's derivation on the expected figures


def prognose_van(engine: Engine, code: str, vandaag: date) -> PrognoseWeergave | None:
    """The forecast for `code` on `vandaag`; None without running-period figures."""
    periode = Periode.van_datum(vandaag)
    with engine.connect() as conn:
        rij = conn.execute(
            select(t.perioden).where(
                t.perioden.c.code == code, t.perioden.c.periode == str(periode)
            )
        ).first()
        trede = conn.execute(select(t.gemeenten.c.trede).where(t.gemeenten.c.code == code)).scalar()
    if rij is None:
        return None
    cijfers = cijfers_uit_rij(dict(rij._mapping))
    p = prognose(cijfers, trede, vandaag)
    if p is None:
        return None
    return PrognoseWeergave(
        soort="prognose",
        periode=str(periode),
        op=p.op,
        peildatum=p.peildatum,
        huidige_trede=trede,
        verwachte_trede=p.trede,
        beleid=str(p.voorstel.beleid),
        regel=p.voorstel.regel,
        realisatie_tot_nu=p.realisatie_tot_nu,
        verwachte_realisatie=p.verwachte_realisatie,
        verwachte_stand_eind=p.verwachte_stand_eind,
        verwacht_tijdig_beschikbaar=p.verwacht_tijdig_beschikbaar,
        gegenereerd=cijfers.gegenereerd,
        toelichting=p.toelichting,
        afleiding=p.voorstel.uitleg,
    )
