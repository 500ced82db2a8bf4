"""Every command answers with the dossier's new version, so a client can send it as
verwachte_versie with its next command; a repeated request answers the same version."""

from domain.vastlegging import Rol

CODE = "GM0344"


def test_elk_commando_noemt_de_nieuwe_versie(api):
    r = api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    assert r.status_code == 201 and r.json()["versie"] == 1
    stappen = [
        (
            "/overgenomen-beoordelingen",
            {"periode": "2021-II", "trede": 2, "bron": "brief"},
            Rol.BEHEERDER,
        ),
        (
            "/cijfers",
            {"periode": "2022-1", "veld": "taakstelling_gepubliceerd", "waarde": 203},
            None,
        ),
        ("/cijfers", {"periode": "2022-1", "veld": "stand_begin", "waarde": 171}, None),
        ("/cijfers", {"periode": "2022-1", "veld": "realisatie", "waarde": 168}, None),
        ("/cijfers", {"periode": "2022-1", "veld": "stand_eind", "waarde": 207}, None),
        ("/contacten", {"soort": "telefoon", "samenvatting": "belronde"}, None),
        ("/signalen", {"soort": "omkoppeling", "omschrijving": "melding COA"}, None),
        ("/verschoonbare-redenen", {"periode": "2022-1", "omschrijving": "brand"}, None),
        ("/voorstellen", {"periode": "2022-1"}, None),
        ("/voorstellen/{nummer}/vaststelling", {}, Rol.BESTUURDER),
        ("/toezichtbrieven", {}, None),
    ]
    versie = 1
    nummer = None
    for pad, body, rol in stappen:
        pad = f"/gemeenten/{CODE}" + pad.format(nummer=nummer)
        r = api.post(pad, {**body, "verwachte_versie": versie}, rol=rol or Rol.TOEZICHTHOUDER)
        assert r.status_code == 201, (pad, r.text)
        antwoord = r.json()
        assert antwoord["versie"] == api.get(f"/gemeenten/{CODE}").json()["versie"] > versie, pad
        versie = antwoord["versie"]
        nummer = antwoord["nummer"] or nummer


def test_herhaald_verzoek_noemt_dezelfde_versie(api):
    api.post(
        "/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, rol=Rol.BEHEERDER
    )
    kop = {**api.als(Rol.TOEZICHTHOUDER), "Idempotency-Key": "contact-1"}
    pad = f"/api/v1/gemeenten/{CODE}/contacten"
    body = {"soort": "telefoon", "samenvatting": "belronde"}
    eerste = api.client.post(pad, json=body, headers=kop).json()
    api.post(f"/gemeenten/{CODE}/signalen", {"soort": "omkoppeling", "omschrijving": "later"})
    tweede = api.client.post(pad, json=body, headers=kop).json()
    assert eerste == tweede and eerste["versie"] == 2
