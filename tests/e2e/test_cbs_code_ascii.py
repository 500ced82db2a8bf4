"""A CBS code is ASCII GM and four ASCII digits wherever it enters: look-alike digits
(fullwidth, Arabic-Indic) do not register a second Utrecht; periods likewise."""

import pytest

from domain.vastlegging import Rol


def _utrecht(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )


FULLWIDTH = "GM\uff10\uff13\uff14\uff14"  # GM０３４４
ARABISCH = "GM\u0660\u0663\u0664\u0664"


@pytest.mark.parametrize("code", [FULLWIDTH, ARABISCH])
def test_look_alike_cijfers_registreren_geen_tweede_utrecht(api, code):
    _utrecht(api)
    r = api.post(
        "/gemeenten", {"code": code, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    assert r.status_code == 422 and r.json()["veld"] == "code"
    r = api.post(
        "/gemeenten",
        {"code": "GM0345", "naam": "X", "provincie": "Utrecht", "voortgezet_van": [code]},
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 422 and r.json()["veld"].startswith("voortgezet_van")
    assert api.get(f"/gemeenten/{code}").status_code == 422
    assert api.get(f"/termijnen?gemeente={code}").status_code == 422
    assert [g["code"] for g in api.get("/gemeenten").json()] == ["GM0344"]


def test_look_alike_cijfers_in_periode_geweigerd(api):
    _utrecht(api)
    r = api.post(
        "/gemeenten/GM0344/cijfers",
        {"periode": "\uff12\uff10\uff12\uff14-1", "veld": "realisatie", "waarde": 1},
    )
    assert r.status_code == 422 and r.json()["veld"] == "periode"
    r = api.post(
        "/gemeenten/GM0344/taakstellingen/\u0662\u0660\u0662\u0664-1/wijzigingen",
        {"soort": "herverdeling", "waarde": 1, "reden": "ruil"},
    )
    assert r.status_code == 422 and r.json()["veld"] == "periode"
