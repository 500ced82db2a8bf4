"""The page 'Hoe is deze trede bereikt': policy version, rule in words and as id, every
input figure with who registered it, both bases, the cap, proposal against decision,
and a correction made after the decision flagged with old and new value and its date."""

from datetime import UTC, datetime

import pytest

from domain.vastlegging import Rol
from tests.e2e.conftest import Api
from tests.e2e.paginas import api_met_klok, pagina
from tests.e2e.test_beoordeling_via_api import CODE, registreer_utrecht

BESLUIT = datetime(2022, 9, 1, 10, 0, tzinfo=UTC)
CORRECTIE = datetime(2022, 9, 15, 8, 30, tzinfo=UTC)


@pytest.fixture
def api(tmp_path):
    yield from api_met_klok(tmp_path, BESLUIT)


def besluit_2022_1(api: Api) -> int:
    registreer_utrecht(api)
    nummer = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"}).json()["nummer"]
    r = api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    assert r.status_code == 201, r.text
    return api.get(f"/gemeenten/{CODE}/beoordelingen").json()[-1]["versie"]


def test_de_afleiding_noemt_beleid_regel_cijfers_en_wie(api):
    api, _ = api
    versie = besluit_2022_1(api)
    r = pagina(api, f"/gemeenten/{CODE}/beoordelingen/{versie}")
    assert r.status_code == 200, r.text
    html = r.text
    assert "Hoe is deze trede bereikt?" in html
    assert "Beleidskader IBT 2021-2024 (<code>IBT-2021</code>)" in html
    assert "<code>IBT-2021/achterstand-ten-minste-taakstelling-1e-periode</code>" in html
    assert "Gebruikte cijfers 2022-1" in html  # the rule's explanation in words
    # Every input figure with the event it came from and who registered it.
    for naam, waarde in [("Realisatie", "168"), ("Stand eind periode", "207")]:
        assert naam in html and f">{waarde}</td>" in html
    assert html.count("geregistreerd door Test toezichthouder (toezichthouder)") == 5
    assert "Herverdeling" in html and "ruil met Nieuwegein" in html
    assert "Vastgesteld door</dt><dd>Test bestuurder (bestuurder)" in html
    assert "Voorbereid door</dt><dd>Test toezichthouder" in html
    assert "Afwijking</dt><dd>nee" in html
    assert "later gecorrigeerd" not in html
    assert "style=" not in html and "<script" not in html


def test_een_latere_correctie_wordt_gemarkeerd_maar_verandert_de_afleiding_niet(api):
    api, nu = api
    versie = besluit_2022_1(api)
    nu[0] = CORRECTIE
    r = api.post(
        f"/gemeenten/{CODE}/cijfers",
        {
            "periode": "2022-1",
            "veld": "realisatie",
            "waarde": 170,
            "plaatsgevonden_op": "2022-07-01T09:00:00+02:00",
            "reden": "COA verwerkte twee huisvestingen laat",
        },
    )
    assert r.status_code == 201, r.text
    html = pagina(api, f"/gemeenten/{CODE}/beoordelingen/{versie}").text
    assert ">168</td>" in html  # as known then: the figure the decision was made from
    assert "realisatie later gecorrigeerd van 168 naar 170 op 15 september 2022 10:30" in html
    assert "COA verwerkte twee huisvestingen laat" in html
    assert "stand eind periode later" not in html  # only the corrected figure is flagged


def test_onbekende_of_foute_beoordeling_geeft_een_nederlandse_4xx(api):
    api, _ = api
    besluit_2022_1(api)
    r = pagina(api, f"/gemeenten/{CODE}/beoordelingen/999")
    assert r.status_code == 404 and "geen beoordeling met versie 999" in r.text
    r = pagina(api, f"/gemeenten/{CODE}/beoordelingen/abc")
    assert r.status_code == 400 and "versie moet een geheel getal zijn" in r.text
    r = pagina(api, "/gemeenten/XX1/beoordelingen/1")
    assert r.status_code == 400 and "code moet GM" in r.text


def besluit_vanaf(api: Api, trede: int, tijdig_beschikbaar: int | None = None) -> int:
    """GM0344 2022-1 (achterstand 207 against taakstelling 203) from an earlier trede."""
    api.post("/gemeenten", {"code": CODE, "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER)
    api.post(
        f"/gemeenten/{CODE}/overgenomen-beoordelingen",
        {"periode": "2021-2", "trede": trede, "bron": "publicatie"},
        rol=Rol.BEHEERDER,
    )
    cijfers = {"taakstelling_gepubliceerd": 203, "stand_begin": 171, "realisatie": 168}
    cijfers["stand_eind"] = 207
    if tijdig_beschikbaar is not None:
        cijfers["tijdig_beschikbaar"] = tijdig_beschikbaar
    for veld, waarde in cijfers.items():
        body = {"periode": "2022-1", "veld": veld, "waarde": waarde}
        r = api.post(f"/gemeenten/{CODE}/cijfers", body | {"plaatsgevonden_op": "2022-07-01"})
        assert r.status_code == 201, r.text
    nummer = api.post(f"/gemeenten/{CODE}/voorstellen", {"periode": "2022-1"}).json()["nummer"]
    r = api.post(f"/gemeenten/{CODE}/voorstellen/{nummer}/vaststelling", {}, rol=Rol.BESTUURDER)
    assert r.status_code == 201, r.text
    return api.get(f"/gemeenten/{CODE}/beoordelingen").json()[-1]["versie"]


def test_de_begrenzing_tot_een_trede_staat_erbij(api):
    api, _ = api
    versie = besluit_vanaf(api, trede=1)
    html = pagina(api, f"/gemeenten/{CODE}/beoordelingen/{versie}").text
    assert "De regel wees trede 3 aan, vanaf trede 1." in html
    assert "Opschalen gaat één trede per besluit." in html
    assert "Voorstel: trede 2." in html


def test_bij_een_koppelingstekort_staan_beide_bases_naast_elkaar(api):
    api, _ = api
    versie = besluit_vanaf(api, trede=2, tijdig_beschikbaar=200)
    html = pagina(api, f"/gemeenten/{CODE}/beoordelingen/{versie}").text
    assert "Koppelingstekort: beide bases naast elkaar" in html
    assert "totaalopgave</th>" in html and "koppelingstekort (gebruikt)</th>" in html
    assert "Tijdig beschikbaar" in html and ">200</td>" in html
