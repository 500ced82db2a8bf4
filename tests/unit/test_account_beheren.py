"""Managing an account: revoking a token by its id, tokens that expire, disabling and
enabling again. Each is an event on the user that says who, when and why."""

from datetime import UTC, datetime, timedelta

import pytest

from application.toezicht import Toezicht
from application.tokens import token_hash
from domain.errors import GeenToegang, NietGevonden, OngeldigeInvoer
from domain.gebruiker import Gebruiker, token_id
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SHA = token_hash("geheim")


def _beheer(reden: str | None = None) -> Vastlegging:
    return Vastlegging("beheer", Rol.BEHEERDER, NU, NU, reden)


def _anna() -> Gebruiker:
    anna = Gebruiker.maak_aan("anna", Rol.TOEZICHTHOUDER, "Anna", _beheer())
    anna.geef_token_uit(SHA, _beheer())
    return anna


def test_token_intrekken_op_id():
    anna = _anna()
    assert token_id(SHA) == SHA[:12]
    with pytest.raises(NietGevonden) as fout:
        anna.trek_token_in_op_id("000000000000", _beheer("kwijt"))
    assert fout.value.veld == "token_id"
    anna.trek_token_in_op_id(token_id(SHA).upper(), _beheer("laptop kwijt"))
    assert anna.tokens == set()
    ingetrokken = anna.collect_events()[-1]
    assert type(ingetrokken).__name__ == "TokenIngetrokken"
    assert ingetrokken.vastlegging["reden"] == "laptop kwijt"


def test_token_met_verloopdatum_wordt_in_utc_vastgelegd():
    anna = _anna()
    amsterdam = datetime(2026, 6, 1, 12, 0).astimezone()
    anna.geef_token_uit(token_hash("tweede"), _beheer(), amsterdam)
    uitgegeven = anna.collect_events()[-1]
    assert uitgegeven.verloopt_op == amsterdam.astimezone(UTC).isoformat()
    with pytest.raises(OngeldigeInvoer) as fout:
        anna.geef_token_uit(token_hash("derde"), _beheer(), NU - timedelta(days=1))
    assert fout.value.veld == "verloopt_op"


def test_uitschakelen_weigert_inloggen_en_nieuwe_tokens_tot_weer_ingeschakeld():
    anna = _anna()
    with pytest.raises(OngeldigeInvoer) as fout:
        anna.schakel_uit(_beheer())
    assert fout.value.veld == "reden"
    anna.schakel_uit(_beheer("uit dienst"))
    with pytest.raises(OngeldigeInvoer):
        anna.schakel_uit(_beheer("nog eens"))
    with pytest.raises(GeenToegang, match="uitgeschakeld"):
        anna.registreer_login(True, Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU))
    with pytest.raises(GeenToegang):
        anna.geef_token_uit(token_hash("nieuw"), _beheer())
    anna.registreer_login(False, Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU))  # on record

    anna.schakel_in(_beheer("terug van verlof"))
    anna.registreer_login(True, Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU))
    soorten = [type(e).__name__ for e in anna.collect_events()]
    assert soorten[-4:] == [
        "GebruikerUitgeschakeld",
        "InloggenMislukt",
        "GebruikerIngeschakeld",
        "Ingelogd",
    ]


def test_uitschakelen_blijft_na_opslaan_en_laden():
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    app.maak_gebruiker_aan("anna", Rol.TOEZICHTHOUDER, "Anna", _beheer())
    app.schakel_gebruiker_uit("anna", _beheer("uit dienst"))
    assert app._gebruiker("anna").uitgeschakeld
    with pytest.raises(GeenToegang):
        app.registreer_login("anna", True, Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU))
    app.schakel_gebruiker_in("anna", _beheer("terug"))
    assert not app._gebruiker("anna").uitgeschakeld
