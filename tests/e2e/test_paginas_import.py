"""The import page: upload, the preview (events, corrections, proposals, refused rows),
confirm, and nothing recorded before the confirmation or when a row is refused."""

from datetime import UTC, datetime

import pytest

from domain.vastlegging import Rol
from tests.e2e.paginas import api_met_klok, pagina

NU = datetime(2022, 9, 1, 10, 0, tzinfo=UTC)
BESTAND = (
    b"gemeente;periode;taakstelling;herverdeling;stand_begin;realisatie;stand_eind\n"
    b"Utrecht;2022-1;203;1;171;168;207\n"
    b"Amersfoort;2022-1;100;;10;80;30\n"
)


@pytest.fixture
def api(tmp_path):
    for api, _ in api_met_klok(tmp_path, NU):
        for code, naam in (("GM0344", "Utrecht"), ("GM0307", "Amersfoort")):
            body = {"code": code, "naam": naam, "provincie": "Utrecht"}
            assert api.post("/gemeenten", body, Rol.BEHEERDER).status_code == 201
        yield api


def upload(api, inhoud: bytes, naam: str = "tvs.csv"):
    return api.client.post(
        "/import/voorbeeld",
        files={"bestand": (naam, inhoud, "text/csv")},
        headers=api.als(Rol.TOEZICHTHOUDER),
    )


def test_opladen_bekijken_en_bevestigen(api):
    formulier = pagina(api, "/import", Rol.TOEZICHTHOUDER)
    assert formulier.status_code == 200
    assert (
        'enctype="multipart/form-data"' in formulier.text and 'name="csrf_token"' in formulier.text
    )
    proef = upload(api, BESTAND)
    assert proef.status_code == 200, proef.text
    assert "Vast te leggen gebeurtenissen (9)" in proef.text
    assert "Voorstellen van de beleidsregels die veranderen (2)" in proef.text
    assert "herverdeling +1" in proef.text
    assert api.get("/gemeenten/GM0344/perioden").json() == []
    sha = proef.text.split('name="sha256" value="')[1].split('"')[0]
    echt = api.client.post(
        "/import/vastleggen",
        data={"sha256": sha, "naam": "tvs.csv", "herindeling": ""},
        headers=api.als(Rol.TOEZICHTHOUDER),
    )
    assert echt.status_code == 200, echt.text
    assert "Vastgelegd:" in echt.text
    assert api.get("/gemeenten/GM0344/perioden").json()[0]["taakstelling"] == 204
    nog_eens = upload(api, BESTAND)
    assert "Niets nieuws" in nog_eens.text and 'action="/import/vastleggen"' not in nog_eens.text


def test_geweigerde_rijen_staan_in_de_tabel_en_er_is_niets_te_bevestigen(api):
    r = upload(api, BESTAND + b"Utrecht;2022-2;abc;;;;\n")
    assert r.status_code == 422
    assert "1 rij(en) geweigerd: er wordt niets vastgelegd" in r.text
    assert "&#39;abc&#39; is geen geheel getal" in r.text
    assert 'action="/import/vastleggen"' not in r.text


def test_zonder_bestand_of_met_een_onbekend_bestand(api):
    r = api.client.post("/import/voorbeeld", data={}, headers=api.als(Rol.TOEZICHTHOUDER))
    assert r.status_code == 422 and "Kies een CSV- of XLSX-bestand" in r.text
    r = api.client.post(
        "/import/vastleggen",
        data={"sha256": "0" * 64, "naam": "x"},
        headers=api.als(Rol.TOEZICHTHOUDER),
    )
    assert r.status_code == 400 and "niet meer beschikbaar" in r.text
    r = upload(api, b"%PDF-1.7", "brief.pdf")
    assert r.status_code == 422 and "alleen .csv en .xlsx" in r.text


def test_een_lezer_ziet_de_importpagina_niet(api):
    assert pagina(api, "/import", Rol.LEZER).status_code == 403
