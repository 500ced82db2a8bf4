"""A proposal is for the dossier as it was: stale once another decision changed the
trede, closed once adopted, rejected or withdrawn."""

from datetime import UTC, datetime, timedelta

import pytest

from domain.dossier.toestand import Voorstelstand
from domain.errors import (
    BestaatAl,
    GeenToegang,
    LadderRegelGeschonden,
    NietGevonden,
    OngeldigeInvoer,
)
from domain.vastlegging import Rol
from tests.unit.test_ladder_invarianten import START, dossier_op_trede, stempel


def voorstel(d, trede, op=START, reden="spoed", spoed=False):
    return d.stel_beoordeling_voor(None, stempel(Rol.TOEZICHTHOUDER, op, reden), trede, spoed)


def test_oud_voorstel_niet_vast_te_stellen_na_een_spoedbesluit():
    d = dossier_op_trede(2)
    oud = voorstel(d, 2, reden="trede handhaven")
    spoed = voorstel(d, 3, reden="woningen dreigen verloren", spoed=True)
    d.stel_beoordeling_vast(spoed, stempel(Rol.BESTUURDER))
    assert d.trede == 3
    with pytest.raises((LadderRegelGeschonden, BestaatAl)):
        d.stel_beoordeling_vast(oud, stempel(Rol.BESTUURDER))
    assert d.trede == 3


def test_vervallen_voorstel_wordt_ingetrokken_met_reden():
    d = dossier_op_trede(2)
    oud = voorstel(d, 2, reden="trede handhaven")
    d.stel_beoordeling_vast(voorstel(d, 3, spoed=True), stempel(Rol.BESTUURDER))
    assert oud not in d.voorstellen
    assert d.afgehandelde_voorstellen[str(oud)] == "ingetrokken"
    with pytest.raises(BestaatAl, match="al ingetrokken"):
        d.stel_beoordeling_vast(oud, stempel(Rol.BESTUURDER))


def test_voorstel_blijft_geldig_als_de_trede_niet_wijzigde():
    d = dossier_op_trede(2)
    eerste = voorstel(d, 2, reden="handhaven")
    tweede = voorstel(d, 3, reden="toch opschalen")
    d.stel_beoordeling_vast(eerste, stempel(Rol.BESTUURDER))
    d.stel_beoordeling_vast(tweede, stempel(Rol.BESTUURDER))
    assert d.trede == 3


def test_terug_op_dezelfde_trede_maakt_een_oud_voorstel_niet_weer_geldig():
    d = dossier_op_trede(2)
    oud = voorstel(d, 3, reden="opschalen")
    d.stel_beoordeling_vast(voorstel(d, 1, reden="ingelopen"), stempel(Rol.BESTUURDER))
    d.stel_beoordeling_vast(voorstel(d, 2, reden="weer achter"), stempel(Rol.BESTUURDER))
    assert d.trede == 2
    with pytest.raises(BestaatAl):
        d.stel_beoordeling_vast(oud, stempel(Rol.BESTUURDER))


def test_vastgesteld_voorstel_nogmaals_vaststellen_is_al_vastgesteld():
    d = dossier_op_trede(2)
    nummer = voorstel(d, 3, reden="opschalen")
    d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER))
    with pytest.raises(BestaatAl, match="al vastgesteld"):
        d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER))
    with pytest.raises(NietGevonden):
        d.stel_beoordeling_vast(999, stempel(Rol.BESTUURDER))


def test_afgewezen_voorstel_vaststellen_is_al_afgewezen():
    d = dossier_op_trede(2)
    nummer = voorstel(d, 3, reden="opschalen")
    d.wijs_voorstel_af(nummer, stempel(Rol.BESTUURDER, reden="niet nodig"))
    with pytest.raises(BestaatAl, match="al afgewezen"):
        d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER))


def test_open_voorstel_intrekken_met_reden():
    d = dossier_op_trede(2)
    nummer = voorstel(d, 3, reden="opschalen")
    with pytest.raises(OngeldigeInvoer, match="reden"):
        d.trek_voorstel_in(nummer, stempel(Rol.TOEZICHTHOUDER))
    with pytest.raises(GeenToegang):
        d.trek_voorstel_in(nummer, stempel(Rol.BESTUURDER, reden="x"))
    d.trek_voorstel_in(nummer, stempel(Rol.TOEZICHTHOUDER, reden="cijfers waren onjuist"))
    assert nummer not in d.voorstellen
    with pytest.raises(BestaatAl, match="al ingetrokken"):
        d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER))
    with pytest.raises(BestaatAl):
        d.trek_voorstel_in(nummer, stempel(Rol.TOEZICHTHOUDER, reden="nogmaals"))


def test_vaststelling_niet_voor_het_voorstel():
    d = dossier_op_trede(2)
    nummer = voorstel(d, 3, reden="opschalen")
    with pytest.raises(OngeldigeInvoer, match="voorstel"):
        d.stel_beoordeling_vast(nummer, stempel(Rol.BESTUURDER, START - timedelta(days=1)))


def test_periodiek_voorstel_vervalt_na_tussentijds_besluit():
    d = dossier_op_trede(2)
    oud = voorstel(d, 2, reden="handhaven")
    d.stel_beoordeling_vast(
        voorstel(d, 3, datetime(2024, 7, 16, tzinfo=UTC), spoed=True),
        stempel(Rol.BESTUURDER, datetime(2024, 7, 16, tzinfo=UTC)),
    )
    # The planner may propose again: no stale proposal blocks it.
    assert not d.voorstellen and oud in map(int, d.afgehandelde_voorstellen)


def test_voorstel_uit_een_oudere_snapshot_vervalt_ook():
    d = dossier_op_trede(2)
    oud = voorstel(d, 2, reden="handhaven")
    # As a snapshot taken by the previous version holds them: without the new state.
    zonder = ("trede_versie", "vanaf_trede", "voorbereid_op")
    oude_staat = {k: v for k, v in d.voorstellen[oud].als_dict().items() if k not in zonder}
    d.voorstellen[oud] = Voorstelstand.uit_dict(oude_staat)
    del d.__dict__["trede_versie"]
    d.stel_beoordeling_vast(voorstel(d, 3, spoed=True), stempel(Rol.BESTUURDER))
    with pytest.raises(BestaatAl, match="al ingetrokken"):
        d.stel_beoordeling_vast(oud, stempel(Rol.BESTUURDER))
