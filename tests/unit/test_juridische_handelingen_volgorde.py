"""Each legal act comes after the decision or act that allows it, and only where it fits:
one vooraankondiging at a time, beroep after bekendmaking, a verbeterplan where one is due."""

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.errors import BestaatAl, LadderRegelGeschonden, OngeldigeInvoer
from domain.kalender import LEGE_KALENDER
from domain.ladder import Deelstap
from domain.vastlegging import Rol
from tests.unit.test_ladder_invarianten import START, besluit, dossier_op_trede, stempel

DAG = timedelta(days=1)


def op_trede_4_via_besluit(op: datetime):
    d = dossier_op_trede(3)
    besluit(d, 4, op, reden="verbeterplan niet uitgevoerd")
    return d


def test_vooraankondiging_niet_voor_het_besluit_tot_trede_4():
    besloten = START + 10 * DAG
    d = op_trede_4_via_besluit(besloten)
    with pytest.raises(OngeldigeInvoer, match="trede 4") as fout:
        d.verzend_vooraankondiging(
            date(2024, 9, 1), stempel(Rol.JURIST, besloten - DAG, "r"), LEGE_KALENDER
        )
    assert fout.value.veld == "plaatsgevonden_op"
    d.verzend_vooraankondiging(date(2024, 9, 1), stempel(Rol.JURIST, besloten, "r"), LEGE_KALENDER)


def test_een_vooraankondiging_tegelijk():
    d = op_trede_4_via_besluit(START)
    d.verzend_vooraankondiging(date(2024, 9, 1), stempel(Rol.JURIST, reden="r"), LEGE_KALENDER)
    with pytest.raises(BestaatAl, match="al een vooraankondiging"):
        d.verzend_vooraankondiging(
            date(2024, 10, 1), stempel(Rol.JURIST, START + DAG, "r"), LEGE_KALENDER
        )
    # Once its term has run out a new one may follow.
    d.verzend_vooraankondiging(
        date(2024, 10, 1), stempel(Rol.JURIST, datetime(2024, 9, 3, tzinfo=UTC), "r"), LEGE_KALENDER
    )
    assert d.vooraankondiging_tot == date(2024, 10, 1)


def op_trede_5(besloten: datetime):
    d = op_trede_4_via_besluit(START)
    d.verzend_vooraankondiging(date(2024, 8, 1), stempel(Rol.JURIST, reden="r"), LEGE_KALENDER)
    besluit(d, 5, besloten, reden="termijn verstreken")
    return d


def test_last_niet_voor_het_besluit_tot_trede_5():
    besloten = datetime(2024, 8, 10, tzinfo=UTC)
    d = op_trede_5(besloten)
    with pytest.raises(OngeldigeInvoer, match="trede 5"):
        d.neem_indeplaatsstellingsbesluit(
            [Deelstap("woningen", date(2024, 10, 1))],
            stempel(Rol.JURIST, besloten - DAG, "last"),
            LEGE_KALENDER,
        )


def test_bekendmaking_niet_voor_het_besluit_en_beroep_niet_ervoor():
    besloten = datetime(2024, 8, 10, tzinfo=UTC)
    d = op_trede_5(besloten)
    last = besloten + 5 * DAG
    with pytest.raises(LadderRegelGeschonden, match="bekendgemaakt"):
        d.registreer_beroep(stempel(Rol.JURIST, last))
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen", date(2024, 10, 1))], stempel(Rol.JURIST, last, "last"), LEGE_KALENDER
    )
    with pytest.raises(LadderRegelGeschonden, match="bekendgemaakt"):
        d.registreer_beroep(stempel(Rol.JURIST, last))
    with pytest.raises(OngeldigeInvoer, match="besluit"):
        d.maak_besluit_bekend(stempel(Rol.JURIST, last - DAG), LEGE_KALENDER)
    bekend = last + 2 * DAG
    d.maak_besluit_bekend(stempel(Rol.JURIST, bekend), LEGE_KALENDER)
    with pytest.raises(OngeldigeInvoer, match="bekendmaking"):
        d.registreer_beroep(stempel(Rol.JURIST, bekend - DAG))
    d.registreer_beroep(stempel(Rol.JURIST, bekend))


def test_effectuering_niet_voor_het_besluit_tot_trede_6():
    d = op_trede_5(datetime(2024, 8, 10, tzinfo=UTC))
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen", date(2024, 9, 1))],
        stempel(Rol.JURIST, datetime(2024, 8, 12, tzinfo=UTC), "last"),
        LEGE_KALENDER,
    )
    besloten = datetime(2024, 9, 10, tzinfo=UTC)
    besluit(d, 6, besloten, reden="termijn overschreden")
    with pytest.raises(OngeldigeInvoer, match="trede 6"):
        d.effectueer_indeplaatsstelling(stempel(Rol.JURIST, besloten - DAG))


def test_verbeterplan_alleen_waar_het_verwacht_wordt():
    d = dossier_op_trede(3)
    with pytest.raises(LadderRegelGeschonden, match="geen verbeterplan verwacht"):
        d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER))
    gesprek = START + 3 * DAG
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER, gesprek), LEGE_KALENDER, afgesproken_tot=date(2024, 9, 1)
    )
    with pytest.raises(OngeldigeInvoer, match="verbeterplangesprek"):
        d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER, gesprek - DAG))
    d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER, gesprek + DAG))
    with pytest.raises(LadderRegelGeschonden, match="geen verbeterplan verwacht"):
        d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER, gesprek + 2 * DAG))


def test_verbeterplangesprek_niet_voor_het_besluit_tot_trede_3():
    d = dossier_op_trede(2)
    besloten = START + 5 * DAG
    besluit(d, 3, besloten, reden="achterstand groeit")
    with pytest.raises(OngeldigeInvoer, match="trede 3"):
        d.voer_verbeterplangesprek(
            stempel(Rol.TOEZICHTHOUDER, besloten - DAG),
            LEGE_KALENDER,
            afgesproken_tot=date(2024, 9, 1),
        )


def test_toezichtbrief_en_afschrift_niet_voor_wat_ze_bekendmaken():
    d = dossier_op_trede(2)
    besloten = START + 5 * DAG
    besluit(d, 3, besloten, reden="achterstand groeit")
    with pytest.raises(OngeldigeInvoer, match="beoordeling"):
        d.verzend_toezichtbrief(stempel(Rol.TOEZICHTHOUDER, besloten - DAG), LEGE_KALENDER)
    d.verzend_toezichtbrief(stempel(Rol.TOEZICHTHOUDER, besloten + DAG), LEGE_KALENDER)
    with pytest.raises(OngeldigeInvoer, match="toezichtbrief"):
        d.verzend_afschrift_raad(stempel(Rol.TOEZICHTHOUDER, besloten))
    d.verzend_afschrift_raad(stempel(Rol.TOEZICHTHOUDER, besloten + DAG))


def test_een_te_laat_verbeterplan_wordt_eenmaal_ontvangen():
    d = dossier_op_trede(3)
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER), LEGE_KALENDER, afgesproken_tot=date(2024, 8, 1)
    )
    (termijn,) = d.open_termijnen()
    d.registreer_termijn_verstreken(
        termijn, date(2024, 8, 2), stempel(Rol.SYSTEEM, datetime(2024, 8, 2, tzinfo=UTC))
    )
    laat = datetime(2024, 8, 5, tzinfo=UTC)
    d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER, laat))
    with pytest.raises(LadderRegelGeschonden, match="geen verbeterplan verwacht"):
        d.ontvang_verbeterplan(stempel(Rol.TOEZICHTHOUDER, laat + DAG))


def test_geen_tweede_verbeterplangesprek_terwijl_de_termijn_loopt():
    d = dossier_op_trede(3)
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER), LEGE_KALENDER, afgesproken_tot=date(2024, 9, 1)
    )
    with pytest.raises(BestaatAl, match="verleng die termijn") as fout:
        d.voer_verbeterplangesprek(
            stempel(Rol.TOEZICHTHOUDER, START + DAG),
            LEGE_KALENDER,
            afgesproken_tot=date(2024, 10, 1),
        )
    assert fout.value.veld == "termijn"
    assert len(d.open_termijnen()) == 1


def test_verlenging_en_nakoming_niet_voor_de_start_van_de_termijn():
    d = dossier_op_trede(3)
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER), LEGE_KALENDER, afgesproken_tot=date(2024, 9, 1)
    )
    (termijn,) = d.open_termijnen()
    eerder = stempel(Rol.TOEZICHTHOUDER, START - 30 * DAG, "aparte afspraken")
    with pytest.raises(OngeldigeInvoer, match="start van termijn") as fout:
        d.verleng_termijn(termijn, date(2024, 10, 1), eerder, LEGE_KALENDER)
    assert fout.value.veld == "plaatsgevonden_op"
    with pytest.raises(OngeldigeInvoer, match="start van termijn"):
        d.kom_termijn_na(termijn, eerder)
    d.verleng_termijn(
        termijn, date(2024, 10, 1), stempel(Rol.TOEZICHTHOUDER, reden="r"), LEGE_KALENDER
    )
    d.kom_termijn_na(termijn, stempel(Rol.TOEZICHTHOUDER, START + DAG))


def test_intrekken_of_afwijzen_niet_voor_het_voorstel():
    d = dossier_op_trede(2)
    voorbereid = START + 5 * DAG
    nummer = d.stel_beoordeling_voor(
        None, stempel(Rol.TOEZICHTHOUDER, voorbereid, "achterstand groeit"), 3
    )
    with pytest.raises(OngeldigeInvoer, match="het voorstel"):
        d.trek_voorstel_in(nummer, stempel(Rol.TOEZICHTHOUDER, voorbereid - DAG, "r"))
    with pytest.raises(OngeldigeInvoer, match="het voorstel"):
        d.wijs_voorstel_af(nummer, stempel(Rol.BESTUURDER, voorbereid - DAG, "r"))
    d.trek_voorstel_in(nummer, stempel(Rol.TOEZICHTHOUDER, voorbereid, "r"))


def test_de_reden_van_een_juridische_stap_zegt_waarom_de_provincie_ingrijpt():
    d = op_trede_4_via_besluit(START)
    with pytest.raises(OngeldigeInvoer) as fout:
        d.verzend_vooraankondiging(date(2024, 8, 1), stempel(Rol.JURIST), LEGE_KALENDER)
    assert fout.value.bericht == "reden is verplicht: waarom de provincie ingrijpt"
    assert fout.value.veld == "reden"
    besloten = datetime(2024, 8, 10, tzinfo=UTC)
    d = op_trede_5(besloten)
    with pytest.raises(OngeldigeInvoer) as fout:
        d.neem_indeplaatsstellingsbesluit(
            [Deelstap("plan", date(2024, 12, 1))],
            stempel(Rol.JURIST, besloten),
            LEGE_KALENDER,
        )
    assert fout.value.bericht == "reden is verplicht: waarom de provincie ingrijpt"
