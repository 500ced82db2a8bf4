"""The mandate register: a letter is signed by the mandate valid on its date for its kind;
a newer grant takes over, an ended one stops after its last day, none is a clear error."""

from datetime import UTC, date, datetime

import pytest

from domain.errors import NietGevonden, OngeldigeInvoer
from domain.mandaat import Mandaat, Mandaatregister, geldend_mandaat
from domain.vastlegging import Rol, Vastlegging

OP = datetime(2024, 1, 5, 9, tzinfo=UTC)


def stempel(reden=None):
    return Vastlegging("beheerder", Rol.BEHEERDER, OP, OP, reden)


def mandaten(register):
    return [
        Mandaat(int(n), m["naam"], m["functie"], tuple(m["briefsoorten"]), m["van"], m["tot"])
        for n, m in register.mandaten.items()
    ]


def test_het_mandaat_van_de_briefdatum_en_de_briefsoort_ondertekent():
    register = Mandaatregister.leg_aan()
    eerste = register.verleen(
        "R. van Muilekom",
        "gedeputeerde",
        ["toezichtbrief", "afschrift_raad"],
        date(2023, 1, 1),
        None,
        stempel(),
    )
    tweede = register.verleen(
        "A. Bakker", "afdelingshoofd", ["tussentijds_bericht"], date(2023, 1, 1), None, stempel()
    )
    register.beeindig(eerste, date(2024, 3, 31), stempel("nieuwe portefeuille"))
    derde = register.verleen(
        "C. de Wit", "gedeputeerde", ["toezichtbrief"], date(2024, 4, 1), None, stempel()
    )
    lijst = mandaten(register)
    assert geldend_mandaat(lijst, "toezichtbrief", date(2024, 3, 31)).nummer == eerste
    assert geldend_mandaat(lijst, "toezichtbrief", date(2024, 4, 1)).nummer == derde
    assert geldend_mandaat(lijst, "tussentijds_bericht", date(2024, 4, 1)).nummer == tweede
    with pytest.raises(NietGevonden) as fout:  # ended, and not taken over for this kind
        geldend_mandaat(lijst, "afschrift_raad", date(2024, 4, 1))
    assert fout.value.veld == "ondertekening" and "2024-04-01" in fout.value.bericht
    with pytest.raises(NietGevonden):  # before any mandate
        geldend_mandaat(lijst, "toezichtbrief", date(2022, 12, 31))


def test_een_nieuwer_mandaat_voor_dezelfde_brieven_neemt_het_over():
    register = Mandaatregister.leg_aan()
    register.verleen(
        "R. van Muilekom", "gedeputeerde", ["toezichtbrief"], date(2023, 1, 1), None, stempel()
    )
    waarnemer = register.verleen(
        "A. Bakker",
        "waarnemend gedeputeerde",
        ["toezichtbrief"],
        date(2023, 7, 1),
        date(2023, 8, 31),
        stempel(),
    )
    lijst = mandaten(register)
    assert geldend_mandaat(lijst, "toezichtbrief", date(2023, 8, 1)).nummer == waarnemer
    assert geldend_mandaat(lijst, "toezichtbrief", date(2023, 9, 1)).naam == "R. van Muilekom"


def test_foute_mandaten_worden_geweigerd_met_het_veld():
    register = Mandaatregister.leg_aan()
    for velden, veld in (
        (("", "gedeputeerde", ["toezichtbrief"], date(2023, 1, 1), None), "naam"),
        (("X", "gedeputeerde", [], date(2023, 1, 1), None), "briefsoorten"),
        (("X", "gedeputeerde", ["kerstkaart"], date(2023, 1, 1), None), "briefsoorten"),
        (("X", "gedeputeerde", ["toezichtbrief"], date(2023, 2, 1), date(2023, 1, 1)), "tot"),
    ):
        with pytest.raises(OngeldigeInvoer) as fout:
            register.verleen(*velden, stempel())
        assert fout.value.veld == veld
    nummer = register.verleen(
        "X", "gedeputeerde", ["toezichtbrief"], date(2023, 1, 1), None, stempel()
    )
    with pytest.raises(OngeldigeInvoer) as fout:
        register.beeindig(nummer, date(2023, 5, 1), stempel())
    assert fout.value.veld == "reden"
    with pytest.raises(NietGevonden):
        register.beeindig(nummer + 1, date(2023, 5, 1), stempel("x"))
    assert len(register.mandaten) == 1
