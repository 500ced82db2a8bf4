"""A lapsed term of the gemeente yields a rule-based proposal: the policy working, not a
deviation from it. The record names the rule and the lapse that triggered it."""

from datetime import UTC, date, datetime

from domain.dossier import Dossier
from domain.kalender import LEGE_KALENDER
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging


def stempel(rol: Rol, op: datetime, reden: str | None = None) -> Vastlegging:
    return Vastlegging("x", rol, op, op, reden)


def dossier_op_trede(trede: int, op: datetime) -> Dossier:
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER, op))
    vorige = Periode.van_datum(op.date()).vorige()
    d.neem_beoordeling_over(vorige, trede, None, "publicatie", stempel(Rol.BEHEERDER, op))
    return d


def laat_verstrijken(d: Dossier, soort: str, vandaag: date) -> dict:
    termijn = next(i for i, t in d.open_termijnen().items() if t.soort == soort)
    middernacht = datetime.combine(vandaag, datetime.min.time(), UTC)
    planner = Vastlegging("planner", Rol.SYSTEEM, middernacht, middernacht)
    assert d.registreer_termijn_verstreken(termijn, vandaag, planner)
    ((nummer, ontwerp),) = d.voorstellen.items()
    return {"nummer": nummer, "termijn": termijn, **ontwerp.als_dict()}


def test_verstreken_verbeterplan_onder_ab2024_noemt_de_regel_en_de_termijn():
    d = dossier_op_trede(3, datetime(2024, 8, 1, 9, tzinfo=UTC))
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER, datetime(2024, 8, 1, 9, tzinfo=UTC)),
        LEGE_KALENDER,
        afgesproken_tot=date(2024, 8, 29),
    )
    ontwerp = laat_verstrijken(d, "verbeterplan", date(2024, 8, 30))
    voorstel = ontwerp["voorstel"]
    assert ontwerp["concept_trede"] == voorstel["trede"] == 4
    assert ontwerp["beleid"] == voorstel["beleid"] == "AB-2024"
    assert voorstel["regel"] == "AB-2024/trede-3/verbeterplan-niet-uitgevoerd"
    assert "verbeterplan niet (voldoende) uitgevoerd binnen de termijn" in voorstel["uitleg"]
    assert voorstel["invoer"]["termijn"] == ontwerp["termijn"]
    assert voorstel["invoer"]["verstreken_versie"] == ontwerp["nummer"] - 1  # TermijnVerstreken
    assert ontwerp["motivering"] is None  # no deviation, so nothing to motivate

    # The bestuurder adopts it as the rule's result: no motivation asked.
    d.stel_beoordeling_vast(
        ontwerp["nummer"], stempel(Rol.BESTUURDER, datetime(2024, 9, 2, tzinfo=UTC))
    )
    assert d.trede == 4


def test_verstreken_vooraankondiging_onder_ibt2021_volgt_de_versie_van_die_dag():
    d = dossier_op_trede(4, datetime(2022, 9, 1, 9, tzinfo=UTC))
    d.verzend_vooraankondiging(
        date(2022, 9, 5), stempel(Rol.JURIST, datetime(2022, 9, 1, tzinfo=UTC), "r"), LEGE_KALENDER
    )
    ontwerp = laat_verstrijken(d, "vooraankondiging", date(2022, 9, 6))
    voorstel = ontwerp["voorstel"]
    assert (voorstel["beleid"], voorstel["trede"]) == ("IBT-2021", 5)
    assert voorstel["regel"] == "IBT-2021/trede-4/termijn-vooraankondiging-verstreken"
    assert "ma 5 september 2022" in voorstel["uitleg"] and "IBT-2021" in voorstel["uitleg"]
    d.stel_beoordeling_vast(
        ontwerp["nummer"], stempel(Rol.BESTUURDER, datetime(2022, 9, 7, tzinfo=UTC))
    )
    assert d.trede == 5


def test_verstreken_verbeterplan_naast_een_open_voorstel_blijft_in_beeld():
    """A lapsed verbeterplan term calls for trede 4 even while another proposal is open;
    holding trede 3 by that other proposal leaves the escalation open for a decision."""
    d = dossier_op_trede(3, datetime(2024, 8, 1, 9, tzinfo=UTC))
    d.voer_verbeterplangesprek(
        stempel(Rol.TOEZICHTHOUDER, datetime(2024, 8, 1, 9, tzinfo=UTC)),
        LEGE_KALENDER,
        afgesproken_tot=date(2024, 8, 29),
    )
    handhaven = d.stel_beoordeling_voor(
        None, stempel(Rol.TOEZICHTHOUDER, datetime(2024, 8, 20, tzinfo=UTC), "r"), trede=3
    )
    termijn = next(iter(d.open_termijnen()))
    middernacht = datetime(2024, 8, 30, tzinfo=UTC)
    planner = Vastlegging("planner", Rol.SYSTEEM, middernacht, middernacht)
    assert d.registreer_termijn_verstreken(termijn, date(2024, 8, 30), planner)
    opschalen = [n for n, v in d.voorstellen.items() if v.concept_trede == 4]
    assert len(opschalen) == 1 and handhaven in d.voorstellen
    d.stel_beoordeling_vast(handhaven, stempel(Rol.BESTUURDER, datetime(2024, 9, 2, tzinfo=UTC)))
    assert d.trede == 3 and list(d.voorstellen) == opschalen  # still waiting for a decision
    d.stel_beoordeling_vast(opschalen[0], stempel(Rol.BESTUURDER, datetime(2024, 9, 3, tzinfo=UTC)))
    assert d.trede == 4


def test_nieuwe_vooraankondiging_laat_het_voorstel_op_de_verstreken_termijn_vervallen():
    """A second vooraankondiging gives the gemeente a new term; the trede-5 proposal that
    rested on the lapsed one could no longer be adopted, so it lapses on record."""
    d = dossier_op_trede(4, datetime(2022, 9, 1, 9, tzinfo=UTC))
    d.verzend_vooraankondiging(
        date(2022, 9, 5), stempel(Rol.JURIST, datetime(2022, 9, 1, tzinfo=UTC), "r"), LEGE_KALENDER
    )
    ontwerp = laat_verstrijken(d, "vooraankondiging", date(2022, 9, 6))
    d.verzend_vooraankondiging(
        date(2022, 10, 5),
        stempel(Rol.JURIST, datetime(2022, 9, 8, tzinfo=UTC), "nog één kans"),
        LEGE_KALENDER,
    )
    assert d.voorstellen == {}
    assert d.afgehandelde_voorstellen[str(ontwerp["nummer"])] == "ingetrokken"
