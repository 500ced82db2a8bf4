"""The prognose extrapolates the running period's pace to the peildatum and runs the
engine on the result (AB-2024 here); it is a forecast with its date, not a beoordeling."""

from datetime import date

import pytest

from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.prognose import prognose
from domain.werkvoorraad import tussentijdse_stand

P = Periode(2026, 2)  # 1 Jul 2026 - peildatum 1 Jan 2027: 184 days
HALVERWEGE = date(2026, 10, 1)  # day 92 of 184: the pace so far doubles


def cijfers(taakstelling: int, stand_begin: int, realisatie: int, **extra) -> Cijfers:
    return Cijfers(
        P,
        taakstelling_gepubliceerd=taakstelling,
        stand_begin=stand_begin,
        realisatie=realisatie,
        **extra,
    )


@pytest.mark.parametrize(
    ("huidige", "stand_begin", "realisatie", "verwacht", "trede", "regel"),
    [
        # 70 by 1 October: 140 expected of the totaalopgave 120, volledig.
        (1, 20, 70, 140, 1, "AB-2024/trede-1/volledig"),
        # 40 by 1 October: 80 expected, 40 short of 120; from trede 1 up to 2.
        (1, 20, 40, 80, 2, "AB-2024/trede-1/niet-volledig"),
        # 45 by 1 October: 90 expected, achterstand 50 against 40 at the start: up to 3.
        (2, 40, 45, 90, 3, "AB-2024/trede-2/achterstand-niet-gedaald"),
    ],
)
def test_tempo_leidt_tot_trede(huidige, stand_begin, realisatie, verwacht, trede, regel):
    p = prognose(cijfers(100, stand_begin, realisatie), huidige, HALVERWEGE)
    assert p is not None
    assert p.verwachte_realisatie == verwacht
    assert p.verwachte_stand_eind == 100 + stand_begin - verwacht
    assert p.trede == trede
    assert str(p.voorstel.beleid) == "AB-2024"
    assert p.voorstel.regel == regel
    assert p.peildatum == date(2027, 1, 1)
    assert "Prognose op 01-10-2026" in p.toelichting and "geen beoordeling" in p.toelichting


def test_extrapoleert_in_plaats_van_nu_af_te_sluiten():
    # As if the period ended now, 55 of 140 leaves achterstand 85 >= 40 (trede 3 in
    # sight); at the pace so far 110 are housed and the achterstand falls to 30.
    c = cijfers(100, 40, 55)
    assert prognose(c, 2, HALVERWEGE).trede == 2  # type: ignore[union-attr]
    assert not tussentijdse_stand(c, 2, op=HALVERWEGE).opschaling_in_zicht


def test_tempo_vanaf_de_teldatum_van_de_realisatie():
    # Counted on 1 August (day 31), seen on 1 December: the pace is that of 31 days.
    c = cijfers(100, 20, 31, realisatie_op=date(2026, 8, 1))
    p = prognose(c, 1, date(2026, 12, 1))
    assert p is not None and p.verstreken_dagen == 31
    assert p.verwachte_realisatie == 184


def test_koppelingen_tellen_mee_en_worden_voor_de_koppelingspeildatum_geextrapoleerd():
    # On the koppelingspeildatum 90 were available in time: 100 expected meets that basis.
    c = cijfers(100, 20, 50, tijdig_beschikbaar=90)
    p = prognose(c, 1, HALVERWEGE)
    assert p is not None and p.verwacht_tijdig_beschikbaar == 90
    assert p.trede == 1 and str(p.voorstel.basis) == "koppelingstekort"
    # Counted on day 46 (16 August): 45 available so far, 90 expected by 1 October.
    vroeg = cijfers(100, 20, 25, tijdig_beschikbaar=45)
    p = prognose(vroeg, 1, date(2026, 8, 16))
    assert p is not None and p.verwacht_tijdig_beschikbaar == 90


def test_geen_prognose_buiten_de_lopende_periode_of_zonder_cijfers():
    c = cijfers(100, 20, 70)
    assert prognose(c, 1, date(2027, 1, 1)) is None  # the peildatum: the beoordeling applies
    assert prognose(c, 1, date(2026, 7, 1)) is None  # nothing counted yet
    assert prognose(Cijfers(P, taakstelling_gepubliceerd=100), 1, HALVERWEGE) is None


def test_waarschuwing_in_tussentijds_bericht_noemt_de_prognose():
    stand = tussentijdse_stand(cijfers(100, 40, 45), 2, op=HALVERWEGE)
    assert stand.opschaling_in_zicht
    assert stand.prognose is not None and stand.prognose.trede == 3
    assert "naar verwachting trede 3 (prognose, geen beoordeling)" in stand.toelichting
    assert "01-01-2027" in stand.toelichting


def test_tussentijds_bericht_legt_de_waarschuwing_vast_niet_de_prognose_als_trede():
    from datetime import UTC, datetime

    from domain.dossier import Dossier
    from domain.vastlegging import Rol, Vastlegging

    def stempel(rol: Rol, op: datetime) -> Vastlegging:
        return Vastlegging("x", rol, op, op)

    begin = datetime(2026, 7, 1, 9, tzinfo=UTC)
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER, begin))
    d.neem_beoordeling_over(Periode(2026, 1), 2, None, "publicatie", stempel(Rol.BEHEERDER, begin))
    for veld, waarde in (("taakstelling_gepubliceerd", 100), ("stand_begin", 40)):
        d.registreer_cijfer(P, veld, waarde, stempel(Rol.TOEZICHTHOUDER, begin))
    oktober = datetime(2026, 10, 1, 9, tzinfo=UTC)
    d.registreer_cijfer(P, "realisatie", 45, stempel(Rol.TOEZICHTHOUDER, oktober))
    d.verstuur_tussentijds_bericht(P, stempel(Rol.TOEZICHTHOUDER, oktober))
    bericht = d.collect_events()[-1]
    assert bericht.opschaling_in_zicht
    assert "naar verwachting trede 3 (prognose, geen beoordeling)" in bericht.toelichting
    assert d.trede == 2 and str(P) not in d.beoordelingen
