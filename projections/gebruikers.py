"""Users, tokens and login attempts, for authentication without replaying."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from domain.gebruiker import Gebruiker, token_id
from projections import tables as t
from projections.handlers import Handlers
from projections.werkset import Werkset

_NAMEN: dict[Any, str] = {}  # gebruiker id -> naam


def _gebruiker(w: Werkset, e: Any) -> None:
    _NAMEN[e.originator_id] = e.naam
    w.voeg_toe(
        t.gebruikers,
        naam=e.naam,
        gebruiker_id=str(e.originator_id),
        rol=e.rol,
        weergavenaam=e.weergavenaam,
        uitgeschakeld=False,
        sessie_generatie=0,
    )


def _naam(w: Werkset, e: Any) -> str:
    if e.originator_id not in _NAMEN:
        g = t.gebruikers.c
        _NAMEN[e.originator_id] = w.session.execute(
            select(g.naam).where(g.gebruiker_id == str(e.originator_id))
        ).scalar_one()
    return _NAMEN[e.originator_id]


def _rol(w: Werkset, e: Any) -> None:
    w.wijzig(t.gebruikers, _naam(w, e), rol=e.rol)


def _token(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.tokens,
        sha256=e.token_sha256,
        naam=_naam(w, e),
        token_id=token_id(e.token_sha256),
        aangemaakt=e.vastlegging["geregistreerd_op"],
        verloopt_op=getattr(e, "verloopt_op", None),  # absent in events before expiry
    )


def _token_weg(w: Werkset, e: Any) -> None:
    w.schrijf()
    w.session.execute(delete(t.tokens).where(t.tokens.c.sha256 == e.token_sha256))


def _volgende_generatie(w: Werkset, e: Any) -> int:
    rij = w.rij(t.gebruikers, _naam(w, e))
    assert rij is not None
    return int(rij["sessie_generatie"]) + 1


def _wachtwoord(w: Werkset, e: Any) -> None:
    w.wijzig(
        t.gebruikers,
        _naam(w, e),
        wachtwoord_hash=e.wachtwoord_hash,
        sessie_generatie=_volgende_generatie(w, e),
    )


def _uitgeschakeld(w: Werkset, e: Any) -> None:
    w.wijzig(
        t.gebruikers, _naam(w, e), uitgeschakeld=True, sessie_generatie=_volgende_generatie(w, e)
    )


def _ingeschakeld(w: Werkset, e: Any) -> None:
    w.wijzig(t.gebruikers, _naam(w, e), uitgeschakeld=False)


def _inlogpoging(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.inlogpogingen,
        naam=_naam(w, e),
        versie=e.originator_version,
        gelukt=isinstance(e, Gebruiker.Ingelogd),
        op=e.vastlegging["geregistreerd_op"],
    )


# What this read model does per event, in order; projections/view.py combines the tables.
HANDLERS: Handlers = (
    ((Gebruiker.GebruikerAangemaakt,), _gebruiker),
    ((Gebruiker.RolGewijzigd,), _rol),
    ((Gebruiker.TokenUitgegeven,), _token),
    ((Gebruiker.TokenIngetrokken,), _token_weg),
    ((Gebruiker.WachtwoordIngesteld,), _wachtwoord),
    ((Gebruiker.GebruikerUitgeschakeld,), _uitgeschakeld),
    ((Gebruiker.GebruikerIngeschakeld,), _ingeschakeld),
    ((Gebruiker.Ingelogd, Gebruiker.InloggenMislukt), _inlogpoging),
)
