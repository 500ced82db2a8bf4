"""The court's ruling on the beroep: only after a beroep against the besluit that binds,
once, not before the beroep, with a known uitkomst, a court and a summary; a gegrond or
deels gegrond ruling annuls the besluit, which can then not be effectuated, while an
ongegrond or niet-ontvankelijk one leaves it standing."""

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.errors import BestaatAl, LadderRegelGeschonden, OngeldigeInvoer
from domain.kalender import LEGE_KALENDER
from domain.ladder import Deelstap
from domain.vastlegging import Rol
from domain.woorden import Uitkomst
from tests.unit.test_juridische_handelingen_volgorde import op_trede_5
from tests.unit.test_ladder_invarianten import besluit, stempel

DAG = timedelta(days=1)
BESLOTEN = datetime(2024, 8, 10, tzinfo=UTC)
LAST = datetime(2024, 8, 12, tzinfo=UTC)
BEKEND = datetime(2024, 8, 14, tzinfo=UTC)
BEROEP = datetime(2024, 9, 1, tzinfo=UTC)
UITSPRAAK = datetime(2024, 12, 2, tzinfo=UTC)
RECHTBANK = "Rechtbank Midden-Nederland"


def met_last(beroep: bool = True):
    d = op_trede_5(BESLOTEN)
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen", date(2024, 9, 1))], stempel(Rol.JURIST, LAST, "last"), LEGE_KALENDER
    )
    d.maak_besluit_bekend(stempel(Rol.JURIST, BEKEND), LEGE_KALENDER)
    if beroep:
        d.registreer_beroep(stempel(Rol.JURIST, BEROEP))
    return d


def uitspraak(d, uitkomst=Uitkomst.GEGROND, op=UITSPRAAK, reden="besluit vernietigd", **kw):
    velden = {"instantie": RECHTBANK, "zaaknummer": "UTR 24/1234", **kw}
    d.registreer_uitspraak(
        uitkomst, velden["instantie"], velden["zaaknummer"], stempel(Rol.JURIST, op, reden)
    )


def naar_trede_6(d):
    besluit(d, 6, datetime(2024, 12, 10, tzinfo=UTC), reden="termijn overschreden")


def test_uitspraak_vraagt_een_ingesteld_beroep():
    d = met_last(beroep=False)
    with pytest.raises(LadderRegelGeschonden, match="ingesteld beroep"):
        uitspraak(d)
    assert d.beroep is None


def test_uitspraak_niet_voor_het_beroep_en_maar_eenmaal():
    d = met_last()
    with pytest.raises(OngeldigeInvoer, match="vóór het beroep") as fout:
        uitspraak(d, op=BEROEP - DAG)
    assert fout.value.veld == "plaatsgevonden_op"
    versie = d.version
    uitspraak(d, Uitkomst.ONGEGROND, op=BEROEP)
    assert d.version == versie + 1
    assert d.beroep is not None and d.beroep.uitkomst == "ongegrond"
    assert d.beroep.uitspraak_op == BEROEP.date()
    with pytest.raises(BestaatAl, match="al uitspraak"):
        uitspraak(d, Uitkomst.GEGROND)
    assert d.beroep.uitkomst == "ongegrond"


@pytest.mark.parametrize(
    ("velden", "veld"),
    [
        ({"uitkomst": "toegewezen"}, "uitkomst"),
        ({"instantie": "  "}, "instantie"),
        ({"reden": None}, "reden"),
        ({"reden": " "}, "reden"),
    ],
)
def test_uitspraak_weigert_onvolledige_invoer(velden, veld):
    d = met_last()
    versie = d.version
    with pytest.raises(OngeldigeInvoer) as fout:
        uitspraak(d, **velden)
    assert fout.value.veld == veld
    assert d.version == versie


def test_zaaknummer_is_optioneel():
    d = met_last()
    uitspraak(d, Uitkomst.NIET_ONTVANKELIJK, zaaknummer=None)
    assert d.beroep is not None and d.beroep.uitkomst == "niet_ontvankelijk"


@pytest.mark.parametrize("uitkomst", [Uitkomst.GEGROND, Uitkomst.DEELS_GEGROND])
def test_vernietigd_besluit_kan_niet_worden_geeffectueerd(uitkomst):
    d = met_last()
    uitspraak(d, uitkomst)
    naar_trede_6(d)
    with pytest.raises(LadderRegelGeschonden, match="vernietigd") as fout:
        d.effectueer_indeplaatsstelling(stempel(Rol.JURIST, datetime(2024, 12, 11, tzinfo=UTC)))
    assert fout.value.veld == "besluit"
    assert not d.geeffectueerd


@pytest.mark.parametrize("uitkomst", [Uitkomst.ONGEGROND, Uitkomst.NIET_ONTVANKELIJK])
def test_besluit_blijft_staan_bij_ongegrond_of_niet_ontvankelijk(uitkomst):
    d = met_last()
    uitspraak(d, uitkomst)
    naar_trede_6(d)
    d.effectueer_indeplaatsstelling(stempel(Rol.JURIST, datetime(2024, 12, 11, tzinfo=UTC)))
    assert d.geeffectueerd


def test_beroep_schorst_niet_effectuering_voor_de_uitspraak_mag():
    d = met_last()
    naar_trede_6(d)
    d.effectueer_indeplaatsstelling(stempel(Rol.JURIST, datetime(2024, 12, 11, tzinfo=UTC)))
    assert d.geeffectueerd


def test_een_nieuw_besluit_na_vernietiging_kan_worden_geeffectueerd():
    d = met_last()
    uitspraak(d, Uitkomst.GEGROND)
    d.neem_indeplaatsstellingsbesluit(
        [Deelstap("woningen, opnieuw gemotiveerd", date(2024, 12, 5))],
        stempel(Rol.JURIST, UITSPRAAK + DAG, "nieuw besluit na de uitspraak"),
        LEGE_KALENDER,
    )
    naar_trede_6(d)
    with pytest.raises(LadderRegelGeschonden, match="ingesteld beroep"):
        uitspraak(d, Uitkomst.ONGEGROND)  # the beroep was against the annulled besluit
    d.effectueer_indeplaatsstelling(stempel(Rol.JURIST, datetime(2024, 12, 11, tzinfo=UTC)))
    assert d.geeffectueerd
