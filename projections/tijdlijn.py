"""The timeline as a record of acts: ordered by when things happened (the recorded time
beside it), every time in Dutch time, every person by display name and role."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

NL = ZoneInfo("Europe/Amsterdam")


def in_nederlandse_tijd(moment: str) -> str:
    return datetime.fromisoformat(moment).astimezone(NL).isoformat()


def als_akte(rijen: list[dict[str, Any]], weergavenamen: dict[str, str]) -> list[dict[str, Any]]:
    """Rows as the reader sees them; `weergavenamen` maps login name to display name."""
    for rij in rijen:
        for veld in ("plaatsgevonden_op", "geregistreerd_op"):
            rij[veld] = in_nederlandse_tijd(rij[veld])
        rij["weergavenaam"] = weergavenamen.get(rij["gebruiker"], rij["gebruiker"])
        rij["wie"] = f"{rij['weergavenaam']} ({rij['rol']})"  # role names are Dutch
    return sorted(
        rijen,
        key=lambda r: (
            datetime.fromisoformat(r["plaatsgevonden_op"]),
            datetime.fromisoformat(r["geregistreerd_op"]),
            r["versie"],
        ),
    )
