"""Domain refusals name the field of the request that carried the value (`reden`, not
`motivering`; the period, naming the figure as it is registered), or no field when the
refusal is about the dossier's state."""

from datetime import UTC, date, datetime

import pytest

from domain.dossier import Dossier
from domain.errors import BestaatAl, DomainError, OngeldigeInvoer
from domain.kalender import LEGE_KALENDER
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

OP = datetime(2024, 7, 15, 9, tzinfo=UTC)


def stempel(rol: Rol, reden: str | None = None) -> Vastlegging:
    return Vastlegging("x", rol, OP, OP, reden)


def op_trede(trede: int) -> Dossier:
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER))
    d.neem_beoordeling_over(Periode(2023, 2), trede, None, "publicatie", stempel(Rol.BEHEERDER))
    return d


def test_afwijking_zonder_motivering_noemt_reden():
    with pytest.raises(OngeldigeInvoer) as fout:
        op_trede(2).stel_beoordeling_voor(None, stempel(Rol.TOEZICHTHOUDER), trede=3)
    assert fout.value.veld == "reden"


def test_ontbrekende_cijfers_noemen_de_periode_en_het_cijfer_zoals_het_heet():
    d = op_trede(2)
    d.registreer_cijfer(Periode(2024, 1), "stand_begin", 10, stempel(Rol.TOEZICHTHOUDER))
    with pytest.raises(OngeldigeInvoer) as fout:
        d.stel_beoordeling_voor(Periode(2024, 1), stempel(Rol.TOEZICHTHOUDER))
    assert fout.value.veld == "periode"
    assert "taakstelling_gepubliceerd" in fout.value.bericht


def test_vaststelling_van_een_vervallen_voorstel_noemt_het_voorstel():
    d = op_trede(2)
    op = d.stel_beoordeling_voor(None, stempel(Rol.TOEZICHTHOUDER, "opschalen"), trede=3)
    af = d.stel_beoordeling_voor(None, stempel(Rol.TOEZICHTHOUDER, "afschalen"), trede=1)
    d.stel_beoordeling_vast(af, stempel(Rol.BESTUURDER))  # the trede changed: `op` lapsed
    with pytest.raises(BestaatAl) as fout:
        d.stel_beoordeling_vast(op, stempel(Rol.BESTUURDER))
    assert fout.value.veld == "nummer" and f"voorstel {op}" in fout.value.bericht


@pytest.mark.parametrize(
    "handeling",
    [
        lambda d: d.verzend_toezichtbrief(stempel(Rol.TOEZICHTHOUDER), LEGE_KALENDER),
        lambda d: d.verzend_afschrift_raad(stempel(Rol.TOEZICHTHOUDER)),
        lambda d: d.effectueer_indeplaatsstelling(stempel(Rol.JURIST)),
        lambda d: d.maak_besluit_bekend(stempel(Rol.JURIST), LEGE_KALENDER),
    ],
)
def test_weigering_om_de_stand_van_het_dossier_noemt_geen_veld(handeling):
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER))
    with pytest.raises(DomainError) as fout:
        handeling(d)
    assert fout.value.veld is None


def test_deelstap_wordt_genoemd_zoals_in_het_verzoek():
    stappen = [Deelstap("woningen", date(2025, 1, 1)), Deelstap("begeleiding", date(2024, 7, 1))]
    with pytest.raises(OngeldigeInvoer) as fout:
        op_trede(5).neem_indeplaatsstellingsbesluit(
            stappen, stempel(Rol.JURIST, "besluit"), LEGE_KALENDER
        )
    assert fout.value.veld == "deelstappen.1.termijn_tot"
