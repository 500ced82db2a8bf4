"""Over HTTP the court's ruling on the beroep: refused without a beroep, recorded once
with its uitkomst, court and summary on the tijdlijn, and a gegrond ruling refuses the
effectuering of the annulled besluit."""

from domain.vastlegging import Rol

CODE = "GM0344"
G = f"/gemeenten/{CODE}"
UITSPRAAK = {
    "uitkomst": "gegrond",
    "instantie": "Rechtbank Midden-Nederland",
    "zaaknummer": "UTR 22/4711",
    "reden": "Het besluit is onvoldoende gemotiveerd en wordt vernietigd.",
}


def bekendgemaakt_besluit(api) -> None:
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    r = api.post(
        f"{G}/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 5, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 201, r.text
    r = api.post(
        f"{G}/indeplaatsstellingsbesluiten",
        {
            "deelstappen": [{"omschrijving": "tien woningen", "termijn_tot": "2022-10-01"}],
            "reden": "achterstand blijft",
        },
        rol=Rol.JURIST,
    )
    assert r.status_code == 201, r.text
    r = api.post(f"{G}/indeplaatsstellingsbesluiten/bekendmaking", {}, rol=Rol.JURIST)
    assert r.status_code == 201, r.text


def test_uitspraak_vraagt_een_beroep_en_komt_op_de_tijdlijn(api):
    bekendgemaakt_besluit(api)
    zonder = api.post(f"{G}/beroepen/uitspraak", UITSPRAAK, rol=Rol.JURIST)
    assert zonder.status_code == 409, zonder.text
    assert "ingesteld beroep" in zonder.json()["fout"]
    assert api.post(f"{G}/beroepen", {}, rol=Rol.JURIST).status_code == 201

    geen_reden = api.post(f"{G}/beroepen/uitspraak", {**UITSPRAAK, "reden": None}, rol=Rol.JURIST)
    assert geen_reden.status_code == 422, geen_reden.text
    assert geen_reden.json()["veld"] == "reden"
    door_toezicht = api.post(f"{G}/beroepen/uitspraak", UITSPRAAK, rol=Rol.TOEZICHTHOUDER)
    assert door_toezicht.status_code == 403, door_toezicht.text

    r = api.post(f"{G}/beroepen/uitspraak", UITSPRAAK, rol=Rol.JURIST)
    assert r.status_code == 201, r.text
    tweede = api.post(
        f"{G}/beroepen/uitspraak", {**UITSPRAAK, "uitkomst": "ongegrond"}, rol=Rol.JURIST
    )
    assert tweede.status_code == 409, tweede.text
    assert "al uitspraak" in tweede.json()["fout"]

    laatste = api.get(f"{G}/tijdlijn").json()[-1]
    assert laatste["soort"] == "BeroepUitspraakOntvangen"
    assert laatste["reden"] == UITSPRAAK["reden"]
    assert "Rechtbank Midden-Nederland, zaaknummer UTR 22/4711" in str(laatste)
    assert "gegrond (het besluit is vernietigd)" in str(laatste)
