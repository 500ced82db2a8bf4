"""Users, tokens and login attempts, for authentication without replaying."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from domain.gebruiker import Gebruiker
from projections import tables as t
from projections.handlers import bij
from projections.werkset import Werkset

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
    w.wijzig(t.gebruikers, _naam(w, e), rol=e.rol)


@bij(Gebruiker.TokenUitgegeven)
def _token(w: Werkset, e: Any) -> None:
    w.voeg_toe(t.tokens, sha256=e.token_sha256, naam=_naam(w, e))


@bij(Gebruiker.TokenIngetrokken)
def _token_weg(w: Werkset, e: Any) -> None:
    w.schrijf()
    w.session.execute(delete(t.tokens).where(t.tokens.c.sha256 == e.token_sha256))


@bij(Gebruiker.WachtwoordIngesteld)
def _wachtwoord(w: Werkset, e: Any) -> None:
    w.wijzig(t.gebruikers, _naam(w, e), wachtwoord_hash=e.wachtwoord_hash)


@bij(Gebruiker.Ingelogd, Gebruiker.InloggenMislukt)
def _inlogpoging(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.inlogpogingen,
        naam=_naam(w, e),
        versie=e.originator_version,
        gelukt=isinstance(e, Gebruiker.Ingelogd),
        op=e.vastlegging["geregistreerd_op"],
    )
