"""Commands on user accounts: creation, roles, tokens, passwords and logins, each
recorded on the user's own aggregate in the store Toezicht builds on."""

from __future__ import annotations

import random
import secrets
import time
from datetime import datetime

from eventsourcing.application import AggregateNotFoundError

from application.opslag import Opslag
from application.tokens import token_hash
from domain.errors import BestaatAl, GelijktijdigGewijzigd, NietGevonden
from domain.gebruiker import Gebruiker
from domain.vastlegging import Rol, Vastlegging

_POGINGEN = 30  # saves of a login attempt before a conflict is given up


class Gebruikerscommandos(Opslag):
    def maak_gebruiker_aan(
        self, naam: str, rol: Rol, weergavenaam: str, vastlegging: Vastlegging
    ) -> tuple[int, str]:
        """Create a user and issue a first API token; returns the token once, in clear."""
        gebruiker = Gebruiker.maak_aan(naam, rol, weergavenaam, vastlegging)
        if self._bestaat(gebruiker.id):
            raise BestaatAl(f"gebruiker {gebruiker.naam} bestaat al", "naam")
        token = secrets.token_urlsafe(32)
        gebruiker.geef_token_uit(token_hash(token), vastlegging)
        return self._opslaan(gebruiker), token

    def _gebruiker(self, naam: str) -> Gebruiker:
        try:
            return self.repository.get(Gebruiker.create_id(naam))
        except AggregateNotFoundError:
            raise NietGevonden(f"gebruiker {naam} bestaat niet", "naam") from None

    def wijzig_rol(self, naam: str, rol: Rol, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.wijzig_rol(rol, vastlegging)
        return self._opslaan(gebruiker)

    def geef_token_uit(
        self, naam: str, vastlegging: Vastlegging, verloopt_op: datetime | None = None
    ) -> tuple[int, str]:
        gebruiker = self._gebruiker(naam)
        token = secrets.token_urlsafe(32)
        gebruiker.geef_token_uit(token_hash(token), vastlegging, verloopt_op)
        return self._opslaan(gebruiker), token

    def trek_token_in(self, naam: str, id_: str, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.trek_token_in_op_id(id_, vastlegging)
        return self._opslaan(gebruiker)

    def schakel_gebruiker_uit(self, naam: str, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.schakel_uit(vastlegging)
        return self._opslaan(gebruiker)

    def schakel_gebruiker_in(self, naam: str, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.schakel_in(vastlegging)
        return self._opslaan(gebruiker)

    def stel_wachtwoord_in(self, naam: str, wachtwoord_hash: str, vastlegging: Vastlegging) -> int:
        gebruiker = self._gebruiker(naam)
        gebruiker.stel_wachtwoord_in(wachtwoord_hash, vastlegging)
        return self._opslaan(gebruiker)

    def registreer_login(self, naam: str, gelukt: bool, vastlegging: Vastlegging) -> int:
        """A login attempt is a fact of its own: a concurrent change to the account (another
        attempt, a role change) is no reason to refuse it, so a conflict is retried."""
        for poging in range(_POGINGEN):
            gebruiker = self._gebruiker(naam)
            gebruiker.registreer_login(gelukt, vastlegging)
            try:
                return self._opslaan(gebruiker)
            except GelijktijdigGewijzigd:
                if poging == _POGINGEN - 1:
                    raise
                time.sleep(random.uniform(0, 0.005 * (poging + 1)))  # noqa: S311
        raise AssertionError("unreachable")
