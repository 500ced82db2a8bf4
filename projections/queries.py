"""Read functions for the api and the scheduler. They read tables; they never replay."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Integer, create_engine, func, or_, select, text

from projections import tables as t
from projections.view import TRACKING_TABLE, _engine_opties


class Queries:
    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url, **_engine_opties(url))

    def _alle(self, stmt: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def _een(self, stmt: Any) -> dict[str, Any] | None:
        rijen = self._alle(stmt)
        return rijen[0] if rijen else None

    def gemeenten(self) -> list[dict[str, Any]]:
        return self._alle(select(t.gemeenten).order_by(t.gemeenten.c.naam))

    def gemeente(self, code: str) -> dict[str, Any] | None:
        return self._een(select(t.gemeenten).where(t.gemeenten.c.code == code))

    def perioden(self, code: str) -> list[dict[str, Any]]:
        p = t.perioden.c
        return self._alle(select(t.perioden).where(p.code == code).order_by(p.periode))

    def termijnen(
        self,
        code: str | None = None,
        status: str | None = None,
        tot_voor: str | None = None,
    ) -> list[dict[str, Any]]:
        """Terms, soonest end first; `tot_voor` keeps those ending before that date."""
        tm = t.termijnen.c
        stmt = select(t.termijnen)
        if code:
            stmt = stmt.where(tm.code == code)
        if status:
            stmt = stmt.where(tm.status == status)
        if tot_voor:
            stmt = stmt.where(tm.tot < tot_voor)
        return self._alle(stmt.order_by(tm.tot, tm.code, tm.termijn))

    def open_termijnen(self, code: str | None = None) -> list[dict[str, Any]]:
        return self.termijnen(code, "open")

    def open_termijnen_per_gemeente(self) -> dict[str, int]:
        tm = t.termijnen.c
        stmt = (
            select(tm.code, func.count().label("aantal"))
            .where(tm.status == "open")
            .group_by(tm.code)
        )
        return {r["code"]: r["aantal"] for r in self._alle(stmt)}

    def contacten(self) -> list[dict[str, Any]]:
        return self._alle(select(t.contacten))

    def tussentijdse_berichten(self) -> list[dict[str, Any]]:
        return self._alle(select(t.tussentijdse_berichten))

    def alle_perioden(self) -> list[dict[str, Any]]:
        return self._alle(select(t.perioden))

    def beoordeelde_perioden(self) -> list[dict[str, Any]]:
        b = t.beoordelingen.c
        return self._alle(select(b.code, b.periode).where(b.periode.is_not(None)))

    def meldingen(self, rol: str | None = None, sinds: str | None = None) -> list[dict[str, Any]]:
        m = t.meldingen.c
        stmt = select(t.meldingen)
        if sinds:
            stmt = stmt.where(m.op >= sinds)
        rijen = self._alle(stmt.order_by(m.op.desc(), m.code))
        return [r for r in rijen if rol is None or rol in r["rollen"]]

    def beoordelingen(self, code: str) -> list[dict[str, Any]]:
        b = t.beoordelingen.c
        return self._alle(select(t.beoordelingen).where(b.code == code).order_by(b.versie))

    def voorstellen(self, code: str, status: str | None = None) -> list[dict[str, Any]]:
        v = t.voorstellen.c
        stmt = select(t.voorstellen).where(v.code == code)
        if status:
            stmt = stmt.where(v.status == status)
        return self._alle(stmt.order_by(v.nummer))

    def tijdlijn(self, code: str) -> list[dict[str, Any]]:
        tl = t.tijdlijn.c
        return self._alle(select(t.tijdlijn).where(tl.code == code).order_by(tl.versie))

    def verschoonbare_redenen(self, code: str) -> list[dict[str, Any]]:
        r = t.redenen.c
        return self._alle(select(t.redenen).where(r.code == code).order_by(r.nummer))

    def provincie_totalen(self, provincie: str) -> list[dict[str, Any]]:
        """Sums over the gemeenten's registered figures, per period."""
        p, g = t.perioden.c, t.gemeenten.c
        stmt = (
            select(
                p.periode,
                func.count().label("gemeenten"),
                func.sum(p.taakstelling_gepubliceerd + p.herverdeling).label("taakstelling"),
                func.sum(p.stand_begin).label("stand_begin"),
                func.sum(p.realisatie).label("realisatie"),
                func.sum(p.stand_eind).label("stand_eind"),
                func.max(p.gegenereerd.cast(Integer)).label("gegenereerd"),
            )
            .join(t.gemeenten, g.code == p.code)
            .where(func.lower(g.provincie) == provincie.lower())
            .group_by(p.periode)
            .order_by(p.periode)
        )
        return self._alle(stmt)

    def gebruiker(self, naam: str) -> dict[str, Any] | None:
        return self._een(select(t.gebruikers).where(t.gebruikers.c.naam == naam))

    def mislukte_logins_sinds(self, naam: str, sinds: str) -> int:
        """Failed logins since the last success, within the window."""
        p = t.inlogpogingen.c
        rijen = self._alle(
            select(p.gelukt, p.op).where(p.naam == naam, p.op >= sinds).order_by(p.versie)
        )
        teller = 0
        for rij in rijen:
            teller = 0 if rij["gelukt"] else teller + 1
        return teller

    def gebruiker_bij_token(self, sha256: str, nu: str) -> dict[str, Any] | None:
        """The token's user, unless the token has expired (`nu`: ISO time in UTC)."""
        tk, g = t.tokens.c, t.gebruikers.c
        stmt = (
            select(t.gebruikers)
            .join(t.tokens, tk.naam == g.naam)
            .where(tk.sha256 == sha256, or_(tk.verloopt_op.is_(None), tk.verloopt_op > nu))
        )
        return self._een(stmt)

    def tokens(self, naam: str) -> list[dict[str, Any]]:
        """A user's tokens that were not revoked: id and dates, never the hash."""
        tk = t.tokens.c
        stmt = (
            select(tk.token_id, tk.aangemaakt, tk.verloopt_op)
            .where(tk.naam == naam)
            .order_by(tk.aangemaakt, tk.token_id)
        )
        return self._alle(stmt)

    def positie(self, application_name: str) -> int:

        with self.engine.connect() as conn:
            waarde = conn.execute(
                text(
                    f"SELECT max(notification_id) FROM {TRACKING_TABLE} WHERE application_name = :a"
                ),
                {"a": application_name},
            ).scalar()
        return int(waarde or 0)

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every read table, sorted: for comparing a rebuild with incremental state."""
        uitvoer = {}
        with self.engine.connect() as conn:
            for tabel in t.metadata.sorted_tables:
                rijen = conn.execute(select(tabel)).all()
                uitvoer[tabel.name] = sorted(tuple(map(repr, r)) for r in rijen)
        return uitvoer
