"""The explanation is the derivation in words: policy version, rule, and the figures used;
a shortfall against tijdig beschikbaar is a tekort, the achterstand stays on the books."""

import re

import pytest

from domain.beleid import Invoer, beoordeel


def invoer(periode: str, trede: int, t: int, s0: int, r: int, s1: int, **kw) -> Invoer:
    return Invoer(
        periode=periode,
        huidige_trede=trede,
        taakstelling_gepubliceerd=t,
        taakstelling=t + 1,  # a herverdeling of 1
        stand_begin=s0,
        realisatie=r,
        stand_eind=s1,
        **kw,
    )


@pytest.mark.parametrize(
    ("i", "naam"),
    [
        (invoer("2024-1", 2, 203, 171, 168, 207), "Aanvullend beleidskader"),
        (invoer("2024-2", 3, 203, 171, 300, -13), "Aanvullend beleidskader"),
        (invoer("2025-1", 5, 203, 171, 168, 207), "Aanvullend beleidskader"),
        (invoer("2022-1", 2, 203, 171, 168, 207), "Beleidskader IBT 2021-2024"),
        (invoer("2023-2", 1, 203, -40, 150, 14), "Beleidskader IBT 2021-2024"),
    ],
)
def test_uitleg_noemt_beleid_regel_en_cijfers(i, naam):
    voorstel = beoordeel(i)
    assert str(voorstel.beleid) in voorstel.uitleg and naam in voorstel.uitleg
    assert voorstel.regel in voorstel.uitleg
    for cijfer in (
        f"taakstelling {i.taakstelling}",
        f"gepubliceerd {i.taakstelling_gepubliceerd}",
        f"totaalopgave {i.totaalopgave}",
        f"realisatie {i.realisatie}",
    ):
        assert cijfer in voorstel.uitleg
    for stand in (i.stand_begin, i.stand_eind):
        assert (f"achterstand {stand}" if stand > 0 else f"voorsprong {-stand}") in voorstel.uitleg


def test_ab2024_koppelingstekort_heet_tekort_niet_achterstand():
    # Totaalopgave 151, tijdig beschikbaar 110, realisatie 105: a tekort of 5; the
    # achterstand on the books is 45.
    voorstel = beoordeel(invoer("2024-1", 2, 100, 50, 105, 45, tijdig_beschikbaar=110))
    assert voorstel.basis == "koppelingstekort"
    op_koppeling = next(u for u in voorstel.uitkomsten if u.basis == "koppelingstekort")
    for uitleg in (voorstel.uitleg, op_koppeling.uitleg):
        assert "tekort op tijdig beschikbaar (110 - 105 = 5)" in uitleg
        assert not re.search(r"achterstand[^.]*\bnaar 5\b", uitleg)
    assert "tijdig beschikbaar 110" in voorstel.uitleg


def test_ibt2021_koppelingstekort_heet_tekort_niet_achterstand():
    voorstel = beoordeel(invoer("2023-2", 2, 100, 100, 80, 120, tijdig_beschikbaar=130))
    assert voorstel.basis == "koppelingstekort"
    assert "tekort op tijdig beschikbaar (130 - 80 = 50)" in voorstel.uitleg
    assert not re.search(r"achterstand 50\b", voorstel.uitleg, re.IGNORECASE)
    assert "achterstand 120" in voorstel.uitleg  # the stand on the books, among the figures


def test_letterlijke_regel_bij_rand_legt_uit_waarom():
    # From trede 2 with no achterstand at the start and not volledig: literally up to 3.
    voorstel = beoordeel(invoer("2024-1", 2, 100, 0, 90, 11))
    assert voorstel.trede == 3
    assert "letterlijk" in voorstel.uitleg
