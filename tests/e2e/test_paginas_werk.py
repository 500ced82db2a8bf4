"""The work pages: the werkvoorraad per view (mine, unassigned, all), the termijnen with
their filters and legal end dates, the meldingen per role, and the inzagelog for the
beheerder only."""

import re
from datetime import UTC, date, datetime

import pytest

from domain.vastlegging import Rol
from scheduler.jobs import registreer_verstreken_termijnen
from tests.e2e.paginas import api_met_klok, pagina

BEGIN = datetime(2022, 8, 1, 10, 0, tzinfo=UTC)
NU = datetime(2022, 9, 1, 10, 0, tzinfo=UTC)
GEMEENTEN = {"GM0344": "Utrecht", "GM0307": "Amersfoort", "GM0353": "IJsselstein"}
TERMIJN_TOT = {"GM0344": "2022-08-15", "GM0307": "2022-09-09", "GM0353": "2022-12-01"}


@pytest.fixture
def api(tmp_path):
    for api, nu in api_met_klok(tmp_path, BEGIN, in_gebruik_sinds=date(2022, 7, 15)):
        for code, naam in GEMEENTEN.items():
            r = api.post(
                "/gemeenten", {"code": code, "naam": naam, "provincie": "Utrecht"}, Rol.BEHEERDER
            )
            assert r.status_code == 201, r.text
            body = {"periode": "2022-1", "trede": 4, "bron": "publicatie"}
            r = api.post(f"/gemeenten/{code}/overgenomen-beoordelingen", body, rol=Rol.BEHEERDER)
            assert r.status_code == 201, r.text
            body = {"termijn_tot": TERMIJN_TOT[code], "reden": "achterstand groeit"}
            r = api.post(f"/gemeenten/{code}/vooraankondigingen", body, rol=Rol.JURIST)
            assert r.status_code == 201, r.text
        contact = {
            "soort": "telefoon",
            "samenvatting": "GEHEIM: wethouder ziek",
            "vertrouwelijk": True,
        }
        assert api.post("/gemeenten/GM0344/contacten", contact).status_code == 201
        nu[0] = NU
        yield api


def gemeenten_in(html: str) -> set[str]:
    return set(re.findall(r'href="/gemeenten/(GM\d{4})"', html.split('id="inhoud"')[1]))


def test_overzicht_alleen_mijn_gemeenten(api):
    """The overzicht's "mijn" filter: the gemeenten where the user was the last of their
    role to act, as in the werkvoorraad; in the table and on the map."""
    alle = pagina(api, "/", Rol.TOEZICHTHOUDER).text
    assert gemeenten_in(alle) == set(GEMEENTEN)
    assert 'id="filter-mijn" name="mijn" value="ja" aria-describedby="filter-mijn-uitleg">' in alle
    mijn = pagina(api, "/?mijn=ja", Rol.TOEZICHTHOUDER)
    assert mijn.status_code == 200, mijn.text
    assert gemeenten_in(mijn.text) == {"GM0344"}  # the toezichthouder acted only there
    assert 'aria-describedby="filter-mijn-uitleg" checked>' in mijn.text
    assert "Gemeenten (1 van 3)" in mijn.text
    assert 'href="/?mijn=ja&amp;sorteer=trede&amp;richting=op"' in mijn.text  # kept on sorting
    # The jurist acted in all three; the lezer in none.
    assert gemeenten_in(pagina(api, "/?mijn=ja", Rol.JURIST).text) == set(GEMEENTEN)
    geen = pagina(api, "/?mijn=ja", Rol.LEZER).text
    assert gemeenten_in(geen) == set() and "Geen gemeenten bij deze filters." in geen
    # Combined with another filter, and a value that is no choice.
    assert gemeenten_in(pagina(api, "/?mijn=ja&trede=4", Rol.TOEZICHTHOUDER).text) == {"GM0344"}
    assert gemeenten_in(pagina(api, "/?mijn=ja&trede=3", Rol.TOEZICHTHOUDER).text) == set()
    fout = pagina(api, "/?mijn=nee", Rol.TOEZICHTHOUDER)
    assert fout.status_code == 400 and "mijn moet leeg of ja zijn" in fout.text


def test_werkvoorraad_mijn_niet_toegewezen_en_alles(api):
    mijn = pagina(api, "/werkvoorraad", Rol.TOEZICHTHOUDER)
    assert mijn.status_code == 200, mijn.text
    assert 'aria-current="page">Mijn werk' in mijn.text
    assert gemeenten_in(mijn.text) == {"GM0344"}  # the toezichthouder acted only there
    assert "laatst behandeld door Test toezichthouder" in mijn.text
    vrij = pagina(api, "/werkvoorraad?weergave=niet-toegewezen", Rol.TOEZICHTHOUDER).text
    assert gemeenten_in(vrij) == {"GM0307", "GM0353"}
    alles = pagina(api, "/werkvoorraad?weergave=alle", Rol.TOEZICHTHOUDER).text
    assert gemeenten_in(alles) == set(GEMEENTEN)
    assert "Vooraankondiging" in alles or "vooraankondiging" in alles  # the jurist's terms
    # The jurist acted in all three: all its terms are its own.
    jurist = pagina(api, "/werkvoorraad", Rol.JURIST).text
    assert gemeenten_in(jurist) == set(GEMEENTEN)
    assert (
        gemeenten_in(pagina(api, "/werkvoorraad?weergave=niet-toegewezen", Rol.JURIST).text)
        == set()
    )


def test_werkvoorraad_met_een_onbekende_weergave_geeft_400(api):
    r = pagina(api, "/werkvoorraad?weergave=iedereen", Rol.TOEZICHTHOUDER)
    assert r.status_code == 400 and "weergave moet een van: mijn, niet-toegewezen, alle" in r.text


def test_termijnen_open_binnen_twee_weken_en_verlopen(api):
    open_ = pagina(api, "/termijnen").text
    assert gemeenten_in(open_) == set(GEMEENTEN)
    assert "9 september 2022" in open_ and "1 december 2022" in open_  # legal end dates
    assert gemeenten_in(pagina(api, "/termijnen?filter=binnenkort").text) == {"GM0307"}
    verlopen = pagina(api, "/termijnen?filter=verlopen").text
    assert gemeenten_in(verlopen) == {"GM0344"}
    assert '<strong class="toezicht-verlopen">15 augustus 2022</strong>' in verlopen
    r = pagina(api, "/termijnen?filter=morgen")
    assert r.status_code == 400 and "filter moet een van" in r.text


def test_een_verstreken_termijn_blijft_verlopen_en_geeft_een_melding(api):
    c = api.container
    assert registreer_verstreken_termijnen(c.app, c.queries, c.runner, NU) == 1
    verlopen = pagina(api, "/termijnen?filter=verlopen").text
    assert gemeenten_in(verlopen) == {"GM0344"} and "verstreken" in verlopen
    assert "GM0344" not in gemeenten_in(pagina(api, "/termijnen").text)  # no longer open
    meldingen = pagina(api, "/meldingen", Rol.JURIST).text
    assert 'href="/gemeenten/GM0344"' in meldingen and "is verstreken" in meldingen
    assert "is verstreken" not in pagina(api, "/meldingen", Rol.LEZER).text


def test_inzagelog_alleen_voor_de_beheerder(api):
    api.get("/gemeenten/GM0344/tijdlijn", rol=Rol.TOEZICHTHOUDER)  # reads the confidential note
    api.get("/gemeenten/GM0344/tijdlijn", rol=Rol.LEZER)  # may not read it: not logged
    r = pagina(api, "/inzagelog", Rol.BEHEERDER)
    assert r.status_code == 200
    assert r.text.count("Test toezichthouder</td>") == 1 and "Test lezer" not in r.text
    assert "GEHEIM" not in r.text  # the log says a note was read, never what it says
    assert 'href="/inzagelog"' in r.text  # in the beheerder's menu
    for rol in (Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.LEZER):
        r = pagina(api, "/inzagelog", rol)
        assert r.status_code == 403 and "Geen toegang" in r.text
        assert 'href="/inzagelog"' not in pagina(api, "/meldingen", rol).text
    assert pagina(api, "/inzagelog?gemeente=GM0307", Rol.BEHEERDER).text.count("<td") == 1
    assert pagina(api, "/inzagelog?gemeente=x", Rol.BEHEERDER).status_code == 400
