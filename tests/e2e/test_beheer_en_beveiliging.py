"""Security headers, request-size limit, hostile text stays inert, health and metrics."""

from domain.vastlegging import Rol


def test_beveiligingsheaders_op_elke_route(api):
    for pad in ("/api/v1/gemeenten", "/healthz", "/docs", "/api/v1/bestaat-niet"):
        r = api.client.get(pad, headers=api.als(Rol.LEZER))
        assert r.headers["x-content-type-options"] == "nosniff", pad
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], pad
        assert r.headers["referrer-policy"] == "no-referrer", pad
    assert "cdn" not in api.client.get("/docs").text.lower()  # assets are served locally


def test_te_groot_verzoek_geeft_413_en_verandert_niets(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    groot = {"soort": "telefoon", "samenvatting": "x" * 2_000_000}
    r = api.post("/gemeenten/GM0344/contacten", groot)
    assert r.status_code == 413
    assert "te groot" in r.json()["fout"]

    # also when the client streams without announcing the length
    def stukken():
        for _ in range(30):
            yield b"x" * 100_000

    r = api.client.post(
        "/api/v1/gemeenten/GM0344/contacten",
        content=stukken(),
        headers={**api.als(Rol.TOEZICHTHOUDER), "content-type": "application/json"},
    )
    assert r.status_code == 413
    assert len(api.get("/gemeenten/GM0344/tijdlijn").json()) == 1


def test_html_in_notities_blijft_tekst(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    aanval = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    assert (
        api.post(
            "/gemeenten/GM0344/contacten", {"soort": "telefoon", "samenvatting": aanval}
        ).status_code
        == 201
    )
    r = api.get("/gemeenten/GM0344/tijdlijn")
    assert r.headers["content-type"] == "application/json"
    assert r.json()[-1]["gegevens"]["samenvatting"] == aanval  # stored and returned as is


def test_unicode_namen_gaan_heen_en_terug(api):
    naam = "Súdwest-Fryslân ’s-Hertogenbosch Ærø 🏠"
    assert (
        api.post(
            "/gemeenten",
            {"code": "GM1900", "naam": naam, "provincie": "Fryslân"},
            rol=Rol.BEHEERDER,
        ).status_code
        == 201
    )
    assert api.get("/gemeenten/GM1900").json()["naam"] == naam


def test_datums_buiten_bereik_geweigerd(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    for moment in ("1850-01-01T00:00:00+00:00", "9999-12-31T00:00:00+00:00"):
        r = api.post(
            "/gemeenten/GM0344/contacten",
            {"soort": "telefoon", "samenvatting": "x", "plaatsgevonden_op": moment},
        )
        assert r.status_code == 422, moment
        assert r.json()["veld"] == "plaatsgevonden_op"
    api.post(
        "/gemeenten/GM0344/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 4, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    r = api.post(
        "/gemeenten/GM0344/vooraankondigingen",
        {"termijn_tot": "9999-01-01", "reden": "x"},
        rol=Rol.JURIST,
    )
    assert r.status_code == 422 and r.json()["veld"] == "termijn_tot"


def test_gezondheid_gereedheid_en_metingen(api):
    assert api.client.get("/healthz").json() == {"status": "ok"}
    assert api.client.get("/readyz").json()["status"] == "gereed"
    api.get("/gemeenten")
    metingen = api.client.get("/metrics").text
    assert 'toezicht_http_request_seconds_count{methode="GET",route="/api/v1/gemeenten"' in metingen
    assert "toezicht_projectie_achterstand 0.0" in metingen
    assert "toezicht_termijnen_achterstallig" in metingen


def test_csv_export_neutraliseert_formules(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": '=HYPERLINK("http://kwaad")', "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    r = api.get("/gemeenten.csv", rol=Rol.LEZER)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "'=HYPERLINK" in r.text


def test_stuurtekens_geweigerd_en_niets_vastgelopen(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    r = api.post(
        "/gemeenten/GM0344/contacten",
        {"soort": "telefoon", "samenvatting": "ok", "reden": "a\u0000b"},
    )
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    assert api.get("/provincies/a%00b/totalen").status_code == 422
    assert (
        api.post(
            "/gemeenten/GM0344/contacten", {"soort": "telefoon", "samenvatting": "daarna"}
        ).status_code
        == 201
    )
    assert api.client.get("/readyz").json()["achterstand"] == 0


def test_herverdeling_maakt_taakstelling_niet_negatief(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    api.post(
        "/gemeenten/GM0344/cijfers",
        {"periode": "2022-1", "veld": "taakstelling_gepubliceerd", "waarde": 10},
    )
    r = api.post(
        "/gemeenten/GM0344/taakstellingen/2022-1/wijzigingen",
        {"soort": "herverdeling", "waarde": -11, "reden": "ruil"},
    )
    assert r.status_code == 422 and "negatief" in r.json()["fout"]


def test_laatste_contact_vergelijkt_tijdstippen_niet_tekst(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    for moment in ("2022-03-01T09:30:00Z", "2022-03-01T10:00:00+01:00"):  # the second is 09:00Z
        api.post(
            "/gemeenten/GM0344/contacten",
            {"soort": "telefoon", "samenvatting": "x", "plaatsgevonden_op": moment},
        )
    assert api.get("/gemeenten/GM0344").json()["laatste_contact"].startswith("2022-03-01T09:30")


def test_provincie_in_kleine_letters(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    api.post(
        "/gemeenten/GM0344/cijfers",
        {"periode": "2023-2", "veld": "taakstelling_gepubliceerd", "waarde": 100},
    )
    rijen = {r["periode"]: r for r in api.get("/provincies/utrecht/totalen").json()}
    assert rijen["2023-2"]["berekend"]["taakstelling"] == 100
    assert rijen["2023-2"]["gepubliceerd"]["taakstelling"] == 1372


def test_overnemen_alleen_door_beheer_en_na_de_peildatum(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    body = {"periode": "2022-1", "trede": 6, "bron": "x"}
    assert api.post("/gemeenten/GM0344/overgenomen-beoordelingen", body).status_code == 403
    r = api.post(
        "/gemeenten/GM0344/overgenomen-beoordelingen",
        {**body, "periode": "2022-2"},
        rol=Rol.BEHEERDER,
    )
    assert r.status_code == 422 and "peildatum" in r.json()["fout"]
