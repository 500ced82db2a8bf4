"""A command whose answer was lost can be repeated with the same Idempotency-Key: the
first outcome comes back and nothing is recorded twice."""

from domain.vastlegging import Rol

CODE = "GM0344"


def test_herhaald_verzoek_geeft_eerste_uitkomst(api):
    kop = {**api.als(Rol.BEHEERDER), "Idempotency-Key": "registratie-utrecht-1"}
    body = {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}
    eerste = api.client.post("/api/v1/gemeenten", json=body, headers=kop)
    tweede = api.client.post("/api/v1/gemeenten", json=body, headers=kop)
    assert eerste.status_code == tweede.status_code == 201
    assert tweede.json()["notificatie"] == eerste.json()["notificatie"]
    assert tweede.headers["idempotent-replayed"] == "true"
    zonder = api.client.post("/api/v1/gemeenten", json=body, headers=api.als(Rol.BEHEERDER))
    assert zonder.status_code == 409  # without a key a repeat is a conflict

    kop = {**api.als(Rol.TOEZICHTHOUDER), "Idempotency-Key": "contact-42"}
    contact = {"soort": "telefoon", "samenvatting": "belronde"}
    eerste = api.client.post(f"/api/v1/gemeenten/{CODE}/contacten", json=contact, headers=kop)
    tweede = api.client.post(f"/api/v1/gemeenten/{CODE}/contacten", json=contact, headers=kop)
    assert tweede.json() == eerste.json()
    soorten = [e["soort"] for e in api.get(f"/gemeenten/{CODE}/tijdlijn").json()]
    assert soorten == ["GemeenteGeregistreerd", "ContactGelegd"]

    # Another user may use the same key for their own request.
    ander = {**api.als(Rol.JURIST), "Idempotency-Key": "contact-42"}
    r = api.client.post(f"/api/v1/gemeenten/{CODE}/contacten", json=contact, headers=ander)
    assert r.status_code == 201 and r.json()["notificatie"] != eerste.json()["notificatie"]


def test_zelfde_sleutel_ander_verzoek_geweigerd(api):
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    kop = {**api.als(Rol.TOEZICHTHOUDER), "Idempotency-Key": "k1"}
    pad = f"/api/v1/gemeenten/{CODE}/contacten"
    assert (
        api.client.post(
            pad, json={"soort": "telefoon", "samenvatting": "a"}, headers=kop
        ).status_code
        == 201
    )
    r = api.client.post(pad, json={"soort": "telefoon", "samenvatting": "b"}, headers=kop)
    assert r.status_code == 422 and r.json()["veld"] == "Idempotency-Key"
    r = api.client.post(
        pad,
        json={"soort": "telefoon", "samenvatting": "a"},
        headers={**kop, "Idempotency-Key": "kapot sleutel!"},
    )
    assert r.status_code == 422


def test_herhaald_voorstel_geeft_hetzelfde_nummer(api):
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    api.post(
        f"/gemeenten/{CODE}/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 3, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    kop = {**api.als(Rol.TOEZICHTHOUDER), "Idempotency-Key": "voorstel-1"}
    body = {"trede": 4, "reden": "verbeterplan niet ontvangen"}
    pad = f"/api/v1/gemeenten/{CODE}/voorstellen"
    eerste = api.client.post(pad, json=body, headers=kop).json()
    tweede = api.client.post(pad, json=body, headers=kop).json()
    assert eerste["nummer"] == tweede["nummer"] is not None
    assert len(api.get(f"/gemeenten/{CODE}/voorstellen").json()) == 1


def test_herhaalde_vaststelling_geeft_hetzelfde_antwoord(api):
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    api.post(
        f"/gemeenten/{CODE}/overgenomen-beoordelingen",
        {"periode": "2022-1", "trede": 3, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    nummer = api.post(
        f"/gemeenten/{CODE}/voorstellen", {"trede": 4, "reden": "verbeterplan niet ontvangen"}
    ).json()["nummer"]
    pad = f"/api/v1/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling"
    kop = {**api.als(Rol.BESTUURDER), "Idempotency-Key": "vaststelling-1"}
    eerste = api.client.post(pad, json={}, headers=kop)
    tweede = api.client.post(pad, json={}, headers=kop)
    assert eerste.status_code == tweede.status_code == 201
    assert tweede.json() == eerste.json()
