"""The dossier's guards hold through the one entry point, Toezicht.voer_uit, on the
in-memory store: the order of the legal chain and the life of a proposal. (Over HTTP,
tests/e2e keeps one test per route family for the status codes and field names.)"""

from datetime import UTC, date, datetime

import pytest

from application import commandos as c
from application.toezicht import Toezicht
from domain.errors import BestaatAl, LadderRegelGeschonden, NietGevonden, OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

CODE = "GM0344"
NU = datetime(2022, 9, 1, 10, tzinfo=UTC)


def stempel(rol: Rol, reden: str | None = "reden", op: datetime = NU) -> Vastlegging:
    return Vastlegging("anna", rol, NU, op, reden)


def op_trede(trede: int) -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    app.voer_uit(
        c.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"),
        stempel(Rol.BEHEERDER),
    )
    app.voer_uit(
        c.NeemBeoordelingOver(code=CODE, periode=Periode(2022, 1), trede=trede, bron="publicatie"),
        stempel(Rol.BEHEERDER),
    )
    return app


def vooraankondiging(tot: date = date(2022, 9, 4)) -> c.VerzendVooraankondiging:
    return c.VerzendVooraankondiging(code=CODE, termijn_tot=tot)


def test_een_vooraankondiging_tegelijk():
    app = op_trede(4)
    app.voer_uit(vooraankondiging(), stempel(Rol.JURIST))
    with pytest.raises(BestaatAl, match="al een vooraankondiging") as fout:
        app.voer_uit(vooraankondiging(date(2022, 10, 1)), stempel(Rol.JURIST, "nogmaals"))
    assert fout.value.veld == "termijn_tot"


def test_vooraankondiging_niet_gedateerd_voor_het_besluit():
    eerder = datetime(2022, 8, 30, 8, tzinfo=UTC)
    with pytest.raises(OngeldigeInvoer, match="trede 4") as fout:
        op_trede(4).voer_uit(vooraankondiging(), stempel(Rol.JURIST, op=eerder))
    assert fout.value.veld == "plaatsgevonden_op"


def test_geen_beroep_zonder_bekendmaking_en_geen_verbeterplan_waar_het_niet_verwacht_wordt():
    app = op_trede(4)
    with pytest.raises(LadderRegelGeschonden, match="bekendgemaakt") as beroep:
        app.voer_uit(c.RegistreerBeroep(code=CODE), stempel(Rol.JURIST))
    assert beroep.value.veld == "besluit"
    with pytest.raises(LadderRegelGeschonden) as plan:
        app.voer_uit(c.OntvangVerbeterplan(code=CODE), stempel(Rol.TOEZICHTHOUDER))
    assert plan.value.veld == "verbeterplan"
    assert app.dossier(CODE).version == 2  # nothing recorded by a refusal


def voorstel(app: Toezicht, trede: int, spoed: bool = False) -> int:
    uitkomst = app.voer_uit(
        c.StelBeoordelingVoor(code=CODE, trede=trede, spoed=spoed), stempel(Rol.TOEZICHTHOUDER)
    )
    assert uitkomst.nummer is not None
    return uitkomst.nummer


def vaststellen(app: Toezicht, nummer: int) -> c.Uitkomst:
    return app.voer_uit(c.StelBeoordelingVast(code=CODE, nummer=nummer), stempel(Rol.BESTUURDER))


def test_vastgesteld_voorstel_nogmaals_is_al_vastgesteld():
    app = op_trede(2)
    nummer = voorstel(app, 3)
    vaststellen(app, nummer)
    with pytest.raises(BestaatAl, match="al vastgesteld") as fout:
        vaststellen(app, nummer)
    assert fout.value.veld == "nummer"
    with pytest.raises(NietGevonden):
        vaststellen(app, 999)


def test_oud_voorstel_vervalt_na_spoedbesluit():
    app = op_trede(2)
    oud = voorstel(app, 2)
    spoed = voorstel(app, 3, spoed=True)
    vaststellen(app, spoed)
    with pytest.raises(BestaatAl, match="al ingetrokken"):
        vaststellen(app, oud)
    dossier = app.dossier(CODE)
    assert dossier.trede == 3
    assert dossier.afgehandelde_voorstellen == {str(oud): "ingetrokken", str(spoed): "vastgesteld"}
