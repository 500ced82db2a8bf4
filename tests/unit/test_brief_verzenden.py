"""Sending a letter on the in-memory store: a kenmerk is sent once, also after the dossier
was loaded from a snapshot; the stored bytes are checked against their hash."""

from datetime import UTC, datetime

import pytest

from application import commandos as k
from application.toezicht import Toezicht
from domain.briefdocument import Briefdocument
from domain.errors import BestaatAl
from domain.vastlegging import Rol, Vastlegging
from tests.brieven import verzend_brief

CODE = "GM0307"
OP = datetime(2024, 10, 1, 9, tzinfo=UTC)
PDF = b"%PDF-1.7 een tussentijds bericht"


def stempel() -> Vastlegging:
    return Vastlegging("anna", Rol.TOEZICHTHOUDER, OP, OP)


@pytest.fixture
def app() -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"}, snapshot_interval=2)
    app.voer_uit(
        k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
        Vastlegging("b", Rol.BEHEERDER, OP, OP),
    )
    return app


def verzend(app: Toezicht, kenmerk: str, inhoud: bytes = PDF) -> int:
    versie = app.dossier(CODE).version
    return verzend_brief(app, CODE, "tussentijds_bericht", kenmerk, inhoud, stempel(), versie)


def test_een_kenmerk_wordt_eenmaal_verzonden_ook_na_een_snapshot(app):
    verzend(app, "IBT-HV/2024/GM0307/002")
    verzend(app, "IBT-HV/2024/GM0307/003")
    verzend(app, "IBT-HV/2024/GM0307/004")  # the dossier is now loaded from a snapshot
    assert set(app.dossier(CODE).brieven) == {
        "IBT-HV/2024/GM0307/002",
        "IBT-HV/2024/GM0307/003",
        "IBT-HV/2024/GM0307/004",
    }
    with pytest.raises(BestaatAl) as fout:
        verzend(app, "IBT-HV/2024/GM0307/002", PDF + b" anders")
    assert fout.value.veld == "kenmerk"
    document = app.repository.get(Briefdocument.create_id("IBT-HV/2024/GM0307/002"))
    assert document.pdf == PDF


def test_gewijzigde_bytes_vallen_op():
    document = Briefdocument.bewaar("IBT-HV/2024/GM0307/002", PDF)
    document.inhoud = Briefdocument.bewaar("IBT-HV/2024/GM0307/002", PDF + b"x").inhoud
    with pytest.raises(ValueError, match="kloppen niet"):
        _ = document.pdf
