"""Gather the engine's input from a dossier's registered figures and decision history."""

from __future__ import annotations

from domain.beleid.voorstel import Invoer
from domain.cijfers import Cijfers
from domain.errors import OngeldigeInvoer
from domain.periode import Periode


def stel_invoer_samen(
    cijfers: Cijfers,
    huidige_trede: int,
    achterstand_ten_minste_taakstelling: dict[str, bool],
    waarschuwingstermijn_verstreken: bool,
    aanvaarde_redenen: tuple[str, ...],
    hoogste_trede: int = 6,
) -> Invoer:
    """`achterstand_ten_minste_taakstelling` maps each decided period to whether it ended
    with achterstand >= taakstelling (IBT-2021 counts the consecutive ones)."""
    ontbreekt = cijfers.ontbrekend_voor_beoordeling()
    if ontbreekt:
        raise OngeldigeInvoer(
            f"voor een beoordeling van {cijfers.periode} ontbreken: {', '.join(ontbreekt)}; "
            "registreer die eerst als cijfers",
            "periode",
        )
    reeks = eerdere_reeks(cijfers.periode, achterstand_ten_minste_taakstelling)
    assert cijfers.taakstelling_gepubliceerd is not None and cijfers.taakstelling is not None
    assert cijfers.stand_begin is not None and cijfers.realisatie is not None
    assert cijfers.stand_eind is not None
    return Invoer(
        periode=str(cijfers.periode),
        huidige_trede=huidige_trede,
        taakstelling_gepubliceerd=cijfers.taakstelling_gepubliceerd,
        taakstelling=cijfers.taakstelling,
        stand_begin=cijfers.stand_begin,
        realisatie=cijfers.realisatie,
        stand_eind=cijfers.stand_eind,
        tijdig_beschikbaar=cijfers.tijdig_beschikbaar,
        eerdere_perioden_achterstand_ten_minste_taakstelling=reeks,
        waarschuwingstermijn_verstreken=waarschuwingstermijn_verstreken,
        verschoonbare_redenen=aanvaarde_redenen,
        hoogste_trede=hoogste_trede,
    )


def eerdere_reeks(periode: Periode, achterstand_ten_minste_taakstelling: dict[str, bool]) -> int:
    """IBT-2021: how many periods just before this one ended with achterstand >= T."""
    reeks, vorige = 0, periode.vorige()
    while achterstand_ten_minste_taakstelling.get(str(vorige)):
        reeks, vorige = reeks + 1, vorige.vorige()
    return reeks
