"""The command line: serve, create users, load the demo, rebuild the read models."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

import bootstrap
from application.settings import Settings
from application.toezicht import Toezicht
from domain.errors import DomainError
from domain.vastlegging import Rol, Vastlegging
from projections.runner import ProjectieRunner

app = typer.Typer(help="Toezicht: interbestuurlijk toezicht huisvesting vergunninghouders.")


def _bouw() -> tuple[Settings, Toezicht, ProjectieRunner]:
    """What most commands use of the composition root."""
    delen = bootstrap.bouw()
    return delen.settings, delen.app, delen.runner


_nu = bootstrap.systeemklok


@app.command()
def serve(host: str | None = None, port: int | None = None) -> None:
    """Start de webserver (API op /api/v1, documentatie op /docs)."""
    import uvicorn

    settings = Settings()
    # Our own request log (api/observatie.py) replaces uvicorn's, which logs client addresses.
    uvicorn.run(
        "api.asgi:app", host=host or settings.host, port=port or settings.port, access_log=False
    )


@app.command("scheduler")
def scheduler_draaien(
    eenmalig: bool = typer.Option(
        False, "--eenmalig", help="Draai één ronde nu (verstreken termijnen, meldingen) en stop."
    ),
) -> None:
    """Draai de planner als apart proces (zet dan TOEZICHT_SCHEDULER=uit bij de webservers)."""
    from scheduler.main import draai_eenmalig, draai_tot_stop

    if eenmalig:
        aantal = draai_eenmalig()
        typer.echo(f"Ronde gedraaid: {aantal} verstreken termijn(en) vastgelegd.")
        return
    draai_tot_stop(gestart=lambda: typer.echo("Planner gestart; Ctrl-C stopt."))


@app.command("gebruiker")
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


@app.command("rol")
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


@app.command("wachtwoord")
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


@app.command("token")
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


@app.command("tokens")
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


@app.command("token-intrekken")
def token_intrekken(
    naam: str,
    token_id: str = typer.Argument(help="Het id uit 'toezicht tokens NAAM'."),
    reden: str = typer.Option(..., help="Waarom het token wordt ingetrokken."),
) -> None:
    """Trek een API-token in; het werkt meteen niet meer."""
    _beheer(lambda app, v: app.trek_token_in(naam, token_id, v), reden)
    typer.echo(f"Token {token_id} van {naam} ingetrokken.")


@app.command("uitschakelen")
def gebruiker_uitschakelen(
    naam: str, reden: str = typer.Option(..., help="Waarom het account wordt uitgeschakeld.")
) -> None:
    """Schakel een account uit: tokens en inloggen geweigerd, sessies beëindigd."""
    _beheer(lambda app, v: app.schakel_gebruiker_uit(naam, v), reden)
    typer.echo(f"Account {naam} uitgeschakeld; de sessies zijn beëindigd.")


@app.command("inschakelen")
def gebruiker_inschakelen(
    naam: str, reden: str = typer.Option(..., help="Waarom het account weer wordt ingeschakeld.")
) -> None:
    """Schakel een uitgeschakeld account weer in (niet-ingetrokken tokens werken weer)."""
    _beheer(lambda app, v: app.schakel_gebruiker_in(naam, v), reden)
    typer.echo(f"Account {naam} weer ingeschakeld.")


DAG = ["%Y-%m-%d"]


@app.command("mandaat-verlenen")
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


@app.command("mandaat-beeindigen")
def mandaat_beeindigen(
    nummer: int,
    tot: Annotated[datetime, typer.Option(formats=DAG, help="Laatste dag (JJJJ-MM-DD).")],
    reden: Annotated[str, typer.Option(help="Waarom het mandaat eindigt.")],
) -> None:
    """Beëindig een mandaat; het blijft in het register staan."""
    _beheer(lambda app, v: app.beeindig_mandaat(nummer, tot.date(), v), reden)
    typer.echo(f"Mandaat {nummer} geldt tot en met {tot.date().isoformat()}.")


@app.command()
def instellingen() -> None:
    """Toon alle instellingen met hun uitleg en huidige waarde."""
    settings = Settings()
    for naam, veld in Settings.model_fields.items():
        waarde = getattr(settings, naam)
        if naam == "database_url":
            from sqlalchemy.engine import make_url

            waarde = make_url(waarde).render_as_string(hide_password=True)
            if not settings.is_postgres:
                waarde = f"{waarde}  (bestand: {settings.sqlite_path()})"
        typer.echo(f"TOEZICHT_{naam.upper()} = {waarde}\n    {veld.description}")


@app.command()
def demo(als_leeg: bool = typer.Option(False, help="Alleen laden als er nog niets is.")) -> None:
    """Laad de demogegevens van de ingestelde provincie (TOEZICHT_PROVINCIE): voor Utrecht de
    gepubliceerde treden, en voor elke provincie een gegenereerd scenario met trede 1 tot 6."""
    from application.demo import laad_demo
    from application.provincies import gemeenten_van

    settings, toezicht, runner = _bouw()
    if als_leeg and toezicht.recorder.max_notification_id():
        typer.echo("Er zijn al gegevens; demo niet opnieuw geladen.")
        return
    aantal = len(gemeenten_van(settings.provincie))
    with Progress() as progress:
        taak = progress.add_task("Demo laden", total=aantal + (78 if aantal == 26 else 0))
        laad_demo(
            toezicht,
            _nu(),
            voortgang=lambda n: progress.advance(taak, n),
            provincie=settings.provincie,
        )
    with Progress() as progress:
        taak = progress.add_task("Leesmodellen bijwerken", total=runner.achterstand())
        runner.bij(voortgang=lambda n: progress.advance(taak, n))
    typer.echo(f"Demo geladen ({settings.provincie}).")


gemeenten_cli = typer.Typer(help="De gemeenten van de provincie.")
app.add_typer(gemeenten_cli, name="gemeenten")


@gemeenten_cli.command("laad")
def gemeenten_laden() -> None:
    """Registreer de gemeenten van de ingestelde provincie (TOEZICHT_PROVINCIE) uit de
    CBS-lijst van 2023; al geregistreerde gemeenten blijven ongemoeid."""
    from application.provincies import laad_gemeenten

    settings, toezicht, runner = _bouw()
    nieuw, bestaand = laad_gemeenten(toezicht, settings.provincie, _nu())
    runner.bij()
    typer.echo(f"{settings.provincie}: {nieuw} gemeenten geregistreerd, {bestaand} waren er al.")


def _fout(bericht: str, code: int = 2) -> typer.Exit:
    typer.echo(f"Fout: {bericht}", err=True)
    return typer.Exit(code)


@app.command()
def backup(bestand: Path) -> None:
    """Maak een backup met manifest (SQLite: online backup-API; PostgreSQL: pg_dump)."""
    from onderhoud.backup import maak_backup
    from onderhoud.opslag import OnderhoudFout, eis_bestaande_opslag

    try:
        eis_bestaande_opslag(Settings())
        settings, toezicht, _ = _bouw()
        manifest = maak_backup(settings, toezicht, bestand)
    except OnderhoudFout as fout:
        raise _fout(str(fout)) from None
    typer.echo(f"Backup geschreven naar {bestand}; manifest: {manifest}.")
    if fouten := json.loads(manifest.read_text())["ketenfouten"]:
        typer.echo(
            f"Let op: de opslag was al niet in orde ({len(fouten)} ketenfouten, zie het manifest); draai 'toezicht controleer'.",
            err=True,
        )


@app.command()
def herstel(bestand: Path) -> None:
    """Zet een backup terug in de ingestelde, nog lege database en vergelijk hem met zijn manifest."""
    from onderhoud.backup import herstel as herstel_backup
    from onderhoud.backup import vergelijk_met_manifest
    from onderhoud.opslag import OnderhoudFout

    try:
        manifest = herstel_backup(Settings(), bestand)
    except (OnderhoudFout, FileExistsError) as fout:
        raise _fout(str(fout)) from None
    if manifest is None:
        typer.echo("Let op: geen manifest bij deze backup; de inhoud is niet vergeleken.", err=True)
    else:
        _, toezicht, _ = _bouw()
        fouten = vergelijk_met_manifest(toezicht, manifest)
        for melding in fouten:
            typer.echo(f"FOUT: {melding}", err=True)
        if fouten:
            raise _fout("de teruggezette gegevens wijken af van het manifest", 1)
        typer.echo(
            f"Teruggezet: {manifest['gebeurtenissen']} gebeurtenissen, gelijk aan het manifest."
        )
    typer.echo("Backup teruggezet; draai 'toezicht controleer'.")


@app.command()
def controleer(
    manifest: Annotated[
        Path | None,
        typer.Option(help="Manifest van een backup: de ketens moeten door de koppen daarin lopen."),
    ] = None,
) -> None:
    """Controleer de opslag: hashketen, herspelen, snapshots, versies, leesmodellen, digest."""
    from onderhoud.backup import ijkpunten, lees_manifest
    from onderhoud.controle import controleer as controleer_opslag
    from onderhoud.opslag import OnderhoudFout, eis_bestaande_opslag

    try:
        eis_bestaande_opslag(Settings())
        punten = ijkpunten(lees_manifest(manifest)) if manifest else None
    except OnderhoudFout as fout:
        raise _fout(str(fout)) from None
    settings, toezicht, runner = _bouw()
    uitkomst = controleer_opslag(settings, toezicht, runner, punten)
    typer.echo(f"gebeurtenissen: {uitkomst.gebeurtenissen}")
    typer.echo(f"aggregaten:     {uitkomst.aggregaten}")
    typer.echo(f"digest:         {uitkomst.digest}")
    for melding in uitkomst.fouten:
        typer.echo(f"FOUT: {melding}", err=True)
    if not uitkomst.in_orde:
        raise typer.Exit(1)
    if punten is None:
        # Without an outside reference a rewritten newest event (hash and all) cannot
        # be told from a real one: say so, but it is no failure.
        typer.echo(
            "In orde, met een voorbehoud: de nieuwste gebeurtenis van elk aggregaat is niet "
            "vergeleken met een referentie van buiten. Geef het manifest van een backup mee "
            "(--manifest BESTAND) om ook die te controleren."
        )
        return
    typer.echo("In orde.")


@app.command()
def exporteer(
    code: str,
    bestand: Path,
    naam: Annotated[
        str, typer.Option(help="Voor wie de export is (komt in het manifest).")
    ] = "cli",
    rol: Annotated[
        Rol,
        typer.Option(help="Rol van de ontvanger; alleen 'jurist' krijgt vertrouwelijke stukken."),
    ] = Rol.JURIST,
) -> None:
    """Schrijf het dossier van gemeente CODE als ZIP met manifest (controle: 'toezicht verifieer')."""
    from api.exporteren import exporteer_dossier
    from domain.zichtbaarheid import Lezer
    from projections.queries import Queries

    settings, toezicht, runner = _bouw()
    runner.bij()
    try:
        with bestand.open("wb") as uit:
            uitslag = exporteer_dossier(
                toezicht, Queries(settings.sqlalchemy_url()), code, Lezer(naam, rol), _nu(), uit
            )
    except DomainError as fout:
        bestand.unlink(missing_ok=True)
        raise _fout(str(fout)) from None
    for regel in uitslag.samenvatting(code, bestand):
        typer.echo(regel)


@app.command()
def verifieer(
    bestand: Path,
    verwacht: Annotated[
        str | None,
        typer.Option(help="SHA-256 van manifest.json zoals de export hem noemde."),
    ] = None,
) -> None:
    """Controleer een dossierexport zonder database: bestanden, manifest en hashketen."""
    from documenten.verificatie import verifieer as verifieer_export

    uitslag = verifieer_export(bestand, verwacht)
    for melding in uitslag.fouten:
        typer.echo(f"FOUT: {melding}", err=True)
    if not uitslag.in_orde:
        raise typer.Exit(1)
    for regel in uitslag.samenvatting(verwacht):
        typer.echo(regel)


@app.command()
def bijwerken() -> None:
    """Werk de leesmodellen bij tot de laatste gebeurtenis (zonder ze eerst te legen)."""
    _, toezicht, runner = _bouw()
    with Progress() as progress:
        taak = progress.add_task("Bijwerken", total=runner.achterstand())
        aantal = runner.bij(voortgang=lambda n: progress.advance(taak, n))
    typer.echo(f"{aantal} gebeurtenissen verwerkt.")


@app.command()
def herbouw() -> None:
    """Bouw alle leesmodellen opnieuw op uit de gebeurtenissen."""
    _, toezicht, runner = _bouw()
    with Progress() as progress:
        taak = progress.add_task("Herbouwen", total=toezicht.recorder.max_notification_id() or 0)
        aantal = runner.herbouw(voortgang=lambda n: progress.advance(taak, n))
    typer.echo(f"{aantal} gebeurtenissen verwerkt.")


from api import cli_import  # noqa: E402 - the command module imports _bouw from here

app.command("importeer")(cli_import.importeer)

if __name__ == "__main__":
    app()
