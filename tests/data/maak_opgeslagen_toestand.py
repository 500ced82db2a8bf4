"""Writes tests/data/toestand-0.2.sqlite: a store of the version before the dossier's
state was typed and the user events were explicit classes. It holds every user event and
a dossier snapshotted every three events, so its snapshots carry the old plain-dict state:
open and closed proposals, reasons, terms of each status, letters, idempotency keys.
Later versions prove they load both (tests/integration/test_opgeslagen_toestand.py)."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from application import commandos as k
from application.settings import Settings
from application.toezicht import Toezicht
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from tests.brieven import verzend_brief

DOEL = Path(__file__).with_name("toestand-0.2.sqlite")
CODE = "GM0307"
HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"


def stempel(rol: Rol, dag: date, reden: str | None = None, **verzoek: str) -> Vastlegging:
    op = datetime(dag.year, dag.month, dag.day, 12, tzinfo=UTC)
    return Vastlegging("archief", rol, op, op, reden, **verzoek)


def gebruikers(app: Toezicht) -> None:
    dag = date(2024, 1, 2)
    beheer = Rol.BEHEERDER
    app.maak_gebruiker_aan("archief", Rol.TOEZICHTHOUDER, "Archief", stempel(beheer, dag))
    app.maak_gebruiker_aan("jurist", Rol.JURIST, "Jo Rist", stempel(beheer, dag))
    app.wijzig_rol("archief", Rol.BESTUURDER, stempel(beheer, dag))
    verloopt = datetime(2099, 1, 1, tzinfo=UTC)
    app.geef_token_uit("jurist", stempel(beheer, dag), verloopt)
    eerste = sorted(app._gebruiker("jurist").tokens)[0][:12]
    app.trek_token_in("jurist", eerste, stempel(beheer, dag))
    app.stel_wachtwoord_in("jurist", HASH, stempel(beheer, dag))
    app.registreer_login("jurist", True, stempel(Rol.JURIST, dag))
    app.registreer_login("jurist", False, stempel(Rol.JURIST, dag))
    app.schakel_gebruiker_uit("jurist", stempel(beheer, dag, "vertrokken"))
    app.schakel_gebruiker_in("jurist", stempel(beheer, dag, "terug"))
    app.schakel_gebruiker_uit("archief", stempel(beheer, dag, "archief gesloten"))


def dossier(app: Toezicht) -> None:
    t, b, beheer = Rol.TOEZICHTHOUDER, Rol.BESTUURDER, Rol.BEHEERDER

    def doe(commando: k.Dossiercommando, vastlegging: Vastlegging) -> int | None:
        return app.voer_uit(commando, vastlegging).nummer

    dag = date(2024, 7, 1)
    doe(
        k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
        stempel(beheer, dag),
    )
    doe(
        k.NeemBeoordelingOver(code=CODE, periode=Periode(2023, 2), trede=3, bron="publicatie"),
        stempel(beheer, dag),
    )
    p = Periode(2024, 1)
    for veld, w in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 80),
        ("realisatie", 20),
        ("stand_eind", 20),
        ("tijdig_beschikbaar", 30),
    ]:
        doe(k.RegistreerCijfer(code=CODE, periode=p, veld=veld, waarde=w), stempel(t, dag))
    doe(
        k.WijzigTaakstelling(code=CODE, periode=p, soort="herverdeling", waarde=2),
        stempel(t, dag, "ruil"),
    )
    beoordeeld = doe(
        k.DienVerschoonbareRedenIn(code=CODE, periode=p, omschrijving="brand in 40 woningen"),
        stempel(t, dag),
    )
    doe(
        k.BeoordeelVerschoonbareReden(code=CODE, nummer=beoordeeld or 0, aanvaard=False),
        stempel(t, dag, "niet aangetoond"),
    )
    doe(
        k.DienVerschoonbareRedenIn(code=CODE, periode=p, omschrijving="storm in 12 woningen"),
        stempel(t, dag),
    )  # stays open
    dag = date(2024, 7, 8)
    afgewezen = doe(k.StelBeoordelingVoor(code=CODE, periode=p), stempel(t, dag))
    doe(k.WijsVoorstelAf(code=CODE, nummer=afgewezen or 0), stempel(b, dag, "opnieuw"))
    v = doe(
        k.StelBeoordelingVoor(code=CODE, periode=p, trede=3),
        stempel(t, dag, "trede vasthouden", verzoek="k1", vingerafdruk="a"),
    )
    doe(k.StelBeoordelingVast(code=CODE, nummer=v or 0), stempel(b, dag))
    doe(k.VerzendToezichtbrief(code=CODE), stempel(t, date(2024, 7, 9)))
    versie = app.dossier(CODE).version
    verzend_brief(
        app,
        CODE,
        "tussentijds_bericht",
        "IBT-HV/2024/GM0307/002",
        b"%PDF-1.7 x",
        stempel(t, date(2024, 7, 9)),
        versie,
    )
    doe(k.VerzendAfschriftRaad(code=CODE), stempel(t, date(2024, 7, 10)))
    doe(k.VraagBijgewerktVerbeterplan(code=CODE), stempel(t, date(2024, 7, 11)))
    doe(k.VoerVerbeterplangesprek(code=CODE), stempel(t, date(2024, 7, 15)))
    termijn = f"{app.dossier(CODE).version}.0"
    doe(
        k.VerlengTermijn(code=CODE, termijn=termijn, tot=date(2024, 9, 30)),
        stempel(t, date(2024, 7, 16), "afspraak"),
    )
    doe(
        k.StelBeoordelingVoor(code=CODE, trede=4, spoed=True),
        stempel(t, date(2024, 7, 17), "spoed"),
    )
    doe(
        k.LegContactVast(code=CODE, soort="telefoon", samenvatting="x"),
        stempel(t, date(2024, 7, 17) + timedelta(days=1)),
    )


def main() -> None:
    DOEL.unlink(missing_ok=True)
    env = Settings(database_url=f"sqlite:///{DOEL}").eventsourcing_env()
    app = Toezicht(env=env, snapshot_interval=3)
    gebruikers(app)
    dossier(app)


if __name__ == "__main__":
    main()
