"""Who read a confidential item: every time a dossier's confidential items (a contact
note, a correction of one) are shown to someone, one row per item goes into the access
log (SPEC §6). Not a read model: it is not rebuilt from events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select

_metadata = MetaData()
inzagelog = Table(
    "api_inzage_vertrouwelijk",  # its name from when the api kept it; existing logs stay
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("gebruiker", String(64), nullable=False),
    Column("rol", String(20), nullable=False),
    Column("code", String(6), nullable=False),
    Column("versie", Integer, nullable=False),  # the confidential event that was read
    Column("op", String(32), nullable=False),
)


class Inzage:
    def __init__(self, engine: Any) -> None:
        self.engine = engine
        _metadata.create_all(engine)

    def leg_vast(
        self, gebruiker: str, rol: str, code: str, versies: list[int], op: datetime
    ) -> None:
        if not versies:
            return
        with self.engine.begin() as conn:
            conn.execute(
                insert(inzagelog),
                [
                    {
                        "gebruiker": gebruiker,
                        "rol": rol,
                        "code": code,
                        "versie": v,
                        "op": op.isoformat(),
                    }
                    for v in versies
                ],
            )

    def voor(self, code: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rijen = conn.execute(
                select(inzagelog).where(inzagelog.c.code == code).order_by(inzagelog.c.id)
            )
            return [dict(r._mapping) for r in rijen]

    def alle(self, code: str | None = None) -> list[dict[str, Any]]:
        """Every reading, newest first; `code` keeps one gemeente's."""
        stmt = select(inzagelog).order_by(inzagelog.c.id.desc())
        if code:
            stmt = stmt.where(inzagelog.c.code == code)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]
