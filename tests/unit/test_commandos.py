"""The one write path: a command is a value, Toezicht.voer_uit carries it out and answers
with an Uitkomst. Runs on the in-memory store: no SQLite, no HTTP."""

import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from application import commandos as c
from application.handlers import HANDLERS
from application.toezicht import Toezicht
from domain.errors import OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

CODE = "GM0344"
NU = datetime(2024, 7, 15, 9, tzinfo=UTC)
UTRECHT = c.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht")


def stempel(rol: Rol = Rol.TOEZICHTHOUDER, verzoek: str | None = None) -> Vastlegging:
    return Vastlegging("anna", rol, NU, NU, "reden", verzoek, "vingerafdruk" if verzoek else None)


def toezicht(**kwargs) -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"}, **kwargs)
    app.voer_uit(UTRECHT, stempel(Rol.BEHEERDER))
    return app


def aantal_gebeurtenissen(app: Toezicht) -> int:
    return len(app.recorder.select_notifications(1, 1000))


def test_elk_commando_heeft_een_handler():
    def soorten(cls: type) -> set[type]:
        return {cls, *(s for sub in cls.__subclasses__() for s in soorten(sub))}

    commandos = soorten(c.Dossiercommando) - {c.Dossiercommando, c.OpNummer}
    assert commandos - {c.RegistreerGemeente, c.VerzendBrief} == set(HANDLERS)


def test_een_commando_is_een_onveranderlijke_waarde():
    commando = c.LegContactVast(code=CODE, soort="telefoon", samenvatting="belronde")
    with pytest.raises(dataclasses.FrozenInstanceError):
        commando.code = "GM0307"  # type: ignore[misc]
    assert commando == c.LegContactVast(code=CODE, soort="telefoon", samenvatting="belronde")


def test_uitkomst_noemt_notificatie_versie_en_nummer():
    app = toezicht()
    uitkomst = app.voer_uit(c.StelBeoordelingVoor(code=CODE, trede=2), stempel())
    assert uitkomst == c.Uitkomst(notificatie=2, versie=2, nummer=2, herhaald=False)
    assert app.dossier(CODE).version == 2
    vast = app.voer_uit(c.StelBeoordelingVast(code=CODE, nummer=2), stempel(Rol.BESTUURDER))
    assert (vast.versie, vast.nummer) == (3, 2)  # the number it acted on
    assert app.versie_bij(vast.notificatie) == vast.versie


def test_herhaald_verzoek_geeft_de_eerste_uitkomst_en_legt_niets_vast():
    app = toezicht()
    reden = c.DienVerschoonbareRedenIn(code=CODE, periode=Periode(2024, 1), omschrijving="brand")
    eerste = app.voer_uit(reden, stempel(verzoek="k1"))
    app.voer_uit(c.LegContactVast(code=CODE, soort="telefoon", samenvatting="x"), stempel())
    tweede = app.voer_uit(reden, stempel(verzoek="k1"))
    assert tweede == replace(eerste, herhaald=True)
    assert eerste.nummer == eerste.versie == 2
    assert aantal_gebeurtenissen(app) == 3


def test_herhaalde_registratie_geeft_de_eerste_uitkomst():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    eerste = app.voer_uit(UTRECHT, stempel(Rol.BEHEERDER, "r1"))
    assert app.voer_uit(UTRECHT, stempel(Rol.BEHEERDER, "r1")) == replace(eerste, herhaald=True)
    assert aantal_gebeurtenissen(app) == 1


def test_de_ingebruikname_komt_uit_de_applicatie_niet_van_de_aanroeper():
    overnemen = c.NeemBeoordelingOver(code=CODE, periode=Periode(2024, 1), trede=2, bron="bron")
    toezicht().voer_uit(overnemen, stempel(Rol.BEHEERDER))  # no go-live date: allowed
    app = toezicht(in_gebruik_sinds=date(2024, 3, 1))
    with pytest.raises(OngeldigeInvoer, match="ingebruikname"):
        app.voer_uit(overnemen, stempel(Rol.BEHEERDER))


def test_niets_vast_te_leggen_is_een_uitkomst_zonder_notificatie():
    app = toezicht()
    verstreken = c.RegistreerTermijnVerstreken(code=CODE, termijn="9.0", vandaag=date(2024, 8, 1))
    uitkomst = app.voer_uit(verstreken, Vastlegging("planner", Rol.SYSTEEM, NU, NU))
    assert uitkomst == c.Uitkomst(notificatie=None, versie=1)
    assert aantal_gebeurtenissen(app) == 1


def test_een_commando_op_een_nummer_antwoordt_met_dat_nummer():
    app = toezicht()
    reden = c.DienVerschoonbareRedenIn(code=CODE, periode=Periode(2024, 1), omschrijving="brand")
    nummer = app.voer_uit(reden, stempel()).nummer
    assert nummer is not None
    beoordeling = c.BeoordeelVerschoonbareReden(code=CODE, nummer=nummer, aanvaard=True)
    assert app.voer_uit(beoordeling, stempel()).nummer == nummer
