"""Sending a letter in tests: the VerzendBrief command through Toezicht.voer_uit."""

from __future__ import annotations

from datetime import date

from application.commandos import VerzendBrief
from application.toezicht import Toezicht
from domain.validatie import BRIEFSOORTEN
from domain.vastlegging import Rol, Vastlegging


def mandaat_voor_alle_brieven(app: Toezicht, vastlegging: Vastlegging) -> int:
    """The signer every test letter carries: a gedeputeerde for every kind since 2000."""
    beheer = Vastlegging(
        "beheer", Rol.BEHEERDER, vastlegging.geregistreerd_op, vastlegging.plaatsgevonden_op
    )
    notificatie, _ = app.verleen_mandaat(
        "R. van Muilekom", "gedeputeerde", list(BRIEFSOORTEN), date(2000, 1, 1), None, beheer
    )
    return notificatie


def verzend_brief(
    app: Toezicht,
    code: str,
    soort: str,
    kenmerk: str,
    inhoud: bytes,
    vastlegging: Vastlegging,
    versie: int,
    corrigeert: str | None = None,
) -> int:
    """Send a rendered letter drafted on dossier version `versie`; the notification id."""
    commando = VerzendBrief(
        code=code,
        soort=soort,
        kenmerk=kenmerk,
        inhoud=inhoud,
        corrigeert=corrigeert,
        verwachte_versie=versie,
    )
    notificatie = app.voer_uit(commando, vastlegging).notificatie
    assert notificatie is not None
    return notificatie
