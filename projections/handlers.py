"""How each event changes the read tables. One function per event type; all run inside
the transaction that also records the tracking position."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from domain.dossier import Dossier
from domain.gebruiker import Gebruiker
from projections import tables as t
from projections.omschrijving import omschrijf

Handler = Callable[[Session, Any], None]
_HANDLERS: dict[type, list[Handler]] = {}


def bij(*event_classes: type) -> Callable[[Handler], Handler]:
    def registreer(functie: Handler) -> Handler:
        for cls in event_classes:
            _HANDLERS.setdefault(cls, []).append(functie)
        return functie

    return registreer


def verwerk(session: Session, gebeurtenis: Any, notificatie: int) -> None:
    """Apply one event to every read model that cares about it."""
    for functie in _HANDLERS.get(type(gebeurtenis), []):
        functie(session, gebeurtenis)
    if isinstance(gebeurtenis, Dossier.Event):
        _tijdlijn(session, gebeurtenis, notificatie)
        session.execute(
            update(t.gemeenten)
            .where(t.gemeenten.c.code == _code(session, gebeurtenis))
            .values(versie=gebeurtenis.originator_version)
        )


_CODES: dict[Any, str] = {}  # dossier id -> CBS code; ids never change meaning


def _code(session: Session, e: Any) -> str:
    """The CBS code of the dossier an event belongs to."""
    if e.originator_id not in _CODES:
        g = t.gemeenten.c
        code = session.execute(select(g.code).where(g.dossier_id == str(e.originator_id))).scalar()
        if code is None:
            raise LookupError(f"geen gemeente met dossier {e.originator_id}")
        _CODES[e.originator_id] = code
    return _CODES[e.originator_id]


def _tijdlijn(session: Session, e: Any, notificatie: int) -> None:
    v = e.vastlegging
    gegevens = {
        k: w
        for k, w in e.__dict__.items()
        if k not in ("originator_id", "originator_version", "timestamp", "vastlegging")
    }
    session.execute(
        insert(t.tijdlijn).values(
            code=_code(session, e),
            versie=e.originator_version,
            notificatie=notificatie,
            soort=type(e).__name__,
            omschrijving=omschrijf(e),
            gebruiker=v["gebruiker"],
            rol=v["rol"],
            geregistreerd_op=v["geregistreerd_op"],
            plaatsgevonden_op=v["plaatsgevonden_op"],
            reden=v.get("reden"),
            vertrouwelijk=bool(gegevens.get("vertrouwelijk", False)),
            gegevens=_json(gegevens),
        )
    )


def _json(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        return {k: _json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_json(v) for v in waarde]
    if hasattr(waarde, "isoformat"):
        return waarde.isoformat()
    return waarde


@bij(Dossier.GemeenteGeregistreerd)
def _geregistreerd(session: Session, e: Any) -> None:
    _CODES[e.originator_id] = e.code
    session.execute(
        insert(t.gemeenten).values(
            code=e.code,
            dossier_id=str(e.originator_id),
            naam=e.naam,
            provincie=e.provincie,
            voortgezet_van=list(e.voortgezet_van),
            versie=e.originator_version,
            open_voorstellen=0,
        )
    )


def _periode_rij(session: Session, code: str, periode: str) -> None:
    bestaat = session.execute(
        select(t.perioden.c.code).where(t.perioden.c.code == code, t.perioden.c.periode == periode)
    ).first()
    if not bestaat:
        session.execute(
            insert(t.perioden).values(code=code, periode=periode, herverdeling=0, gegenereerd=False)
        )


def _periode(code: str, periode: str) -> Any:
    return update(t.perioden).where(t.perioden.c.code == code, t.perioden.c.periode == periode)


@bij(Dossier.CijferGeregistreerd)
def _cijfer(session: Session, e: Any) -> None:
    code = _code(session, e)
    _periode_rij(session, code, e.periode)
    waarden: dict[str, Any] = {e.veld: e.waarde}
    if e.gegenereerd:
        waarden["gegenereerd"] = True
    session.execute(_periode(code, e.periode).values(**waarden))


@bij(Dossier.TaakstellingGewijzigd)
def _taakstelling_gewijzigd(session: Session, e: Any) -> None:
    stmt = _periode(_code(session, e), e.periode)
    if e.soort == "herverdeling":
        session.execute(stmt.values(herverdeling=t.perioden.c.herverdeling + e.waarde))
    else:
        session.execute(stmt.values(taakstelling_gepubliceerd=e.waarde))


@bij(Dossier.ContactGelegd)
def _contact(session: Session, e: Any) -> None:
    moment = e.vastlegging["plaatsgevonden_op"]
    gemeente = t.gemeenten.c
    code = _code(session, e)
    huidig = session.execute(select(gemeente.laatste_contact).where(gemeente.code == code)).scalar()
    if huidig is None or moment > huidig:
        session.execute(
            update(t.gemeenten).where(gemeente.code == code).values(laatste_contact=moment)
        )


@bij(Dossier.VerschoonbareRedenIngediend)
def _reden(session: Session, e: Any) -> None:
    session.execute(
        insert(t.redenen).values(
            code=_code(session, e),
            nummer=e.originator_version,
            periode=e.periode,
            omschrijving=e.omschrijving,
        )
    )


@bij(Dossier.VerschoonbareRedenBeoordeeld)
def _reden_beoordeeld(session: Session, e: Any) -> None:
    session.execute(
        update(t.redenen)
        .where(t.redenen.c.code == _code(session, e), t.redenen.c.nummer == e.nummer)
        .values(aanvaard=e.aanvaard, motivering=e.vastlegging["reden"])
    )


def _tel_voorstellen(session: Session, code: str, verschil: int) -> None:
    g = t.gemeenten.c
    session.execute(
        update(t.gemeenten)
        .where(g.code == code)
        .values(open_voorstellen=g.open_voorstellen + verschil)
    )


@bij(Dossier.BeoordelingVoorgesteld)
def _voorgesteld(session: Session, e: Any) -> None:
    code = _code(session, e)
    session.execute(
        insert(t.voorstellen).values(
            code=code,
            nummer=e.originator_version,
            periode=e.periode,
            beleid=e.beleid,
            concept_trede=e.concept_trede,
            voorstel=e.voorstel,
            spoed=e.spoed,
            motivering=e.vastlegging["reden"],
            voorbereid_door=e.vastlegging["gebruiker"],
            voorbereid_op=e.vastlegging["plaatsgevonden_op"],
            status="open",
        )
    )
    _tel_voorstellen(session, code, +1)


def _sluit_voorstel(session: Session, code: str, nummer: int, status: str) -> Any:
    v = t.voorstellen.c
    session.execute(
        update(t.voorstellen).where(v.code == code, v.nummer == nummer).values(status=status)
    )
    _tel_voorstellen(session, code, -1)
    return session.execute(select(t.voorstellen).where(v.code == code, v.nummer == nummer)).one()


@bij(Dossier.BeoordelingVoorstelAfgewezen)
def _afgewezen(session: Session, e: Any) -> None:
    _sluit_voorstel(session, _code(session, e), e.voorstel_nummer, "afgewezen")


@bij(Dossier.BeoordelingVastgesteld)
def _vastgesteld(session: Session, e: Any) -> None:
    code = _code(session, e)
    ontwerp = _sluit_voorstel(session, code, e.voorstel_nummer, "vastgesteld")
    voorstel = ontwerp.voorstel or {}
    voorgesteld = voorstel.get("trede")
    _beoordeling(
        session,
        e,
        code,
        beleid=ontwerp.beleid,
        regel=voorstel.get("regel", "tussentijds-gemotiveerd"),
        basis=voorstel.get("basis"),
        uitleg=voorstel.get("uitleg", ontwerp.motivering),
        invoer=voorstel.get("invoer"),
        uitkomsten=voorstel.get("uitkomsten"),
        voorgestelde_trede=voorgesteld,
        afwijking=voorgesteld is None or voorgesteld != e.trede,
        motivering=ontwerp.motivering,
        spoed=ontwerp.spoed,
        overgenomen=False,
        voorbereid_door=ontwerp.voorbereid_door,
    )


@bij(Dossier.BeoordelingOvergenomen)
def _overgenomen(session: Session, e: Any) -> None:
    _beoordeling(
        session,
        e,
        _code(session, e),
        basis=e.basis,
        uitleg=f"Overgenomen uit publicatie: {e.bron}",
        afwijking=False,
        spoed=False,
        overgenomen=True,
        bron=e.bron,
    )


def _beoordeling(session: Session, e: Any, code: str, **velden: Any) -> None:
    v = e.vastlegging
    session.execute(
        insert(t.beoordelingen).values(
            code=code,
            versie=e.originator_version,
            periode=e.periode,
            trede=e.trede,
            vorige_trede=e.vorige_trede,
            vastgesteld_door=v["gebruiker"],
            vastgesteld_rol=v["rol"],
            vastgesteld_op=v["plaatsgevonden_op"],
            geregistreerd_op=v["geregistreerd_op"],
            **velden,
        )
    )
    session.execute(
        update(t.gemeenten)
        .where(t.gemeenten.c.code == code)
        .values(trede=e.trede, trede_sinds=v["plaatsgevonden_op"])
    )
    # Downscaling withdraws the terms of the legal steps above the new trede.
    ingetrokken = [s for s, vanaf in (("vooraankondiging", 4), ("deelstap", 5)) if e.trede < vanaf]
    if ingetrokken:
        tm = t.termijnen.c
        session.execute(
            update(t.termijnen)
            .where(tm.code == code, tm.soort.in_(ingetrokken), tm.status == "open")
            .values(status="ingetrokken")
        )


@bij(Dossier.VooraankondigingVerzonden)
def _vooraankondiging(session: Session, e: Any) -> None:
    _termijn(session, e, 0, "vooraankondiging", "Termijn uit de vooraankondiging", e.termijn_tot)


@bij(Dossier.IndeplaatsstellingsbesluitGenomen)
def _besluit(session: Session, e: Any) -> None:
    for i, stap in enumerate(e.deelstappen):
        _termijn(session, e, i, "deelstap", stap["omschrijving"], stap["termijn_tot"])


def _termijn(session: Session, e: Any, nr: int, soort: str, omschrijving: str, tot: Any) -> None:
    session.execute(
        insert(t.termijnen).values(
            code=_code(session, e),
            versie=e.originator_version,
            volgnummer=nr,
            soort=soort,
            omschrijving=omschrijving,
            start=e.vastlegging["plaatsgevonden_op"][:10],
            termijn_tot=tot.isoformat(),
            status="open",
        )
    )


@bij(Gebruiker.GebruikerAangemaakt)
def _gebruiker(session: Session, e: Any) -> None:
    session.execute(
        insert(t.gebruikers).values(
            naam=e.naam, gebruiker_id=str(e.originator_id), rol=e.rol, weergavenaam=e.weergavenaam
        )
    )


def _naam(session: Session, e: Any) -> str:
    g = t.gebruikers.c
    return str(
        session.execute(select(g.naam).where(g.gebruiker_id == str(e.originator_id))).scalar_one()
    )


@bij(Gebruiker.RolGewijzigd)
def _rol(session: Session, e: Any) -> None:
    session.execute(
        update(t.gebruikers).where(t.gebruikers.c.naam == _naam(session, e)).values(rol=e.rol)
    )


@bij(Gebruiker.TokenUitgegeven)
def _token(session: Session, e: Any) -> None:
    session.execute(insert(t.tokens).values(sha256=e.token_sha256, naam=_naam(session, e)))


@bij(Gebruiker.TokenIngetrokken)
def _token_weg(session: Session, e: Any) -> None:
    session.execute(delete(t.tokens).where(t.tokens.c.sha256 == e.token_sha256))
