"""Nothing waits unseen: open proposals in the bestuurder's werkvoorraad, whoever made
them; after an adopted beoordeling the toezichtbrief (then the afschrift) until sent."""

from datetime import UTC, datetime

from domain.vastlegging import Rol
from tests.e2e.test_beoordeling_via_api import CODE, registreer_utrecht
from tests.e2e.test_termijnen_via_api import op_trede_4_met_vooraankondiging


def werk(api, rol: Rol) -> list[dict]:
    indeling = api.get("/werkvoorraad", rol=rol).json()
    return indeling["achterstallig"] + indeling["deze_week"] + indeling["later"]


def soorten(api, rol: Rol) -> list[str]:
    return [w["soort"] for w in werk(api, rol)]


def test_voorstel_van_een_toezichthouder_wacht_bij_de_bestuurder(api):
    registreer_utrecht(api)
    r = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"})
    nummer = r.json()["nummer"]
    [item] = [w for w in werk(api, Rol.BESTUURDER) if w["soort"] == "voorstel"]
    assert f"Voorstel {nummer}" in item["omschrijving"] and "trede 3" in item["omschrijving"]
    assert "voorstel" not in soorten(api, Rol.LEZER)
    api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    assert "voorstel" not in soorten(api, Rol.BESTUURDER)


def test_voorstel_van_de_planner_wacht_bij_de_bestuurder(api):
    op_trede_4_met_vooraankondiging(api)
    c = api.container
    c.klok = lambda: datetime(2022, 9, 6, 8, tzinfo=UTC)
    c.planner.klok = c.klok
    assert c.planner.draai() == 1
    [item] = [w for w in werk(api, Rol.BESTUURDER) if w["soort"] == "voorstel"]
    assert "trede 5" in item["omschrijving"]


def test_toezichtbrief_blijft_zichtbaar_tot_ze_is_verzonden(api):
    registreer_utrecht(api)
    nummer = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"}).json()["nummer"]
    assert "toezichtbrief" not in soorten(api, Rol.TOEZICHTHOUDER)  # nothing decided yet
    api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    [brief] = [w for w in werk(api, Rol.TOEZICHTHOUDER) if w["soort"] == "toezichtbrief"]
    assert brief["code"] == CODE and "trede 3" in brief["omschrijving"]

    assert api.post(f"/gemeenten/{CODE}/toezichtbrieven", {}).status_code == 201
    assert "toezichtbrief" not in soorten(api, Rol.TOEZICHTHOUDER)
    assert "afschrift_raad" in soorten(api, Rol.TOEZICHTHOUDER)
    assert api.post(f"/gemeenten/{CODE}/afschriften-raad", {}).status_code == 201
    assert {"toezichtbrief", "afschrift_raad"}.isdisjoint(soorten(api, Rol.TOEZICHTHOUDER))


def test_overgenomen_beoordeling_vraagt_geen_brief(api):
    registreer_utrecht(api)  # trede 2 taken over from publication
    assert "toezichtbrief" not in soorten(api, Rol.TOEZICHTHOUDER)
