"""The dossier's state is typed: small state objects and a term-status enum. A snapshot
stores them by name and gives them back as they were; a snapshot of before holds plain
dicts, which load as the same objects."""

from datetime import date

import pytest

from application.opslag import _projecteer_dossier
from application.toezicht import Toezicht
from domain.dossier import Dossier
from domain.dossier.toestand import (
    TOESTANDEN,
    Besluitstand,
    Briefstand,
    Cijferstand,
    Redenstand,
    Termijnstand,
    Verzoekstand,
    Voorstelstand,
    herstel,
)
from domain.periode import Periode
from domain.termijnen import Soort
from domain.woorden import Termijnstatus, Voorstelstatus
from tests.data.maak_opgeslagen_toestand import CODE
from tests.data.maak_opgeslagen_toestand import dossier as vul_dossier


def test_een_snapshot_geeft_de_toestand_terug_zoals_hij_was():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"}, snapshot_interval=3)
    vul_dossier(app)
    dossier_id = Dossier.create_id(CODE)
    assert app.snapshots is not None
    (opgeslagen,) = app.snapshots.recorder.select_events(dossier_id, desc=True, limit=1)
    tekst = opgeslagen.state.decode()
    for naam in ("dossier_termijn", "dossier_voorstel", "dossier_reden", "dossier_besluit"):
        assert f'"_type_":"{naam}"' in tekst

    d = app.dossier(CODE)
    assert vars(d) == vars(_projecteer_dossier(None, app.events.get(dossier_id)))
    assert all(isinstance(t, Termijnstand) for t in d.termijnen.values())
    assert {t.status for t in d.termijnen.values()} == {
        Termijnstatus.NAGEKOMEN,
        Termijnstatus.OPEN,
    }
    assert isinstance(d.laatste_besluit, Besluitstand) and d.laatste_besluit.brief
    assert d.laatste_besluit.brief_op == date(2024, 7, 9)
    ((nummer, voorstel),) = d.voorstellen.items()
    assert isinstance(nummer, int) and isinstance(voorstel, Voorstelstand)
    assert voorstel.concept_trede == 4 and voorstel.voorbereid_op == date(2024, 7, 17)
    assert d.redenen[11] == Redenstand("2024-1", "storm in 12 woningen", None)
    assert d.redenen[9].aanvaard is False
    assert d.cijfers["2024-1"].herverdeling == 2
    assert d.cijfers_van(Periode(2024, 1)).realisatie == 20
    assert set(d.afgehandelde_voorstellen.values()) == {
        Voorstelstatus.AFGEWEZEN,
        Voorstelstatus.VASTGESTELD,
    }
    assert isinstance(d.verzoeken["archief:k1"], Verzoekstand)
    assert isinstance(next(iter(d.brieven.values())), Briefstand)


def test_een_oude_snapshot_met_gewone_gegevens_wordt_getypeerd():
    staat = {
        "cijfers": {"2024-1": {"herverdeling": 0, "realisatie": 5, "gegenereerd": False}},
        "beoordelingen": {"2023-2": {"trede": 3, "achterstand_ten_minste_taakstelling": True}},
        # A proposal from before trede_versie, vanaf_trede and voorbereid_op existed.
        "voorstellen": {
            "7": {
                "periode": None,
                "beleid": "AB-2024",
                "voorstel": None,
                "concept_trede": 4,
                "spoed": True,
                "achterstand_ten_minste_taakstelling": False,
                "motivering": "spoed",
            }
        },
        "redenen": {"5": {"periode": "2024-1", "omschrijving": "brand", "aanvaard": None}},
        # A term from an event before tot_opgegeven and verschoven_reden existed.
        "termijnen": {
            "3.0": {
                "id": "3.0",
                "soort": "vooraankondiging",
                "start": date(2024, 7, 1),
                "tot": date(2024, 8, 1),
                "omschrijving": "termijn uit de vooraankondiging",
                "trede": 4,
                "status": "verstreken",
            }
        },
        "laatste_besluit": {"versie": 2, "trede": 3, "beleid": "AB-2024", "brief": False},
        "afgeschaald": {"4": 2},
        "verzoeken": {"a:k": {"versie": 2, "laatste": 3, "vingerafdruk": None}},
        "_brieven": {"K/1": {"soort": "toezichtbrief", "sha256": "ab"}},
        "_afgehandelde_voorstellen": {"6": "ingetrokken"},
    }
    herstel(staat)
    assert staat["cijfers"]["2024-1"] == Cijferstand(realisatie=5)
    (voorstel,) = staat["voorstellen"].values()
    assert list(staat["voorstellen"]) == [7]
    assert (voorstel.trede_versie, voorstel.vanaf_trede, voorstel.voorbereid_op) == (0, None, None)
    termijn = staat["termijnen"]["3.0"]
    assert termijn.soort is Soort.VOORAANKONDIGING
    assert termijn.status is Termijnstatus.VERSTREKEN
    assert (termijn.tot_opgegeven, termijn.plan_ontvangen, termijn.versie) == (None, False, 3)
    assert staat["laatste_besluit"] == Besluitstand(2, 3, "AB-2024")
    assert staat["redenen"] == {5: Redenstand("2024-1", "brand")}
    assert staat["afgeschaald"] == {4: 2}
    assert staat["verzoeken"]["a:k"].laatste == 3
    assert staat["_brieven"]["K/1"].soort == "toezichtbrief"
    assert staat["_afgehandelde_voorstellen"]["6"] is Voorstelstatus.INGETROKKEN
    herstel(staat)  # a typed state stays as it is
    assert staat["termijnen"]["3.0"] is termijn


def test_elke_toestand_heeft_een_eigen_snapshotnaam():
    assert len(set(TOESTANDEN.values())) == len(TOESTANDEN)
    assert all(naam.startswith("dossier_") for naam in TOESTANDEN)


def test_een_cijferrij_kent_alleen_cijfervelden():
    rij = Cijferstand()
    rij.zet("realisatie", 4)
    assert rij.waarde("realisatie") == 4 and not rij.leeg
    rij.zet("realisatie", None)
    assert rij.leeg
    with pytest.raises(ValueError, match="herverdeling"):
        rij.zet("herverdeling", 1)
