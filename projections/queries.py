"""Read functions for the api, the pages and the scheduler. They read tables; they never
replay. The ones that take a `Lezer` (gemeenten_voor, dossier, tijdlijn, afleidingen,
werkvoorraad) are what a person's screen, letter or export reads: they return view
objects (projections/weergaven.py) already filtered for that reader and logged."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, func, or_, select, text

from domain.zichtbaarheid import Lezer, afgeschermd
from projections import tables as t
from projections.inzage import Inzage
from projections.openbaar import OpenbareTrede, openbare_trede
from projections.overzichtgeheugen import Overzichtgeheugen
from projections.periodecijfers import periode_standen, totalen_per_periode
from projections.tijdlijn import als_akte
from projections.view import TRACKING_TABLE, _engine_opties
from projections.weergaven import (
    Afleiding,
    DossierView,
    GemeenteRij,
    TijdlijnRegel,
    WerkvoorraadView,
    afleiding,
    dossier_view,
    gemeente_rij,
    uit_rij,
)
from projections.werkvoorraad import werkvoorraad


def met_cijfers() -> Any:
    """A period row that still holds a figure: one whose figures were all withdrawn (a
    mistyped period) is no period of the gemeente and counts in no total."""
    p = t.perioden.c
    return or_(
        p.taakstelling_gepubliceerd.is_not(None),
        p.stand_begin.is_not(None),
        p.realisatie.is_not(None),
        p.stand_eind.is_not(None),
        p.tijdig_beschikbaar.is_not(None),
    )


class Queries:
    def __init__(self, url: str) -> None:
        self.engine: Engine = create_engine(url, **_engine_opties(url))
        self.inzage = Inzage(self.engine)
        self.overzicht = Overzichtgeheugen(self.engine)

    def alle(self, stmt: Any) -> list[dict[str, Any]]:
        """Rows of a select on the read tables, as dicts (for read modules beside this one)."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def een(self, stmt: Any) -> dict[str, Any] | None:
        rijen = self.alle(stmt)
        return rijen[0] if rijen else None

    def gemeenten(self) -> list[dict[str, Any]]:
        return self.alle(select(t.gemeenten).order_by(t.gemeenten.c.naam))

    def gemeente(self, code: str) -> dict[str, Any] | None:
        return self.een(select(t.gemeenten).where(t.gemeenten.c.code == code))

    def perioden(self, code: str) -> list[dict[str, Any]]:
        p = t.perioden.c
        return self.alle(
            select(t.perioden).where(p.code == code, met_cijfers()).order_by(p.periode)
        )

    def termijnen(
        self,
        code: str | None = None,
        status: str | None = None,
        tot_voor: str | None = None,
    ) -> list[dict[str, Any]]:
        """Terms, soonest end first; `tot_voor` keeps those ending before that date.
        `einddatum` is the legal last day (also `tot`); `einddatum_opgegeven` the date as
        set, and `verschoven_reden` why the Algemene termijnenwet moved it."""
        tm = t.termijnen.c
        stmt = select(t.termijnen)
        if code:
            stmt = stmt.where(tm.code == code)
        if status:
            stmt = stmt.where(tm.status == status)
        if tot_voor:
            stmt = stmt.where(tm.tot < tot_voor)
        return [
            {
                **r,
                "einddatum": r["tot"],
                "einddatum_opgegeven": r["tot_opgegeven"] or r["tot"],
            }
            for r in self.alle(stmt.order_by(tm.tot, tm.code, tm.termijn))
        ]

    def open_termijnen(self, code: str | None = None) -> list[dict[str, Any]]:
        return self.termijnen(code, "open")

    def open_termijnen_per_gemeente(self) -> dict[str, int]:
        tm = t.termijnen.c
        stmt = (
            select(tm.code, func.count().label("aantal"))
            .where(tm.status == "open")
            .group_by(tm.code)
        )
        return {r["code"]: r["aantal"] for r in self.alle(stmt)}

    def contacten(self) -> list[dict[str, Any]]:
        return self.alle(select(t.contacten))

    def tussentijdse_berichten(self) -> list[dict[str, Any]]:
        return self.alle(select(t.tussentijdse_berichten))

    def alle_perioden(self) -> list[dict[str, Any]]:
        return self.alle(select(t.perioden).where(met_cijfers()))

    def beoordeelde_perioden(self) -> list[dict[str, Any]]:
        b = t.beoordelingen.c
        return self.alle(select(b.code, b.periode).where(b.periode.is_not(None)))

    def meldingen(self, rol: str | None = None, sinds: str | None = None) -> list[dict[str, Any]]:
        m = t.meldingen.c
        stmt = select(t.meldingen)
        if sinds:
            stmt = stmt.where(m.op >= sinds)
        rijen = self.alle(stmt.order_by(m.op.desc(), m.code))
        return [r for r in rijen if rol is None or rol in r["rollen"]]

    def beoordelingen(self, code: str) -> list[dict[str, Any]]:
        b = t.beoordelingen.c
        return self.alle(select(t.beoordelingen).where(b.code == code).order_by(b.versie))

    def voorstellen(self, code: str, status: str | None = None) -> list[dict[str, Any]]:
        v = t.voorstellen.c
        stmt = select(t.voorstellen).where(v.code == code)
        if status:
            stmt = stmt.where(v.status == status)
        return self.alle(stmt.order_by(v.nummer))

    def open_voorstellen(self) -> list[dict[str, Any]]:
        """Every proposal waiting for adoption, in every dossier."""
        v = t.voorstellen.c
        return self.alle(select(t.voorstellen).where(v.status == "open").order_by(v.code, v.nummer))

    def laatste_beoordelingen(self) -> list[dict[str, Any]]:
        """Per gemeente its latest decision (adopted or taken over)."""
        b = t.beoordelingen.c
        laatste = select(b.code, func.max(b.versie).label("versie")).group_by(b.code).subquery()
        return self.alle(
            select(t.beoordelingen).join(
                laatste, (laatste.c.code == b.code) & (laatste.c.versie == b.versie)
            )
        )

    # --- reads for a reader: view objects, filtered for and logged per reader --------

    def gemeenten_voor(self, lezer: Lezer) -> list[GemeenteRij]:
        """Every gemeente by name with its trede and its open terms and proposals: the
        list, and the overview export. Nothing confidential, so nothing is logged."""
        del lezer  # the same for every reader; taken so each caller states who reads
        termijnen = self.open_termijnen_per_gemeente()
        return [gemeente_rij(r, termijnen.get(r["code"], 0)) for r in self.gemeenten()]

    def dossier(self, code: str, lezer: Lezer) -> DossierView | None:
        """One gemeente's dossier summary (trede and since when, latest figures, open
        terms with their legal end dates, open proposals); None for an unknown code.
        It holds no confidential text (notes are only in the tijdlijn), so every reader
        sees the same and nothing is logged."""
        del lezer  # the same for every reader; taken so each caller states who reads
        gemeente = self.gemeente(code)
        if gemeente is None:
            return None
        return dossier_view(
            gemeente,
            periode_standen(self.perioden(code)),
            self.open_termijnen(code),
            self.voorstellen(code, "open"),
        )

    def tijdlijn(
        self, code: str, lezer: Lezer, op: datetime, export: bool = False
    ) -> list[TijdlijnRegel]:
        """The dossier's timeline as this reader may see it, as a record of acts (see
        projections/tijdlijn.py): confidential items stripped of their text for a reader
        without access (domain/zichtbaarheid.py), and their reading logged at `op` for
        one with access. For an `export` (a copy leaving the product) the stricter rule
        of who may export confidential text applies."""
        rijen = self.gebeurtenissen(code)
        vertrouwelijk = [r for r in rijen if r["vertrouwelijk"]]
        if lezer.mag_vertrouwelijk_exporteren if export else lezer.mag_vertrouwelijk_lezen:
            self.inzage.leg_vast(
                lezer.naam, str(lezer.rol), code, [r["versie"] for r in vertrouwelijk], op
            )
        else:
            for rij in vertrouwelijk:
                rij["reden"] = None
                rij["gegevens"] = afgeschermd(rij["gegevens"])
        akte = als_akte(rijen, self.weergavenamen({r["gebruiker"] for r in rijen}))
        return [uit_rij(TijdlijnRegel, r) for r in akte]

    def afleidingen(self, code: str, lezer: Lezer) -> list[Afleiding]:
        """Every decided beoordeling of the dossier with its derivation, oldest first.
        Nothing in it is confidential, so every reader sees the same."""
        del lezer  # the same for every reader; taken so each caller states who reads
        return [afleiding(r) for r in self.beoordelingen(code)]

    def werkvoorraad(
        self,
        lezer: Lezer,
        vandaag: date,
        sinds: date | None,
        rol: str | None = None,
        alles: bool = False,
    ) -> WerkvoorraadView:
        """The work of the reader's own role, of another role (`rol`), or everyone's
        (`alles`); recurring work only from `sinds`, the date the product came in use."""
        filter_rol = None if alles else (rol or str(lezer.rol))
        return werkvoorraad(self, vandaag, sinds, filter_rol)

    def weergavenamen(self, namen: set[str]) -> dict[str, str]:
        g = t.gebruikers.c
        rijen = self.alle(select(g.naam, g.weergavenaam).where(g.naam.in_(sorted(namen))))
        return {r["naam"]: r["weergavenaam"] for r in rijen}

    def gebeurtenissen(self, code: str) -> list[dict[str, Any]]:
        """The raw timeline rows, confidential text included and unlogged: for the
        machinery (answering a repeated request), never to show to a person."""
        tl = t.tijdlijn.c
        return self.alle(select(t.tijdlijn).where(tl.code == code).order_by(tl.versie))

    def brieven(self, code: str) -> list[dict[str, Any]]:
        """The letters sent to this gemeente, in the order they were sent."""
        b = t.brieven.c
        return self.alle(select(t.brieven).where(b.code == code).order_by(b.versie))

    def briefdocument(self, code: str, kenmerk: str) -> bytes | None:
        """The PDF exactly as sent, checked against the hash the dossier recorded."""
        b, d = t.brieven.c, t.briefdocumenten.c
        rij = self.een(
            select(d.inhoud, b.sha256)
            .join(t.brieven, b.kenmerk == d.kenmerk)
            .where(b.code == code, b.kenmerk == kenmerk)
        )
        if rij is None:
            return None
        inhoud = base64.b64decode(rij["inhoud"])
        if hashlib.sha256(inhoud).hexdigest() != rij["sha256"]:
            raise RuntimeError(f"brief {kenmerk}: de opgeslagen bytes kloppen niet met de hash")
        return inhoud

    def openbare_treden(self) -> list[OpenbareTrede]:
        """Per gemeente (by code) the public line of the IBT map: nothing confidential,
        no one's name, the same for everyone (it is published without login)."""
        b = t.brieven.c
        laatste: dict[str, dict[str, Any]] = {}
        for brief in self.alle(
            select(b.code, b.kenmerk, b.verzonden_op)
            .where(b.soort == "toezichtbrief")
            .order_by(b.code, b.versie)
        ):
            laatste[brief["code"]] = brief  # the later one (a correction too) wins
        gemeenten = self.alle(select(t.gemeenten).order_by(t.gemeenten.c.code))
        return [openbare_trede(g, laatste.get(g["code"])) for g in gemeenten]

    def mandaten(self) -> list[dict[str, Any]]:
        """The mandate register, in the order the mandates were granted."""
        return self.alle(select(t.mandaten).order_by(t.mandaten.c.nummer))

    def documenten(self, code: str) -> list[dict[str, Any]]:
        """The documents received from this gemeente, in the order they were received."""
        d = t.documenten.c
        return self.alle(select(t.documenten).where(d.code == code).order_by(d.nummer))

    def document(self, code: str, nummer: int) -> tuple[dict[str, Any], bytes] | None:
        """One received document and its bytes exactly as received, checked against the
        hash the dossier recorded."""
        d, o = t.documenten.c, t.ontvangstdocumenten.c
        rij = self.een(
            select(t.documenten, o.inhoud)
            .join(t.ontvangstdocumenten, (o.code == d.code) & (o.sha256 == d.sha256))
            .where(d.code == code, d.nummer == nummer)
        )
        if rij is None:
            return None
        inhoud = base64.b64decode(rij.pop("inhoud"))
        if hashlib.sha256(inhoud).hexdigest() != rij["sha256"]:
            raise RuntimeError(f"document {nummer}: de opgeslagen bytes kloppen niet met de hash")
        return rij, inhoud

    def ontvangen_documenten(self, code: str) -> list[dict[str, Any]]:
        """Every document received from this gemeente with its bytes as received (`inhoud`),
        for the dossier export; `naam` is unique within the dossier (number + file name)."""
        uit = []
        for rij in self.documenten(code):
            gevonden = self.document(code, rij["nummer"])
            if gevonden is not None:
                _, inhoud = gevonden
                naam = f"{rij['nummer']:04d}-{rij['bestandsnaam']}"
                uit.append({**rij, "naam": naam, "inhoud": inhoud})
        return uit

    def verschoonbare_redenen(self, code: str) -> list[dict[str, Any]]:
        r = t.redenen.c
        return self.alle(select(t.redenen).where(r.code == code).order_by(r.nummer))

    def provincie_totalen(self, provincie: str) -> list[dict[str, Any]]:
        """Sums over the gemeenten's registered figures, per period."""
        p, g = t.perioden.c, t.gemeenten.c
        stmt = (
            select(t.perioden)
            .join(t.gemeenten, g.code == p.code)
            .where(func.lower(g.provincie) == provincie.lower(), met_cijfers())
        )
        return totalen_per_periode(self.alle(stmt))

    def gebruiker(self, naam: str) -> dict[str, Any] | None:
        return self.een(select(t.gebruikers).where(t.gebruikers.c.naam == naam))

    def mislukte_logins_sinds(self, naam: str, sinds: str) -> int:
        """Failed logins since the last success, within the window."""
        p = t.inlogpogingen.c
        rijen = self.alle(
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
        return self.een(stmt)

    def tokens(self, naam: str) -> list[dict[str, Any]]:
        """A user's tokens that were not revoked: id and dates, never the hash."""
        tk = t.tokens.c
        stmt = (
            select(tk.token_id, tk.aangemaakt, tk.verloopt_op)
            .where(tk.naam == naam)
            .order_by(tk.aangemaakt, tk.token_id)
        )
        return self.alle(stmt)

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
