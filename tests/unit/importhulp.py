"""Shared pieces of the import tests: an in-memory application with a few gemeenten, and
files written as CSV and as XLSX."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from application.commandos import RegistreerCijfer, RegistreerGemeente
from application.toezicht import Toezicht
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2026, 12, 1, 10, tzinfo=UTC)
GEMEENTEN = {
    "GM0344": "Utrecht",
    "GM0796": "'s-Hertogenbosch",
    "GM1900": "Súdwest-Fryslân",
    "GM1970": "Noardeast-Fryslân",
    "GM0307": "Amersfoort",
}


def wie(nu: datetime = NU) -> Vastlegging:
    return Vastlegging("anna", Rol.TOEZICHTHOUDER, nu, nu)


def app_met_gemeenten(*extra: tuple[str, str, tuple[str, ...]]) -> Toezicht:
    app = Toezicht(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    beheer = Vastlegging("beheer", Rol.BEHEERDER, NU, NU)
    for code, naam in GEMEENTEN.items():
        app.voer_uit(RegistreerGemeente(code=code, naam=naam, provincie="Utrecht"), beheer)
    for code, naam, voortgezet_van in extra:
        app.voer_uit(
            RegistreerGemeente(
                code=code, naam=naam, provincie="Utrecht", voortgezet_van=voortgezet_van
            ),
            beheer,
        )
    return app


def registreer(app: Toezicht, code: str, periode: str, **velden: int) -> None:
    p = Periode.parse(periode)
    op = datetime.combine(min(p.peildatum_eind, NU.date()), datetime.min.time(), tzinfo=UTC)
    for veld, waarde in velden.items():
        app.voer_uit(
            RegistreerCijfer(code=code, periode=p, veld=veld, waarde=waarde),
            Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, op),
        )


def csv_bytes(regels: list[list[object]], scheiding: str = ",") -> bytes:
    return (
        "\n".join(scheiding.join("" if c is None else str(c) for c in r) for r in regels) + "\n"
    ).encode()


def xlsx_bytes(regels: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    for r in regels:
        blad.append(r)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def opgeslagen(app: Toezicht) -> list[object]:
    """Every event in the store, in order, as domain events."""
    notificaties = app.recorder.select_notifications(1, 100_000)
    return [app.mapper.to_domain_event(n) for n in notificaties]
