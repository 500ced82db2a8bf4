"""Over HTTP: an open proposal can be withdrawn with a reason, by those who prepare
proposals, and a withdrawn one answers 409 with its state. A proposal adopted twice or
made stale by a later decision is tested on the application tier
(tests/unit/test_commandos_regels.py)."""

from domain.vastlegging import Rol
from tests.e2e.test_beoordeling_via_api import CODE, registreer_utrecht


def voorstel(api, trede: int, reden: str, spoed: bool = False) -> int:
    r = api.post(
        f"/gemeenten/{CODE}/voorstellen",
        {"periode": None, "trede": trede, "reden": reden, "spoed": spoed},
    )
    assert r.status_code == 201, r.text
    return r.json()["nummer"]


def vaststellen(api, nummer: int):
    return api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)


def test_open_voorstel_intrekken(api):
    registreer_utrecht(api)
    nummer = voorstel(api, 3, "achterstand groeit")
    pad = f"/gemeenten/{CODE}/voorstellen/{nummer}/intrekking"
    zonder = api.post(pad, {})
    assert zonder.status_code == 422 and zonder.json()["veld"] == "reden"
    assert api.post(pad, {"reden": "x"}, rol=Rol.BESTUURDER).status_code == 403
    r = api.post(pad, {"reden": "cijfers bleken onjuist"})
    assert r.status_code == 201, r.text
    [rij] = api.get(f"/gemeenten/{CODE}/voorstellen").json()
    assert rij["status"] == "ingetrokken"
    assert rij["afgehandeld_reden"] == "cijfers bleken onjuist"
    gefilterd = api.get(f"/gemeenten/{CODE}/voorstellen?status=ingetrokken")
    assert gefilterd.status_code == 200, gefilterd.text
    assert [v["nummer"] for v in gefilterd.json()] == [nummer]
    assert api.get(f"/gemeenten/{CODE}").json()["open_voorstellen"] == 0
    r = vaststellen(api, nummer)
    assert r.status_code == 409 and "al ingetrokken" in r.json()["fout"]
