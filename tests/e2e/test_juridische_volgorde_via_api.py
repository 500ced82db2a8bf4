"""Over HTTP the order of the legal chain is refused with a 4xx in Dutch that names the
field. The rest of the chain's order is tested on the application tier
(tests/unit/test_commandos_regels.py, tests/unit/test_juridische_handelingen_volgorde.py)."""

from domain.vastlegging import Rol
from tests.e2e.test_termijnen_via_api import CODE, op_trede_4_met_vooraankondiging


def test_tweede_vooraankondiging_over_http_is_409(api):
    op_trede_4_met_vooraankondiging(api)  # trede 4 taken over on 1 September 2022
    tweede = api.post(
        f"/gemeenten/{CODE}/vooraankondigingen",
        {"termijn_tot": "2022-10-01", "reden": "nogmaals"},
        rol=Rol.JURIST,
    )
    assert tweede.status_code == 409, tweede.text
    assert "al een vooraankondiging" in tweede.json()["fout"]


def test_vooraankondiging_niet_gedateerd_voor_het_besluit(api):
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    api.post(
        f"/gemeenten/{CODE}/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 4, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    r = api.post(
        f"/gemeenten/{CODE}/vooraankondigingen",
        {
            "termijn_tot": "2022-10-03",
            "reden": "achterstand",
            "plaatsgevonden_op": "2022-08-30T10:00:00+02:00",
        },
        rol=Rol.JURIST,
    )
    assert r.status_code == 422, r.text
    assert r.json()["veld"] == "plaatsgevonden_op" and "trede 4" in r.json()["fout"]
