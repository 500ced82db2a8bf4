"""The dossier round-trips through the real event stores: SQLite and PostgreSQL."""

from datetime import UTC, datetime

import pytest

from application import commandos as c
from application.settings import Settings
from application.toezicht import Toezicht
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

T0 = datetime(2022, 7, 10, 9, 0, tzinfo=UTC)
UTRECHT = c.RegistreerGemeente(code="GM0344", naam="Utrecht", provincie="Utrecht")


def vastlegging(rol: Rol = Rol.TOEZICHTHOUDER, reden: str | None = None) -> Vastlegging:
    return Vastlegging("anna", rol, T0, T0, reden)


def utrecht_2022_1(app: Toezicht) -> None:
    app.voer_uit(UTRECHT, vastlegging())
    app.voer_uit(
        c.NeemBeoordelingOver(
            code="GM0344", periode=Periode(2021, 2), trede=2, bron="gespreksnotitie"
        ),
        vastlegging(),
    )
    p = Periode(2022, 1)
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ]:
        app.voer_uit(
            c.RegistreerCijfer(code="GM0344", periode=p, veld=veld, waarde=waarde), vastlegging()
        )
    app.voer_uit(
        c.WijzigTaakstelling(code="GM0344", periode=p, soort="herverdeling", waarde=1),
        vastlegging(reden="herverdeling"),
    )
    nummer = app.voer_uit(c.StelBeoordelingVoor(code="GM0344", periode=p), vastlegging()).nummer
    app.voer_uit(c.StelBeoordelingVast(code="GM0344", nummer=nummer), vastlegging(Rol.BESTUURDER))


def check_reloaded(env: dict[str, str]) -> None:
    utrecht_2022_1(Toezicht(env=env, snapshot_interval=3))
    herladen = Toezicht(env=env).dossier("GM0344")  # fresh instance: read from the store
    assert herladen.trede == 3
    assert herladen.cijfers_van(Periode(2022, 1)).taakstelling == 204
    assert herladen.beoordelingen["2022-1"].achterstand_ten_minste_taakstelling is True


def test_sqlite(tmp_path):
    check_reloaded(Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite").eventsourcing_env())


@pytest.mark.postgres
def test_postgres(postgres_url):
    check_reloaded(Settings(database_url=postgres_url).eventsourcing_env())


def check_gelijktijdig(env: dict[str, str]) -> None:
    from domain.errors import GelijktijdigGewijzigd

    a, b = Toezicht(env=env), Toezicht(env=env)
    a.voer_uit(UTRECHT, vastlegging())
    dossier_a, dossier_b = a.dossier("GM0344"), b.dossier("GM0344")  # both read version 1
    dossier_a.leg_contact_vast("telefoon", [], "eerste", False, vastlegging())
    dossier_b.leg_contact_vast("telefoon", [], "tweede", False, vastlegging())
    a._opslaan(dossier_a)
    with pytest.raises(GelijktijdigGewijzigd):
        b._opslaan(dossier_b)
    assert Toezicht(env=env).dossier("GM0344").version == 2  # nothing half-written


def test_gelijktijdig_sqlite(tmp_path):
    check_gelijktijdig(Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite").eventsourcing_env())


@pytest.mark.postgres
def test_gelijktijdig_postgres(postgres_url):
    check_gelijktijdig(Settings(database_url=postgres_url).eventsourcing_env())


def test_gelijktijdige_tweeling_met_dezelfde_sleutel(tmp_path):
    """Two copies of one request (same Idempotency-Key) race: one records, the other
    gets the first outcome instead of a conflict."""
    from dataclasses import replace

    env = Settings(database_url=f"sqlite:///{tmp_path}/t.sqlite").eventsourcing_env()
    a, b = Toezicht(env=env), Toezicht(env=env)
    a.voer_uit(UTRECHT, vastlegging())
    met_sleutel = replace(vastlegging(), verzoek="k1", vingerafdruk="f1")
    verouderd = iter([b.dossier("GM0344")])  # b read version 1 before a saved
    contact = c.LegContactVast(code="GM0344", soort="telefoon", samenvatting="x")
    eerste = a.voer_uit(contact, met_sleutel)
    vers = b.dossier
    b.dossier = lambda code: next(verouderd, None) or vers(code)  # type: ignore[method-assign]
    assert b.voer_uit(contact, met_sleutel) == replace(eerste, herhaald=True)
    topics = [n.topic for n in a.recorder.select_notifications(1, 10)]
    assert sum(t.endswith("ContactGelegd") for t in topics) == 1
