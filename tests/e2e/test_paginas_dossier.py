"""The gemeente's dossier page: the current state (trede, the decision behind it, open
terms and proposals), figures per period with both kinds of discrepancy marked, and the
two charts, each with a title, a description and its figures in a table."""

import re
from datetime import datetime

import pytest

from application import commandos as k
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU, _api

CODE = "GM0344"


def stempel(op: str, reden: str | None = None) -> Vastlegging:
    return Vastlegging(
        "toezichthouder-1", Rol.TOEZICHTHOUDER, NU, datetime.fromisoformat(op), reden
    )


def figuren(app) -> None:
    """Two finished periods and the running one (the clock stands at 1 September 2022)."""
    app.voer_uit(
        k.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"),
        stempel("2021-07-01T09:00+02:00"),
    )
    for periode, veld, waarde, op in (
        ("2021-2", "taakstelling_gepubliceerd", 150, "2021-07-01T09:00+02:00"),
        ("2021-2", "stand_begin", 20, "2021-07-01T09:00+02:00"),
        ("2021-2", "realisatie", 140, "2022-01-01T09:00+01:00"),
        ("2021-2", "stand_eind", 30, "2022-01-01T09:00+01:00"),  # equals O - R
        ("2022-1", "taakstelling_gepubliceerd", 204, "2022-01-01T09:00+01:00"),
        ("2022-1", "stand_begin", 36, "2022-01-01T09:00+01:00"),  # not the 30 of 2021-2
        ("2022-1", "realisatie", 168, "2022-07-01T09:00+02:00"),
        ("2022-1", "stand_eind", 80, "2022-07-01T09:00+02:00"),  # O - R is 72
        ("2022-2", "taakstelling_gepubliceerd", 200, "2022-07-01T09:00+02:00"),
        ("2022-2", "stand_begin", 80, "2022-07-01T09:00+02:00"),
        ("2022-2", "realisatie", 10, "2022-07-15T12:00+02:00"),
        ("2022-2", "realisatie", 40, "2022-08-20T12:00+02:00"),
    ):
        reden = "weekstand TVS" if waarde == 40 else None  # a later count of the realisatie
        app.voer_uit(
            k.RegistreerCijfer(code=CODE, periode=Periode.parse(periode), veld=veld, waarde=waarde),
            stempel(op, reden),
        )


@pytest.fixture
def api(tmp_path):
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        c.schrijf(lambda c=c: figuren(c.app))
        yield api


def pagina(api, pad: str, rol: Rol = Rol.TOEZICHTHOUDER) -> str:
    r = api.client.get(pad, headers=api.als(rol))
    assert r.status_code == 200, r.text
    return r.text


def rij(html: str, periode: str) -> str:
    gevonden = re.search(
        rf'<th scope="row" class="utrecht-table__header-cell">{periode}.*?</tr>', html, re.S
    )
    assert gevonden, periode
    return gevonden.group(0)


def test_cijfers_per_periode_met_beide_percentages(api):
    html = pagina(api, f"/gemeenten/{CODE}")
    r22 = rij(html, "2022-1")
    # 204 + 36 = 240; 168/204 = 82%; 168/240 = 70%; O - R = 72; COA: 80
    for verwacht in ("204", "36", "240", "168", "82%", "70%", "80", "72"):
        assert f">{verwacht}<" in r22 or f">{verwacht} " in r22, verwacht


def test_beide_soorten_verschil_zijn_zichtbaar_gemarkeerd(api):
    html = pagina(api, f"/gemeenten/{CODE}")
    assert "Stand eind wijkt +8 af van O − R" in rij(html, "2022-1")
    assert 'data-soort="volgende-periode"' in rij(html, "2021-2")
    assert "Begin volgende periode wijkt +6 af van deze eindstand" in rij(html, "2021-2")
    assert 'data-soort="stand-eind"' not in rij(html, "2021-2")  # 30 is exactly O - R
    assert html.count('class="toezicht-afwijking"') == 2


def test_grafieken_hebben_titel_beschrijving_en_een_tabel(api):
    html = pagina(api, f"/gemeenten/{CODE}")
    for id in ("grafiek-achterstand", "grafiek-verloop"):
        svg = re.search(rf'<svg[^>]*aria-labelledby="{id}-titel".*?</svg>', html, re.S).group(0)
        assert f'<title id="{id}-titel">' in svg and f'<desc id="{id}-desc">' in svg
        assert 'role="img"' in svg and "style=" not in svg
        assert f'<caption id="{id}-tabel"' in html
    # The achterstand per period: a bar for each end stand, the figures in the table.
    achterstand = html[
        html.index('id="grafiek-achterstand-kop"') : html.index('id="grafiek-verloop-kop"')
    ]
    assert achterstand.count("<rect ") == 2
    assert "achterstand van 30" in achterstand and "achterstand van 80" in achterstand
    assert "De stand is over 2 perioden groter geworden." in achterstand
    # The running period: realisatie so far against the op-schema line.
    verloop = html[html.index('id="grafiek-verloop-kop"') :]
    assert verloop.count("<circle ") == 2
    assert 'class="toezicht-grafiek__schema"' in verloop
    assert "Op 20 augustus 2022 waren 40 van de 200 gehuisvest" in verloop
    assert "achter de op-schemalijn" in verloop
    assert re.search(r">20 augustus 2022</th>\s*<td[^>]*>40</td>\s*<td[^>]*>\d+</td>", verloop)


def test_huidige_stand_met_besluit_termijnen_en_voorstellen(api):
    c = api.container
    c.schrijf(
        lambda: c.app.voer_uit(
            k.NeemBeoordelingOver(
                code=CODE, periode=Periode(2021, 2), trede=2, bron="Gespreksnotitie 20-01-2022"
            ),
            Vastlegging(
                "beheerder-1", Rol.BEHEERDER, NU, datetime.fromisoformat("2022-01-20T12:00+01:00")
            ),
        )
    )
    c.schrijf(
        lambda: c.app.voer_uit(
            k.StelBeoordelingVoor(code=CODE, periode=Periode(2022, 1)),
            stempel("2022-08-01T10:00+02:00"),
        )
    )
    html = pagina(api, f"/gemeenten/{CODE}", Rol.LEZER)
    stand = html[html.index('id="stand-kop"') : html.index('id="cijfers-kop"')]
    assert '<span class="toezicht-trede toezicht-trede--2">2</span> sinds 20 januari 2022' in stand
    versie = c.queries.beoordelingen(CODE)[-1]["versie"]
    assert f'href="/gemeenten/{CODE}/beoordelingen/{versie}"' in stand
    assert "Gespreksnotitie 20-01-2022" in stand
    assert "Open voorstellen (1)" in stand and "Test toezichthouder" in stand
    assert "Open termijnen (0)" in stand


def test_onbekende_of_ongeldige_gemeente(api):
    r = api.client.get("/gemeenten/GM9999", headers=api.als(Rol.LEZER))
    assert r.status_code == 404 and "GM9999 is niet bekend" in r.text
    r = api.client.get("/gemeenten/utrecht", headers=api.als(Rol.LEZER))
    assert r.status_code == 400 and "code moet een CBS-code zijn" in r.text


def test_zonder_login_naar_het_inlogformulier(api):
    r = api.client.get(f"/gemeenten/{CODE}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/inloggen?volgende=")


def test_strikte_csp_geen_script_of_style_attribuut(api):
    for pad in (f"/gemeenten/{CODE}", f"/gemeenten/{CODE}/tijdlijn"):
        r = api.client.get(pad, headers=api.als(Rol.TOEZICHTHOUDER))
        assert "script" not in r.headers["content-security-policy"]
        assert "<script" not in r.text and "style=" not in r.text
        assert not re.search(r"<[^>]+\son[a-z]+=", r.text)  # no inline event handlers


def test_een_herindeling_linkt_naar_de_dossiers_die_het_voortzet(api):
    c = api.container
    c.schrijf(
        lambda: c.app.voer_uit(
            k.RegistreerGemeente(
                code="GM1961",
                naam="Vijfheerenlanden",
                provincie="Utrecht",
                voortgezet_van=("GM0344",),
            ),
            stempel("2022-01-01T09:00+01:00"),
        )
    )
    html = pagina(api, "/gemeenten/GM1961")
    assert 'Zet het dossier voort van <a class="utrecht-link" href="/gemeenten/GM0344">' in html
    assert "Dit dossier is voortgezet door" in pagina(api, f"/gemeenten/{CODE}")
