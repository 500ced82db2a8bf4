"""Who did it, in which role, when it was recorded, when it happened, and why."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from domain import tekens
from domain.errors import OngeldigeInvoer

EERSTE_JAAR = 2000
LAATSTE_JAAR = 2100


class Rol(StrEnum):
    TOEZICHTHOUDER = "toezichthouder"
    JURIST = "jurist"
    BESTUURDER = "bestuurder"
    LEZER = "lezer"
    BEHEERDER = "beheerder"
    SYSTEEM = "systeem"  # demo loader and scheduler; never a login


@dataclass(frozen=True)
class Vastlegging:
    """The stamp every event carries. Both times are timezone-aware."""

    gebruiker: str
    rol: Rol
    geregistreerd_op: datetime
    plaatsgevonden_op: datetime
    reden: str | None = None
    # Idempotency: the client's key for this request and a fingerprint of its content.
    verzoek: str | None = None
    vingerafdruk: str | None = None

    def __post_init__(self) -> None:
        if not self.gebruiker.strip():
            raise OngeldigeInvoer("gebruiker ontbreekt", "gebruiker")
        tekens.controleer(self.gebruiker, "gebruiker")
        if self.reden is not None:
            tekens.controleer(self.reden, "reden")
        for veld in ("geregistreerd_op", "plaatsgevonden_op"):
            moment: datetime = getattr(self, veld)
            if moment.tzinfo is None:
                raise OngeldigeInvoer(f"{veld} mist een tijdzone", veld)
            if not EERSTE_JAAR <= moment.year <= LAATSTE_JAAR:
                raise OngeldigeInvoer(
                    f"{veld} {moment.date()} ligt buiten {EERSTE_JAAR}-{LAATSTE_JAAR}", veld
                )
        if self.plaatsgevonden_op > self.geregistreerd_op:
            raise OngeldigeInvoer(
                "plaatsgevonden_op ligt na het moment van registreren; "
                "iets dat nog moet gebeuren kan niet worden vastgelegd",
                "plaatsgevonden_op",
            )

    def met_reden(self, reden: str | None) -> Vastlegging:
        return replace(self, reden=reden)

    def als_dict(self) -> dict[str, Any]:
        return {
            "gebruiker": self.gebruiker,
            "rol": str(self.rol),
            "geregistreerd_op": self.geregistreerd_op.isoformat(),
            "plaatsgevonden_op": self.plaatsgevonden_op.isoformat(),
            "reden": self.reden,
            **(
                {"verzoek": self.verzoek, "vingerafdruk": self.vingerafdruk} if self.verzoek else {}
            ),
        }

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> Vastlegging:
        return cls(
            gebruiker=data["gebruiker"],
            rol=Rol(data["rol"]),
            geregistreerd_op=datetime.fromisoformat(data["geregistreerd_op"]),
            plaatsgevonden_op=datetime.fromisoformat(data["plaatsgevonden_op"]),
            reden=data.get("reden"),
            verzoek=data.get("verzoek"),
            vingerafdruk=data.get("vingerafdruk"),
        )
