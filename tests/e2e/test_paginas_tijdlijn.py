"""The timeline page: every act in the order it happened with who and when, filters by
kind, a search in the notes, pages of 25, corrections beside what they correct, and no
confidential text for a lezer."""

import re
from datetime import datetime, timedelta

import pytest

from application import commandos as k
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from tests.e2e.conftest import NU, _api

CODE = "GM0344"
MERK = "MERK-vertrouwelijk-4412"
BEGIN = datetime.fromisoformat("2022-03-01T10:00+01:00")


def stempel(op: datetime, gebruiker: str = "toezichthouder-1", reden: str | None = None):
    return Vastlegging(gebruiker, Rol.TOEZICHTHOUDER, NU, op, reden)


def vul(app) -> None:
    """The gemeente (1), 30 phone calls (2-31), a confidential talk (32), a figure (33),
    a correction of call 2 (34) and of the confidential talk (35)."""
    app.voer_uit(
        k.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"), stempel(BEGIN)
    )
    for n in range(30):
        app.voer_uit(
            k.LegContactVast(
                code=CODE,
                soort="telefoon",
                deelnemers=("wethouder",),
                samenvatting=f"belronde {n + 1}",
            ),
            stempel(BEGIN + timedelta(days=n + 1)),
        )
    app.voer_uit(
        k.LegContactVast(
            code=CODE,
            soort="bestuurlijk overleg",
            deelnemers=(f"{MERK} deelnemer",),
            samenvatting=f"{MERK} samenvatting",
            vertrouwelijk=True,
        ),
        stempel(BEGIN + timedelta(days=40)),
    )
    app.voer_uit(
        k.RegistreerCijfer(
            code=CODE, periode=Periode(2022, 1), veld="taakstelling_gepubliceerd", waarde=204
        ),
        stempel(BEGIN + timedelta(days=41)),
    )
    app.voer_uit(
        k.Corrigeer(code=CODE, versie=2, toelichting="het gesprek was met de burgemeester"),
        stempel(BEGIN + timedelta(days=42), reden="verkeerde deelnemer"),
    )
    app.voer_uit(
        k.Corrigeer(code=CODE, versie=32, toelichting=f"{MERK} toelichting"),
        stempel(BEGIN + timedelta(days=43), reden=f"{MERK} reden"),
    )


@pytest.fixture
def api(tmp_path):
    for api in _api(f"sqlite:///{tmp_path}/toezicht.sqlite"):
        c = api.container
        c.schrijf(lambda c=c: vul(c.app))
        yield api


def pagina(api, query: str = "", rol: Rol = Rol.TOEZICHTHOUDER, status: int = 200) -> str:
    r = api.client.get(f"/gemeenten/{CODE}/tijdlijn{query}", headers=api.als(rol))
    assert r.status_code == status, r.text
    return r.text


def nummers(html: str) -> list[int]:
    return [
        int(n)
        for n in re.findall(r'<li class="toezicht-tijdlijn__item" id="gebeurtenis-(\d+)"', html)
    ]


def test_in_volgorde_van_plaatsvinden_met_wie_en_wanneer(api):
    html = pagina(api)
    assert nummers(html) == list(range(1, 26))  # the first page of 25
    eerste = html[html.index('id="gebeurtenis-2"') : html.index('id="gebeurtenis-3"')]
    assert "Test toezichthouder (toezichthouder)" in eerste  # display name and role
    assert 'datetime="2022-03-02T10:00:00+01:00"' in eerste  # happened
    assert "vastgelegd" in eerste and 'datetime="2022-09-01T12:00:00+02:00"' in eerste  # recorded


def test_wat_later_is_vastgelegd_staat_waar_het_plaatsvond(api):
    c = api.container
    c.schrijf(
        lambda: c.app.voer_uit(
            k.LegContactVast(code=CODE, soort="e-mail", samenvatting="nagekomen mail"),
            stempel(BEGIN + timedelta(days=1, hours=2)),
        )
    )
    assert nummers(pagina(api))[:4] == [1, 2, 36, 3]


def test_pagineren(api):
    html = pagina(api, "?pagina=2")
    assert nummers(html) == list(range(26, 36))
    assert "26 tot en met 35 van 35" in html
    assert 'aria-current="page"' in html and 'rel="prev"' in html and 'rel="next"' not in html
    assert "pagina moet 1 tot en met 2 zijn" in pagina(api, "?pagina=3", status=404)
    assert "pagina moet een heel getal" in pagina(api, "?pagina=nul", status=400)


def test_filteren_op_soort(api):
    html = pagina(api, "?soort=cijfers")
    assert nummers(html) == [33]
    html = pagina(api, "?soort=cijfers&soort=correcties")
    assert nummers(html) == [33, 34, 35]
    assert 'value="correcties" checked' in html
    assert "soort moet een van" in pagina(api, "?soort=geheim", status=400)


def test_zoeken_in_notities(api):
    assert nummers(pagina(api, "?zoek=Belronde+12")) == [13]  # case does not matter
    assert nummers(pagina(api, "?zoek=burgemeester")) == [34]
    assert "Geen gebeurtenissen bij deze filters." in pagina(api, "?zoek=onvindbaar")
    assert "zoek mag ten hoogste 200 tekens" in pagina(api, "?zoek=" + "x" * 201, status=400)


def test_een_correctie_staat_bij_wat_zij_corrigeert(api):
    html = pagina(api)
    gecorrigeerd = html[html.index('id="gebeurtenis-2"') : html.index('id="gebeurtenis-3"')]
    assert "Gecorrigeerd" in gecorrigeerd
    assert "het gesprek was met de burgemeester" in gecorrigeerd
    assert 'href="/gemeenten/GM0344/tijdlijn?pagina=2#gebeurtenis-34"' in gecorrigeerd
    correctie = pagina(api, "?pagina=2")
    correctie = correctie[correctie.index('id="gebeurtenis-34"') :]
    assert 'href="/gemeenten/GM0344/tijdlijn?pagina=1#gebeurtenis-2"' in correctie


def test_een_lezer_ziet_geen_vertrouwelijke_tekst(api):
    toezichthouder = pagina(api, "?pagina=2")
    assert f"{MERK} samenvatting" in toezichthouder and f"{MERK} toelichting" in toezichthouder
    lezer = pagina(api, "?pagina=2", rol=Rol.LEZER)
    assert MERK not in lezer
    assert 32 in nummers(lezer) and 35 in nummers(lezer)  # that they exist is not hidden
    assert "De inhoud is vertrouwelijk en voor uw rol afgeschermd." in lezer
    # Nor can a lezer find it by searching for it.
    assert nummers(pagina(api, f"?zoek={MERK}", rol=Rol.LEZER)) == []


def test_de_toezichthouder_die_het_leest_staat_in_het_inzagelog(api):
    pagina(api, "?pagina=2")
    log = api.get(f"/gemeenten/{CODE}/inzagelog", rol=Rol.BEHEERDER).json()
    assert {(r["gebruiker"], r["versie"]) for r in log} >= {("toezichthouder-1", 32)}
