"""Who is notified is a domain rule (domain/termijnen.py), not a role list in a projection."""

import re
from pathlib import Path

import pytest

from domain.termijnen import GEMELD_BIJ_VERSTRIJKEN, REGELS, Soort
from domain.vastlegging import Rol

PROJECTIES = Path(__file__).resolve().parents[2] / "projections"
ROLNAAM = re.compile("|".join(f'"{r.value}"' for r in Rol))


@pytest.mark.parametrize("soort", list(Soort))
def test_wie_een_termijn_bewaakt_hoort_dat_hij_verstreek(soort):
    assert set(REGELS[soort].rollen) <= set(GEMELD_BIJ_VERSTRIJKEN)


def test_een_verstreken_termijn_gaat_naar_wie_over_de_ladder_beslist():
    assert GEMELD_BIJ_VERSTRIJKEN == ("toezichthouder", "jurist", "bestuurder")


def test_geen_projectie_noemt_zelf_rollen():
    # Comparing with the system role ("systeem") to tell a term-driven proposal is fine.
    noemen = {
        pad.name
        for pad in PROJECTIES.glob("*.py")
        for gevonden in ROLNAAM.findall(pad.read_text(encoding="utf-8"))
        if gevonden != '"systeem"'
    }
    assert noemen == set()
