"""Login throttling that holds across threads, workers and servers: every attempt is
counted in the database, atomically, *before* the password is checked.

The lock-out is per account and address. An address from which the account logged in
before (within BEKEND_DAGEN) has its own budget; all other addresses share one budget
per account. So guesses from many new addresses stop at the limit, while an attacker
cannot lock the real user out of the address it uses. Each address also has a budget
over all names, which does not apply to an account on an address it is known from. Unknown names are counted the same way, so answers reveal no names.
Counters are keyed by SHA-256: the table holds no typed names or addresses."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, delete, select, text

BEKEND_DAGEN = 90
ADRES_FACTOR = 4  # an address may try this many times the per-account limit, over all names

_metadata = MetaData()
tellers = Table(
    "api_inlogtellers",
    _metadata,
    Column("sleutel", String(64), primary_key=True),
    Column("vanaf", String(32), nullable=False),
    Column("aantal", Integer, nullable=False),
)
bekende_adressen = Table(
    "api_inlog_bekende_adressen",
    _metadata,
    Column("sleutel", String(64), primary_key=True),
    Column("laatst", String(32), nullable=False),
)

# One statement, so two attempts can never both read the old count: a new window starts
# when the old one has passed. Same syntax on SQLite (3.35+) and PostgreSQL.
_TEL = text(
    "INSERT INTO api_inlogtellers (sleutel, vanaf, aantal) VALUES (:sleutel, :nu, 1) "
    "ON CONFLICT (sleutel) DO UPDATE SET "
    "aantal = CASE WHEN api_inlogtellers.vanaf < :grens THEN 1 "
    "ELSE api_inlogtellers.aantal + 1 END, "
    "vanaf = CASE WHEN api_inlogtellers.vanaf < :grens THEN :nu "
    "ELSE api_inlogtellers.vanaf END "
    "RETURNING aantal, vanaf"
)
_BEKEND = text(
    "INSERT INTO api_inlog_bekende_adressen (sleutel, laatst) VALUES (:sleutel, :nu) "
    "ON CONFLICT (sleutel) DO UPDATE SET laatst = excluded.laatst"
)
_TERUG = text(
    "UPDATE api_inlogtellers SET aantal = aantal - 1 WHERE sleutel = :sleutel AND aantal > 0"
)


def _sleutel(*delen: str) -> str:
    return hashlib.sha256("\x00".join(delen).encode()).hexdigest()


def _tijd(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Beurt:
    """The outcome of counting one attempt."""

    toegestaan: bool
    wacht_seconden: int
    account: str  # the counter this attempt was charged to for its account
    adres: str | None  # the address counter charged, None on a known address


class Inlogrem:
    def __init__(self, engine: Any, max_pogingen: int, venster: timedelta) -> None:
        self.engine = engine
        self.max = max_pogingen
        self.venster = venster
        _metadata.create_all(engine)

    def tel(self, naam: str, adres: str, nu: datetime) -> Beurt:
        """Count this attempt; refused when its account or address budget is spent."""
        eigen = _sleutel("account-adres", naam, adres)
        with self.engine.connect() as conn:
            laatst = conn.execute(
                select(bekende_adressen.c.laatst).where(bekende_adressen.c.sleutel == eigen)
            ).scalar()
        bekend = laatst is not None and laatst >= _tijd(nu - timedelta(days=BEKEND_DAGEN))
        account = eigen if bekend else _sleutel("account", naam)
        per_adres = _sleutel("adres", adres)
        grens = _tijd(nu - self.venster)
        # A transaction that starts with a write takes SQLite's lock at once (no upgrade).
        with self.engine.begin() as conn:
            geteld: list[str] = []
            # The budget over all names guards against guessing many names from one
            # address; it does not refuse an account on an address it is known from.
            budgetten = [(account, self.max)]
            if not bekend:
                budgetten.append((per_adres, self.max * ADRES_FACTOR))
            for sleutel, limiet in budgetten:
                aantal, vanaf = conn.execute(
                    _TEL, {"sleutel": sleutel, "nu": _tijd(nu), "grens": grens}
                ).one()
                geteld.append(sleutel)
                if aantal > limiet:
                    # Refused before any check, so given back: only checked attempts
                    # count, and a locked account does not spend its address's budget.
                    for terug in geteld:
                        conn.execute(_TERUG, {"sleutel": terug})
                    einde = datetime.fromisoformat(vanaf) + self.venster
                    wacht = math.ceil((einde - nu).total_seconds())
                    return Beurt(False, wacht, account, None if bekend else per_adres)
        return Beurt(True, 0, account, None if bekend else per_adres)

    def gelukt(self, beurt: Beurt, naam: str, adres: str, nu: datetime) -> None:
        """A success clears its account's counter, gives back its address attempt and
        makes the address known for this account."""
        eigen = _sleutel("account-adres", naam, adres)
        with self.engine.begin() as conn:
            conn.execute(delete(tellers).where(tellers.c.sleutel == beurt.account))
            if beurt.adres is not None:
                conn.execute(_TERUG, {"sleutel": beurt.adres})
            conn.execute(_BEKEND, {"sleutel": eigen, "nu": _tijd(nu)})
