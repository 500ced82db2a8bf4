"""From trede 2 to trede 6 and back over more than a year of simulated time: every term
at its date, shifted past free days, each expiry recorded once, each proposal appears,
and downscaling withdraws what is open."""

from datetime import date

from application import commandos as k
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol
from tests.integration.planner_helpers import Klok, container, stempel, verstreken

CODE = "GM0307"
T, B, J = Rol.TOEZICHTHOUDER, Rol.BESTUURDER, Rol.JURIST


def termijn(c, soort: str) -> dict:
    return [t for t in c.queries.termijnen(CODE) if t["soort"] == soort][-1]


def draai_tweemaal(c, klok, dag: date) -> int:
    klok.zet(dag)
    return c.planner.draai() + c.planner.draai()  # the second round finds nothing new


def stel_voorstel_vast(c, klok, dag: date) -> None:
    klok.zet(dag)
    nummer = c.queries.voorstellen(CODE, "open")[-1]["nummer"]
    c.voer_uit(k.StelBeoordelingVast(code=CODE, nummer=nummer), stempel(klok, B))


def registreer(c, klok, periode: Periode, **cijfers: int) -> None:
    for veld, waarde in cijfers.items():
        c.voer_uit(
            k.RegistreerCijfer(code=CODE, periode=periode, veld=veld, waarde=waarde),
            stempel(klok, T),
        )


def test_van_trede_2_tot_6_en_terug(tmp_path):
    klok = Klok(None)
    klok.zet(date(2024, 1, 15))
    c = container(f"sqlite:///{tmp_path}/t.sqlite", klok)
    c.voer_uit(
        k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
        stempel(klok, Rol.BEHEERDER),
    )
    c.voer_uit(
        k.NeemBeoordelingOver(
            code=CODE,
            periode=Periode(2023, 2),
            trede=2,
            basis="koppelingstekort",
            bron="Voortgangsrapportage 2023-2",
        ),
        stempel(klok, T),
    )

    # 2024-1: the achterstand did not shrink (50 -> 60): AB-2024 proposes trede 3.
    klok.zet(date(2024, 7, 8))
    registreer(
        c,
        klok,
        Periode(2024, 1),
        taakstelling_gepubliceerd=100,
        stand_begin=50,
        realisatie=90,
        stand_eind=60,
    )
    c.voer_uit(k.StelBeoordelingVoor(code=CODE, periode=Periode(2024, 1)), stempel(klok, T))
    stel_voorstel_vast(c, klok, date(2024, 7, 10))
    assert c.queries.gemeente(CODE)["trede"] == 3

    # The letter (Friday 12 July) starts the province's four weeks for the gesprek.
    klok.zet(date(2024, 7, 12))
    c.voer_uit(k.VerzendToezichtbrief(code=CODE), stempel(klok, T))
    assert termijn(c, "bestuurlijk_gesprek")["tot"] == "2024-08-09"
    klok.zet(date(2024, 8, 1))
    c.voer_uit(k.VoerVerbeterplangesprek(code=CODE), stempel(klok, T))
    assert termijn(c, "bestuurlijk_gesprek")["status"] == "nagekomen"
    assert termijn(c, "verbeterplan")["tot"] == "2024-08-29"

    # No plan: the day after the term the planner records the lapse and proposes trede 4.
    assert draai_tweemaal(c, klok, date(2024, 8, 29)) == 0
    assert draai_tweemaal(c, klok, date(2024, 8, 30)) == 1
    assert termijn(c, "verbeterplan")["status"] == "verstreken"
    voorstel = c.queries.voorstellen(CODE, "open")[-1]
    assert voorstel["concept_trede"] == 4 and voorstel["voorbereid_door"] == "planner"
    assert c.queries.gemeente(CODE)["trede"] == 3  # nothing escalates without a person
    stel_voorstel_vast(c, klok, date(2024, 9, 2))
    assert c.queries.gemeente(CODE)["trede"] == 4

    # The vooraankondiging's term ends on Sunday 27 October: it runs through Monday.
    klok.zet(date(2024, 9, 5))
    c.voer_uit(
        k.VerzendVooraankondiging(code=CODE, termijn_tot=date(2024, 10, 27)),
        stempel(klok, J, "achterstand groeit"),
    )
    assert termijn(c, "vooraankondiging")["tot"] == "2024-10-28"
    assert draai_tweemaal(c, klok, date(2024, 10, 28)) == 0
    assert draai_tweemaal(c, klok, date(2024, 10, 29)) == 1
    stel_voorstel_vast(c, klok, date(2024, 10, 30))
    assert c.queries.gemeente(CODE)["trede"] == 5

    # The besluit: a deelstap to Christmas moves past 25, 26, 27 (equated) December and
    # the weekend; a second one runs into 2025. Bekendmaking starts the appeal term.
    klok.zet(date(2024, 11, 4))
    c.voer_uit(
        k.NeemIndeplaatsstellingsbesluit(
            code=CODE,
            deelstappen=(
                Deelstap("20 woningen toegewezen", date(2024, 12, 25)),
                Deelstap("structurele afspraken met corporaties", date(2025, 9, 1)),
            ),
        ),
        stempel(klok, J, "last onder termijnen"),
    )
    klok.zet(date(2024, 11, 5))
    c.voer_uit(k.MaakBesluitBekend(code=CODE), stempel(klok, J))
    deelstappen = [t for t in c.queries.termijnen(CODE) if t["soort"] == "deelstap"]
    assert [t["tot"] for t in deelstappen] == ["2024-12-30", "2025-09-01"]
    assert termijn(c, "beroep")["tot"] == "2024-12-17"
    assert termijn(c, "beroep")["start"] == "2024-11-06"

    assert draai_tweemaal(c, klok, date(2024, 12, 18)) == 1  # appeal term: a signal only
    assert not c.queries.voorstellen(CODE, "open")
    assert draai_tweemaal(c, klok, date(2024, 12, 31)) == 1
    assert c.queries.voorstellen(CODE, "open")[-1]["concept_trede"] == 6
    stel_voorstel_vast(c, klok, date(2025, 1, 2))
    klok.zet(date(2025, 1, 3))
    c.voer_uit(k.EffectueerIndeplaatsstelling(code=CODE), stempel(klok, J))
    assert c.queries.gemeente(CODE)["trede"] == 6

    # 2025-1: the opgave is fully realised: trede 1, and the open deelstap is withdrawn.
    klok.zet(date(2025, 7, 3))
    registreer(
        c,
        klok,
        Periode(2025, 1),
        taakstelling_gepubliceerd=100,
        stand_begin=60,
        realisatie=170,
        stand_eind=-10,
    )
    c.voer_uit(k.StelBeoordelingVoor(code=CODE, periode=Periode(2025, 1)), stempel(klok, T))
    stel_voorstel_vast(c, klok, date(2025, 7, 7))
    assert c.queries.gemeente(CODE)["trede"] == 1
    assert [t["status"] for t in c.queries.termijnen(CODE) if t["soort"] == "deelstap"] == [
        "verstreken",
        "ingetrokken",
    ]
    assert not c.queries.open_termijnen(CODE)
    assert draai_tweemaal(c, klok, date(2025, 9, 2)) == 0  # withdrawn: never expires

    # The climb 3 -> 4 -> 5 -> 6 reads as the policy working, not as departures from it.
    tussentijds = [b for b in c.queries.beoordelingen(CODE) if b["periode"] is None]
    assert [(b["vorige_trede"], b["trede"], b["regel"], b["afwijking"]) for b in tussentijds] == [
        (3, 4, "AB-2024/trede-3/verbeterplan-niet-uitgevoerd", False),
        (4, 5, "AB-2024/trede-4/termijn-vooraankondiging-verstreken", False),
        (5, 6, "AB-2024/trede-5/termijn-last-overschreden", False),
    ]
    for b in tussentijds:
        assert b["beleid"] == "AB-2024" and b["motivering"] is None
        assert b["voorgestelde_trede"] == b["trede"]
        assert b["invoer"]["verstreken_versie"] in {e["versie"] for e in verstreken(c, CODE)}

    # Each lapse is on record exactly once.
    assert len(verstreken(c, CODE)) == 4
    assert {m["soort"] for m in c.queries.meldingen()} == {"termijn_verstreken", "voorstel"}
