"""A user account: name, role, API tokens (stored only as SHA-256, optionally expiring),
an argon2 password hash, being disabled and enabled again, and every login and failed
login, all on record.

The events are explicit classes, as the dossier's (domain/gebeurtenissen.py): documented,
complete, and only recording in `apply`. They are defined inside Gebruiker, so each is
stored as `domain.gebruiker:Gebruiker.<Name>`, the topic the events written before had;
renaming one must register the old topic."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

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
    """One login account; its id follows from the lower-case name."""

    # --- events: a stored contract --------------------------------------------------

    class GebruikerAangemaakt(Aggregate.Created):
        """The account was created with its name, role and the name it is shown by."""

        naam: str
        rol: str
        weergavenaam: str
        vastlegging: dict[str, Any]

    class RolGewijzigd(Aggregate.Event):
        rol: str
        vorige_rol: str
        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            aggregate.rol = Rol(self.rol)

    class TokenUitgegeven(Aggregate.Event):
        """An API token, by its SHA-256 only; `verloopt_op` (ISO, UTC) is absent in older
        records and None for a token that does not expire."""

        token_sha256: str
        vastlegging: dict[str, Any]
        verloopt_op: str | None = None

        def apply(self, aggregate: Any) -> None:
            aggregate.tokens.add(self.token_sha256)

    class TokenIngetrokken(Aggregate.Event):
        token_sha256: str
        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            aggregate.tokens.discard(self.token_sha256)

    class GebruikerUitgeschakeld(Aggregate.Event):
        """Disabled; the reason is in vastlegging."""

        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            aggregate.uitgeschakeld = True

    class GebruikerIngeschakeld(Aggregate.Event):
        """Enabled again; the reason is in vastlegging."""

        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            aggregate.uitgeschakeld = False

    class WachtwoordIngesteld(Aggregate.Event):
        """An argon2id hash; the password itself never reaches the domain."""

        wachtwoord_hash: str
        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            aggregate.wachtwoord_hash = self.wachtwoord_hash

    class Ingelogd(Aggregate.Event):
        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            """A login changes nothing on the account; it is on record."""

    class InloggenMislukt(Aggregate.Event):
        vastlegging: dict[str, Any]

        def apply(self, aggregate: Any) -> None:
            """A failed login changes nothing on the account; it is on record."""

    # --- state and commands ------------------------------------------------------------

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
        return cls._create(
            cls.GebruikerAangemaakt,
            id=cls.create_id(naam),
            naam=naam,
            rol=str(rol),
            weergavenaam=naam if tekens.leeg(weergavenaam) else weergavenaam,
            vastlegging=vastlegging.als_dict(),
        )

    def __init__(self, naam: str, rol: str, weergavenaam: str, vastlegging: dict[str, Any]) -> None:
        self.naam = naam
        self.rol = Rol(rol)
        self.weergavenaam = weergavenaam
        self.tokens: set[str] = set()
        self.wachtwoord_hash: str | None = None
        self.uitgeschakeld = False

    def _leg_vast(
        self, gebeurtenis: type[Aggregate.Event], vastlegging: Vastlegging, **velden: Any
    ) -> None:
        self.trigger_event(gebeurtenis, vastlegging=vastlegging.als_dict(), **velden)

    def wijzig_rol(self, rol: Rol, vastlegging: Vastlegging) -> None:
        if rol not in LOGIN_ROLLEN:
            raise OngeldigeInvoer(f"rol moet een van {', '.join(LOGIN_ROLLEN)} zijn", "rol")
        self._leg_vast(self.RolGewijzigd, vastlegging, rol=str(rol), vorige_rol=str(self.rol))

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
        self._leg_vast(
            self.TokenUitgegeven,
            vastlegging,
            token_sha256=token_sha256,
            verloopt_op=verloopt_op.astimezone(UTC).isoformat() if verloopt_op else None,
        )

    def trek_token_in(self, token_sha256: str, vastlegging: Vastlegging) -> None:
        if token_sha256 not in self.tokens:
            raise NietGevonden("dit token hoort niet bij deze gebruiker", "token")
        self._leg_vast(self.TokenIngetrokken, vastlegging, token_sha256=token_sha256)

    def trek_token_in_op_id(self, id_: str, vastlegging: Vastlegging) -> None:
        """Revoke the token named by `token_id` (as listed); the secret is not needed."""
        passend = [t for t in self.tokens if token_id(t) == id_.strip().lower()]
        if not passend:
            raise NietGevonden(
                f"gebruiker {self.naam} heeft geen geldig token met id {id_}", "token_id"
            )
        self.trek_token_in(passend[0], vastlegging)

    def schakel_uit(self, vastlegging: Vastlegging) -> None:
        """A disabled account keeps its record; its tokens and logins are refused and its
        sessions end."""
        if self.uitgeschakeld:
            raise OngeldigeInvoer(f"account {self.naam} is al uitgeschakeld", "naam")
        if not (vastlegging.reden or "").strip():
            raise OngeldigeInvoer("geef een reden om het account uit te schakelen", "reden")
        self._leg_vast(self.GebruikerUitgeschakeld, vastlegging)

    def schakel_in(self, vastlegging: Vastlegging) -> None:
        if not self.uitgeschakeld:
            raise OngeldigeInvoer(f"account {self.naam} is niet uitgeschakeld", "naam")
        if not (vastlegging.reden or "").strip():
            raise OngeldigeInvoer("geef een reden om het account weer in te schakelen", "reden")
        self._leg_vast(self.GebruikerIngeschakeld, vastlegging)

    def stel_wachtwoord_in(self, wachtwoord_hash: str, vastlegging: Vastlegging) -> None:
        """The hash is computed outside the domain (argon2id); the text never gets here."""
        if not wachtwoord_hash.startswith("$argon2id$"):
            raise OngeldigeInvoer("alleen een argon2id-hash wordt opgeslagen", "wachtwoord")
        self._leg_vast(self.WachtwoordIngesteld, vastlegging, wachtwoord_hash=wachtwoord_hash)

    def registreer_login(self, gelukt: bool, vastlegging: Vastlegging) -> None:
        if gelukt and self.uitgeschakeld:
            raise GeenToegang(f"account {self.naam} is uitgeschakeld", "naam")
        self._leg_vast(self.Ingelogd if gelukt else self.InloggenMislukt, vastlegging)
