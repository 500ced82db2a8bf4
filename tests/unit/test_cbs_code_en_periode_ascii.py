"""Codes and periods take ASCII only: look-alike digits (fullwidth, Arabic-Indic,
Devanagari) would register a second gemeente or period under the same name."""

from datetime import UTC, datetime

import pytest

from domain.dossier.aggregate import Dossier
from domain.errors import OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
STEMPEL = Vastlegging("anna", Rol.BEHEERDER, NU, NU)


@pytest.mark.parametrize(
    "code",
    [
        "GM\uff10\uff13\uff14\uff14",  # fullwidth: GM０３４４
        "GM\u0660\u0663\u0664\u0664",  # Arabic-Indic
        "GM\u06f0\u06f3\u06f4\u06f4",  # extended Arabic-Indic (Persian)
        "GM\u0966\u0969\u096a\u096a",  # Devanagari
        "\uff27\uff2d0344",  # fullwidth letters
        "GM0344\u200b",  # a zero-width space after it
    ],
)
def test_cbs_code_alleen_ascii(code):
    with pytest.raises(OngeldigeInvoer) as fout:
        Dossier.registreer(code, "Utrecht", "Utrecht", STEMPEL)
    assert fout.value.veld == "code"
    with pytest.raises(OngeldigeInvoer):
        Dossier.registreer("GM0345", "De Bilt", "Utrecht", STEMPEL, (code,))


def test_cbs_code_ascii_blijft_geldig():
    assert Dossier.registreer(" gm0344 ", "Utrecht", "Utrecht", STEMPEL).code == "GM0344"


@pytest.mark.parametrize(
    "tekst", ["\uff12\uff10\uff12\uff14-1", "\u0662\u0660\u0662\u0664-1", "2024-\u0131"]
)
def test_periode_alleen_ascii(tekst):
    with pytest.raises(OngeldigeInvoer):
        Periode.parse(tekst)
    assert Periode.parse(" 2024-ii ") == Periode(2024, 2)
