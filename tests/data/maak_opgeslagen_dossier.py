"""Writes tests/data/dossier-0.1.sqlite: a store of this version with every event type,
so later versions prove they still read it (event classes are stored by name)."""

from datetime import UTC, date, datetime
from pathlib import Path

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
    t, b, j = Rol.TOEZICHTHOUDER, Rol.BESTUURDER, Rol.JURIST
    app.maak_gebruiker_aan("archief", t, "Archief", stempel(Rol.BEHEERDER, date(2024, 1, 2)))
    app.wijzig_rol("archief", j, stempel(Rol.BEHEERDER, date(2024, 1, 3)))
    app.registreer_gemeente(
        "GM0344", "Utrecht", "Utrecht", stempel(Rol.BEHEERDER, date(2024, 1, 2))
    )
    app.neem_beoordeling_over(
        "GM0344", Periode(2023, 2), 3, "totaalopgave", "publicatie", stempel(t, date(2024, 1, 2))
    )
    app.vraag_bijgewerkt_verbeterplan("GM0344", stempel(t, date(2024, 2, 1)))
    app.voer_verbeterplangesprek("GM0344", stempel(t, date(2024, 2, 20)), date(2024, 3, 19))
    app.ontvang_verbeterplan("GM0344", stempel(t, date(2024, 3, 12)))
    app.verstuur_tussentijds_bericht("GM0344", Periode(2024, 1), stempel(t, date(2024, 4, 2)))
    p = Periode(2024, 1)
    for veld, w in [
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 80),
        ("realisatie", 90),
        ("stand_eind", 90),
        ("tijdig_beschikbaar", 185),
    ]:
        app.registreer_cijfer("GM0344", p, veld, w, stempel(t, date(2024, 7, 1)))
    app.registreer_cijfer("GM0344", p, "realisatie", 95, stempel(t, date(2024, 7, 2), "COA"))
    app.wijzig_taakstelling("GM0344", p, "herverdeling", 1, stempel(t, date(2024, 7, 2), "ruil"))
    app.leg_contact_vast(
        "GM0344", "telefoon", ["wethouder"], "afspraak", True, stempel(t, date(2024, 7, 3))
    )
    app.ontvang_signaal("GM0344", "omkoppeling", "3 personen", stempel(t, date(2024, 7, 3)))
    _, nr = app.dien_verschoonbare_reden_in("GM0344", p, "brand", stempel(t, date(2024, 7, 4)))
    app.beoordeel_verschoonbare_reden(
        "GM0344", nr, True, stempel(t, date(2024, 7, 5), "aangetoond")
    )
    _, v = app.stel_beoordeling_voor("GM0344", p, stempel(t, date(2024, 7, 6)))
    app.wijs_voorstel_af("GM0344", v, stempel(b, date(2024, 7, 7), "opnieuw"))
    _, v = app.stel_beoordeling_voor("GM0344", p, stempel(t, date(2024, 7, 8)))
    app.stel_beoordeling_vast("GM0344", v, stempel(b, date(2024, 7, 9)))
    app.verzend_toezichtbrief("GM0344", stempel(t, date(2024, 7, 10)))
    app.verzend_afschrift_raad("GM0344", stempel(t, date(2024, 7, 10)))
    app.verzend_vooraankondiging(
        "GM0344", date(2024, 8, 1), stempel(j, date(2024, 7, 10), "trede 4")
    )
    termijn = "{}.0".format(app.dossier("GM0344").version)
    app.verleng_termijn(
        "GM0344", termijn, date(2024, 8, 8), stempel(j, date(2024, 7, 30), "afspraak")
    )
    app.registreer_termijn_verstreken(
        "GM0344", termijn, date(2024, 8, 9), stempel(Rol.SYSTEEM, date(2024, 8, 9))
    )
    v = max(app.dossier("GM0344").voorstellen)
    app.stel_beoordeling_vast("GM0344", v, stempel(b, date(2024, 8, 12)))
    app.neem_indeplaatsstellingsbesluit(
        "GM0344", [Deelstap("woningen", date(2024, 9, 2))], stempel(j, date(2024, 8, 13), "last")
    )
    deelstap = "{}.0".format(app.dossier("GM0344").version)
    app.maak_besluit_bekend("GM0344", stempel(j, date(2024, 8, 14)))
    app.registreer_beroep("GM0344", stempel(j, date(2024, 9, 1)))
    app.registreer_termijn_verstreken(
        "GM0344", deelstap, date(2024, 9, 3), stempel(Rol.SYSTEEM, date(2024, 9, 3))
    )
    v = max(app.dossier("GM0344").voorstellen)
    app.stel_beoordeling_vast("GM0344", v, stempel(b, date(2024, 9, 3)))
    app.effectueer_indeplaatsstelling("GM0344", stempel(j, date(2024, 9, 4)))
    app.corrigeer("GM0344", 3, "verkeerde bron", stempel(t, date(2024, 9, 5), "fout"))


if __name__ == "__main__":
    main()
