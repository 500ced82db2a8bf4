"""A user account: name, role, API tokens (stored only as SHA-256), an argon2 password
hash, and every login and failed login, all on record."""

from __future__ import annotations

import re
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain.errors import NietGevonden, OngeldigeInvoer
from domain.vastlegging import Rol, Vastlegging

GEBRUIKERSNAAM = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
LOGIN_ROLLEN = tuple(r for r in Rol if r is not Rol.SYSTEEM)
_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/gebruiker/")


class Gebruiker(Aggregate):
    @staticmethod
    def create_id(naam: str) -> UUID:
        return uuid5(_NAMESPACE, naam.lower())

    @classmethod
    def maak_aan(
        cls, naam: str, rol: Rol, weergavenaam: str, vastlegging: Vastlegging
    ) -> Gebruiker:
        naam = naam.strip().lower()
        if not GEBRUIKERSNAAM.match(naam):
            raise OngeldigeInvoer(
                "gebruikersnaam: 2-64 tekens, kleine letters, cijfers en . _ @ -", "naam"
            )
        if rol not in LOGIN_ROLLEN:
            raise OngeldigeInvoer(f"rol moet een van {', '.join(LOGIN_ROLLEN)} zijn", "rol")
        return cls(
            naam=naam,
            rol=str(rol),
            weergavenaam=weergavenaam.strip() or naam,
            vastlegging=vastlegging.als_dict(),
        )

    @event("GebruikerAangemaakt")
    def __init__(self, naam: str, rol: str, weergavenaam: str, vastlegging: dict[str, Any]) -> None:
        self.naam = naam
        self.rol = Rol(rol)
        self.weergavenaam = weergavenaam
        self.tokens: set[str] = set()
        self.wachtwoord_hash: str | None = None

    def wijzig_rol(self, rol: Rol, vastlegging: Vastlegging) -> None:
        if rol not in LOGIN_ROLLEN:
            raise OngeldigeInvoer(f"rol moet een van {', '.join(LOGIN_ROLLEN)} zijn", "rol")
        self._rol_gewijzigd(
            rol=str(rol), vorige_rol=str(self.rol), vastlegging=vastlegging.als_dict()
        )

    @event("RolGewijzigd")
    def _rol_gewijzigd(self, rol: str, vorige_rol: str, vastlegging: dict[str, Any]) -> None:
        self.rol = Rol(rol)

    def geef_token_uit(self, token_sha256: str, vastlegging: Vastlegging) -> None:
        if not re.fullmatch(r"[0-9a-f]{64}", token_sha256):
            raise OngeldigeInvoer("token_sha256 moet een SHA-256 in hex zijn", "token")
        self._token_uitgegeven(token_sha256=token_sha256, vastlegging=vastlegging.als_dict())

    @event("TokenUitgegeven")
    def _token_uitgegeven(self, token_sha256: str, vastlegging: dict[str, Any]) -> None:
        self.tokens.add(token_sha256)

    def trek_token_in(self, token_sha256: str, vastlegging: Vastlegging) -> None:
        if token_sha256 not in self.tokens:
            raise NietGevonden("dit token hoort niet bij deze gebruiker", "token")
        self._token_ingetrokken(token_sha256=token_sha256, vastlegging=vastlegging.als_dict())

    @event("TokenIngetrokken")
    def _token_ingetrokken(self, token_sha256: str, vastlegging: dict[str, Any]) -> None:
        self.tokens.discard(token_sha256)

    def stel_wachtwoord_in(self, wachtwoord_hash: str, vastlegging: Vastlegging) -> None:
        """The hash is computed outside the domain (argon2id); the text never gets here."""
        if not wachtwoord_hash.startswith("$argon2id$"):
            raise OngeldigeInvoer("alleen een argon2id-hash wordt opgeslagen", "wachtwoord")
        self._wachtwoord_ingesteld(
            wachtwoord_hash=wachtwoord_hash, vastlegging=vastlegging.als_dict()
        )

    @event("WachtwoordIngesteld")
    def _wachtwoord_ingesteld(self, wachtwoord_hash: str, vastlegging: dict[str, Any]) -> None:
        self.wachtwoord_hash = wachtwoord_hash

    def registreer_login(self, gelukt: bool, vastlegging: Vastlegging) -> None:
        if gelukt:
            self._ingelogd(vastlegging=vastlegging.als_dict())
        else:
            self._inloggen_mislukt(vastlegging=vastlegging.als_dict())

    @event("Ingelogd")
    def _ingelogd(self, vastlegging: dict[str, Any]) -> None:
        pass

    @event("InloggenMislukt")
    def _inloggen_mislukt(self, vastlegging: dict[str, Any]) -> None:
        pass
