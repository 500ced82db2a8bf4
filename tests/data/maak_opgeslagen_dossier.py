"""Writes tests/data/dossier-0.1.sqlite: a store of this version with every event type,
so later versions prove they still read it (event classes are stored by name)."""

from datetime import UTC, date, datetime
from pathlib import Path

from application import commandos as k
from application.settings import Settings
from application.toezicht import Toezicht
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

DOEL = Path(__file__).with_name("dossier-0.1.sqlite")


def stempel(rol: Rol, dag: date, reden: str | None = None) -> Vastlegging:
    op = datetime(dag.year, dag.month, dag.day, 12, tzinfo=UTC)
    return Vastlegging("archief", rol, op, op, reden)


def main() -> None:
    DOEL.unlink(missing_ok=True)
    app = Toezicht(env=Settings(database_url=f"sqlite:///{DOEL}").eventsourcing_env())
    t, b, j, beheer = Rol.TOEZICHTHOUDER, Rol.BESTUURDER, Rol.JURIST, Rol.BEHEERDER
    jan2 = date(2024, 1, 2)
    app.maak_gebruiker_aan("archief", t, "Archief", stempel(Rol.BEHEERDER, date(2024, 1, 2)))
    app.wijzig_rol("archief", j, stempel(Rol.BEHEERDER, date(2024, 1, 3)))

    def doe(commando: k.Dossiercommando, vastlegging: Vastlegging) -> int | None:
        return app.voer_uit(commando, vastlegging).nummer

    g = "GM0344"
    doe(k.RegistreerGemeente(code=g, naam="Utrecht", provincie="Utrecht"), stempel(beheer, jan2))
    doe(
        k.NeemBeoordelingOver(
            code=g, periode=Periode(2023, 2), trede=3, basis="totaalopgave", bron="publicatie"
        ),
        stempel(t, jan2),
    )
    doe(k.VraagBijgewerktVerbeterplan(code=g), stempel(t, date(2024, 2, 1)))
    doe(
        k.VoerVerbeterplangesprek(code=g, afgesproken_tot=date(2024, 3, 19)),
        stempel(t, date(2024, 2, 20)),
    )
    doe(k.OntvangVerbeterplan(code=g), stempel(t, date(2024, 3, 12)))
    doe(
        k.VerstuurTussentijdsBericht(code=g, periode=Periode(2024, 1)), stempel(t, date(2024, 4, 2))
    )
    p = Periode(2024, 1)
    for veld, w in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 80),
        ("realisatie", 90),
        ("stand_eind", 90),
        ("tijdig_beschikbaar", 185),
    ]:
        doe(
            k.RegistreerCijfer(code=g, periode=p, veld=veld, waarde=w), stempel(t, date(2024, 7, 1))
        )
    doe(
        k.RegistreerCijfer(code=g, periode=p, veld="realisatie", waarde=95),
        stempel(t, date(2024, 7, 2), "COA"),
    )
    doe(
        k.WijzigTaakstelling(code=g, periode=p, soort="herverdeling", waarde=1),
        stempel(t, date(2024, 7, 2), "ruil"),
    )
    doe(
        k.LegContactVast(
            code=g,
            soort="telefoon",
            deelnemers=("wethouder",),
            samenvatting="afspraak",
            vertrouwelijk=True,
        ),
        stempel(t, date(2024, 7, 3)),
    )
    doe(
        k.OntvangSignaal(code=g, soort="omkoppeling", omschrijving="3 personen"),
        stempel(t, date(2024, 7, 3)),
    )
    nr = doe(
        k.DienVerschoonbareRedenIn(code=g, periode=p, omschrijving="brand"),
        stempel(t, date(2024, 7, 4)),
    )
    doe(
        k.BeoordeelVerschoonbareReden(code=g, nummer=nr or 0, aanvaard=True),
        stempel(t, date(2024, 7, 5), "aangetoond"),
    )
    v = doe(k.StelBeoordelingVoor(code=g, periode=p), stempel(t, date(2024, 7, 6)))
    doe(k.WijsVoorstelAf(code=g, nummer=v or 0), stempel(b, date(2024, 7, 7), "opnieuw"))
    v = doe(k.StelBeoordelingVoor(code=g, periode=p), stempel(t, date(2024, 7, 8)))
    doe(k.StelBeoordelingVast(code=g, nummer=v or 0), stempel(b, date(2024, 7, 9)))
    doe(k.VerzendToezichtbrief(code=g), stempel(t, date(2024, 7, 10)))
    doe(k.VerzendAfschriftRaad(code=g), stempel(t, date(2024, 7, 10)))
    doe(
        k.VerzendVooraankondiging(code=g, termijn_tot=date(2024, 8, 1)),
        stempel(j, date(2024, 7, 10), "trede 4"),
    )
    termijn = f"{app.dossier(g).version}.0"
    doe(
        k.VerlengTermijn(code=g, termijn=termijn, tot=date(2024, 8, 8)),
        stempel(j, date(2024, 7, 30), "afspraak"),
    )
    doe(
        k.RegistreerTermijnVerstreken(code=g, termijn=termijn, vandaag=date(2024, 8, 9)),
        stempel(Rol.SYSTEEM, date(2024, 8, 9)),
    )
    v = max(app.dossier(g).voorstellen)
    doe(k.StelBeoordelingVast(code=g, nummer=v), stempel(b, date(2024, 8, 12)))
    doe(
        k.NeemIndeplaatsstellingsbesluit(
            code=g, deelstappen=(Deelstap("woningen", date(2024, 9, 2)),)
        ),
        stempel(j, date(2024, 8, 13), "last"),
    )
    deelstap = f"{app.dossier(g).version}.0"
    doe(k.MaakBesluitBekend(code=g), stempel(j, date(2024, 8, 14)))
    doe(k.RegistreerBeroep(code=g), stempel(j, date(2024, 9, 1)))
    doe(
        k.RegistreerTermijnVerstreken(code=g, termijn=deelstap, vandaag=date(2024, 9, 3)),
        stempel(Rol.SYSTEEM, date(2024, 9, 3)),
    )
    v = max(app.dossier(g).voorstellen)
    doe(k.StelBeoordelingVast(code=g, nummer=v), stempel(b, date(2024, 9, 3)))
    doe(k.EffectueerIndeplaatsstelling(code=g), stempel(j, date(2024, 9, 4)))
    doe(
        k.Corrigeer(code=g, versie=3, toelichting="verkeerde bron"),
        stempel(t, date(2024, 9, 5), "fout"),
    )


if __name__ == "__main__":
    main()
