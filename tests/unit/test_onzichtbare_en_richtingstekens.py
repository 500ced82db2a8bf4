"""Texts that are empty to the eye count as empty; characters that reverse the reading
direction are refused, naming the field."""

from datetime import UTC, datetime

import pytest

from domain import validatie
from domain.dossier.aggregate import Dossier
from domain.errors import OngeldigeInvoer
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
STEMPEL = Vastlegging("anna", Rol.BEHEERDER, NU, NU)


@pytest.mark.parametrize(
    "tekst", ["\u200b", "\u200b\u200c\u200d\ufeff", " \u2060 \u00ad ", "\u3164", "\u2800\u200e"]
)
def test_onzichtbare_tekst_is_leeg(tekst):
    with pytest.raises(OngeldigeInvoer) as fout:
        validatie.tekst(tekst, "samenvatting")
    assert fout.value.bericht == "samenvatting is verplicht"
    assert fout.value.veld == "samenvatting"
    with pytest.raises(OngeldigeInvoer) as fout:
        Dossier.registreer("GM0344", tekst, "Utrecht", STEMPEL)
    assert fout.value.veld == "naam"


@pytest.mark.parametrize(
    "teken", [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)
def test_richtingstekens_geweigerd(teken):
    with pytest.raises(OngeldigeInvoer) as fout:
        Dossier.registreer("GM0344", f"Utrecht{teken}thcertU", "Utrecht", STEMPEL)
    assert fout.value.veld == "naam" and "leesrichting" in fout.value.bericht
    with pytest.raises(OngeldigeInvoer) as fout:
        Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU, reden=f"zie {teken}bijlage")
    assert fout.value.veld == "reden"


def test_zichtbare_tekst_met_zero_width_blijft_toegestaan():
    # Joiners belong in emoji and some scripts; only a text of nothing else is empty.
    assert validatie.tekst("gezin \U0001f468\u200d\U0001f469", "samenvatting").startswith("gezin")
