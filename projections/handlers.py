"""How each event changes the read tables. One function per event type; all run inside
the transaction that also records the tracking position."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, select

from domain import gebeurtenissen as ev
from domain.gebruiker import Gebruiker
from projections import tables as t
from projections.omschrijving import omschrijf
from projections.werkset import Werkset

Handler = Callable[[Werkset, Any], None]
_HANDLERS: dict[type, list[Handler]] = {}


def bij(*event_classes: type) -> Callable[[Handler], Handler]:
    def registreer(functie: Handler) -> Handler:
        for cls in event_classes:
            _HANDLERS.setdefault(cls, []).append(functie)
        return functie

    return registreer


def verwerk(w: Werkset, gebeurtenis: Any, notificatie: int) -> None:
    """Apply one event to every read model that cares about it."""
    for functie in _HANDLERS.get(type(gebeurtenis), []):
        functie(w, gebeurtenis)
    if isinstance(gebeurtenis, ev.DossierGebeurtenis | ev.GemeenteGeregistreerd):
        _tijdlijn(w, gebeurtenis, notificatie)
        gemeente = _gemeente(w, gebeurtenis)
        gemeente["versie"] = gebeurtenis.originator_version
        w.gewijzigd(t.gemeenten, gemeente)


_CODES: dict[Any, str] = {}  # dossier id -> CBS code; ids never change meaning


def _code(w: Werkset, e: Any) -> str:
    """The CBS code of the dossier an event belongs to."""
    if e.originator_id not in _CODES:
        g = t.gemeenten.c
        code = w.session.execute(
            select(g.code).where(g.dossier_id == str(e.originator_id))
        ).scalar()
        if code is None:
            raise LookupError(f"geen gemeente met dossier {e.originator_id}")
        _CODES[e.originator_id] = code
    return _CODES[e.originator_id]


def _gemeente(w: Werkset, e: Any) -> dict[str, Any]:
    rij = w.rij(t.gemeenten, _code(w, e))
    assert rij is not None
    return rij


def _tijdlijn(w: Werkset, e: Any, notificatie: int) -> None:
    v = e.vastlegging
    gegevens = {
        k: waarde
        for k, waarde in e.__dict__.items()
        if k not in ("originator_id", "originator_version", "timestamp", "vastlegging")
    }
    w.voeg_toe(
        t.tijdlijn,
        code=_code(w, e),
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


def _json(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        return {k: _json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_json(v) for v in waarde]
    if hasattr(waarde, "isoformat"):
        return waarde.isoformat()
    return waarde


@bij(ev.GemeenteGeregistreerd)
def _geregistreerd(w: Werkset, e: Any) -> None:
    _CODES[e.originator_id] = e.code
    w.voeg_toe(
        t.gemeenten,
        code=e.code,
        dossier_id=str(e.originator_id),
        naam=e.naam,
        provincie=e.provincie,
        voortgezet_van=list(e.voortgezet_van),
        versie=e.originator_version,
        open_voorstellen=0,
    )
    for vorige in e.voortgezet_van:
        voorganger = w.rij(t.gemeenten, vorige)
        if voorganger is not None:
            voorganger["voortgezet_door"] = e.code
            w.gewijzigd(t.gemeenten, voorganger)


def _periode(w: Werkset, e: Any) -> dict[str, Any]:
    code = _code(w, e)
    rij = w.rij(t.perioden, code, e.periode)
    if rij is None:
        rij = w.voeg_toe(
            t.perioden, code=code, periode=e.periode, herverdeling=0, gegenereerd=False
        )
    return rij


@bij(ev.CijferGeregistreerd)
def _cijfer(w: Werkset, e: Any) -> None:
    rij = _periode(w, e)
    rij[e.veld] = e.waarde
    rij["gegenereerd"] = rij["gegenereerd"] or e.gegenereerd
    w.gewijzigd(t.perioden, rij)


@bij(ev.TaakstellingGewijzigd)
def _taakstelling_gewijzigd(w: Werkset, e: Any) -> None:
    rij = _periode(w, e)
    if e.soort == "herverdeling":
        rij["herverdeling"] += e.waarde
    else:
        rij["taakstelling_gepubliceerd"] = e.waarde
    w.gewijzigd(t.perioden, rij)


@bij(ev.ContactGelegd)
def _contact(w: Werkset, e: Any) -> None:
    moment = e.vastlegging["plaatsgevonden_op"]
    gemeente = _gemeente(w, e)
    if gemeente["laatste_contact"] is None or moment > gemeente["laatste_contact"]:
        gemeente["laatste_contact"] = moment
        w.gewijzigd(t.gemeenten, gemeente)


@bij(ev.VerschoonbareRedenIngediend)
def _reden(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.redenen,
        code=_code(w, e),
        nummer=e.originator_version,
        periode=e.periode,
        omschrijving=e.omschrijving,
    )


@bij(ev.VerschoonbareRedenBeoordeeld)
def _reden_beoordeeld(w: Werkset, e: Any) -> None:
    rij = w.rij(t.redenen, _code(w, e), e.nummer)
    assert rij is not None
    rij.update(aanvaard=e.aanvaard, motivering=e.vastlegging["reden"])
    w.gewijzigd(t.redenen, rij)


def _tel_voorstellen(w: Werkset, e: Any, verschil: int) -> None:
    gemeente = _gemeente(w, e)
    gemeente["open_voorstellen"] += verschil
    w.gewijzigd(t.gemeenten, gemeente)


@bij(ev.BeoordelingVoorgesteld)
def _voorgesteld(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.voorstellen,
        code=_code(w, e),
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
    _tel_voorstellen(w, e, +1)
    if e.vastlegging["rol"] == "systeem":
        _melding(
            w,
            e,
            "voorstel",
            f"Voorstel trede {e.concept_trede} ter beslissing: {e.vastlegging['reden']}",
            ["toezichthouder", "jurist", "bestuurder"],
        )


def _sluit_voorstel(w: Werkset, e: Any, status: str) -> dict[str, Any]:
    rij = w.rij(t.voorstellen, _code(w, e), e.voorstel_nummer)
    assert rij is not None
    rij["status"] = status
    w.gewijzigd(t.voorstellen, rij)
    _tel_voorstellen(w, e, -1)
    return rij


@bij(ev.BeoordelingVoorstelAfgewezen)
def _afgewezen(w: Werkset, e: Any) -> None:
    _sluit_voorstel(w, e, "afgewezen")


@bij(ev.BeoordelingVastgesteld)
def _vastgesteld(w: Werkset, e: Any) -> None:
    ontwerp = _sluit_voorstel(w, e, "vastgesteld")
    voorstel = ontwerp["voorstel"] or {}
    voorgesteld = voorstel.get("trede")
    _beoordeling(
        w,
        e,
        beleid=ontwerp["beleid"],
        regel=voorstel.get("regel", "tussentijds-gemotiveerd"),
        basis=voorstel.get("basis"),
        uitleg=voorstel.get("uitleg", ontwerp["motivering"]),
        invoer=voorstel.get("invoer"),
        uitkomsten=voorstel.get("uitkomsten"),
        voorgestelde_trede=voorgesteld,
        afwijking=voorgesteld is None or voorgesteld != e.trede,
        motivering=ontwerp["motivering"],
        spoed=ontwerp["spoed"],
        overgenomen=False,
        voorbereid_door=ontwerp["voorbereid_door"],
    )


@bij(ev.BeoordelingOvergenomen)
def _overgenomen(w: Werkset, e: Any) -> None:
    _beoordeling(
        w,
        e,
        basis=e.basis,
        uitleg=f"Overgenomen uit publicatie: {e.bron}",
        afwijking=False,
        spoed=False,
        overgenomen=True,
        bron=e.bron,
    )


def _beoordeling(w: Werkset, e: Any, **velden: Any) -> None:
    v = e.vastlegging
    code = _code(w, e)
    w.voeg_toe(
        t.beoordelingen,
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
    gemeente = _gemeente(w, e)
    gemeente.update(trede=e.trede, trede_sinds=v["plaatsgevonden_op"])
    w.gewijzigd(t.gemeenten, gemeente)


@bij(
    ev.ToezichtbriefVerzonden,
    ev.VerbeterplanBijgewerktGevraagd,
    ev.VerbeterplanGesprekGevoerd,
    ev.VooraankondigingVerzonden,
    ev.IndeplaatsstellingsbesluitGenomen,
    ev.IndeplaatsstellingsbesluitBekendgemaakt,
)
def _termijnen_gestart(w: Werkset, e: Any) -> None:
    for termijn in e.termijnen:
        w.voeg_toe(
            t.termijnen,
            code=_code(w, e),
            termijn=termijn["id"],
            soort=termijn["soort"],
            omschrijving=termijn["omschrijving"],
            trede=termijn["trede"],
            start=termijn["start"].isoformat(),
            tot=termijn["tot"].isoformat(),
            status="open",
            verlengd=False,
        )


def _termijn(w: Werkset, e: Any) -> dict[str, Any]:
    rij = w.rij(t.termijnen, _code(w, e), e.termijn)
    assert rij is not None
    w.gewijzigd(t.termijnen, rij)
    return rij


@bij(ev.TermijnNagekomen, ev.TermijnVerstreken, ev.TermijnIngetrokken)
def _termijn_afgesloten(w: Werkset, e: Any) -> None:
    status = {
        ev.TermijnNagekomen: "nagekomen",
        ev.TermijnVerstreken: "verstreken",
        ev.TermijnIngetrokken: "ingetrokken",
    }[type(e)]
    _termijn(w, e).update(status=status, afgesloten_op=e.vastlegging["plaatsgevonden_op"])


@bij(ev.TermijnVerstreken)
def _melding_verstreken(w: Werkset, e: Any) -> None:
    termijn = _termijn(w, e)
    _melding(
        w,
        e,
        "termijn_verstreken",
        f"Termijn '{termijn['omschrijving']}' (tot en met {termijn['tot']}) is verstreken.",
        ["toezichthouder", "jurist", "bestuurder"],
    )


def _melding(w: Werkset, e: Any, soort: str, tekst: str, rollen: list[str]) -> None:
    """An in-app notification; e-mail, where configured, is sent from these rows."""
    w.voeg_toe(
        t.meldingen,
        code=_code(w, e),
        versie=e.originator_version,
        soort=soort,
        tekst=tekst,
        rollen=rollen,
        op=e.vastlegging["plaatsgevonden_op"],
    )


@bij(ev.TermijnVerlengd)
def _termijn_verlengd(w: Werkset, e: Any) -> None:
    _termijn(w, e).update(tot=e.tot.isoformat(), verlengd=True)


@bij(ev.ContactGelegd)
def _contact_soort(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.contacten,
        code=_code(w, e),
        versie=e.originator_version,
        soort=e.soort,
        plaatsgevonden_op=e.vastlegging["plaatsgevonden_op"],
    )


@bij(ev.TussentijdsBerichtVerstuurd)
def _tussentijds(w: Werkset, e: Any) -> None:
    rij = w.rij(t.tussentijdse_berichten, _code(w, e), e.periode)
    if rij is None:
        rij = w.voeg_toe(t.tussentijdse_berichten, code=_code(w, e), periode=e.periode)
    rij.update(
        op_schema=e.op_schema,
        opschaling_in_zicht=e.opschaling_in_zicht,
        verstuurd_op=e.vastlegging["plaatsgevonden_op"],
    )
    w.gewijzigd(t.tussentijdse_berichten, rij)


_NAMEN: dict[Any, str] = {}  # gebruiker id -> naam


@bij(Gebruiker.GebruikerAangemaakt)
def _gebruiker(w: Werkset, e: Any) -> None:
    _NAMEN[e.originator_id] = e.naam
    w.voeg_toe(
        t.gebruikers,
        naam=e.naam,
        gebruiker_id=str(e.originator_id),
        rol=e.rol,
        weergavenaam=e.weergavenaam,
    )


def _naam(w: Werkset, e: Any) -> str:
    if e.originator_id not in _NAMEN:
        g = t.gebruikers.c
        _NAMEN[e.originator_id] = w.session.execute(
            select(g.naam).where(g.gebruiker_id == str(e.originator_id))
        ).scalar_one()
    return _NAMEN[e.originator_id]


@bij(Gebruiker.RolGewijzigd)
def _rol(w: Werkset, e: Any) -> None:
    rij = w.rij(t.gebruikers, _naam(w, e))
    assert rij is not None
    rij["rol"] = e.rol
    w.gewijzigd(t.gebruikers, rij)


@bij(Gebruiker.TokenUitgegeven)
def _token(w: Werkset, e: Any) -> None:
    w.voeg_toe(t.tokens, sha256=e.token_sha256, naam=_naam(w, e))


@bij(Gebruiker.TokenIngetrokken)
def _token_weg(w: Werkset, e: Any) -> None:
    w.schrijf()
    w.session.execute(delete(t.tokens).where(t.tokens.c.sha256 == e.token_sha256))


@bij(Gebruiker.WachtwoordIngesteld)
def _wachtwoord(w: Werkset, e: Any) -> None:
    rij = w.rij(t.gebruikers, _naam(w, e))
    assert rij is not None
    rij["wachtwoord_hash"] = e.wachtwoord_hash
    w.gewijzigd(t.gebruikers, rij)


@bij(Gebruiker.Ingelogd, Gebruiker.InloggenMislukt)
def _inlogpoging(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.inlogpogingen,
        naam=_naam(w, e),
        versie=e.originator_version,
        gelukt=isinstance(e, Gebruiker.Ingelogd),
        op=e.vastlegging["geregistreerd_op"],
    )
