"""Sending a letter over the API: rendered from the dossier, recorded with its hash, and
served later byte for byte; a repeated request sends nothing twice."""

import hashlib

from domain.vastlegging import Rol

MANDAAT = {
    "naam": "R. van Muilekom",
    "functie": "gedeputeerde Wonen",
    "briefsoorten": ["toezichtbrief", "afschrift_raad"],
    "van": "2022-01-01",
}


def vastgesteld_2022_1(api):
    api.post(
        "/gemeenten", {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER
    )
    assert api.post("/mandaten", MANDAAT, Rol.BEHEERDER).status_code == 201
    for veld, waarde in (
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ):
        api.post("/gemeenten/GM0344/cijfers", {"periode": "2022-1", "veld": veld, "waarde": waarde})
    api.post("/gemeenten/GM0344/voorstellen", {"periode": "2022-1"})
    nummer = api.get("/gemeenten/GM0344/voorstellen").json()[-1]["nummer"]
    r = api.post(f"/gemeenten/GM0344/voorstellen/{nummer}/vaststelling", {}, Rol.BESTUURDER)
    assert r.status_code == 201, r.text
    return r.json()["versie"]


def test_verzonden_brief_blijft_byte_voor_byte_gelijk(api):
    versie = vastgesteld_2022_1(api)
    body = {
        "soort": "toezichtbrief",
        "verwachte_versie": versie,
        "vrije_tekst": {"context": "Wij waarderen de versnellingsactie."},
    }
    sleutel = {"Idempotency-Key": "brief-1", **api.als(Rol.TOEZICHTHOUDER)}
    r = api.client.post("/api/v1/gemeenten/GM0344/brieven", json=body, headers=sleutel)
    assert r.status_code == 201, r.text
    herhaald = api.client.post("/api/v1/gemeenten/GM0344/brieven", json=body, headers=sleutel)
    assert herhaald.status_code in (200, 201) and herhaald.json()["versie"] == r.json()["versie"]

    [brief] = api.get("/gemeenten/GM0344/brieven", Rol.LEZER).json()
    assert brief["kenmerk"] == "IBT-HV/2022/GM0344/001"  # the first letter of that year
    nummer = int(brief["kenmerk"].rsplit("/", 1)[1])
    eerst = api.get(f"/gemeenten/GM0344/brieven/{nummer}.pdf", Rol.LEZER)
    assert eerst.status_code == 200 and eerst.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(eerst.content).hexdigest() == brief["sha256"]
    assert len(eerst.content) == brief["grootte"]
    # The dossier moves on; the sent letter does not.
    api.post("/gemeenten/GM0344/afschriften-raad", {})
    assert api.get(f"/gemeenten/GM0344/brieven/{nummer}.pdf", Rol.LEZER).content == eerst.content
    assert api.container.queries.beoordelingen("GM0344")[-1]["brief_verzonden_op"]  # made known


def test_brief_verzenden_met_foute_invoer(api):
    versie = vastgesteld_2022_1(api)
    r = api.post("/gemeenten/GM0344/brieven", {"soort": "kerstkaart"})
    assert r.status_code == 422 and "soort" in r.text
    r = api.post(
        "/gemeenten/GM0344/brieven",
        {"soort": "toezichtbrief", "vrije_tekst": {"realisatie": "999"}},
    )
    assert r.status_code == 422 and "vrije_tekst.realisatie" in r.text
    r = api.post(
        "/gemeenten/GM0344/brieven", {"soort": "toezichtbrief", "verwachte_versie": versie - 1}
    )
    assert r.status_code == 409 and "verwachte_versie" in r.text
    r = api.post(
        "/gemeenten/GM0344/brieven",
        {"soort": "toezichtbrief", "corrigeert": "IBT-HV/2022/GM0344/001"},
    )
    assert r.status_code == 422 and "corrigeert" in r.text
    assert api.get("/gemeenten/GM0344/brieven/7.pdf").status_code == 404
    assert (
        api.post("/gemeenten/GM0344/brieven", {"soort": "toezichtbrief"}, Rol.LEZER).status_code
        == 403
    )
    assert api.get("/gemeenten/GM0344/brieven").json() == []
