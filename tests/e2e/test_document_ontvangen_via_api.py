"""Uploading the documents a gemeente sends: the server's hash, the limits on type and size
with a Dutch answer, nothing replaced without a trace, and the exact bytes as a download."""

import hashlib

from domain.vastlegging import Rol
from tests.bestanden import PDF, docx

PAD = "/api/v1/gemeenten/GM0344/documenten"


def utrecht(api):
    api.post(
        "/gemeenten", {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER
    )


def upload(api, inhoud, naam="antwoord.pdf", rol=Rol.TOEZICHTHOUDER, headers=None, **velden):
    velden.setdefault("soort", "antwoord")
    return api.client.post(
        PAD,
        data=velden,
        files={"bestand": (naam, inhoud, "application/octet-stream")},
        headers={**api.als(rol), **(headers or {})},
    )


def test_upload_bewaart_de_bytes_met_de_hash_van_de_server(api):
    utrecht(api)
    r = upload(api, docx(), "Reactie op brief.docx")
    assert r.status_code == 201, r.text
    [doc] = api.get("/gemeenten/GM0344/documenten", Rol.LEZER).json()
    assert doc["sha256"] == hashlib.sha256(docx()).hexdigest() and doc["grootte"] == len(docx())
    assert doc["nummer"] == r.json()["nummer"] and doc["ontvangen_door"] == "toezichthouder-1"
    assert doc["mediatype"].endswith("wordprocessingml.document")
    terug = api.get(f"/gemeenten/GM0344/documenten/{doc['nummer']}", Rol.LEZER)
    assert terug.status_code == 200 and terug.content == docx()
    assert terug.headers["content-type"] == doc["mediatype"]
    assert terug.headers["content-disposition"].startswith('attachment; filename="Reactie')
    regels = [t["omschrijving"] for t in api.get("/gemeenten/GM0344/tijdlijn").json()]
    assert any("Antwoord ontvangen: 'Reactie op brief.docx'" in regel for regel in regels)


def test_verkeerd_type_of_te_groot_wordt_in_het_nederlands_geweigerd(api):
    utrecht(api)
    for inhoud, naam in (
        (b"MZ\x90\x00programma", "plan.pdf"),
        (b"<html><script>alert(1)</script></html>", "plan.pdf"),
        (PDF, "plan.exe"),
    ):
        r = upload(api, inhoud, naam)
        assert r.status_code == 415, r.text
        fout = r.json()["fout"]
        assert r.json()["veld"] == "bestand" and ("neemt alleen" in fout or "hernoem" in fout)
    grens = api.container.settings.max_upload_bytes
    r = upload(api, PDF + b"0" * grens, "groot.pdf")
    assert (
        r.status_code == 413 and r.json()["veld"] == "bestand" and "groter dan" in r.json()["fout"]
    )
    r = upload(api, PDF, soort="kerstkaart")
    assert r.status_code == 422 and r.json()["veld"] == "soort"
    # The general body limit still holds everywhere else.
    r = api.client.post(
        "/api/v1/gemeenten/GM0344/contacten",
        content=b"x" * (api.container.settings.max_body_bytes + 1),
        headers={**api.als(Rol.TOEZICHTHOUDER), "content-type": "application/json"},
    )
    assert r.status_code == 413
    assert upload(api, PDF, rol=Rol.LEZER).status_code == 403
    assert api.get("/gemeenten/GM0344/documenten").json() == []


def test_niets_wordt_vervangen_zonder_spoor(api):
    utrecht(api)
    eerste = upload(api, PDF, "reactie.pdf").json()["nummer"]
    tweede = upload(api, PDF + b"% herzien\n", "reactie.pdf").json()["nummer"]
    docs = api.get("/gemeenten/GM0344/documenten").json()
    assert [(d["nummer"], d["vervangt"]) for d in docs] == [(eerste, None), (tweede, eerste)]
    assert api.get(f"/gemeenten/GM0344/documenten/{eerste}").content == PDF
    # The same bytes again: a clear 409 naming the first, nothing recorded.
    r = upload(api, PDF, "nogmaals.pdf")
    assert r.status_code == 409 and f"document {eerste}" in r.json()["fout"]
    assert len(api.get("/gemeenten/GM0344/documenten").json()) == 2
    # A retried request (same Idempotency-Key, new multipart boundary) answers as before.
    sleutel = {"Idempotency-Key": "upload-1"}
    a = upload(api, docx(), "plan.docx", headers=sleutel)
    b = upload(api, docx(), "plan.docx", headers=sleutel)
    assert a.status_code == b.status_code == 201 and a.json() == b.json()
    assert b.headers.get("Idempotent-Replayed") == "true"


def test_verbeterplan_hoort_bij_zijn_termijn_en_komt_die_na(api):
    utrecht(api)
    api.post(
        "/gemeenten/GM0344/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 3, "bron": "GS-besluit"},
        Rol.BEHEERDER,
    )
    r = api.post("/gemeenten/GM0344/verbeterplan/gesprekken", {"afgesproken_tot": "2022-10-14"})
    assert r.status_code == 201, r.text
    r = upload(api, PDF, "verbeterplan.pdf", soort="verbeterplan", als_ontvangst="true")
    assert r.status_code == 201, r.text
    termijnen = api.get("/termijnen?gemeente=GM0344").json()
    [termijn] = [t for t in termijnen if t["soort"] == "verbeterplan"]
    [doc] = api.get("/gemeenten/GM0344/documenten").json()
    assert doc["termijn"] == termijn["termijn"] and termijn["status"] == "nagekomen"
    r = upload(api, docx(), "bewijs.docx", soort="bewijs_van_huisvesting")
    assert r.status_code == 422 and r.json()["veld"] == "periode"
    r = upload(api, docx(), "bewijs.docx", soort="bewijs_van_huisvesting", periode="2022-2")
    assert (
        r.status_code == 201
        and api.get("/gemeenten/GM0344/documenten").json()[-1]["periode"] == "2022-2"
    )
