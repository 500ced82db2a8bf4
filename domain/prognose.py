"""The prognose: the running period's pace extrapolated to the peildatum, and the trede the
engine would propose on that result. A forecast with its date and inputs, never a
beoordeling: nothing here is recorded as a decision.

Method (linear, on integers): the realisatie counted on day d of the period, over a period
of D days to the end peildatum, is expected to reach R·D/d (rounded half up). Before the
koppelingspeildatum an early tijdig_beschikbaar is extrapolated the same way to that day;
from it on the registered figure is the measured one. The expected end stand is O − R:
late processing and corrections cannot be foreseen. Verschoonbare redenen are not weighed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.beleid import Invoer, Voorstel, beoordeel
from domain.cijfers import Cijfers
from domain.periode import Periode


def _dag(dag: date) -> str:
    return dag.strftime("%d-%m-%Y")


def _naar_rato(aantal: int, dagen: int, verstreken: int) -> int:
    """aantal · dagen / verstreken, rounded half up, on integers only."""
    return (2 * aantal * dagen + verstreken) // (2 * verstreken)


@dataclass(frozen=True)
class Prognose:
    periode: Periode
    op: date  # the forecast's date
    geteld_op: date  # the day the realisatie so far was counted
    verstreken_dagen: int
    dagen_in_periode: int
    realisatie_tot_nu: int
    verwachte_realisatie: int
    tijdig_beschikbaar: int | None  # as registered
    verwacht_tijdig_beschikbaar: int | None  # as the engine reads it
    verwachte_stand_eind: int
    voorstel: Voorstel  # the engine run on the expected figures; not a beoordeling

    @property
    def trede(self) -> int:
        return self.voorstel.trede

    @property
    def peildatum(self) -> date:
        return self.periode.peildatum_eind

    @property
    def toelichting(self) -> str:
        """The forecast in words: its date, inputs, result and limits."""
        tekst = (
            f"Prognose op {_dag(self.op)} voor de peildatum {_dag(self.peildatum)}, geen "
            f"beoordeling. Realisatie tot nu {self.realisatie_tot_nu} (geteld op "
            f"{_dag(self.geteld_op)}, dag {self.verstreken_dagen} van {self.dagen_in_periode}); "
            f"bij dit tempo verwacht {self.verwachte_realisatie}, stand eind verwacht "
            f"{self.verwachte_stand_eind}."
        )
        if self.verwacht_tijdig_beschikbaar is not None:
            tekst += f" Tijdig beschikbaar verwacht {self.verwacht_tijdig_beschikbaar}."
        else:
            tekst += " Koppelingen niet geregistreerd: geen koppelingstekort meegenomen."
        return tekst + (
            f" Dan volgt trede {self.trede} ({self.voorstel.beleid}, regel "
            f"{self.voorstel.regel}). Late verwerking, correcties en verschoonbare redenen "
            "zijn niet voorzien."
        )


def prognose(
    cijfers: Cijfers,
    huidige_trede: int | None,
    op: date,
    eerdere_reeks: int = 0,
    hoogste_trede: int = 6,
) -> Prognose | None:
    """The forecast for a running period on day `op`; None when the period is not
    running on that day or its taakstelling, beginstand or realisatie is missing."""
    periode = cijfers.periode
    t, s0, r = cijfers.taakstelling, cijfers.stand_begin, cijfers.realisatie
    if t is None or s0 is None or r is None or cijfers.taakstelling_gepubliceerd is None:
        return None
    if not periode.begin < op < periode.peildatum_eind:
        return None
    geteld_op = min(cijfers.realisatie_op or op, op)
    verstreken = (geteld_op - periode.begin).days
    dagen = (periode.peildatum_eind - periode.begin).days
    if verstreken <= 0:
        return None
    verwacht = _naar_rato(r, dagen, verstreken)
    tijdig = cijfers.tijdig_beschikbaar
    verwacht_tijdig = tijdig
    koppelingspeildatum = periode.tussentijds_moment
    if tijdig is not None and op < koppelingspeildatum:
        verwacht_tijdig = _naar_rato(tijdig, (koppelingspeildatum - periode.begin).days, verstreken)
    stand_eind = t + s0 - verwacht
    voorstel = beoordeel(
        Invoer(
            periode=str(periode),
            huidige_trede=huidige_trede or 1,
            taakstelling_gepubliceerd=cijfers.taakstelling_gepubliceerd,
            taakstelling=t,
            stand_begin=s0,
            realisatie=verwacht,
            stand_eind=stand_eind,
            tijdig_beschikbaar=verwacht_tijdig,
            eerdere_perioden_achterstand_ten_minste_taakstelling=eerdere_reeks,
            hoogste_trede=hoogste_trede,
        )
    )
    return Prognose(
        periode=periode,
        op=op,
        geteld_op=geteld_op,
        verstreken_dagen=verstreken,
        dagen_in_periode=dagen,
        realisatie_tot_nu=r,
        verwachte_realisatie=verwacht,
        tijdig_beschikbaar=tijdig,
        verwacht_tijdig_beschikbaar=verwacht_tijdig,
        verwachte_stand_eind=stand_eind,
        voorstel=voorstel,
    )
