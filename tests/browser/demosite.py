"""The product as a person meets it: a real server (uvicorn in a subprocess) on SQLite with
the Utrecht demo and one user with a password for every role. Shared by the browser tests
and scripts/screenshots.py, so both see the same site."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from api.deps import Container
from api.sessies import hasher
from application import commandos as k
from application.demo import laad_demo
from application.settings import Settings
from benchmarks.proces import Server
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging

CHROMIUM = Path(os.environ.get("TOEZICHT_CHROMIUM", "/usr/bin/chromium"))  # Debian's
STARTVLAGGEN = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WACHTWOORD = "correct paard batterij nietje"
# One login per role; the user name is the role's name.
GEBRUIKERS = {
    Rol.TOEZICHTHOUDER: "Anna de Vries",
    Rol.JURIST: "Jeroen Bakker",
    Rol.BESTUURDER: "Gedeputeerde Smit",
    Rol.LEZER: "Lieke Jansen",
    Rol.BEHEERDER: "Bram Visser",
}


def bereid_voor(database_url: str, nu: datetime) -> None:
    """Load the demo and the users into an empty database, through the application."""
    c = Container.bouw(Settings(database_url=database_url, scheduler="uit"), lambda: nu)
    try:
        laad_demo(c.app, nu)
        stempel = Vastlegging("demosite", Rol.BEHEERDER, nu, nu)
        wachtwoord_hash = hasher.hash(WACHTWOORD)  # one hash for all: argon2 is slow on purpose
        for rol, weergavenaam in GEBRUIKERS.items():
            c.app.maak_gebruiker_aan(rol.value, rol, weergavenaam, stempel)
            c.app.stel_wachtwoord_in(rol.value, wachtwoord_hash, stempel)
        # A correction after the 2022-1 decision, so the derivation page has one to flag.
        # Not a published figure: marked as generated, and only on this test site.
        c.app.voer_uit(
            k.RegistreerCijfer(
                code="GM0344",
                periode=Periode(2022, 1),
                veld="realisatie",
                waarde=170,
                gegenereerd=True,
            ),
            Vastlegging(
                "toezichthouder",
                Rol.TOEZICHTHOUDER,
                nu,
                datetime(2022, 10, 3, 9, tzinfo=UTC),
                "Voorbeeldcorrectie van de testsite (geen gepubliceerd cijfer)",
            ),
        )
        c.runner.bij()
    finally:
        c.queries.engine.dispose()
        c.view.engine.dispose()


@contextmanager
def demosite(map: Path) -> Iterator[Server]:
    """A running server with the demo, its database in `map`; stopped afterwards."""
    database_url = f"sqlite:///{map}/toezicht.sqlite"
    bereid_voor(database_url, datetime.now(UTC))
    server = Server(database_url)
    try:
        yield server
    finally:
        server.stop()
