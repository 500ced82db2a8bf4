"""Sending a letter in tests: the VerzendBrief command through Toezicht.voer_uit."""

from __future__ import annotations

from application.commandos import VerzendBrief
from application.toezicht import Toezicht
from domain.vastlegging import Vastlegging


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
