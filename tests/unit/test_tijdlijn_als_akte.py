"""The timeline reads as a record of acts: every event class has a Dutch line (a renamed
or new event without one fails here), acts in the order they happened, Dutch time,
people by display name and role."""

import inspect
from datetime import date

import pytest

from domain import gebeurtenissen as ev
from projections import omschrijving
from projections.omschrijving import BESCHRIJVERS, Samenhang, omschrijf
from projections.tijdlijn import als_akte

ABSTRACT = {ev.DossierGebeurtenis, ev.TermijnStartend}
TERMIJN = {
    "id": "7.0",
    "soort": "vooraankondiging",
    "omschrijving": "termijn uit de vooraankondiging",
    "trede": 4,
    "start": date(2025, 4, 1),
    "tot": date(2025, 5, 6),
}
VOORBEELD = {
    "str": "iets",
    "int": 2,
    "bool": True,
    "date": date(2025, 5, 3),
    "list[str]": ["GM0001"],
    "dict[str, Any]": {},
    "list[dict[str, Any]]": [TERMIJN],
}
EIGEN = {"veld": "realisatie", "soort": "herverdeling", "periode": "2025-1"}


def gebeurtenisklassen() -> list[type]:
    return [
        k
        for _, k in inspect.getmembers(ev, inspect.isclass)
        if k.__module__ == ev.__name__
        and issubclass(k, ev.DossierGebeurtenis | ev.GemeenteGeregistreerd)
        and k not in ABSTRACT
    ]


def voorbeeld(klasse: type) -> object:
    e = object.__new__(klasse)
    for k in reversed(klasse.__mro__):
        if k.__module__ != ev.__name__:
            continue
        for veld, soort in k.__annotations__.items():
            waarde = EIGEN.get(veld, VOORBEELD.get(soort.split(" | ")[0]))
            object.__setattr__(e, veld, waarde)
    return e


def test_er_zijn_gebeurtenisklassen():
    assert len(gebeurtenisklassen()) > 25


@pytest.mark.parametrize("klasse", gebeurtenisklassen(), ids=lambda k: k.__name__)
def test_elke_gebeurtenis_heeft_een_nederlandse_omschrijving(klasse):
    assert klasse in BESCHRIJVERS
    tekst = omschrijf(voorbeeld(klasse), Samenhang(lambda _: TERMIJN))
    assert tekst and tekst[0].isupper()
    assert not any(k.__name__ in tekst for k in gebeurtenisklassen())


def test_de_omschrijvingen_staan_in_een_vaste_tabel_van_precies_de_gebeurtenissen():
    # One explicit table, not a registry filled by decorators as modules load.
    assert set(BESCHRIJVERS) == set(gebeurtenisklassen())
    assert not hasattr(omschrijving, "beschrijft")
    with pytest.raises(TypeError):
        BESCHRIJVERS[ev.CorrectieVastgelegd] = lambda e, s: "anders"  # type: ignore[index]


def test_een_onbekende_gebeurtenis_valt_niet_terug_op_een_standaardtekst():
    class Hernoemd(ev.DossierGebeurtenis):
        pass

    with pytest.raises(KeyError):
        omschrijf(object.__new__(Hernoemd))


def test_een_termijn_wordt_bij_naam_genoemd_met_zijn_wettelijke_einddatum():
    e = voorbeeld(ev.VooraankondigingVerzonden)
    assert omschrijf(e) == (
        "Vooraankondiging verzonden; termijn: termijn uit de vooraankondiging "
        "tot en met di 6 mei 2025"
    )
    nagekomen = voorbeeld(ev.TermijnNagekomen)
    assert omschrijf(nagekomen, Samenhang(lambda _: TERMIJN)) == (
        "Termijn 'termijn uit de vooraankondiging' nagekomen"
    )


def rij(versie: int, plaatsgevonden: str, geregistreerd: str, gebruiker: str = "jan") -> dict:
    return {
        "versie": versie,
        "gebruiker": gebruiker,
        "rol": "toezichthouder",
        "plaatsgevonden_op": plaatsgevonden,
        "geregistreerd_op": geregistreerd,
    }


def test_de_tijdlijn_volgt_wanneer_het_gebeurde_in_nederlandse_tijd():
    rijen = [
        rij(1, "2025-03-10T09:00:00+00:00", "2025-03-10T09:00:00+00:00", "planner"),
        rij(2, "2025-03-12T23:30:00+00:00", "2025-03-13T08:00:00+00:00"),
        rij(3, "2025-03-11T10:00:00+01:00", "2025-03-14T08:00:00+00:00"),  # logged later
    ]
    akte = als_akte(rijen, {"jan": "Jan de Vries"})
    assert [r["versie"] for r in akte] == [1, 3, 2]
    assert akte[2]["plaatsgevonden_op"] == "2025-03-13T00:30:00+01:00"
    assert akte[2]["geregistreerd_op"] == "2025-03-13T09:00:00+01:00"
    assert akte[1]["wie"] == "Jan de Vries (toezichthouder)"
    assert akte[0]["wie"] == "planner (toezichthouder)"
