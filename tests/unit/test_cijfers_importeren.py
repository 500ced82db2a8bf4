"""Importing figures from a file: the row report, atomicity, idempotence, CSV = XLSX,
gemeente names as files spell them, herindeling and the proposals a dry run shows."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from application.importeren.herindeling import Herindeling, lees_herindeling
from application.importeren.rapport import Voorstelwijziging, Weigering
from application.importeren.uitvoeren import importeer
from domain.dossier.toestand import Cijferstand
from domain.errors import GelijktijdigGewijzigd, OngeldigeInvoer
from tests.unit.importhulp import (
    app_met_gemeenten,
    csv_bytes,
    opgeslagen,
    registreer,
    wie,
    xlsx_bytes,
)

KOP = ["code", "periode", "taakstelling", "herverdeling", "stand_begin", "realisatie", "stand_eind"]
GOED = ["GM0344", "2022-1", 203, 1, 171, 168, 207]


def test_goede_en_foute_rijen_geven_het_rijrapport_en_leggen_niets_vast():
    app = app_met_gemeenten()
    voor = len(opgeslagen(app))
    inhoud = csv_bytes(
        [
            KOP + ["datum"],
            GOED + ["2022-07-01"],
            ["Atlantis", "2022-1", 10, None, None, None, None, None],
            ["GM0307", "2022-3", 10, None, None, None, None, None],
            ["GM0307", "2022-1", -5, None, None, None, None, None],
            ["GM0307", "2022-2", "12,5", None, None, None, None, None],
            ["GM0344", "2022-1", 204, None, None, None, None, None],
            ["GM0307", "2027-1", 50, None, None, 10, None, None],
            ["GM0796", "2023-1", None, None, None, 30, None, "2023-08-15"],
            ["GM0796", "2023-2", None, None, None, "veel", None, None],
        ],
        ";",  # as Dutch Excel writes it: "12,5" is a decimal comma
    )
    rapport = importeer(app, "cijfers.csv", inhoud, wie(), proef=False)
    assert rapport.weigeringen == [
        Weigering(3, "code", "'Atlantis' is geen bekende gemeente (CBS-code of naam)"),
        Weigering(4, "periode", "'2022-3' is geen periode; schrijf bijvoorbeeld 2024-1 of 2024-II"),
        Weigering(5, "taakstelling", "-5 is negatief; een aantal personen is 0 of meer"),
        Weigering(6, "taakstelling", "'12,5' is geen geheel aantal personen"),
        Weigering(
            7,
            "taakstelling",
            "dubbele rij: rij 2 geeft taakstelling voor GM0344 2022-1 al als 203, deze rij als 204",
        ),
        Weigering(
            8,
            "realisatie",
            "realisatie voor 2027-1: die periode begint pas op 01-01-2027; vooraf gaan "
            "alleen taakstelling, herverdeling en verlaging",
        ),
        Weigering(
            9,
            "datum",
            "datum 15-08-2023 ligt buiten de periode 2023-1 (01-01-2023 tot en met de "
            "peildatum 01-07-2023)",
        ),
        Weigering(10, "realisatie", "'veel' is geen geheel getal"),
    ]
    assert rapport.rijen == 9
    assert not rapport.vastgelegd
    assert len(opgeslagen(app)) == voor
    assert app.dossier("GM0344").cijfers == {}


def test_een_geldig_bestand_wordt_vastgelegd_met_naam_en_sha256_op_elke_gebeurtenis():
    app = app_met_gemeenten()
    inhoud = csv_bytes([KOP, GOED, ["GM0307", "2022-1", 100, None, 10, 90, 20]])
    voor = len(opgeslagen(app))
    rapport = importeer(app, "tvs-2022-1.csv", inhoud, wie(), proef=False)
    assert rapport.geldig and rapport.vastgelegd
    nieuw = opgeslagen(app)[voor:]
    assert len(nieuw) == len(rapport.gebeurtenissen) == 9
    sha = hashlib.sha256(inhoud).hexdigest()
    for gebeurtenis in nieuw:
        assert "tvs-2022-1.csv" in gebeurtenis.vastlegging["reden"]
        assert sha in gebeurtenis.vastlegging["reden"]
    cijfers = app.dossier("GM0344").cijfers_van(GOED_PERIODE)
    assert (cijfers.taakstelling, cijfers.totaalopgave, cijfers.realisatie) == (204, 375, 168)


GOED_PERIODE = __import__("domain.periode", fromlist=["Periode"]).Periode(2022, 1)


def test_hetzelfde_bestand_of_dezelfde_cijfers_opnieuw_leggen_niets_vast():
    app = app_met_gemeenten()
    inhoud = csv_bytes(
        [KOP + ["verlaging"], GOED + [None], ["GM0307", "2023-2", 120, None, None, None, None, 80]]
    )
    eerste = importeer(app, "a.csv", inhoud, wie(), proef=False)
    assert eerste.vastgelegd
    na_eerste = len(opgeslagen(app))
    tweede = importeer(app, "a.csv", inhoud, wie(), proef=False)
    assert tweede.geldig and not tweede.vastgelegd and tweede.gebeurtenissen == []
    # The same figures in another file, other column order and a semicolon: still nothing.
    anders = csv_bytes(
        [["periode", "gemeente", "verlaging", "taakstelling"], ["2023-2", "Amersfoort", 80, 120]],
        ";",
    )
    derde = importeer(app, "b.csv", anders, wie(), proef=False)
    assert derde.geldig and derde.gebeurtenissen == []
    assert len(opgeslagen(app)) == na_eerste
    assert app.dossier("GM0307").cijfers["2023-2"].taakstelling_gepubliceerd == 80


def test_xlsx_en_csv_met_dezelfde_cijfers_geven_dezelfde_gebeurtenissen():
    regels = [
        KOP + ["datum"],
        GOED + [date(2022, 7, 1)],
        ["Amersfoort", "2023-II", 100, -2, 5, 50, 53, date(2024, 1, 1)],
    ]
    uitkomsten = []
    for naam, inhoud in (("f.csv", csv_bytes(regels)), ("f.xlsx", xlsx_bytes(regels))):
        app = app_met_gemeenten()
        voor = len(opgeslagen(app))
        assert importeer(app, naam, inhoud, wie(), proef=False).vastgelegd
        uitkomsten.append(
            [
                (
                    type(e).__name__,
                    e.originator_id,
                    {k: v for k, v in vars(e).items() if k not in ("vastlegging", "timestamp")},
                    {k: v for k, v in e.vastlegging.items() if k != "reden"},
                )
                for e in opgeslagen(app)[voor:]
            ]
        )
    assert len(uitkomsten[0]) == 10
    assert uitkomsten[0] == uitkomsten[1]


@pytest.mark.parametrize(
    ("naam", "code"),
    [
        ("'s-Hertogenbosch", "GM0796"),
        ("’S-HERTOGENBOSCH", "GM0796"),
        ("s Hertogenbosch", "GM0796"),
        ("Den Bosch", "GM0796"),
        ("Súdwest-Fryslân", "GM1900"),
        ("sudwest fryslan", "GM1900"),
        ("NOARDEAST-FRYSLAN", "GM1970"),
        ("Noardeast Fryslân", "GM1970"),
        ("gm0344", "GM0344"),
    ],
)
def test_een_naam_in_een_andere_spelling_of_hoofdletters_vindt_de_gemeente(naam, code):
    app = app_met_gemeenten()
    inhoud = csv_bytes([["gemeente", "periode", "taakstelling"], [naam, "2024-1", 77]])
    rapport = importeer(app, "namen.csv", inhoud, wie(), proef=False)
    assert rapport.weigeringen == []
    assert app.dossier(code).cijfers["2024-1"].taakstelling_gepubliceerd == 77


def test_de_proefimport_toont_de_voorstellen_die_veranderen_en_legt_niets_vast():
    app = app_met_gemeenten()
    registreer(
        app,
        "GM0344",
        "2024-1",
        taakstelling_gepubliceerd=100,
        stand_begin=0,
        realisatie=100,
        stand_eind=0,
    )
    registreer(
        app,
        "GM0307",
        "2024-1",
        taakstelling_gepubliceerd=50,
        stand_begin=0,
        realisatie=50,
        stand_eind=0,
    )
    voor = len(opgeslagen(app))
    inhoud = csv_bytes(
        [
            ["code", "periode", "realisatie", "stand_eind"],
            ["GM0344", "2024-1", 40, 60],  # not volledig: from trede 1 up to 2
            ["GM0307", "2024-1", 50, 0],  # the same figures: the proposal stays
        ]
    )
    rapport = importeer(app, "correctie.csv", inhoud, wie(), proef=True)
    assert rapport.geldig and not rapport.vastgelegd
    assert [(g.veld, g.oud, g.nieuw) for g in rapport.correcties] == [
        ("realisatie", 100, 40),
        ("stand_eind", 0, 60),
    ]
    assert rapport.voorstellen == [
        Voorstelwijziging(
            code="GM0344",
            naam="Utrecht",
            periode="2024-1",
            soort="voorstel",
            oud=1,
            nieuw=2,
            regel_oud=rapport.voorstellen[0].regel_oud,
            regel_nieuw=rapport.voorstellen[0].regel_nieuw,
        )
    ]
    assert rapport.voorstellen[0].regel_oud != rapport.voorstellen[0].regel_nieuw
    assert len(opgeslagen(app)) == voor
    assert app.dossier("GM0344").cijfers["2024-1"].realisatie == 100


def test_een_correctie_noemt_de_registratie_die_ze_corrigeert():
    app = app_met_gemeenten()
    registreer(app, "GM0344", "2023-1", realisatie=100)
    geldend = app.dossier("GM0344").cijfer_versies["2023-1/realisatie"]
    inhoud = csv_bytes([["code", "periode", "realisatie"], ["GM0344", "2023-1", 120]])
    rapport = importeer(app, "c.csv", inhoud, wie(), proef=False)
    assert [(g.gebeurtenis, g.oud, g.nieuw) for g in rapport.gebeurtenissen] == [
        ("CijferGeregistreerd", 100, 120)
    ]
    laatste = opgeslagen(app)[-1]
    assert laatste.corrigeert_versie == geldend
    assert laatste.vastlegging["reden"].startswith("import van c.csv")


def test_een_periode_die_excel_tot_datum_maakte_krijgt_een_uitleg():
    app = app_met_gemeenten()
    inhoud = xlsx_bytes([["code", "periode", "realisatie"], ["GM0344", date(2024, 1, 1), 5]])
    rapport = importeer(app, "excel.xlsx", inhoud, wie(), proef=False)
    assert [(w.rij, w.kolom) for w in rapport.weigeringen] == [(2, "periode")]
    assert "Excel maakt van 2024-1 een datum" in rapport.weigeringen[0].reden


def test_een_onbekende_kolom_weigert_het_bestand():
    app = app_met_gemeenten()
    inhoud = csv_bytes(
        [["code", "periode", "realisatie", "opmerking"], ["GM0344", "2023-1", 1, "x"]]
    )
    rapport = importeer(app, "k.csv", inhoud, wie(), proef=False)
    assert [(w.rij, w.kolom) for w in rapport.weigeringen] == [(1, "opmerking")]
    assert "onbekende kolom 'opmerking'" in rapport.weigeringen[0].reden
    assert not rapport.vastgelegd


def test_kolommen_worden_herkend_aan_hun_andere_namen():
    app = app_met_gemeenten()
    inhoud = csv_bytes(
        [
            ["Gemeentecode", "Taakstellings-periode", "Gehuisvest", "Koppelingen"],
            ["GM0344", "2023-1", 5, 9],
        ]
    )
    fout = importeer(app, "alias.csv", inhoud + b"GM0344,2023-2,-1,\n", wie(), proef=False)
    assert [(w.rij, w.kolom) for w in fout.weigeringen] == [(3, "Gehuisvest")]  # as headed
    rapport = importeer(app, "alias.csv", inhoud, wie(), proef=False)
    assert rapport.geldig, rapport.weigeringen
    cijfers = app.dossier("GM0344").cijfers["2023-1"]
    assert (cijfers.realisatie, cijfers.tijdig_beschikbaar) == (5, 9)


def test_herindeling_laat_de_cijfers_van_een_voorganger_bij_de_opvolger_landen():
    app = app_met_gemeenten(("GM0545", "Leerdam", ()), ("GM1961", "Vijfheerenlanden", ("GM0545",)))
    voorganger_voor = app.dossier("GM0545").version
    herindeling = lees_herindeling(
        "herindeling.csv", csv_bytes([["oud", "nieuw", "vanaf"], ["GM0545", "GM1961", "2019-1"]])
    )
    inhoud = csv_bytes(
        [["code", "periode", "taakstelling"], ["GM0545", "2024-1", 30], ["GM0545", "2018-2", 12]]
    )
    rapport = importeer(app, "h.csv", inhoud, wie(), proef=False, herindeling=herindeling)
    assert rapport.geldig and rapport.vastgelegd
    assert rapport.herindelingen == ["rij 2: GM0545 valt door herindeling onder GM1961"]
    assert app.dossier("GM1961").cijfers["2024-1"].taakstelling_gepubliceerd == 30
    # Before the merger the figure is the predecessor's own: its dossier keeps it.
    assert app.dossier("GM0545").cijfers == {"2018-2": Cijferstand(taakstelling_gepubliceerd=12)}
    assert app.dossier("GM0545").version == voorganger_voor + 1


def test_herindeling_als_commando_en_een_kring_wordt_geweigerd():
    kaart = Herindeling.uit_paren([("GM0545", "GM1961")])
    from domain.periode import Periode

    assert kaart.code_voor("GM0545", Periode(2024, 1)) == "GM1961"
    kring = Herindeling.uit_paren([("GM0001", "GM0002"), ("GM0002", "GM0001")])
    with pytest.raises(OngeldigeInvoer, match="kring"):
        kring.code_voor("GM0001", Periode(2024, 1))


def test_een_mislukte_opslag_van_een_dossier_legt_ook_de_andere_niet_vast():
    app = app_met_gemeenten()
    a, b = app.dossier("GM0344"), app.dossier("GM0307")
    registreer(app, "GM0307", "2023-1", realisatie=1)  # b is now stale
    voor = len(opgeslagen(app))
    from application.commandos import RegistreerCijfer
    from domain.periode import Periode

    for d in (a, b):
        app.pas_toe(
            d,
            RegistreerCijfer(
                code=d.code, periode=Periode(2024, 1), veld="taakstelling_gepubliceerd", waarde=9
            ),
            wie(),
        )
    with pytest.raises(GelijktijdigGewijzigd):
        app.sla_samen_op([a, b])
    assert len(opgeslagen(app)) == voor
    assert app.dossier("GM0344").cijfers == {}


def test_een_gelijktijdige_schrijver_laat_de_import_opnieuw_plannen():
    app = app_met_gemeenten()
    echt = app.sla_samen_op
    pogingen = []

    def met_tussenkomst(dossiers):
        pogingen.append(len(dossiers))
        if len(pogingen) == 1:  # someone registers a figure between plan and save
            registreer(app, "GM0307", "2023-1", realisatie=7)
        return echt(dossiers)

    app.sla_samen_op = met_tussenkomst
    inhoud = csv_bytes(
        [["code", "periode", "realisatie"], ["GM0344", "2023-1", 5], ["GM0307", "2023-1", 7]]
    )
    rapport = importeer(app, "g.csv", inhoud, wie(), proef=False)
    assert rapport.vastgelegd and pogingen == [2, 1]
    # Planned again on the fresh dossiers: GM0307 already had 7, so only GM0344 changed.
    assert [g.code for g in rapport.gebeurtenissen] == ["GM0344"]


def test_docs_import_noemt_elke_kolom_en_elke_andere_naam():
    from pathlib import Path

    from application.importeren.kolommen import KOLOMMEN

    tekst = (Path(__file__).parents[2] / "docs" / "import.md").read_text(encoding="utf-8")
    for kolom, aliassen in KOLOMMEN.items():
        for naam in (kolom, *aliassen):
            assert f"`{naam}`" in tekst, naam


def test_een_gemeente_is_te_vinden_onder_de_cbs_naam_en_onder_de_geregistreerde():
    app = app_met_gemeenten()
    inhoud = csv_bytes(
        [
            ["gemeente", "periode", "taakstelling"],
            ["Stad Utrecht", "2024-1", 5],
            ["Utrecht", "2024-2", 6],
        ]
    )
    rapport = importeer(
        app, "n.csv", inhoud, wie(), proef=True, gemeenten={"GM0344": "Stad Utrecht"}
    )
    assert rapport.weigeringen == []
    assert [(g.code, g.naam) for g in rapport.gebeurtenissen] == [("GM0344", "Utrecht")] * 2
