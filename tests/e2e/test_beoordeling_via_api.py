"""Through HTTP on both backends: registration to trede 3, errors, conflicts, rebuild."""

from domain.vastlegging import Rol

CODE = "GM0344"


def registreer_utrecht(api) -> None:
    r = api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    assert r.status_code == 201, r.text
    r = api.post(
        f"/gemeenten/{CODE}/overgenomen-beoordelingen",
        {"periode": "2021-II", "trede": 2, "bron": "gespreksnotitie 20-01-2022"},
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 201, r.text
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ]:
        r = api.post(
            f"/gemeenten/{CODE}/cijfers",
            {
                "periode": "2022-1",
                "veld": veld,
                "waarde": waarde,
                "plaatsgevonden_op": "2022-07-01T09:00:00+02:00",
            },
        )
        assert r.status_code == 201, r.text
    r = api.post(
        f"/gemeenten/{CODE}/taakstellingen/2022-1/wijzigingen",
        {"soort": "herverdeling", "waarde": 1, "reden": "ruil met Nieuwegein"},
    )
    assert r.status_code == 201, r.text


def test_van_registratie_tot_trede_3(api):
    registreer_utrecht(api)
    r = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"})
    assert r.status_code == 201, r.text
    nummer = r.json()["nummer"]
    assert api.get(f"/gemeenten/{CODE}").json()["trede"] == 2  # a proposal decides nothing

    r = api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    assert r.status_code == 201, r.text

    gemeente = api.get(f"/gemeenten/{CODE}").json()
    assert gemeente["trede"] == 3
    periode = gemeente["huidige_periode"]
    assert (periode["taakstelling"], periode["totaalopgave"]) == (204, 375)
    assert (periode["pct_taakstelling"], periode["pct_totaalopgave"]) == (82, 45)

    laatste = api.get(f"/gemeenten/{CODE}/beoordelingen").json()[-1]
    assert laatste["periode"] == "2022-1"
    assert laatste["trede"] == 3
    assert laatste["beleid"] == "IBT-2021"
    assert laatste["regel"] == "IBT-2021/achterstand-ten-minste-taakstelling-1e-periode"
    assert laatste["basis"] == "totaalopgave"
    assert laatste["invoer"]["stand_eind"] == 207
    assert laatste["invoer"]["taakstelling_gepubliceerd"] == 203
    assert laatste["voorbereid_door"] == "toezichthouder-1"
    assert laatste["vastgesteld_door"] == "bestuurder-1"
    assert laatste["afwijking"] is False

    tijdlijn = api.get(f"/gemeenten/{CODE}/tijdlijn", rol=Rol.LEZER).json()
    assert [e["soort"] for e in tijdlijn][-2:] == [
        "BeoordelingVoorgesteld",
        "BeoordelingVastgesteld",
    ]
    # A record of acts: the figures of 1 July come first though recorded on 1 September.
    assert [e["versie"] for e in tijdlijn][:4] == [3, 4, 5, 6]
    assert sorted(e["versie"] for e in tijdlijn) == list(range(1, len(tijdlijn) + 1))
    assert tijdlijn[0]["plaatsgevonden_op"] == "2022-07-01T09:00:00+02:00"
    assert tijdlijn[0]["geregistreerd_op"] == "2022-09-01T12:00:00+02:00"  # Dutch time
    assert tijdlijn[0]["omschrijving"] == "Taakstelling 2022-1: 203"
    assert tijdlijn[-1]["wie"] == "Test bestuurder (bestuurder)"


def test_fouten_zijn_nederlands_en_noemen_het_veld(api):
    registreer_utrecht(api)
    r = api.post(f"/gemeenten/{CODE}/cijfers", {"periode": "2022-1", "veld": "realisatie"})
    assert r.status_code == 422
    assert r.json()["veld"] == "waarde" and "verplicht" in r.json()["fout"]

    r = api.post(
        f"/gemeenten/{CODE}/cijfers", {"periode": "2022-1", "veld": "realisatie", "waarde": 170}
    )
    assert r.status_code == 422  # a second registration is a correction: reason required
    assert r.json()["veld"] == "reden"

    assert api.get("/gemeenten/GM9999").status_code == 404
    assert api.get("/gemeenten", rol=None).status_code == 401
    r = api.post(
        f"/gemeenten/{CODE}/contacten", {"soort": "telefoon", "samenvatting": "x"}, rol=Rol.LEZER
    )
    assert r.status_code == 403

    r = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1", "trede": 2})
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    r = api.post(
        f"/gemeenten/{CODE}/voorstellen",
        {"periode": "2022-1", "trede": 4, "reden": "spoed", "spoed": True},
    )
    assert r.status_code == 409 and "slaat een trede over" in r.json()["fout"]

    r = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"})
    nummer = r.json()["nummer"]
    r = api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {})
    assert r.status_code == 403  # a toezichthouder does not adopt
    assert api.get(f"/gemeenten/{CODE}").json()["trede"] == 2


def test_gelijktijdige_wijziging_geeft_409(api):
    registreer_utrecht(api)
    versie = api.get(f"/gemeenten/{CODE}").json()["versie"]
    contact = {"soort": "telefoon", "samenvatting": "belronde", "verwachte_versie": versie}
    assert api.post(f"/gemeenten/{CODE}/contacten", contact).status_code == 201
    r = api.post(f"/gemeenten/{CODE}/contacten", contact)  # same version read: stale now
    assert r.status_code == 409
    assert "versie" in r.json()["fout"]
    assert len(api.get(f"/gemeenten/{CODE}/tijdlijn").json()) == versie + 1


def test_herbouw_geeft_dezelfde_leesmodellen(api):
    registreer_utrecht(api)
    nummer = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"}).json()["nummer"]
    api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    api.post(
        f"/gemeenten/{CODE}/contacten",
        {"soort": "e-mail", "samenvatting": "geheim", "vertrouwelijk": True},
    )
    c = api.container
    incrementeel = c.queries.dump()
    assert incrementeel["rm_tijdlijn"]
    c.runner.herbouw()
    assert c.queries.dump() == incrementeel


def test_lezer_ziet_geen_vertrouwelijke_notitie(api):
    registreer_utrecht(api)
    api.post(
        f"/gemeenten/{CODE}/contacten",
        {
            "soort": "telefoon",
            "samenvatting": "persoonlijke situatie wethouder",
            "vertrouwelijk": True,
        },
    )
    assert "persoonlijke situatie" not in api.get(f"/gemeenten/{CODE}/tijdlijn", rol=Rol.LEZER).text
    assert api.get(f"/gemeenten/{CODE}/inzagelog", rol=Rol.BEHEERDER).json() == []
    assert "persoonlijke situatie" in api.get(f"/gemeenten/{CODE}/tijdlijn").text
    inzage = api.get(f"/gemeenten/{CODE}/inzagelog", rol=Rol.BEHEERDER).json()
    assert [(r["gebruiker"], r["rol"]) for r in inzage] == [("toezichthouder-1", "toezichthouder")]


def test_herindeling_zet_de_geschiedenis_voort(api):
    for code, naam in (("GM0545", "Leerdam"), ("GM0707", "Zederik")):
        assert (
            api.post(
                "/gemeenten",
                {"code": code, "naam": naam, "provincie": "Utrecht"},
                rol=Rol.BEHEERDER,
            ).status_code
            == 201
        )
    r = api.post(
        "/gemeenten",
        {
            "code": "GM1961",
            "naam": "Vijfheerenlanden",
            "provincie": "Utrecht",
            "voortgezet_van": ["GM0545", "GM0707"],
        },
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 201, r.text
    assert api.get("/gemeenten/GM1961").json()["voortgezet_van"] == ["GM0545", "GM0707"]
    assert api.get("/gemeenten/GM0545").json()["voortgezet_door"] == "GM1961"
    r = api.post(
        "/gemeenten",
        {"code": "GM1962", "naam": "X", "provincie": "Utrecht", "voortgezet_van": ["GM0001"]},
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 422 and r.json()["veld"] == "voortgezet_van"
