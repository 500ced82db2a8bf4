"""Account and mandate commands of the command line: users, roles, passwords, tokens,
disabling, and the mandate register. Each is an event on its aggregate; registered on the
app in api/cli.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Annotated

import typer

import bootstrap
from application.settings import Settings
from application.toezicht import Toezicht
from domain.errors import DomainError
from domain.vastlegging import Rol, Vastlegging
from projections.runner import ProjectieRunner

_nu = bootstrap.systeemklok


def _bouw() -> tuple[Settings, Toezicht, ProjectieRunner]:
    """The parts api/cli builds (imported late: api/cli registers these commands)."""
    from api import cli

    return cli._bouw()


def gebruiker_aanmaken(naam: str, rol: Rol, weergavenaam: str = "") -> None:
    """Maak een gebruiker aan en toon eenmalig het API-token."""
    _, toezicht, runner = _bouw()
    nu = _nu()
    try:
        notificatie, token = toezicht.maak_gebruiker_aan(
            naam, rol, weergavenaam, Vastlegging("beheer-cli", Rol.BEHEERDER, nu, nu)
        )
    except DomainError as fout:
        typer.echo(f"Fout: {fout.bericht}", err=True)
        raise typer.Exit(2) from None
    runner.bij(tot=notificatie)
    typer.echo(f"Gebruiker {naam} ({rol}) aangemaakt. API-token (wordt niet opnieuw getoond):")
    typer.echo(token)


def rol_wijzigen(naam: str, rol: Rol) -> None:
    """Wijzig de rol van een gebruiker (wordt vastgelegd)."""
    _, toezicht, runner = _bouw()
    nu = _nu()
    try:
        runner.bij(
            tot=toezicht.wijzig_rol(naam, rol, Vastlegging("beheer-cli", Rol.BEHEERDER, nu, nu))
        )
    except DomainError as fout:
        typer.echo(f"Fout: {fout.bericht}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Rol van {naam} is nu {rol}.")


def wachtwoord_instellen(naam: str) -> None:
    """Stel het wachtwoord van een gebruiker in (gevraagd, niet getoond; argon2id)."""
    from api.sessies import hasher

    wachtwoord = typer.prompt("Wachtwoord", hide_input=True, confirmation_prompt=True)
    if len(wachtwoord) < 12:
        typer.echo("Fout: een wachtwoord heeft ten minste 12 tekens.", err=True)
        raise typer.Exit(2)
    _, toezicht, runner = _bouw()
    nu = _nu()
    try:
        runner.bij(
            tot=toezicht.stel_wachtwoord_in(
                naam, hasher.hash(wachtwoord), Vastlegging("beheer-cli", Rol.BEHEERDER, nu, nu)
            )
        )
    except DomainError as fout:
        typer.echo(f"Fout: {fout.bericht}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Wachtwoord van {naam} ingesteld.")


def token_uitgeven(
    naam: str,
    geldig_dagen: int | None = typer.Option(
        None, min=1, help="Het token verloopt na zoveel dagen (standaard: nooit)."
    ),
) -> None:
    """Geef een extra API-token uit aan een gebruiker en toon het eenmalig."""
    _, toezicht, runner = _bouw()
    nu = _nu()
    verloopt_op = nu + timedelta(days=geldig_dagen) if geldig_dagen else None
    try:
        notificatie, token = toezicht.geef_token_uit(
            naam, Vastlegging("beheer-cli", Rol.BEHEERDER, nu, nu), verloopt_op
        )
    except DomainError as fout:
        typer.echo(f"Fout: {fout.bericht}", err=True)
        raise typer.Exit(2) from None
    runner.bij(tot=notificatie)
    typer.echo(token)


# --- account management: tokens, disabling (each an event on the user) ----------------


def _beheer(handeling: Callable[[Toezicht, Vastlegging], int], reden: str | None) -> None:
    """Run one account command as the operator and bring the read models up to it."""
    _, toezicht, runner = _bouw()
    nu = _nu()
    try:
        runner.bij(tot=handeling(toezicht, Vastlegging("beheer-cli", Rol.BEHEERDER, nu, nu, reden)))
    except DomainError as fout:
        typer.echo(f"Fout: {fout.bericht}", err=True)
        raise typer.Exit(2) from None


def tokens_tonen(naam: str) -> None:
    """Toon de geldige tokens van een gebruiker: id, aangemaakt, verloopt (nooit het geheim)."""
    delen = bootstrap.bouw()
    delen.runner.bij()
    queries = delen.queries
    if queries.gebruiker(naam) is None:
        typer.echo(f"Fout: gebruiker {naam} bestaat niet", err=True)
        raise typer.Exit(2)
    nu = _nu().isoformat()
    typer.echo(f"{'id':<14}{'aangemaakt':<27}verloopt")
    for token in queries.tokens(naam):
        verloopt = token["verloopt_op"] or "nooit"
        if token["verloopt_op"] and token["verloopt_op"] <= nu:
            verloopt += " (verlopen)"
        typer.echo(f"{token['token_id']:<14}{token['aangemaakt']:<27}{verloopt}")


def token_intrekken(
    naam: str,
    token_id: str = typer.Argument(help="Het id uit 'toezicht tokens NAAM'."),
    reden: str = typer.Option(..., help="Waarom het token wordt ingetrokken."),
) -> None:
    """Trek een API-token in; het werkt meteen niet meer."""
    _beheer(lambda app, v: app.trek_token_in(naam, token_id, v), reden)
    typer.echo(f"Token {token_id} van {naam} ingetrokken.")


def gebruiker_uitschakelen(
    naam: str, reden: str = typer.Option(..., help="Waarom het account wordt uitgeschakeld.")
) -> None:
    """Schakel een account uit: tokens en inloggen geweigerd, sessies beëindigd."""
    _beheer(lambda app, v: app.schakel_gebruiker_uit(naam, v), reden)
    typer.echo(f"Account {naam} uitgeschakeld; de sessies zijn beëindigd.")


def gebruiker_inschakelen(
    naam: str, reden: str = typer.Option(..., help="Waarom het account weer wordt ingeschakeld.")
) -> None:
    """Schakel een uitgeschakeld account weer in (niet-ingetrokken tokens werken weer)."""
    _beheer(lambda app, v: app.schakel_gebruiker_in(naam, v), reden)
    typer.echo(f"Account {naam} weer ingeschakeld.")


DAG = ["%Y-%m-%d"]


def mandaat_verlenen(
    naam: Annotated[str, typer.Argument(help="Wie ondertekent, zoals de brief het noemt.")],
    functie: Annotated[str, typer.Argument(help="In welke hoedanigheid, bijv. 'gedeputeerde'.")],
    van: Annotated[datetime, typer.Option(formats=DAG, help="Eerste dag (JJJJ-MM-DD).")],
    brief: Annotated[list[str], typer.Option(help="Briefsoort die het dekt (herhaalbaar).")],
    tot: Annotated[datetime | None, typer.Option(formats=DAG, help="Laatste dag.")] = None,
) -> None:
    """Leg een mandaat vast in het mandaatregister: wie welke brieven ondertekent."""
    nummer: list[int] = []

    def verleen(toezicht: Toezicht, v: Vastlegging) -> int:
        notificatie, n = toezicht.verleen_mandaat(
            naam, functie, brief, van.date(), tot.date() if tot else None, v
        )
        nummer.append(n)
        return notificatie

    _beheer(verleen, None)
    typer.echo(f"Mandaat {nummer[0]} vastgelegd: {naam}, {functie}.")


def mandaat_beeindigen(
    nummer: int,
    tot: Annotated[datetime, typer.Option(formats=DAG, help="Laatste dag (JJJJ-MM-DD).")],
    reden: Annotated[str, typer.Option(help="Waarom het mandaat eindigt.")],
) -> None:
    """Beëindig een mandaat; het blijft in het register staan."""
    _beheer(lambda app, v: app.beeindig_mandaat(nummer, tot.date(), v), reden)
    typer.echo(f"Mandaat {nummer} geldt tot en met {tot.date().isoformat()}.")
