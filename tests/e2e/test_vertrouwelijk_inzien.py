"""A confidential contact and everything that refers to it (a correction, a correction of
that) stay hidden from a lezer on every read route and export; a role with access sees
the text, and each reading is logged."""

import pytest

from domain.vastlegging import Rol
from tests.e2e.test_toegang_per_route import invullen, routes

CODE = "GM0344"
MERKTEKEN = "MERK-vertrouwelijk-7731"


def merk(waar: str) -> str:
    return f"{MERKTEKEN} {waar}"


@pytest.fixture
def dossier(api):
    api.post(
        "/gemeenten",
        {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    contact = {
        "soort": "telefoon",
        "samenvatting": merk("samenvatting"),
        "deelnemers": [merk("deelnemer")],
        "vertrouwelijk": True,
        "reden": merk("reden contact"),
    }
    assert api.post(f"/gemeenten/{CODE}/contacten", contact).status_code == 201
    for versie in (2, 3):  # the contact, then the correction of it
        r = api.post(
            f"/gemeenten/{CODE}/correcties",
            {
                "versie": versie,
                "toelichting": merk(f"toelichting op {versie}"),
                "reden": merk(f"reden correctie {versie}"),
            },
        )
        assert r.status_code == 201, r.text
    return api


def test_een_lezer_ziet_nergens_vertrouwelijke_tekst(dossier):
    api = dossier
    gelezen = []
    for naam, methode, pad in routes(api.client.app):
        if methode != "GET":
            continue
        r = api.client.get(invullen(pad), headers=api.als(Rol.LEZER))
        assert r.status_code < 500, (naam, r.text)
        assert MERKTEKEN not in r.text, (naam, r.text)
        gelezen.append(naam)
    assert {"read_tijdlijn", "export_gemeenten_csv", "read_werkvoorraad"} <= set(gelezen)
    tijdlijn = api.get(f"/gemeenten/{CODE}/tijdlijn", rol=Rol.LEZER).json()
    assert [(e["versie"], e["vertrouwelijk"]) for e in tijdlijn] == [
        (1, False),
        (2, True),
        (3, True),
        (4, True),
    ]
    assert api.get(f"/gemeenten/{CODE}/inzagelog", rol=Rol.BEHEERDER).json() == []


def test_een_toezichthouder_ziet_de_tekst_en_het_inzien_wordt_gelogd(dossier):
    api = dossier
    tekst = api.get(f"/gemeenten/{CODE}/tijdlijn").text
    for waar in ("samenvatting", "deelnemer", "reden contact", "toelichting op 2"):
        assert merk(waar) in tekst
    assert merk("reden correctie 3") in tekst
    inzage = api.get(f"/gemeenten/{CODE}/inzagelog", rol=Rol.BEHEERDER).json()
    assert [(r["gebruiker"], r["rol"], r["versie"]) for r in inzage] == [
        ("toezichthouder-1", "toezichthouder", 2),
        ("toezichthouder-1", "toezichthouder", 3),
        ("toezichthouder-1", "toezichthouder", 4),
    ]
