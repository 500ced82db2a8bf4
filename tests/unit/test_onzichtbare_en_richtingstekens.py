"""Texts that are empty to the eye count as empty; characters that reverse the reading
direction are refused, naming the field."""

from datetime import UTC, datetime

import pytest

from domain import tekens, validatie
from domain.dossier.aggregate import Dossier
from domain.errors import OngeldigeInvoer
from domain.gebruiker import Gebruiker
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


def test_weergavenaam_zonder_richtingstekens():
    with pytest.raises(OngeldigeInvoer) as fout:
        Gebruiker.maak_aan("eve", Rol.LEZER, "Eve\u202eliam", STEMPEL)
    assert fout.value.veld == "weergavenaam" and "leesrichting" in fout.value.bericht
    with pytest.raises(OngeldigeInvoer, match="stuurteken"):
        Gebruiker.maak_aan("eve", Rol.LEZER, "Eve\x07", STEMPEL)
    # Implicit marks stay: they place punctuation, they do not reverse letters.
    assert Gebruiker.maak_aan("eve", Rol.LEZER, "\u05d0\u05d1\u200f (NL)", STEMPEL).weergavenaam
    assert Gebruiker.maak_aan("eve", Rol.LEZER, "\u200b", STEMPEL).weergavenaam == "eve"


def test_naam_van_buiten_verliest_de_verboden_tekens():
    """SSO takes the provider's display name: what the dossier refuses is taken out, so
    the login does not fail on it, and the account can then be created."""
    naam = tekens.zonder_verboden_tekens("Eve\u202eliam\u2066\x00 \u200f")
    assert naam == "Eveliam \u200f"
    assert Gebruiker.maak_aan("eve", Rol.LEZER, naam, STEMPEL).weergavenaam == naam.strip()
