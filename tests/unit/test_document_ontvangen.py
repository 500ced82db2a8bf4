"""Receiving a document: the server's SHA-256 and the bytes beside the dossier, linked to
the act it belongs to; nothing is replaced without a trace and the same bytes are one
document."""

import hashlib
from datetime import UTC, date, datetime

import pytest

from application import commandos as k
from application.toezicht import Toezicht
from domain import gebeurtenissen as ev
from domain.errors import BestaatAl, BestandstypeGeweigerd, LadderRegelGeschonden, OngeldigeInvoer
from domain.ontvangstdocument import Ontvangstdocument
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from tests.bestanden import PDF, docx

CODE = "GM0307"
OP = datetime(2024, 8, 1, 9, tzinfo=UTC)


def stempel(rol: Rol = Rol.TOEZICHTHOUDER, op: datetime = OP) -> Vastlegging:
    return Vastlegging("anna", rol, op, op)


@pytest.fixture
def app() -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"}, snapshot_interval=3)
    app.voer_uit(
        k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
        stempel(Rol.BEHEERDER),
    )
    return app


def op_trede_3_met_gesprek(app: Toezicht) -> None:
    app.voer_uit(
        k.NeemBeoordelingOver(code=CODE, periode=Periode.parse("2024-1"), trede=3, bron="GS"),
        stempel(Rol.BEHEERDER),
    )
    app.voer_uit(k.VoerVerbeterplangesprek(code=CODE, afgesproken_tot=date(2024, 8, 29)), stempel())


def ontvang(app: Toezicht, inhoud: bytes, naam: str = "plan.pdf", **velden):
    velden.setdefault("soort", "verbeterplan")
    return app.voer_uit(
        k.OntvangDocument(code=CODE, bestandsnaam=naam, inhoud=inhoud, **velden), stempel()
    )


def gebeurtenissen(app: Toezicht, klasse: type) -> list:
    return [
        e for e in app.repository.event_store.get(app.dossier(CODE).id) if isinstance(e, klasse)
    ]


def test_de_hash_is_die_van_de_server_en_de_bytes_staan_naast_het_dossier(app):
    op_trede_3_met_gesprek(app)
    uitkomst = ontvang(app, PDF)
    [e] = gebeurtenissen(app, ev.DocumentOntvangen)
    assert e.originator_version == uitkomst.nummer
    assert e.sha256 == hashlib.sha256(PDF).hexdigest() and e.grootte == len(PDF)
    assert (e.mediatype, e.bestandsnaam, e.soort) == ("application/pdf", "plan.pdf", "verbeterplan")
    termijn = app.dossier(CODE).verbeterplantermijnen()[0]
    assert e.termijn == termijn.id  # linked to the term it answers ...
    assert termijn.status == "open"  # ... which it does not meet unless asked
    assert e.vastlegging["gebruiker"] == "anna"
    opgeslagen = app.repository.get(Ontvangstdocument.create_id(CODE, e.sha256))
    assert opgeslagen.bytes == PDF


def test_als_ontvangst_komt_het_verbeterplan_de_termijn_na_in_dezelfde_handeling(app):
    op_trede_3_met_gesprek(app)
    ontvang(app, PDF, als_ontvangst=True)
    assert len(gebeurtenissen(app, ev.VerbeterplanOntvangen)) == 1
    assert len(gebeurtenissen(app, ev.TermijnNagekomen)) == 1
    assert app.dossier(CODE).verbeterplantermijnen()[0].status == "nagekomen"
    # A second plan for the same term: the document may be kept, the act not repeated.
    with pytest.raises(LadderRegelGeschonden):
        ontvang(app, docx(), "plan.docx", als_ontvangst=True)
    ontvang(app, docx(), "plan.docx")
    assert len(gebeurtenissen(app, ev.DocumentOntvangen)) == 2


def test_zelfde_naam_is_een_nieuw_document_en_het_oude_blijft(app):
    op_trede_3_met_gesprek(app)
    eerste = ontvang(app, PDF)
    tweede = ontvang(app, PDF + b"% versie 2\n")
    e1, e2 = gebeurtenissen(app, ev.DocumentOntvangen)
    assert (e1.vervangt, e2.vervangt) == (None, eerste.nummer)
    assert tweede.nummer > eerste.nummer
    assert app.repository.get(Ontvangstdocument.create_id(CODE, e1.sha256)).bytes == PDF


def test_dezelfde_bytes_twee_keer_worden_geweigerd_met_het_eerdere_nummer(app):
    op_trede_3_met_gesprek(app)
    eerste = ontvang(app, PDF)
    versie = app.dossier(CODE).version
    with pytest.raises(BestaatAl) as fout:
        ontvang(app, PDF, "ander.pdf")
    assert fout.value.veld == "bestand" and f"document {eerste.nummer}" in fout.value.bericht
    assert app.dossier(CODE).version == versie


def test_koppeling_en_type_worden_gecontroleerd_voordat_er_iets_verandert(app):
    with pytest.raises(LadderRegelGeschonden):  # no verbeterplan term yet
        ontvang(app, PDF)
    with pytest.raises(OngeldigeInvoer) as fout:
        ontvang(app, PDF, soort="bewijs_van_huisvesting")
    assert fout.value.veld == "periode"
    with pytest.raises(OngeldigeInvoer) as fout:
        ontvang(app, PDF, soort="antwoord", kenmerk="IBT-HV/2024/GM0307/001")
    assert fout.value.veld == "kenmerk"
    with pytest.raises(OngeldigeInvoer) as fout:
        ontvang(app, PDF, soort="antwoord", als_ontvangst=True)
    assert fout.value.veld == "als_ontvangst"
    with pytest.raises(BestandstypeGeweigerd):
        ontvang(app, b"MZ\x90", "plan.pdf", soort="antwoord")
    assert app.dossier(CODE).version == 1
    bewijs = ontvang(
        app,
        docx("bewijs"),
        "bewijs.docx",
        soort="bewijs_van_huisvesting",
        periode=Periode.parse("2024-1"),
    )
    [e] = gebeurtenissen(app, ev.DocumentOntvangen)
    assert e.periode == "2024-1" and bewijs.nummer == e.originator_version == 2
