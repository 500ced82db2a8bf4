"""After an event only the rows of the gemeenten it touched are built again, and the
kept rows then equal a full build: for a figure, a contact, a proposal and its
decision, a term that lapsed, and a herindeling (new gemeente, predecessors gone)."""

from datetime import date

import pytest

from application import commandos as k
from domain.periode import Periode
from domain.vastlegging import Rol
from projections.provincieoverzicht import OverzichtRij, overzicht
from tests.integration.planner_helpers import Klok, container, stempel

T, B = Rol.TOEZICHTHOUDER, Rol.BESTUURDER
GEMEENTEN = {"GM0307": "Amersfoort", "GM0308": "Baarn", "GM0310": "De Bilt"}


def gebouwd(c, klok) -> tuple[tuple[str, ...] | None, dict[str, OverzichtRij]]:
    """The kept rows for the clock's day, checked against a full build; which codes
    were built for them (None: all) and the rows by code."""
    vandaag = klok.nu.date()
    rijen = c.queries.overzicht.rijen(vandaag)
    assert rijen == overzicht(c.queries.engine, vandaag)
    return c.queries.overzicht.laatst_gebouwd, {r.code: r for r in rijen}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/toezicht.sqlite"
    return request.getfixturevalue("postgres_url")


def test_alleen_de_geraakte_rijen_opnieuw(database_url):
    klok = Klok(None)
    klok.zet(date(2024, 7, 8))
    c = container(database_url, klok)
    for code, naam in GEMEENTEN.items():
        c.voer_uit(
            k.RegistreerGemeente(code=code, naam=naam, provincie="Utrecht"),
            stempel(klok, Rol.BEHEERDER),
        )
    c.voer_uit(
        k.NeemBeoordelingOver(
            code="GM0307", periode=Periode(2023, 2), trede=2, basis="koppelingstekort", bron="VR"
        ),
        stempel(klok, T),
    )
    codes, voor = gebouwd(c, klok)
    assert codes is None and list(voor) == list(GEMEENTEN)  # first view: all, by name
    assert gebouwd(c, klok)[0] is None and c.queries.overzicht.gebouwd == 1  # kept

    # A figure: only Amersfoort's row.
    cijfers = dict(taakstelling_gepubliceerd=100, stand_begin=50, realisatie=90, stand_eind=60)
    for veld, waarde in cijfers.items():
        c.voer_uit(
            k.RegistreerCijfer(code="GM0307", periode=Periode(2024, 1), veld=veld, waarde=waarde),
            stempel(klok, T),
        )
    codes, na = gebouwd(c, klok)
    assert codes == ("GM0307",) and na["GM0307"].stand == 60 and voor["GM0307"].stand is None
    assert na["GM0308"] is voor["GM0308"]  # kept, not built again

    # A contact with Baarn: only Baarn's row.
    c.voer_uit(
        k.LegContactVast(code="GM0308", soort="telefoon", samenvatting="bel"), stempel(klok, T)
    )
    codes, rijen = gebouwd(c, klok)
    assert codes == ("GM0308",) and rijen["GM0308"].laatste_contact is not None

    # A proposal, then its decision: Amersfoort's row each time.
    c.voer_uit(k.StelBeoordelingVoor(code="GM0307", periode=Periode(2024, 1)), stempel(klok, T))
    codes, rijen = gebouwd(c, klok)
    assert codes == ("GM0307",) and rijen["GM0307"].open_voorstellen == 1
    nummer = c.queries.voorstellen("GM0307", "open")[-1]["nummer"]
    c.voer_uit(k.StelBeoordelingVast(code="GM0307", nummer=nummer), stempel(klok, B))
    codes, rijen = gebouwd(c, klok)
    assert codes == ("GM0307",) and (rijen["GM0307"].trede, rijen["GM0307"].open_voorstellen) == (
        3,
        0,
    )

    # A letter starts a term; on a later day all rows are built (the day moves them).
    c.voer_uit(k.VerzendToezichtbrief(code="GM0307"), stempel(klok, T))
    assert gebouwd(c, klok)[1]["GM0307"].open_termijnen == 1
    klok.zet(date(2024, 8, 12))
    codes, dag = gebouwd(c, klok)
    assert codes is None and dag["GM0307"].verlopen_termijnen == 1

    # The planner records the lapse: only Amersfoort's row.
    assert c.planner.draai() >= 1
    codes, rijen = gebouwd(c, klok)
    assert codes == ("GM0307",)
    assert (rijen["GM0307"].open_termijnen, rijen["GM0307"].verlopen_termijnen) == (0, 0)

    # A herindeling: the new gemeente is built, its predecessors leave the list.
    c.voer_uit(
        k.RegistreerGemeente(
            code="GM9999", naam="Eemland", provincie="Utrecht", voortgezet_van=("GM0307", "GM0308")
        ),
        stempel(klok, Rol.BEHEERDER),
    )
    codes, rijen = gebouwd(c, klok)
    assert codes == ("GM9999",) and list(rijen) == ["GM0310", "GM9999"]
    assert rijen["GM0310"] is dag["GM0310"]

    # An event that touches no gemeente's rows builds nothing.
    c.schrijf(
        lambda: c.app.maak_gebruiker_aan("lezer-2", Rol.LEZER, "L", stempel(klok, Rol.BEHEERDER))
    )
    c.runner.bij()
    assert gebouwd(c, klok)[0] == ()
