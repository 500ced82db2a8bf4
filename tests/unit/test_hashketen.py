"""Every saved event carries the chain hash of the one before it, also across processes."""

from application.commandos import LegContactVast
from application.keten import BEGIN, VELD, controleer_keten, schakel
from application.toezicht import Toezicht
from tests.integration.test_dossier_opslaan import utrecht_2022_1, vastlegging


def test_elke_gebeurtenis_draagt_de_hash_van_de_vorige_ook_na_een_herstart():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    utrecht_2022_1(app)
    app.events._koppen.clear()  # as a new process: the head is read back from the store
    app.voer_uit(
        LegContactVast(code="GM0344", soort="telefoon", samenvatting="daarna"), vastlegging()
    )
    app.maak_gebruiker_aan("anna", "toezichthouder", "Anna", vastlegging())

    opgeslagen = app.recorder.select_notifications(1, 100)
    koppen: dict = {}
    for s in opgeslagen:
        vorige = koppen.get(s.originator_id, BEGIN)
        assert app.mapper.vorige_hash(s) == vorige, (s.originator_id, s.originator_version)
        koppen[s.originator_id] = schakel(
            vorige, s.originator_id, s.originator_version, s.topic, s.state
        )
    assert len(koppen) == 2  # the dossier and the user

    uitkomst = controleer_keten(app.mapper, opgeslagen)
    assert uitkomst.fouten == []
    assert {k.naam for k in uitkomst.koppen.values()} == {"dossier GM0344", "gebruiker anna"}
    dossier = app.dossier("GM0344")
    app.events._koppen.clear()
    assert app.events.kop(dossier.id) == (dossier.version, koppen[dossier.id])


def test_het_ketenveld_is_geen_veld_van_de_gebeurtenis():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    utrecht_2022_1(app)
    for gebeurtenis in app.events.get(app.dossier("GM0344").id):
        assert VELD not in vars(gebeurtenis)
