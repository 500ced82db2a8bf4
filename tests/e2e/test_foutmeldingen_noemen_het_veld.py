"""Every command route, sent a value it must refuse, answers 4xx with a Dutch message
whose `veld` is a field of that request (body or path), or no field when the refusal is
about the dossier's state; wrong choices list the allowed values, a wrong period shows
the form, invalid JSON is a 400, and an unknown filter value is not an empty list."""

import pytest

from domain.vastlegging import Rol
from tests.e2e.test_brief_verzenden_via_api import MANDAAT

CODE = "GM0344"
LATER = "2022-12-01T10:00:00+01:00"  # after the test clock: not yet happened
T, J, B, BEHEER = Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.BEHEERDER
G = f"/gemeenten/{CODE}"

# (path, body, role, status, veld): veld None means a refusal about the dossier's state.
GEVALLEN = [
    ("/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, BEHEER, 409, "code"),
    (
        "/gemeenten",
        {"code": "GM0355", "naam": "Zeist", "provincie": "Utrecht", "voortgezet_van": ["GM9999"]},
        BEHEER,
        422,
        "voortgezet_van",
    ),
    (f"{G}/correcties", {"versie": 999, "toelichting": "typfout", "reden": "x"}, T, 404, "versie"),
    (f"{G}/cijfers", {"periode": "2022-1", "veld": "realisatie", "waarde": 170}, T, 422, "reden"),
    (f"{G}/cijfers", {"periode": "2022-2", "veld": "realisatie", "waarde": -1}, T, 422, "waarde"),
    (
        f"{G}/taakstellingen/2022-1/wijzigingen",
        {"soort": "verlaging", "waarde": 500, "reden": "besluit"},
        T,
        422,
        "waarde",
    ),
    (f"{G}/contacten", {"soort": "telefoon", "samenvatting": "   "}, T, 422, "samenvatting"),
    (f"{G}/signalen", {"soort": "omkoppeling", "omschrijving": " "}, T, 422, "omschrijving"),
    (
        f"{G}/signalen",
        {"soort": "omkoppeling", "omschrijving": "x", "verwachte_versie": 1},
        T,
        409,
        "verwachte_versie",
    ),
    (
        f"{G}/verschoonbare-redenen",
        {"periode": "2022-1", "omschrijving": "grote gezinnen"},
        T,
        422,
        "omschrijving",
    ),
    (f"{G}/verschoonbare-redenen/99/beoordeling", {"aanvaard": True}, T, 404, "nummer"),
    (f"{G}/voorstellen", {"periode": "2022-1", "trede": 2}, T, 422, "reden"),
    (f"{G}/voorstellen", {"periode": "2022-2"}, T, 422, "periode"),
    (f"{G}/voorstellen/99/vaststelling", {}, B, 404, "nummer"),
    (f"{G}/voorstellen/99/afwijzing", {"reden": "onjuist"}, T, 404, "nummer"),
    (f"{G}/voorstellen/99/intrekking", {"reden": "onjuist"}, T, 404, "nummer"),
    (
        f"{G}/cijfers/intrekkingen",
        {"periode": "2022-1", "veld": "realisatie", "versie": 1, "reden": "typfout"},
        T,
        422,
        "versie",
    ),
    (
        f"{G}/overgenomen-beoordelingen",
        {"periode": "2021-II", "trede": 2, "bron": "brief"},
        BEHEER,
        409,
        "periode",
    ),
    (f"{G}/toezichtbrieven", {}, T, 422, None),
    (f"{G}/toezichtbrieven", {"plaatsgevonden_op": LATER}, T, 422, "plaatsgevonden_op"),
    (f"{G}/afschriften-raad", {}, T, 422, None),
    (f"{G}/brieven", {"soort": "kerstkaart"}, T, 422, "soort"),
    (f"{G}/brieven", {"soort": "toezichtbrief"}, T, 422, None),
    (
        f"{G}/brieven",
        {"soort": "toezichtbrief", "corrigeert": "IBT-HV/2022/GM0344/001"},
        T,
        422,
        "corrigeert",
    ),
    (f"{G}/verbeterplan/gesprekken", {"afgesproken_tot": "2022-10-01"}, T, 409, None),
    (f"{G}/verbeterplan/ontvangsten", {"plaatsgevonden_op": LATER}, T, 422, "plaatsgevonden_op"),
    (f"{G}/verbeterplan/bijwerkverzoeken", {}, T, 409, None),
    (
        f"{G}/tussentijdse-berichten",
        {"periode": "2022-2", "plaatsgevonden_op": LATER},
        T,
        422,
        "plaatsgevonden_op",
    ),
    (f"{G}/vooraankondigingen", {"termijn_tot": "2022-10-01", "reden": "x"}, J, 409, None),
    (
        f"{G}/indeplaatsstellingsbesluiten",
        {"deelstappen": [{"omschrijving": "woningen", "termijn_tot": "2022-10-01"}]},
        J,
        409,
        None,
    ),
    (f"{G}/effectuering", {}, J, 409, None),
    (f"{G}/indeplaatsstellingsbesluiten/bekendmaking", {}, J, 409, None),
    (f"{G}/beroepen", {"plaatsgevonden_op": LATER}, J, 422, "plaatsgevonden_op"),
    (
        f"{G}/beroepen/uitspraak",
        {"uitkomst": "toegewezen", "instantie": "Rechtbank Midden-Nederland", "reden": "x"},
        J,
        422,
        "uitkomst",
    ),
    (f"{G}/termijnen/1.0/nakoming", {}, T, 404, "termijn"),
    (
        f"{G}/termijnen/1.0/verlenging",
        {"tot": "2022-12-01", "reden": "afspraak"},
        T,
        404,
        "termijn",
    ),
    ("/sessies", {"naam": "anna"}, None, 422, "wachtwoord"),
    (f"{G}/documenten", {"soort": "antwoord"}, T, 422, "bestand"),  # multipart: no file
    ("/import", {}, T, 422, "bestand"),  # multipart: no file
    (
        "/mandaten",
        {"naam": "X", "functie": "gedeputeerde", "briefsoorten": [], "van": "2022-01-01"},
        BEHEER,
        422,
        "briefsoorten",
    ),
    ("/mandaten/9/beeindiging", {"tot": "2022-11-01", "reden": "x"}, BEHEER, 404, "nummer"),
]


@pytest.fixture
def utrecht(api):
    r = api.post("/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, BEHEER)
    assert r.status_code == 201, r.text
    r = api.post(
        f"{G}/overgenomen-beoordelingen",
        {"periode": "2021-II", "trede": 2, "bron": "publicatie"},
        BEHEER,
    )
    assert r.status_code == 201, r.text
    assert api.post("/mandaten", MANDAAT, BEHEER).status_code == 201  # letters can be signed
    for veld, waarde in [
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ]:
        body = {"periode": "2022-1", "veld": veld, "waarde": waarde}
        assert api.post(f"{G}/cijfers", body).status_code == 201
    return api


def _velden(api, pad: str) -> set[str]:
    """The fields of the request a route takes: its body schema and its path parameters."""
    schema = api.client.app.openapi()
    operatie = next(
        op["post"]
        for sjabloon, op in schema["paths"].items()
        if "post" in op and _past(sjabloon, f"/api/v1{pad}")
    )
    [inhoud] = operatie["requestBody"]["content"].values()  # JSON, or multipart for a file
    ref = inhoud["schema"]["$ref"]
    body = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"]
    return set(body) | {p["name"] for p in operatie.get("parameters", []) if p["in"] == "path"}


def _past(sjabloon: str, pad: str) -> bool:
    delen, echt = sjabloon.split("/"), pad.split("/")
    return len(delen) == len(echt) and all(
        d == e or d.startswith("{") for d, e in zip(delen, echt, strict=True)
    )


@pytest.mark.parametrize(("pad", "body", "rol", "status", "veld"), GEVALLEN)
def test_fout_noemt_een_veld_van_het_verzoek(utrecht, pad, body, rol, status, veld):
    r = utrecht.post(pad, body, rol=rol)
    assert r.status_code == status, r.text
    antwoord = r.json()
    assert antwoord["veld"] == veld, antwoord
    assert veld is None or veld in _velden(utrecht, pad)
    assert antwoord["fout"] and "Error" not in antwoord["fout"]


def test_elke_commandoroute_staat_in_de_tabel(api):
    schema = api.client.app.openapi()
    routes = {p for p, op in schema["paths"].items() if "post" in op}
    gedekt = {s for s in routes for pad, *_ in GEVALLEN if _past(s, f"/api/v1{pad}")}
    assert routes - gedekt == set()


def test_verkeerde_keuze_noemt_de_toegestane_waarden(utrecht):
    r = utrecht.post(f"{G}/contacten", {"soort": "fax", "samenvatting": "x"})
    assert r.status_code == 422 and r.json()["veld"] == "soort"
    assert r.json()["fout"] == (
        "soort moet een van: telefoon, e-mail, ambtelijk toezichtgesprek, "
        "voortgangsgesprek, bestuurlijk overleg zijn"
    )
    r = utrecht.get(f"{G}/voorstellen?status=klaar")
    assert r.status_code == 422 and r.json()["veld"] == "status"
    assert "open, vastgesteld, afgewezen" in r.json()["fout"]


@pytest.mark.parametrize("periode", ["2024-3", "2024", "24-1", "2024-III"])
def test_verkeerde_periode_toont_de_vorm(utrecht, periode):
    r = utrecht.post(f"{G}/cijfers", {"periode": periode, "veld": "realisatie", "waarde": 1})
    assert r.status_code == 422 and r.json()["veld"] == "periode"
    assert "2024-1 of 2024-I" in r.json()["fout"]


def test_verkeerde_cbs_code_toont_de_vorm(api):
    r = api.post("/gemeenten", {"code": "0344", "naam": "Utrecht", "provincie": "U"}, BEHEER)
    assert r.status_code == 422 and r.json()["veld"] == "code"
    assert "GM gevolgd door 4 cijfers" in r.json()["fout"]


def test_ongeldige_json_is_een_400_zonder_veld(utrecht):
    r = utrecht.client.post(
        f"/api/v1{G}/contacten",
        content=b'{"soort": "telefoon", ',
        headers={**utrecht.als(T), "Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert r.json()["veld"] is None and "geen geldige JSON" in r.json()["fout"]


def test_onbekend_filter_is_geen_lege_lijst(utrecht):
    r = utrecht.get("/termijnen?gemeente=GM9999")
    assert r.status_code == 404 and r.json()["veld"] == "gemeente"
    assert utrecht.get(f"/termijnen?gemeente={CODE}").status_code == 200
    r = utrecht.get("/provincies/groningen/totalen")
    assert r.status_code == 404 and r.json()["veld"] == "provincie"
    assert utrecht.get("/provincies/utrecht/totalen").status_code == 200


def test_verkeerd_gespeld_filter_is_geen_ongefilterde_lijst(utrecht):
    r = utrecht.get("/termijnen?gemeent=GM0344")
    assert r.status_code == 422 and r.json()["veld"] == "gemeent"
    assert "gemeente" in r.json()["fout"] and "status" in r.json()["fout"]
    assert utrecht.get(f"/termijnen?gemeente={CODE}&status=open").status_code == 200
    r = utrecht.get("/gemeenten?provincie=Utrecht")
    assert r.status_code == 422 and r.json()["veld"] == "provincie"
