"""The read side answers a reader with view objects: the list of gemeenten (and its
export), the dossier, its tijdlijn, the derivation of its beoordelingen and the werkvoorraad, each from projections/queries.py
with the reader given, confidential text filtered and its reading logged there."""

import dataclasses
from datetime import date

import pytest

from application import commandos as k
from domain.periode import Periode
from domain.vastlegging import Rol
from domain.zichtbaarheid import Lezer
from projections.weergaven import (
    Afleiding,
    DossierView,
    GemeenteRij,
    OpenTermijn,
    TijdlijnRegel,
    WerkItem,
    WerkvoorraadView,
)
from tests.integration.planner_helpers import Klok, container, stempel

CODE = "GM0307"
T, B = Rol.TOEZICHTHOUDER, Rol.BESTUURDER
TOEZICHTHOUDER = Lezer("anna", T)
LEZER = Lezer("lex", Rol.LEZER)


@pytest.fixture
def dossier(tmp_path):
    klok = Klok(None)
    klok.zet(date(2024, 1, 15))
    c = container(f"sqlite:///{tmp_path}/t.sqlite", klok)
    app = c.app
    c.schrijf(
        lambda: app.voer_uit(
            k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
            stempel(klok, Rol.BEHEERDER),
        )
    )
    c.schrijf(
        lambda: app.voer_uit(
            k.NeemBeoordelingOver(
                code=CODE,
                periode=Periode(2023, 2),
                trede=2,
                basis="koppelingstekort",
                bron="Rapportage 2023-2",
            ),
            stempel(klok, T),
        )
    )
    klok.zet(date(2024, 7, 8))
    cijfers = {"taakstelling_gepubliceerd": 100, "stand_begin": 50, "realisatie": 90}
    cijfers["stand_eind"] = 60
    for veld, waarde in cijfers.items():
        c.schrijf(
            lambda veld=veld, waarde=waarde: app.voer_uit(
                k.RegistreerCijfer(code=CODE, periode=Periode(2024, 1), veld=veld, waarde=waarde),
                stempel(klok, T),
            )
        )
    c.schrijf(
        lambda: app.voer_uit(
            k.LegContactVast(
                code=CODE,
                soort="telefoon",
                deelnemers=("wethouder",),
                samenvatting="GEHEIM ziek",
                vertrouwelijk=True,
            ),
            stempel(klok, T, "GEHEIM"),
        )
    )
    c.schrijf(
        lambda: app.voer_uit(
            k.StelBeoordelingVoor(code=CODE, periode=Periode(2024, 1)), stempel(klok, T)
        )
    )
    return c, klok


def test_het_dossier_toont_trede_open_voorstellen_en_termijnen(dossier):
    c, klok = dossier
    d = c.queries.dossier(CODE, TOEZICHTHOUDER)
    assert isinstance(d, DossierView)
    assert (d.trede, d.naam, d.huidige_periode.periode) == (2, "Amersfoort", "2024-1")
    assert [(v.periode, v.concept_trede) for v in d.open_voorstellen] == [("2024-1", 3)]
    assert d.open_termijnen == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.trede = 6  # type: ignore[misc]

    klok.zet(date(2024, 7, 10))
    nummer = d.open_voorstellen[0].nummer
    c.schrijf(
        lambda: c.app.voer_uit(k.StelBeoordelingVast(code=CODE, nummer=nummer), stempel(klok, B))
    )
    klok.zet(date(2024, 7, 12))
    c.schrijf(lambda: c.app.voer_uit(k.VerzendToezichtbrief(code=CODE), stempel(klok, T)))
    d = c.queries.dossier(CODE, LEZER)
    assert d.trede == 3 and d.open_voorstellen == ()
    (termijn,) = d.open_termijnen
    assert isinstance(termijn, OpenTermijn)
    assert (termijn.soort, termijn.einddatum) == ("bestuurlijk_gesprek", "2024-08-09")
    assert c.queries.dossier("GM9999", LEZER) is None


def test_de_tijdlijn_schermt_af_voor_een_lezer_en_logt_wie_las(dossier):
    c, klok = dossier
    voor_lezer = c.queries.tijdlijn(CODE, LEZER, klok())
    assert all(isinstance(r, TijdlijnRegel) for r in voor_lezer)
    (contact,) = [r for r in voor_lezer if r.vertrouwelijk]
    assert contact.reden is None and "GEHEIM" not in repr(contact)
    assert c.inzage.voor(CODE) == []

    (gelezen,) = [r for r in c.queries.tijdlijn(CODE, TOEZICHTHOUDER, klok()) if r.vertrouwelijk]
    assert gelezen.gegevens["samenvatting"] == "GEHEIM ziek" and gelezen.reden == "GEHEIM"
    assert [(r["gebruiker"], r["versie"]) for r in c.inzage.voor(CODE)] == [
        ("anna", contact.versie)
    ]


def test_de_afleiding_van_een_beoordeling(dossier):
    c, _ = dossier
    (overgenomen,) = c.queries.afleidingen(CODE, LEZER)
    assert isinstance(overgenomen, Afleiding)
    assert (overgenomen.trede, overgenomen.overgenomen, overgenomen.bron) == (
        2,
        True,
        "Rapportage 2023-2",
    )


def test_de_werkvoorraad_is_die_van_de_rol_van_de_lezer(dossier):
    c, klok = dossier
    vandaag = klok().date()
    eigen = c.queries.werkvoorraad(Lezer("bea", B), vandaag, None)
    assert isinstance(eigen, WerkvoorraadView)
    items = eigen.achterstallig + eigen.deze_week + eigen.later
    assert all(isinstance(w, WerkItem) for w in items)
    assert [w.soort for w in items] == ["voorstel"]
    assert c.queries.werkvoorraad(LEZER, vandaag, None).deze_week == ()
    assert c.queries.werkvoorraad(LEZER, vandaag, None, alles=True) == eigen


def test_de_lijst_van_gemeenten_telt_wat_open_staat(dossier):
    c, _ = dossier
    (rij,) = c.queries.gemeenten_voor(LEZER)
    assert isinstance(rij, GemeenteRij)
    assert (rij.code, rij.trede, rij.open_voorstellen, rij.open_termijnen) == (CODE, 2, 1, 0)
