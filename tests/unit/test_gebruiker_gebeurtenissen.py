"""The Gebruiker aggregate records explicit event classes, as the dossier does, and
writes them under the topics the events of before had: a store mixing both stays one."""

from eventsourcing.domain import Aggregate

from application.toezicht import Toezicht
from domain.gebruiker import Gebruiker
from tests.data.maak_opgeslagen_toestand import gebruikers
from tests.integration.test_opgeslagen_toestand import GEBRUIKERSGEBEURTENISSEN


def test_nieuwe_gebruikersgebeurtenissen_houden_de_oude_topics():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    gebruikers(app)
    topics = {n.topic for n in app.recorder.select_notifications(1, 1000)}
    assert topics == {f"domain.gebruiker:Gebruiker.{n}" for n in GEBRUIKERSGEBEURTENISSEN}


def test_elke_gebeurtenis_is_een_eigen_klasse_met_velden():
    for naam in GEBRUIKERSGEBEURTENISSEN:
        klasse = getattr(Gebruiker, naam)
        assert issubclass(klasse, Gebruiker.Event)
        assert "vastlegging" in klasse.__dataclass_fields__
    assert issubclass(Gebruiker.GebruikerAangemaakt, Aggregate.Created)
