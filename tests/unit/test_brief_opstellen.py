"""Drafting letters from what the query layer returns: the figures, trede and terms come
from the dossier; only the letter's marked free-text paragraphs can be written."""

from datetime import date

import pytest

from documenten.brief import Briefhoofd, Ondertekening, kenmerk
from documenten.gegevens import concept
from documenten.opmaak import html
from domain.errors import NietGevonden, OngeldigeInvoer
from domain.kalender import Kalender

DATUM = date(2024, 9, 2)


def beoordeling(**anders):
    rij = {
        "versie": 7,
        "periode": "2024-1",
        "trede": 3,
        "vorige_trede": 2,
        "beleid": "AB-2024",
        "basis": "totaalopgave",
        "regel": "AB-2024/trede-2-achterstand-niet-gekrompen",
        "uitleg": "De achterstand kromp niet (50 naar 60): trede 3.",
        "uitkomsten": [
            {"basis": "totaalopgave", "trede": 3, "uitleg": "De achterstand kromp niet."}
        ],
        "voorgestelde_trede": 3,
        "afwijking": False,
        "motivering": None,
        "bron": None,
        "overgenomen": False,
        "voorbereid_door": "anna",
        "vastgesteld_door": "gs",
    }
    return {**rij, **anders}


def periode(naam, **cijfers):
    rij = {
        "periode": naam,
        "taakstelling_gepubliceerd": None,
        "herverdeling": 0,
        "stand_begin": None,
        "realisatie": None,
        "realisatie_op": None,
        "stand_eind": None,
        "tijdig_beschikbaar": None,
        "gegenereerd": False,
    }
    return {**rij, **cijfers}


def termijn(soort, einddatum, omschrijving, verschoven_reden=None):
    return {
        "soort": soort,
        "status": "open",
        "omschrijving": omschrijving,
        "einddatum": einddatum,
        "verschoven_reden": verschoven_reden,
    }


class Dossier:
    """What projections.queries.Queries would answer for gemeente Amersfoort."""

    def __init__(
        self, trede=3, beoordelingen=None, perioden=None, termijnen=(), berichten=(), brieven=()
    ):
        self._gemeente = {
            "code": "GM0307",
            "naam": "Amersfoort",
            "provincie": "Utrecht",
            "versie": 11,
            "trede": trede,
        }
        self._beoordelingen = beoordelingen if beoordelingen is not None else [beoordeling()]
        self._perioden = perioden or [
            periode(
                "2024-1",
                taakstelling_gepubliceerd=100,
                stand_begin=50,
                realisatie=90,
                stand_eind=60,
            ),
            periode("2024-2", taakstelling_gepubliceerd=120, stand_begin=60, realisatie=20),
        ]
        self._termijnen = list(termijnen)
        self._berichten = list(berichten)
        self._brieven = [{"kenmerk": k} for k in brieven]

    def gemeente(self, code):
        return self._gemeente if code == "GM0307" else None

    def perioden(self, code):
        return self._perioden

    def beoordelingen(self, code):
        return self._beoordelingen

    def termijnen(self, code=None):
        return self._termijnen

    def tussentijdse_berichten(self):
        return self._berichten

    def brieven(self, code):
        return self._brieven

    def mandaten(self):
        soorten = [
            "toezichtbrief",
            "afschrift_raad",
            "tussentijds_bericht",
            "uitnodiging_bestuurlijk_gesprek",
            "vooraankondiging",
            "besluit_indeplaatsstelling",
        ]
        return [
            {
                "nummer": 1,
                "naam": "R. van Muilekom",
                "functie": "gedeputeerde",
                "briefsoorten": soorten,
                "van": "2023-01-01",
                "tot": None,
            },
        ]

    def weergavenamen(self, namen):
        return {"anna": "Anna de Vries", "gs": "R. van Muilekom"}


def test_toezichtbrief_haalt_cijfers_trede_en_termijnen_uit_het_dossier():
    dossier = Dossier(
        termijnen=[
            termijn(
                "bestuurlijk_gesprek",
                "2024-09-30",
                "bestuurlijk gesprek over het verbeterplan",
                "verschoven: 28 september 2024 is een zaterdag",
            )
        ],
        # letters sent before: two this year (one under the older, version-based numbering)
        brieven=["IBT-HV/2023/GM0307/004", "IBT-HV/2024/GM0307/001", "IBT-HV/2024/GM0307/011"],
    )
    tekst = html(concept(dossier, "toezichtbrief", "GM0307", DATUM))
    assert "100 + 0 = 100" in tekst and "150" in tekst  # taakstelling, totaalopgave
    assert "90%" in tekst and "60%" in tekst  # 90/100 and 90/150
    assert "achterstand 60" in tekst
    assert "trede 3 (actief toezicht)" in tekst
    assert "30 september 2024" in tekst and "zaterdag" in tekst
    assert "taakstelling 120" in tekst and "totaalopgave 180" in tekst  # 2024-2
    assert "IBT-HV/2024/GM0307/012" in tekst
    assert "Anna de Vries" in tekst and "R. van Muilekom" in tekst


def test_de_vier_weken_van_ab_2024_als_de_brief_nog_niet_is_verzonden():
    tekst = html(concept(Dossier(), "toezichtbrief", "GM0307", DATUM))
    assert "Binnen vier weken na verzending van deze brief" in tekst
    ibt = Dossier(beoordelingen=[beoordeling(beleid="IBT-2021")])
    assert "Binnen vier weken" not in html(concept(ibt, "toezichtbrief", "GM0307", DATUM))


def test_alleen_gemarkeerde_alineas_zijn_vrij_te_schrijven():
    with pytest.raises(OngeldigeInvoer) as fout:
        concept(Dossier(), "toezichtbrief", "GM0307", DATUM, vrij={"realisatie": "999"})
    assert fout.value.veld == "vrije_tekst.realisatie"
    assert "toelichting" in fout.value.bericht


def test_vrije_tekst_staat_gemarkeerd_en_kan_geen_opmaak_invoegen():
    vrij = {"toelichting": "Wij waarderen de inzet.\n\n<b>trede 1</b>"}
    tekst = html(concept(Dossier(), "toezichtbrief", "GM0307", DATUM, vrij=vrij))
    assert 'data-vrije-alinea="toelichting"' in tekst
    assert "<p>Wij waarderen de inzet.</p>" in tekst
    assert "&lt;b&gt;trede 1&lt;/b&gt;" in tekst and "<b>trede 1</b>" not in tekst


def test_vrije_tekst_zonder_richtingstekens():
    with pytest.raises(OngeldigeInvoer) as fout:
        concept(Dossier(), "toezichtbrief", "GM0307", DATUM, vrij={"context": "a\u202eb"})
    assert fout.value.veld == "vrije_tekst.context"


def test_onbekende_soort_en_gemeente():
    with pytest.raises(OngeldigeInvoer) as fout:
        concept(Dossier(), "kerstkaart", "GM0307", DATUM)
    assert fout.value.veld == "soort" and "toezichtbrief" in fout.value.bericht
    with pytest.raises(NietGevonden):
        concept(Dossier(), "toezichtbrief", "GM9999", DATUM)


def test_tussentijds_bericht_niet_op_schema_met_opschaling_in_zicht():
    dossier = Dossier(
        trede=2,
        berichten=[
            {"code": "GM0307", "periode": "2024-2", "op_schema": False, "opschaling_in_zicht": True}
        ],
    )
    tekst = html(concept(dossier, "tussentijds_bericht", "GM0307", date(2024, 10, 1)))
    assert "1 oktober 2024" in tekst and "periode 2024-2" in tekst
    assert "niet op schema" in tekst and "(20 van 120)" in tekst
    assert "Opschaling is in zicht" in tekst
    assert "Afschrift aan" not in tekst


def test_tussentijds_bericht_berekent_op_schema_uit_de_cijfers_voor_verzending():
    dossier = Dossier(
        trede=1,
        perioden=[periode("2024-2", taakstelling_gepubliceerd=120, stand_begin=0, realisatie=70)],
    )
    tekst = html(concept(dossier, "tussentijds_bericht", "GM0307", date(2024, 10, 1)))
    assert "<strong>op schema</strong>" in tekst and "Opschaling" not in tekst


def test_uitnodiging_hoort_bij_trede_3():
    tekst = html(concept(Dossier(), "uitnodiging_bestuurlijk_gesprek", "GM0307", DATUM))
    assert "binnen vier weken na het gesprek" in tekst
    with pytest.raises(OngeldigeInvoer) as fout:
        concept(
            Dossier(beoordelingen=[beoordeling(trede=2)]),
            "uitnodiging_bestuurlijk_gesprek",
            "GM0307",
            DATUM,
        )
    assert fout.value.veld == "soort"


def test_vooraankondiging_noemt_de_vastgelegde_termijn_en_de_gevolgen():
    with pytest.raises(OngeldigeInvoer):
        concept(Dossier(trede=4), "vooraankondiging", "GM0307", DATUM)
    dossier = Dossier(
        trede=4,
        termijnen=[termijn("vooraankondiging", "2024-11-01", "termijn van de vooraankondiging")],
    )
    tekst = html(concept(dossier, "vooraankondiging", "GM0307", DATUM))
    assert "tot en met <strong>1 november 2024</strong>" in tekst
    assert "besluit tot indeplaatsstelling" in tekst
    assert "Afschrift aan: de gemeenteraad van Amersfoort." in tekst


def test_besluit_als_last_met_deelstappen_en_rechtsmiddelenclausule():
    dossier = Dossier(
        trede=5,
        termijnen=[
            termijn("vooraankondiging", "2024-11-01", "termijn van de vooraankondiging"),
            termijn("deelstap", "2024-12-02", "40 woningen toewijzen"),
            termijn("deelstap", "2025-01-06", "de achterstand geheel inlopen"),
            termijn("beroep", "2025-01-20", "beroepstermijn"),
        ],
    )
    tekst = html(concept(dossier, "besluit_indeplaatsstelling", "GM0307", DATUM))
    assert "40 woningen toewijzen: uiterlijk <strong>2 december 2024</strong>" in tekst
    assert "de achterstand geheel inlopen: uiterlijk <strong>6 januari 2025</strong>" in tekst
    assert "1 november 2024" in tekst  # the vooraankondiging's term
    assert "Afdeling bestuursrechtspraak van de Raad van State" in tekst
    assert "6:7" in tekst and "tot en met <strong>20 januari 2025</strong>" in tekst


def test_kenmerk_en_correctie():
    assert kenmerk(2024, "GM0344", 3) == "IBT-HV/2024/GM0344/003"
    with pytest.raises(OngeldigeInvoer) as fout:
        Briefhoofd("2024/3", DATUM, "x", "Utrecht", (), "x", Ondertekening("a", "b"))
    assert fout.value.veld == "kenmerk"
    tekst = html(
        concept(Dossier(), "toezichtbrief", "GM0307", DATUM, corrigeert="IBT-HV/2024/GM0307/009")
    )
    assert "vervangt onze brief met kenmerk IBT-HV/2024/GM0307/009" in tekst


def test_de_termijn_die_de_verzending_start_staat_met_wettelijke_einddatum_in_de_brief():
    kalender = Kalender.van({date(2025, 5, 5): "Bevrijdingsdag"})
    dossier = Dossier(beoordelingen=[beoordeling(periode="2024-2")])
    tekst = html(concept(dossier, "toezichtbrief", "GM0307", date(2025, 4, 7), kalender=kalender))
    # 7 April + 4 weeks is Bevrijdingsdag: the term ends the next day
    assert "uiterlijk <strong>6 mei 2025</strong>" in tekst and "Bevrijdingsdag" in tekst
