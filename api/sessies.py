"""Password login for people: server-side sessions in a cookie (Secure, HttpOnly,
SameSite=Strict) with an absolute and an idle expiry, a CSRF token for writes, and
throttling against password guessing (api/inlogrem.py). Every login and failed login is an event."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    insert,
    inspect,
    select,
    update,
)

from application.tokens import token_hash

COOKIE = "toezicht_sessie"
CSRF_HEADER = "x-csrf-token"
log = logging.getLogger("toezicht.sessies")
hasher = PasswordHasher()  # argon2id with the library's current parameters

_metadata = MetaData()
sessies = Table(
    "api_sessies",
    _metadata,
    Column("sha256", String(64), primary_key=True),
    Column("naam", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("aangemaakt", String(32), nullable=False),
    Column("laatst_gebruikt", String(32), nullable=False),
    # The user's sessie_generatie at login: a password change or disabling raises it.
    Column("generatie", Integer, nullable=False),
)


class Sessies:
    def __init__(self, engine: Any, max_duur: timedelta, max_inactief: timedelta) -> None:
        self.engine = engine
        self.max_duur = max_duur
        self.max_inactief = max_inactief
        bekeken = inspect(engine)
        if bekeken.has_table(sessies.name) and "generatie" not in {
            k["name"] for k in bekeken.get_columns(sessies.name)
        }:
            sessies.drop(engine)  # from before generations: those sessions end once
        _metadata.create_all(engine)

    def open(self, naam: str, nu: datetime, generatie: int) -> tuple[str, str]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        with self.engine.begin() as conn:
            conn.execute(
                insert(sessies).values(
                    sha256=token_hash(token),
                    naam=naam,
                    csrf=csrf,
                    aangemaakt=nu.isoformat(),
                    laatst_gebruikt=nu.isoformat(),
                    generatie=generatie,
                )
            )
        return token, csrf

    def zoek(self, token: str, nu: datetime) -> dict[str, Any] | None:
        """The session if still valid (and touch it); expired ones are removed."""
        sleutel = token_hash(token)
        with self.engine.begin() as conn:
            rij = conn.execute(select(sessies).where(sessies.c.sha256 == sleutel)).first()
            if rij is None:
                return None
            sessie = dict(rij._mapping)
            verlopen = (
                nu - datetime.fromisoformat(sessie["aangemaakt"]) > self.max_duur
                or nu - datetime.fromisoformat(sessie["laatst_gebruikt"]) > self.max_inactief
            )
            if verlopen:
                conn.execute(delete(sessies).where(sessies.c.sha256 == sleutel))
                return None
            conn.execute(
                update(sessies)
                .where(sessies.c.sha256 == sleutel)
                .values(laatst_gebruikt=nu.isoformat())
            )
        return sessie

    def sluit(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sessies).where(sessies.c.sha256 == token_hash(token)))


def controleer_wachtwoord(opgeslagen: str | None, wachtwoord: str) -> bool:
    if opgeslagen is None:
        # Same work as a real check, so timing does not reveal whether the account exists.
        hasher.hash(wachtwoord)
        return False
    try:
        return hasher.verify(opgeslagen, wachtwoord)
    except (VerificationError, InvalidHashError):
        return False
