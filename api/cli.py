"""The command line: serve, create users, load the demo, rebuild the read models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

import bootstrap
from application.settings import Settings
from application.toezicht import Toezicht
from domain.errors import DomainError
from domain.vastlegging import Rol
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


from api import cli_accounts, cli_import  # noqa: E402 - the command modules import _bouw from here

app.command("gebruiker")(cli_accounts.gebruiker_aanmaken)
app.command("rol")(cli_accounts.rol_wijzigen)
app.command("wachtwoord")(cli_accounts.wachtwoord_instellen)
app.command("token")(cli_accounts.token_uitgeven)
app.command("tokens")(cli_accounts.tokens_tonen)
app.command("token-intrekken")(cli_accounts.token_intrekken)
app.command("uitschakelen")(cli_accounts.gebruiker_uitschakelen)
app.command("inschakelen")(cli_accounts.gebruiker_inschakelen)
app.command("mandaat-verlenen")(cli_accounts.mandaat_verlenen)
app.command("mandaat-beeindigen")(cli_accounts.mandaat_beeindigen)

app.command("importeer")(cli_import.importeer)

if __name__ == "__main__":
    app()
