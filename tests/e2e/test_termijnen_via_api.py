"""Terms and the werkvoorraad over HTTP: list with filters, met, extended, due lists."""

from datetime import UTC

from domain.vastlegging import Rol

CODE = "GM0344"


def op_trede_4_met_vooraankondiging(api) -> str:
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
        {"termijn_tot": "2022-09-04", "reden": "achterstand groeit"},
        rol=Rol.JURIST,
    )
    assert r.status_code == 201, r.text
    return api.get(f"/termijnen?gemeente={CODE}").json()[0]["termijn"]


def test_termijn_verlengen_en_nakomen(api):
    termijn = op_trede_4_met_vooraankondiging(api)  # NU is 1 September 2022
    rij = api.get(f"/termijnen?gemeente={CODE}&status=open").json()[0]
    assert (rij["soort"], rij["tot"]) == ("vooraankondiging", "2022-09-05")  # Sunday -> Monday
    assert api.get("/termijnen?tot_voor=2022-09-05").json() == []
    assert len(api.get("/termijnen?tot_voor=2022-09-06").json()) == 1

    pad = f"/gemeenten/{CODE}/termijnen/{termijn}"
    r = api.post(f"{pad}/verlenging", {"tot": "2022-10-01"})
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    r = api.post(f"{pad}/verlenging", {"tot": "2022-10-01", "reden": "aparte afspraken B&W"})
    assert r.status_code == 201, r.text
    rij = api.get(f"/termijnen?gemeente={CODE}").json()[0]
    assert (rij["tot"], rij["verlengd"]) == ("2022-10-03", True)  # 1 Oct 2022 is a Saturday

    assert api.post(f"{pad}/nakoming", {}).status_code == 201
    assert api.get(f"/termijnen?gemeente={CODE}").json()[0]["status"] == "nagekomen"
    r = api.post(f"{pad}/nakoming", {})
    assert r.status_code == 409 and "nagekomen" in r.json()["fout"]
    assert api.post(f"/gemeenten/{CODE}/termijnen/99.0/nakoming", {}).status_code == 404


def test_een_termijn_toont_de_wettelijke_einddatum_en_waarom_die_verschoof(api):
    termijn = op_trede_4_met_vooraankondiging(api)
    rij = api.get(f"/termijnen?gemeente={CODE}", rol=Rol.LEZER).json()[0]
    reden = (
        "verschoven van zo 4 september 2022 naar ma 5 september 2022: "
        "zo 4 september zondag (Algemene termijnenwet art. 1)"
    )
    assert (rij["einddatum"], rij["einddatum_opgegeven"], rij["verschoven_reden"]) == (
        "2022-09-05",
        "2022-09-04",
        reden,
    )
    tijdlijn = api.get(f"/gemeenten/{CODE}/tijdlijn", rol=Rol.LEZER).json()
    assert tijdlijn[-1]["omschrijving"] == (
        "Vooraankondiging verzonden; termijn: termijn uit de vooraankondiging "
        f"tot en met ma 5 september 2022 ({reden})"
    )

    pad = f"/gemeenten/{CODE}/termijnen/{termijn}/verlenging"
    assert api.post(pad, {"tot": "2022-10-01", "reden": "aparte afspraken"}).status_code == 201
    rij = api.get(f"/termijnen?gemeente={CODE}").json()[0]
    reden = (
        "verschoven van za 1 oktober 2022 naar ma 3 oktober 2022: "
        "za 1 oktober zaterdag, zo 2 oktober zondag (Algemene termijnenwet art. 1)"
    )
    assert (rij["einddatum"], rij["einddatum_opgegeven"], rij["verschoven_reden"]) == (
        "2022-10-03",
        "2022-10-01",
        reden,
    )
    tijdlijn = api.get(f"/gemeenten/{CODE}/tijdlijn").json()
    assert tijdlijn[-1]["omschrijving"] == (
        f"Termijn 'termijn uit de vooraankondiging' verlengd tot en met ma 3 oktober 2022 ({reden})"
    )


def test_werkvoorraad_toont_termijn_aan_de_jurist(api):
    op_trede_4_met_vooraankondiging(api)
    eigen = api.get("/werkvoorraad", rol=Rol.JURIST).json()
    assert [w["soort"] for w in eigen["deze_week"]] == ["termijn:vooraankondiging"]
    assert eigen["achterstallig"] == []
    lezer = api.get("/werkvoorraad", rol=Rol.LEZER).json()
    assert lezer["deze_week"] == []
    assert api.get("/werkvoorraad?alles=true", rol=Rol.LEZER).json()["deze_week"]


def test_meldingen_na_verstreken_termijn(api):
    from datetime import datetime

    op_trede_4_met_vooraankondiging(api)
    c = api.container
    c.klok = lambda: datetime(2022, 9, 6, 8, tzinfo=UTC)
    c.planner.klok = c.klok
    assert c.planner.draai() == 1
    meldingen = api.get("/meldingen", rol=Rol.JURIST).json()
    assert {m["soort"] for m in meldingen} == {"termijn_verstreken", "voorstel"}
    assert api.get("/meldingen", rol=Rol.LEZER).json() == []


def test_voorstel_na_verstreken_termijn_is_een_regel_geen_afwijking(api):
    from datetime import datetime

    op_trede_4_met_vooraankondiging(api)
    c = api.container
    c.klok = lambda: datetime(2022, 9, 6, 8, tzinfo=UTC)
    c.planner.klok = c.klok
    assert c.planner.draai() == 1
    (voorstel,) = api.get(f"/gemeenten/{CODE}/voorstellen?status=open").json()
    assert voorstel["voorstel"]["regel"] == "IBT-2021/trede-4/termijn-vooraankondiging-verstreken"
    assert voorstel["motivering"] is None
    r = api.post(
        f"/gemeenten/{CODE}/voorstellen/{voorstel['nummer']}/vaststelling", {}, rol=Rol.BESTUURDER
    )
    assert r.status_code == 201, r.text
    laatste = api.get(f"/gemeenten/{CODE}/beoordelingen").json()[-1]
    assert (laatste["trede"], laatste["voorgestelde_trede"], laatste["afwijking"]) == (5, 5, False)
    assert laatste["beleid"] == "IBT-2021" and laatste["motivering"] is None
    assert laatste["regel"] == "IBT-2021/trede-4/termijn-vooraankondiging-verstreken"
    assert laatste["invoer"]["soort"] == "vooraankondiging"
    assert "ma 5 september 2022" in laatste["uitleg"]


def _voorstellen_in_werkvoorraad(api) -> list[str]:
    werk = api.get("/werkvoorraad", rol=Rol.BESTUURDER).json()
    return [
        w["omschrijving"]
        for lijst in ("achterstallig", "deze_week", "later")
        for w in werk[lijst]
        if w["soort"] == "voorstel"
    ]


def test_verstreken_termijn_naast_een_open_voorstel_staat_in_de_werkvoorraad(api):
    """The lapse gets its proposal even while another one is open; holding the trede by
    that other proposal leaves the escalation in the bestuurder's werkvoorraad."""
    from datetime import datetime

    op_trede_4_met_vooraankondiging(api)
    r = api.post(
        f"/gemeenten/{CODE}/voorstellen",
        {"periode": None, "trede": 4, "reden": "trede handhaven"},
        rol=Rol.TOEZICHTHOUDER,
    )
    assert r.status_code == 201, r.text
    handhaven = r.json()["nummer"]
    c = api.container
    c.klok = lambda: datetime(2022, 9, 6, 8, tzinfo=UTC)
    c.planner.klok = c.klok
    assert c.planner.draai() == 1
    r = api.post(f"/gemeenten/{CODE}/voorstellen/{handhaven}/vaststelling", {}, rol=Rol.BESTUURDER)
    assert r.status_code == 201, r.text
    (open_voorstel,) = _voorstellen_in_werkvoorraad(api)
    assert "trede 5" in open_voorstel
