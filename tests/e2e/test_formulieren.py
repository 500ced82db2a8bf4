"""The web forms for the commands: each is there for the roles of its API route and refused
for the others; a refusal shows the API's reason in an error summary that links to the
field, keeps the input and records nothing; a valid form records and goes back to the
dossier; acts with legal effect ask for confirmation first; no form works without the
session's CSRF token."""

import re

import pytest
from fastapi.testclient import TestClient

from api.pages.formulieren import FORMULIEREN, PER_NAAM
from api.pages.handelingen import invoer_van, veld_van
from api.sessies import hasher
from api.toegang import rollen_per_route
from application import commandos as k
from domain.errors import OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU, _api
from tests.e2e.test_paginas_dossier import CODE, figuren

ROLLEN = (Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.LEZER, Rol.BEHEERDER)
WACHTWOORD = "correct paard batterij nietje"


@pytest.fixture
def api(tmp_path):
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        c.schrijf(lambda c=c: figuren(c.app))
        c.schrijf(
            lambda c=c: c.app.voer_uit(
                k.NeemBeoordelingOver(
                    code=CODE, periode=Periode(2021, 2), trede=2, bron="Publicatie 2021-2"
                ),
                Vastlegging("beheerder-1", Rol.BEHEERDER, NU, NU),
            )
        )
        yield api


def adres(naam: str) -> str:
    return f"/gemeenten/{CODE}/handelingen/{naam}"


def versie(api) -> int:
    return api.get(f"/gemeenten/{CODE}").json()["versie"]


def verstuur(api, naam: str, data: dict, rol: Rol = Rol.TOEZICHTHOUDER):
    return api.client.post(adres(naam), data=data, headers=api.als(rol), follow_redirects=False)


def samenvatting(html: str) -> str:
    """The error summary; each of its links leads to an element on the page."""
    for doel in re.findall(r'href="#([^"]+)"', html):
        assert f'id="{doel}"' in html, doel
    gevonden = re.search(
        r'<div class="utrecht-alert[^"]*toezicht-foutsamenvatting".*?</div>\s*</div>', html, re.S
    )
    assert gevonden, html
    return gevonden.group(0)


def test_elk_formulier_voor_de_rollen_van_zijn_api_route(api):
    ROUTE_ROLLEN = rollen_per_route(api.client.app)
    assert len(FORMULIEREN) >= 20
    for f in FORMULIEREN:
        assert ROUTE_ROLLEN[f.route] == ROUTE_ROLLEN[f.api_route], f.naam
        for rol in ROLLEN:
            r = api.client.get(adres(f.naam), headers=api.als(rol))
            if rol in ROUTE_ROLLEN[f.route]:
                assert r.status_code == 200, (f.naam, rol, r.text)
                assert f'<h1 class="utrecht-heading-1">{f.titel}' in r.text
                assert 'name="csrf_token"' in r.text
                assert "<script" not in r.text and "style=" not in r.text
            else:
                assert r.status_code == 403 and "Geen toegang" in r.text, (f.naam, rol)
                assert verstuur(api, f.naam, {}, rol).status_code == 403


def test_elk_veld_is_eenveld_van_het_schema_van_de_api():
    for f in FORMULIEREN:
        namen = {v.naam for v in f.velden} - {"nummer"}
        assert namen <= set(f.schema.model_fields), f.naam
        assert ("nummer" in {v.naam for v in f.velden}) == (f.genummerd is not None), f.naam
        verplicht = {n for n, veld in f.schema.model_fields.items() if veld.is_required()}
        assert verplicht <= namen, f.naam  # no form lacks a field the API requires


def test_een_leeg_formulier_legt_nooit_iets_vast(api):
    """Every form posted empty: refused with a summary whose links all lead to a field,
    or (an act with legal effect) the confirmation page; never recorded, never a 5xx."""
    voor = versie(api)
    ROUTE_ROLLEN = rollen_per_route(api.client.app)
    for f in FORMULIEREN:
        rol = next(r for r in ROLLEN if r in ROUTE_ROLLEN[f.route])
        r = verstuur(api, f.naam, {}, rol)
        if r.status_code == 200:
            assert f.gevolg and "Controleer en bevestig" in r.text, f.naam
        else:
            assert 400 <= r.status_code < 500 and "Er is een probleem" in r.text, f.naam
            samenvatting(r.text)
        assert versie(api) == voor, f.naam


def test_het_dossier_toont_alleen_de_handelingen_van_de_rol(api):
    def links(rol: Rol) -> set[str]:
        html = api.client.get(f"/gemeenten/{CODE}", headers=api.als(rol)).text
        return set(re.findall(rf'href="/gemeenten/{CODE}/handelingen/([a-z-]+)"', html))

    ROUTE_ROLLEN = rollen_per_route(api.client.app)
    for rol in ROLLEN:
        verwacht = {f.naam for f in FORMULIEREN if rol in ROUTE_ROLLEN[f.route]}
        assert links(rol) == verwacht, rol
    assert "contact" in links(Rol.TOEZICHTHOUDER) and "vaststellen" not in links(Rol.TOEZICHTHOUDER)
    assert links(Rol.BESTUURDER) == {"vaststellen", "afwijzen"}
    assert links(Rol.LEZER) == set()


def test_ongeldig_contact_noemt_het_veld_zoals_de_api_en_houdt_de_invoer(api):
    voor = versie(api)
    r = verstuur(
        api,
        "contact",
        {"soort": "fax", "samenvatting": "", "deelnemers": "Wethouder Jansen\nA. de Vries"},
    )
    assert r.status_code == 422
    fouten = samenvatting(r.text)
    assert 'href="#veld-soort"' in fouten and 'href="#veld-samenvatting"' in fouten
    assert "Samenvatting is verplicht." in fouten
    # The same reason as the JSON route gives for the same value.
    via_api = api.post(f"/gemeenten/{CODE}/contacten", {"soort": "fax", "samenvatting": "x"})
    reden = via_api.json()["fout"].removeprefix("soort ")
    assert f"Soort contact {reden}." in fouten
    assert 'id="veld-samenvatting"' in r.text and 'aria-invalid="true"' in r.text
    assert ">Wethouder Jansen\nA. de Vries</textarea>" in r.text  # input kept
    assert '<option value="fax"' not in r.text
    assert versie(api) == voor  # nothing recorded


def test_geldig_contact_wordt_vastgelegd_en_terug_naar_het_dossier(api):
    r = verstuur(
        api,
        "contact",
        {
            "soort": "telefoon",
            "samenvatting": "Gebeld over de achterstand",
            "deelnemers": "Wethouder Jansen\n\n A. de Vries ",
            "vertrouwelijk": "ja",
            "plaatsgevonden_op": "2022-08-30T14:30",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == f"/gemeenten/{CODE}?gelukt=contact"
    tijdlijn = api.get(f"/gemeenten/{CODE}/tijdlijn").json()
    regel = next(r for r in tijdlijn if r["versie"] == versie(api))
    assert regel["gegevens"]["samenvatting"] == "Gebeld over de achterstand"
    assert regel["gegevens"]["deelnemers"] == ["Wethouder Jansen", "A. de Vries"]
    assert regel["vertrouwelijk"] is True
    assert regel["plaatsgevonden_op"].startswith("2022-08-30T14:30")
    dossier = api.client.get(r.headers["location"], headers=api.als(Rol.TOEZICHTHOUDER))
    assert "Het contact is vastgelegd." in dossier.text


def test_cijfer_ongeldig_en_geldig(api):
    voor = versie(api)
    r = verstuur(api, "cijfer", {"periode": "2022-3", "veld": "realisatie", "waarde": "veel"})
    assert r.status_code == 422
    fouten = samenvatting(r.text)
    assert "Periode moet de vorm 2024-1 of 2024-I hebben" in fouten
    assert "Aantal personen moet een geheel getal zijn." in fouten
    assert 'value="veel"' in r.text and 'value="2022-3"' in r.text
    assert versie(api) == voor
    cijfer = {"periode": "2022-2", "veld": "realisatie", "waarde": "55", "bron": "TVS"}
    r = verstuur(api, "cijfer", cijfer)  # a later count needs a reason: the domain says so
    assert r.status_code == 422 and 'href="#veld-reden"' in samenvatting(r.text)
    assert "al geregistreerd; een correctie vraagt een reden." in samenvatting(r.text)
    assert versie(api) == voor
    r = verstuur(api, "cijfer", {**cijfer, "reden": "weekstand TVS"})
    assert r.status_code == 303, samenvatting(r.text)
    lopend = next(
        p for p in api.get(f"/gemeenten/{CODE}/perioden").json() if p["periode"] == "2022-2"
    )
    assert lopend["realisatie"] == 55


def test_afwijkend_voorstel_vraagt_een_motivering_en_de_bestuurder_bevestigt(api):
    voor = versie(api)
    r = verstuur(api, "voorstel", {"periode": "2022-1", "trede": "3"})
    assert r.status_code == 422 and 'href="#veld-reden"' in samenvatting(r.text)
    assert versie(api) == voor
    r = verstuur(
        api, "voorstel", {"periode": "2022-1", "trede": "3", "reden": "Geen verbetering in zicht"}
    )
    assert r.status_code == 303
    (voorstel,) = api.get(f"/gemeenten/{CODE}/voorstellen?status=open").json()
    assert voorstel["concept_trede"] == 3 and voorstel["motivering"] == "Geen verbetering in zicht"

    # The bestuurder: the link on the dossier, the form, a confirmation page, then recorded.
    dossier = api.client.get(f"/gemeenten/{CODE}", headers=api.als(Rol.BESTUURDER)).text
    assert f"handelingen/vaststellen?nummer={voorstel['nummer']}" in dossier
    formulier = api.client.get(
        adres("vaststellen") + f"?nummer={voorstel['nummer']}", headers=api.als(Rol.BESTUURDER)
    ).text
    assert f'<option value="{voorstel["nummer"]}" selected>' in formulier
    data = {
        "nummer": str(voorstel["nummer"]),
        "reden": "Akkoord",
        "verwachte_versie": str(versie(api)),
    }
    tussen = versie(api)
    bevestig = verstuur(api, "vaststellen", data, Rol.BESTUURDER)
    assert bevestig.status_code == 200 and "Controleer en bevestig" in bevestig.text
    assert "De trede van de gemeente wordt die van het voorstel" in bevestig.text
    assert "nu op trede 2" in bevestig.text
    assert 'name="bevestigd" value="1"' in bevestig.text and 'value="Akkoord"' in bevestig.text
    assert versie(api) == tussen  # the first POST records nothing
    terug = verstuur(api, "vaststellen", {**data, "wijzigen": "1"}, Rol.BESTUURDER)
    assert terug.status_code == 200 and ">Akkoord</textarea>" in terug.text
    assert versie(api) == tussen
    klaar = verstuur(api, "vaststellen", {**data, "bevestigd": "1"}, Rol.BESTUURDER)
    assert klaar.status_code == 303, klaar.text
    assert api.get(f"/gemeenten/{CODE}").json()["trede"] == 3
    assert api.get(f"/gemeenten/{CODE}/voorstellen?status=open").json() == []


def test_vaststellen_zonder_voorstel_en_van_een_onbekend_voorstel(api):
    r = verstuur(api, "vaststellen", {}, Rol.BESTUURDER)
    assert r.status_code == 422 and "Voorstel is verplicht" in samenvatting(r.text)
    r = verstuur(api, "vaststellen", {"nummer": "77", "bevestigd": "1"}, Rol.BESTUURDER)
    assert r.status_code == 404 and "Er is geen open voorstel 77." in samenvatting(r.text)


def test_besluit_noemt_de_deelstap_met_de_fout(api):
    voor = versie(api)
    r = verstuur(
        api,
        "besluit",
        {
            "deelstappen-0-omschrijving": "Huisvest 20 personen",
            "deelstappen-0-termijn_tot": "2022-12-01",
            "deelstappen-2-omschrijving": "Huisvest de rest",
            "deelstappen-2-termijn_tot": "1999-01-01",
        },
        Rol.JURIST,
    )
    assert r.status_code == 422
    fouten = samenvatting(r.text)
    assert 'href="#veld-deelstappen-2-termijn_tot"' in fouten
    assert "Deelstap 3: termijn ligt buiten 2000-2100." in fouten
    assert 'value="Huisvest de rest"' in r.text
    r = verstuur(api, "besluit", {}, Rol.JURIST)
    assert r.status_code == 422 and "Deelstappen" in samenvatting(r.text)
    assert versie(api) == voor


def test_een_verouderde_versie_wordt_geweigerd_met_de_invoer(api):
    oud = versie(api)
    assert (
        verstuur(api, "signaal", {"soort": "omkoppeling", "omschrijving": "eerste"}).status_code
        == 303
    )
    r = verstuur(
        api,
        "signaal",
        {"soort": "omkoppeling", "omschrijving": "tweede", "verwachte_versie": str(oud)},
    )
    assert r.status_code == 409
    assert "Het dossier is intussen gewijzigd." in samenvatting(r.text)
    assert ">tweede</textarea>" in r.text and f'value="{oud + 1}"' in r.text
    assert versie(api) == oud + 1


def test_een_handeling_die_de_ladder_niet_toestaat(api):
    r = verstuur(api, "effectuering", {"bevestigd": "1"}, Rol.JURIST)
    assert r.status_code == 409 and "Er is een probleem" in r.text


def test_zonder_csrf_token_geweigerd(api):
    c = api.container
    c.schrijf(
        lambda: c.app.stel_wachtwoord_in(
            "toezichthouder-1",
            hasher.hash(WACHTWOORD),
            Vastlegging("beheer", Rol.BEHEERDER, NU, NU),
        )
    )
    browser = TestClient(api.client.app, base_url="https://testserver")
    login = browser.post(
        "/api/v1/sessies", json={"naam": "toezichthouder-1", "wachtwoord": WACHTWOORD}
    )
    assert login.status_code == 200
    voor = versie(api)
    contact = {"soort": "telefoon", "samenvatting": "zonder token"}
    zonder = browser.post(adres("contact"), data=contact, follow_redirects=False)
    assert zonder.status_code == 403 and "Formulier verlopen" in zonder.text
    fout = browser.post(
        adres("contact"), data={**contact, "csrf_token": "x"}, follow_redirects=False
    )
    assert fout.status_code == 403
    assert versie(api) == voor
    html = browser.get(adres("contact")).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    met = browser.post(
        adres("contact"), data={**contact, "csrf_token": token}, follow_redirects=False
    )
    assert met.status_code == 303 and versie(api) == voor + 1


def test_onbekende_gemeente(api):
    r = api.client.get("/gemeenten/GM9999/handelingen/contact", headers=api.als(Rol.TOEZICHTHOUDER))
    assert r.status_code == 404
    r = api.client.get("/gemeenten/x/handelingen/contact", headers=api.als(Rol.TOEZICHTHOUDER))
    assert r.status_code == 400


def test_vooraankondiging_bevestigen(api):
    r = verstuur(api, "vooraankondiging", {"termijn_tot": "2022-10-15"}, Rol.JURIST)
    assert r.status_code == 200 and "Controleer en bevestig" in r.text
    assert "trede 4" in r.text and "2022-10-15" in r.text


def test_termijn_verlengen_kiest_uit_de_open_termijnen(api):
    overgenomen = {"periode": "2022-1", "trede": 4, "bron": "publicatie"}
    assert api.post(f"/gemeenten/{CODE}/overgenomen-beoordelingen", overgenomen, Rol.BEHEERDER)
    # The vooraankondiging through its form: confirmed, it sets the term.
    vooraf = {"termijn_tot": "2022-10-15", "reden": "achterstand groeit"}
    assert verstuur(api, "vooraankondiging", vooraf, Rol.JURIST).status_code == 200
    assert api.get(f"/termijnen?gemeente={CODE}").json() == []
    klaar = verstuur(api, "vooraankondiging", {**vooraf, "bevestigd": "1"}, Rol.JURIST)
    assert klaar.status_code == 303, samenvatting(klaar.text)
    termijn = api.get(f"/termijnen?gemeente={CODE}&status=open").json()[0]
    formulier = api.client.get(adres("termijn-verlengen"), headers=api.als(Rol.TOEZICHTHOUDER)).text
    assert f'<option value="{termijn["termijn"]}">{termijn["omschrijving"]}' in formulier
    voor = versie(api)
    r = verstuur(
        api, "termijn-verlengen", {"nummer": "x", "tot": "2030-01-15", "reden": "afspraak"}
    )
    assert r.status_code == 422 and "Termijn heeft niet de juiste vorm." in samenvatting(r.text)
    r = verstuur(api, "termijn-verlengen", {"nummer": "999.0", "tot": "2030-01-15", "reden": "a"})
    assert r.status_code == 404 and 'href="#veld-nummer"' in samenvatting(r.text)
    r = verstuur(api, "termijn-verlengen", {"nummer": termijn["termijn"], "tot": "2030-01-15"})
    assert r.status_code == 422 and 'href="#veld-reden"' in samenvatting(r.text)
    assert versie(api) == voor
    r = verstuur(
        api,
        "termijn-verlengen",
        {"nummer": termijn["termijn"], "tot": "2030-01-15", "reden": "Aparte afspraak"},
    )
    assert r.status_code == 303, samenvatting(r.text)
    verlengd = next(
        t
        for t in api.get(f"/termijnen?gemeente={CODE}").json()
        if t["termijn"] == termijn["termijn"]
    )
    assert verlengd["verlengd"] is True and verlengd["tot"] == "2030-01-15"


def test_taakstelling_herverdelen(api):
    formulier = api.client.get(adres("taakstelling-wijzigen"), headers=api.als(Rol.TOEZICHTHOUDER))
    assert '<option value="2022-1">2022-1 (taakstelling 204)</option>' in formulier.text
    voor = versie(api)
    wijziging = {"nummer": "2022-1", "soort": "herverdeling", "waarde": "-4"}
    r = verstuur(api, "taakstelling-wijzigen", {**wijziging, "nummer": "2022-9"})
    assert r.status_code == 422 and "2022-9&#39; is geen periode" in samenvatting(r.text)
    assert 'href="#veld-nummer"' in samenvatting(r.text)
    r = verstuur(api, "taakstelling-wijzigen", {**wijziging, "waarde": "-500", "reden": "COA"})
    assert r.status_code == 422 and 'href="#veld-waarde"' in samenvatting(r.text)
    assert versie(api) == voor
    r = verstuur(api, "taakstelling-wijzigen", {**wijziging, "reden": "Ruil met Nieuwegein"})
    assert r.status_code == 303, samenvatting(r.text)
    periode = next(
        p for p in api.get(f"/gemeenten/{CODE}/perioden").json() if p["periode"] == "2022-1"
    )
    assert periode["herverdeling"] == -4 and periode["taakstelling"] == 200


def test_een_weigering_van_het_domein_noemt_de_rij_van_de_deelstap():
    f = PER_NAAM["besluit"]
    invoer = invoer_van(f, {"deelstappen-2-omschrijving": "a", "deelstappen-2-termijn_tot": "x"})
    fout = OngeldigeInvoer("elke termijn moet na het besluit eindigen", "deelstappen.0.termijn_tot")
    assert veld_van(f, fout, invoer) == "deelstappen-2-termijn_tot"
    assert veld_van(f, OngeldigeInvoer("reden ontbreekt", "reden"), invoer) == "reden"
    assert veld_van(f, OngeldigeInvoer("geen besluit"), invoer) == "algemeen"
