"""The voortgangsrapportage for GS and PS: with the Utrecht demo data it reproduces the
published figures (data/utrecht), as a page and as a tagged PDF."""

import csv
import subprocess
from collections import Counter
from datetime import UTC, datetime

import pikepdf
import pytest

from application.demo import DATA, laad_demo
from documenten.rapportage import rapport
from domain.periode import Periode
from domain.vastlegging import Rol
from tests.e2e.paginas import api_met_klok, pagina

NU = datetime(2026, 11, 22, 9, tzinfo=UTC)


def rijen(naam: str) -> list[dict[str, str]]:
    with (DATA / naam).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    gen = api_met_klok(str(tmp_path_factory.mktemp("rapportage")), NU)
    api, _ = next(gen)
    laad_demo(api.container.app, NU)
    api.container.runner.bij()
    yield api
    gen.close()


def test_rapport_geeft_de_gepubliceerde_cijfers(demo):
    q = demo.container.queries
    r = rapport(q, "Utrecht", Periode(2022, 1), Periode(2024, 1))
    assert r.perioden == ["2022-1", "2022-2", "2023-1", "2023-2", "2024-1"]
    assert len(r.gemeenten) == len(rijen("gemeenten.csv"))

    gepubliceerd = {row["periode"]: row for row in rijen("provincie_totalen.csv")}
    berekend = {row["periode"]: row for row in q.provincie_totalen("Utrecht")}
    for t in r.totalen:
        bron = gepubliceerd[t.periode]
        for kolom in ("taakstelling", "stand_begin", "realisatie", "stand_eind_geregistreerd"):
            verwacht = int(bron[kolom]) if bron[kolom] else None
            assert t.gepubliceerd[kolom] == verwacht, (t.periode, kolom)
        assert t.berekend == berekend.get(t.periode)  # the registered sums, beside them

    treden = rijen("treden.csv")
    for periode in ("2022-2", "2023-1", "2023-2"):
        verwacht = Counter(int(row["trede"]) for row in treden if row["periode"] == periode)
        assert {n: a for n, a in r.per_trede[periode].items() if a} == dict(verwacht)
        per_gemeente = {g.code: g.treden[periode].trede for g in r.gemeenten}
        assert per_gemeente == {
            row["code"]: int(row["trede"]) for row in treden if row["periode"] == periode
        }
    basis = Counter(row["basis"] for row in treden if row["periode"] == "2023-2")
    assert r.per_basis["2023-2"] == dict(sorted(basis.items()))
    assert r.per_trede["2022-1"][3] == 1  # Utrecht, assessed by the engine


def test_rapportage_pagina_en_pdf(demo, tmp_path):
    r = pagina(demo, "/rapportage?van=2022-2&tot=2023-2")
    assert r.status_code == 200, r.text
    treden = rijen("treden.csv")
    utrecht_2023_2 = next(t for t in treden if t["code"] == "GM0344" and t["periode"] == "2023-2")
    assert "Voortgangsrapportage 2022-2 tot en met 2023-2" in r.text
    assert f"trede {utrecht_2023_2['trede']} ({utrecht_2023_2['basis']})" in r.text
    assert "1.477" in r.text  # the published totaalopgave's period: taakstelling 1.055
    assert "<svg" in r.text and "Gemeenten op trede 2 of hoger" in r.text

    r = pagina(demo, "/rapportage.pdf?van=2022-2&tot=2023-2", Rol.BESTUURDER)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    pad = tmp_path / "rapportage.pdf"
    pad.write_bytes(r.content)
    with pikepdf.open(pad) as pdf:
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked is True  # tagged
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.open_metadata()["pdfaid:part"] == "2"
        fonts = [f for p in pdf.pages for f in p.Resources.Font.values()]
        assert fonts and all("Toezicht-Sans" in str(f.BaseFont) for f in fonts)  # the letters' font
    tekst = subprocess.run(["pdftotext", "-layout", str(pad), "-"], capture_output=True, text=True)
    assert "Voortgangsrapportage" in tekst.stdout and "1.055" in tekst.stdout


@pytest.mark.parametrize(
    ("query", "veld"),
    [
        ("van=2024-3", "van"),
        ("tot=morgen", "tot"),
        ("van=2024-2&tot=2022-1", "tot"),
        ("provincie=Atlantis", "provincie"),
        ("van=2010-1&tot=2024-2", "tot"),
    ],
)
def test_rapportage_met_foute_perioden(demo, query, veld):
    r = pagina(demo, f"/rapportage?{query}")
    assert r.status_code == 400 and f"{veld}:" in r.text, r.text
