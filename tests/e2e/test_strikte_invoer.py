"""Counts are JSON integers and switches JSON booleans; a text of only invisible
characters is empty; characters that reverse the reading direction are refused."""

import pytest

from domain.vastlegging import Rol


def _utrecht(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )


@pytest.mark.parametrize("waarde", [True, 1.0, "1"])
def test_aantallen_zijn_echte_gehele_getallen(api, waarde):
    _utrecht(api)
    r = api.post(
        "/gemeenten/GM0344/cijfers",
        {"periode": "2024-1", "veld": "realisatie", "waarde": waarde},
    )
    assert r.status_code == 422 and r.json()["veld"] == "waarde"
    assert r.json()["fout"] == "waarde moet een geheel getal zijn"
    r = api.post(
        "/gemeenten/GM0344/contacten",
        {"soort": "telefoon", "samenvatting": "x", "verwachte_versie": waarde},
    )
    assert r.status_code == 422 and r.json()["veld"] == "verwachte_versie"
    assert len(api.get("/gemeenten/GM0344/tijdlijn").json()) == 1


@pytest.mark.parametrize("waarde", [1, "true", "ja"])
def test_ja_nee_is_true_of_false(api, waarde):
    _utrecht(api)
    r = api.post(
        "/gemeenten/GM0344/contacten",
        {"soort": "telefoon", "samenvatting": "x", "vertrouwelijk": waarde},
    )
    assert r.status_code == 422 and r.json()["veld"] == "vertrouwelijk"


def test_tekst_van_alleen_zero_width_tekens_is_verplicht(api):
    _utrecht(api)
    r = api.post(
        "/gemeenten/GM0344/contacten",
        {"soort": "telefoon", "samenvatting": "\u200b\u200c\u200d\u2060\ufeff"},
    )
    assert r.status_code == 422
    assert r.json() | {"details": None} == {
        "fout": "samenvatting is verplicht",
        "veld": "samenvatting",
        "details": None,
    }


@pytest.mark.parametrize("teken", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_richtingstekens_geweigerd_met_veldnaam(api, teken):
    _utrecht(api)
    for body, veld in (
        ({"soort": "telefoon", "samenvatting": f"akkoord{teken}dookka"}, "samenvatting"),
        ({"soort": "telefoon", "samenvatting": "x", "deelnemers": [f"a{teken}b"]}, "deelnemers"),
        ({"soort": "telefoon", "samenvatting": "x", "reden": f"a{teken}b"}, "reden"),
    ):
        r = api.post("/gemeenten/GM0344/contacten", body)
        assert r.status_code == 422, body
        assert r.json()["veld"] == veld and "leesrichting" in r.json()["fout"]
    assert len(api.get("/gemeenten/GM0344/tijdlijn").json()) == 1
