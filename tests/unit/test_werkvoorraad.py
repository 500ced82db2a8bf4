"""Recurring work from dates and facts, counted from the day the product came into use."""

from datetime import date

from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.werkvoorraad import GemeenteFeiten, terugkerend_werk, tussentijdse_stand

SINDS = date(2024, 6, 1)


def soorten(feiten: GemeenteFeiten, vandaag: date) -> dict[str, date]:
    return {w.soort: w.uiterlijk for w in terugkerend_werk(feiten, vandaag, SINDS)}


def test_beoordeling_na_de_peildatum_tot_ze_is_vastgesteld():
    g = GemeenteFeiten(
        "GM0307", "Amersfoort", 2, contacten=((date(2024, 7, 2), "voortgangsgesprek"),)
    )
    assert soorten(g, date(2024, 7, 2))["beoordeling"] == date(2024, 8, 12)
    klaar = GemeenteFeiten("GM0307", "Amersfoort", 2, frozenset({"2024-1"}), g.contacten)
    assert "beoordeling" not in soorten(klaar, date(2024, 7, 2))
    # before the start date nothing is owed: 2023-2 was assessed before the product
    assert "beoordeling" not in soorten(g, date(2024, 6, 15))


def test_tussentijds_bericht_op_1_oktober():
    g = GemeenteFeiten("GM0307", "Amersfoort", 1)
    assert "tussentijds_bericht" not in soorten(g, date(2024, 9, 30))
    assert soorten(g, date(2024, 10, 1))["tussentijds_bericht"] == date(2024, 10, 15)
    verstuurd = GemeenteFeiten(
        "GM0307", "Amersfoort", 1, tussentijdse_berichten=frozenset({"2024-2"})
    )
    assert "tussentijds_bericht" not in soorten(verstuurd, date(2024, 10, 1))


def test_contact_elke_twee_maanden():
    g = GemeenteFeiten("GM0307", "Amersfoort", 1, contacten=((date(2024, 7, 1), "telefoon"),))
    assert "contact" not in soorten(g, date(2024, 8, 1))
    assert soorten(g, date(2024, 8, 25))["contact"] == date(2024, 8, 31)


def test_trede_2_vraagt_ambtelijk_toezichtgesprek_in_de_periode():
    g = GemeenteFeiten(
        "GM0307", "Amersfoort", 2, contacten=((date(2024, 7, 5), "voortgangsgesprek"),)
    )
    werk = soorten(g, date(2024, 8, 1))
    assert werk["toezichtgesprek_trede_2"] == date(2024, 12, 31)
    assert "gesprek" not in werk  # the voortgangsgesprek counts for the period
    gesproken = GemeenteFeiten(
        "GM0307", "Amersfoort", 2, contacten=((date(2024, 7, 5), "ambtelijk toezichtgesprek"),)
    )
    assert "toezichtgesprek_trede_2" not in soorten(gesproken, date(2024, 8, 1))


def test_tussentijdse_stand_op_schema_en_opschaling_in_zicht():
    c = Cijfers(Periode(2024, 2), taakstelling_gepubliceerd=100, stand_begin=40, realisatie=50)
    stand = tussentijdse_stand(c, 2)
    assert stand.op_schema is True  # half of 100 realised
    assert stand.opschaling_in_zicht  # 140 - 50 = 90 >= 40 at the start: trede 3 in sight
    c = Cijfers(Periode(2024, 2), taakstelling_gepubliceerd=100, stand_begin=40, realisatie=49)
    assert tussentijdse_stand(c, 1).op_schema is False
    assert tussentijdse_stand(Cijfers(Periode(2024, 2)), 1).op_schema is None


def test_opschaling_in_zicht_telt_de_ibt2021_reeks():
    # 2023-2 on trede 3 after a period with achterstand >= T: at this pace trede 4 follows.
    c = Cijfers(Periode(2023, 2), taakstelling_gepubliceerd=100, stand_begin=120, realisatie=10)
    assert not tussentijdse_stand(c, 3).opschaling_in_zicht  # first period: trede 3 again
    assert tussentijdse_stand(c, 3, eerdere_reeks=1).opschaling_in_zicht
