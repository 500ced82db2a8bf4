"""A user account: name, role, API tokens (stored only as SHA-256, optionally expiring),
an argon2 password hash, being disabled and enabled again, and every login and failed
login, all on record."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, event

from domain import tekens
from domain.errors import GeenToegang, NietGevonden, OngeldigeInvoer
from domain.vastlegging import Rol, Vastlegging

GEBRUIKERSNAAM = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
LOGIN_ROLLEN = tuple(r for r in Rol if r is not Rol.SYSTEEM)
_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/gebruiker/")
TOKEN_ID_LENGTE = 12


def token_id(token_sha256: str) -> str:
    """How a token is named in lists and revocations: the start of its hash, never the
    secret (a prefix of a SHA-256 of 256 random bits reveals nothing usable)."""
    return token_sha256[:TOKEN_ID_LENGTE]


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
        weergavenaam = tekens.controleer(weergavenaam, "weergavenaam").strip()
        return cls(
            naam=naam,
            rol=str(rol),
            weergavenaam=naam if tekens.leeg(weergavenaam) else weergavenaam,
            vastlegging=vastlegging.als_dict(),
        )

    @event("GebruikerAangemaakt")
    def __init__(self, naam: str, rol: str, weergavenaam: str, vastlegging: dict[str, Any]) -> None:
        self.naam = naam
        self.rol = Rol(rol)
        self.weergavenaam = weergavenaam
        self.tokens: set[str] = set()
        self.wachtwoord_hash: str | None = None
        self.uitgeschakeld = False

    def wijzig_rol(self, rol: Rol, vastlegging: Vastlegging) -> None:
        if rol not in LOGIN_ROLLEN:
            raise OngeldigeInvoer(f"rol moet een van {', '.join(LOGIN_ROLLEN)} zijn", "rol")
        self._rol_gewijzigd(
            rol=str(rol), vorige_rol=str(self.rol), vastlegging=vastlegging.als_dict()
        )

    @event("RolGewijzigd")
    def _rol_gewijzigd(self, rol: str, vorige_rol: str, vastlegging: dict[str, Any]) -> None:
        self.rol = Rol(rol)

    def geef_token_uit(
        self, token_sha256: str, vastlegging: Vastlegging, verloopt_op: datetime | None = None
    ) -> None:
        if not re.fullmatch(r"[0-9a-f]{64}", token_sha256):
            raise OngeldigeInvoer("token_sha256 moet een SHA-256 in hex zijn", "token")
        if self.uitgeschakeld:
            raise GeenToegang(f"account {self.naam} is uitgeschakeld", "naam")
        if verloopt_op is not None:
            if verloopt_op.tzinfo is None:
                raise OngeldigeInvoer("verloopt_op mist een tijdzone", "verloopt_op")
            if verloopt_op <= vastlegging.geregistreerd_op:
                raise OngeldigeInvoer("verloopt_op ligt niet in de toekomst", "verloopt_op")
        self._token_uitgegeven(
            token_sha256=token_sha256,
            vastlegging=vastlegging.als_dict(),
            verloopt_op=verloopt_op.astimezone(UTC).isoformat() if verloopt_op else None,
        )

    @event("TokenUitgegeven")
    def _token_uitgegeven(
        self, token_sha256: str, vastlegging: dict[str, Any], verloopt_op: str | None = None
    ) -> None:
        self.tokens.add(token_sha256)

    def trek_token_in(self, token_sha256: str, vastlegging: Vastlegging) -> None:
        if token_sha256 not in self.tokens:
            raise NietGevonden("dit token hoort niet bij deze gebruiker", "token")
        self._token_ingetrokken(token_sha256=token_sha256, vastlegging=vastlegging.als_dict())

    def trek_token_in_op_id(self, id_: str, vastlegging: Vastlegging) -> None:
        """Revoke the token named by `token_id` (as listed); the secret is not needed."""
        passend = [t for t in self.tokens if token_id(t) == id_.strip().lower()]
        if not passend:
            raise NietGevonden(
                f"gebruiker {self.naam} heeft geen geldig token met id {id_}", "token_id"
            )
        self.trek_token_in(passend[0], vastlegging)

    @event("TokenIngetrokken")
    def _token_ingetrokken(self, token_sha256: str, vastlegging: dict[str, Any]) -> None:
        self.tokens.discard(token_sha256)

    def schakel_uit(self, vastlegging: Vastlegging) -> None:
        """A disabled account keeps its record; its tokens and logins are refused and its
        sessions end."""
        if self.uitgeschakeld:
            raise OngeldigeInvoer(f"account {self.naam} is al uitgeschakeld", "naam")
        if not (vastlegging.reden or "").strip():
            raise OngeldigeInvoer("geef een reden om het account uit te schakelen", "reden")
        self._uitgeschakeld(vastlegging=vastlegging.als_dict())

    @event("GebruikerUitgeschakeld")
    def _uitgeschakeld(self, vastlegging: dict[str, Any]) -> None:
        self.uitgeschakeld = True

    def schakel_in(self, vastlegging: Vastlegging) -> None:
        if not self.uitgeschakeld:
            raise OngeldigeInvoer(f"account {self.naam} is niet uitgeschakeld", "naam")
        if not (vastlegging.reden or "").strip():
            raise OngeldigeInvoer("geef een reden om het account weer in te schakelen", "reden")
        self._ingeschakeld(vastlegging=vastlegging.als_dict())

    @event("GebruikerIngeschakeld")
    def _ingeschakeld(self, vastlegging: dict[str, Any]) -> None:
        self.uitgeschakeld = False

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
        if gelukt and self.uitgeschakeld:
            raise GeenToegang(f"account {self.naam} is uitgeschakeld", "naam")
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
