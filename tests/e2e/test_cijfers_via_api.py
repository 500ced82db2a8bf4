"""Figures over HTTP: they must fit their period, a running period's realisatie is shown
as the stand so far, and a wrong figure is withdrawn and leaves every total."""

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
    # The other dating rules are tested on the dossier (tests/unit/test_cijfers_in_hun_periode.py).
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


def test_ingetrokken_cijfer_verdwijnt_uit_periode_en_provincietotalen(api):
    gemeente(api)
    gemeente(api, "GM0307", "Amersfoort")
    api.post(
        "/gemeenten/GM0307/cijfers",
        {
            "periode": "2022-1",
            "veld": "realisatie",
            "waarde": 100,
            "plaatsgevonden_op": "2022-07-01",
        },
    )
    cijfer(api, "2022-1", "realisatie", 168, plaatsgevonden_op="2022-07-01")
    cijfer(api, "2021-2", "realisatie", 50)  # mistyped: meant 2022-2
    versie = api.get(f"/gemeenten/{CODE}").json()["versie"]
    totalen = {t["periode"]: t["berekend"] for t in api.get("/provincies/utrecht/totalen").json()}
    assert totalen["2021-2"]["realisatie"] == 50
    assert totalen["2022-1"] == totalen["2022-1"] | {"realisatie": 268, "gemeenten": 2}

    intrekking = {"periode": "2021-2", "veld": "realisatie", "versie": versie}
    r = api.post(f"/gemeenten/{CODE}/cijfers/intrekkingen", intrekking)
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    r = api.post(
        f"/gemeenten/{CODE}/cijfers/intrekkingen", intrekking | {"reden": "verkeerde periode"}
    )
    assert r.status_code == 201, r.text

    assert [p["periode"] for p in api.get(f"/gemeenten/{CODE}/perioden").json()] == ["2022-1"]
    totalen = {t["periode"]: t["berekend"] for t in api.get("/provincies/utrecht/totalen").json()}
    assert totalen.get("2021-2") is None
    assert totalen["2022-1"]["realisatie"] == 268
    laatste = api.get(f"/gemeenten/{CODE}/tijdlijn").json()[-1]
    assert laatste["soort"] == "CijferIngetrokken"
    assert laatste["reden"] == "verkeerde periode"

    r = api.post(f"/gemeenten/{CODE}/cijfers/intrekkingen", intrekking | {"reden": "nogmaals"})
    assert r.status_code == 404 and r.json()["veld"] == "veld"

    c = api.container
    incrementeel = c.queries.dump()
    c.runner.herbouw()
    assert c.queries.dump() == incrementeel


def test_intrekking_met_onbekende_waarden_krijgt_een_4xx(api):
    gemeente(api)
    for body in (
        {"periode": "2022-13", "veld": "realisatie", "versie": 1, "reden": "x"},
        {"periode": "2022-1", "veld": "trede", "versie": 1, "reden": "x"},
        {"periode": "2022-1", "veld": "realisatie", "versie": 0, "reden": "x"},
    ):
        r = api.post(f"/gemeenten/{CODE}/cijfers/intrekkingen", body)
        assert 400 <= r.status_code < 500, r.text
