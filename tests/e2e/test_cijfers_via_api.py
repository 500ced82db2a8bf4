"""Figures over HTTP: they must fit their period, and a running period's realisatie is
shown as the stand so far."""

from domain.vastlegging import Rol

CODE = "GM0344"  # the fixed clock stands at 2022-09-01: period 2022-2 is running


def gemeente(api, code: str = CODE, naam: str = "Utrecht") -> None:
    r = api.post("/gemeenten", {"code": code, "naam": naam, "provincie": "Utrecht"}, Rol.BEHEERDER)
    assert r.status_code == 201, r.text


def cijfer(api, periode: str, veld: str, waarde: int, **extra):
    return api.post(
        f"/gemeenten/{CODE}/cijfers", {"periode": periode, "veld": veld, "waarde": waarde} | extra
    )


def test_realisatie_voor_een_toekomstige_periode_wordt_geweigerd(api):
    gemeente(api)
    r = cijfer(api, "2030-1", "realisatie", 10)
    assert r.status_code == 422, r.text
    assert r.json()["veld"] == "plaatsgevonden_op"
    assert "periode begint op 01-01-2030" in r.json()["fout"]
    r = cijfer(api, "2022-2", "realisatie", 10, plaatsgevonden_op="2020-05-01T10:00:00+02:00")
    assert r.status_code == 422 and r.json()["veld"] == "plaatsgevonden_op"
    r = cijfer(api, "2022-2", "stand_eind", 10)
    assert r.status_code == 422 and "peildatum 01-01-2023" in r.json()["fout"]
    assert cijfer(api, "2023-1", "taakstelling_gepubliceerd", 300).status_code == 201
    assert api.get(f"/gemeenten/{CODE}/perioden").json()[0]["periode"] == "2023-1"


def test_realisatie_van_de_lopende_periode_heet_stand_tot_nu(api):
    gemeente(api)
    assert cijfer(api, "2022-2", "realisatie", 40).status_code == 201
    r = cijfer(api, "2022-1", "realisatie", 168, plaatsgevonden_op="2022-07-01T09:00:00+02:00")
    assert r.status_code == 201
    perioden = {p["periode"]: p for p in api.get(f"/gemeenten/{CODE}/perioden").json()}
    assert perioden["2022-2"]["realisatie_lopend"] is True
    assert perioden["2022-2"]["realisatie_omschrijving"].startswith(
        "stand tot nu: geteld op 01-09-2022"
    )
    assert perioden["2022-1"]["realisatie_lopend"] is False
    assert perioden["2022-1"]["realisatie_omschrijving"] == "realisatie over de periode"
    assert api.get(f"/gemeenten/{CODE}").json()["huidige_periode"]["realisatie_lopend"] is True
