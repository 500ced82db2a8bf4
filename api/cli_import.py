"""`toezicht importeer BESTAND`: the file import on the command line, with a progress bar
on stderr and the row report on stdout; exit code 1 when a row is refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from application.importeren.herindeling import Herindeling, lees_herindeling
from application.importeren.rapport import Rapport
from application.importeren.uitvoeren import MAX_BYTES
from domain.errors import DomainError
from domain.vastlegging import Rol, Vastlegging

IMPORTEURS = (Rol.TOEZICHTHOUDER, Rol.JURIST)


def importeer(
    bestand: Annotated[Path, typer.Argument(help="CSV of XLSX (zie docs/import.md).")],
    gebruiker: Annotated[
        str, typer.Option(help="De toezichthouder of jurist namens wie wordt vastgelegd.")
    ],
    proef: Annotated[
        bool, typer.Option("--proef", help="Alleen tonen wat het bestand zou doen.")
    ] = False,
    herindeling: Annotated[
        Path | None, typer.Option(help="Bestand met kolommen oud, nieuw en (optioneel) vanaf.")
    ] = None,
    opvolger: Annotated[
        list[str] | None,
        typer.Option(help="Herindeling als OUD=NIEUW, bijvoorbeeld GM0545=GM1961; herhaalbaar."),
    ] = None,
) -> None:
    """Importeer taakstellingen, realisatie, standen en tijdig beschikbaar uit een bestand:
    in zijn geheel of helemaal niet; hetzelfde bestand nog eens legt niets vast."""
    from api.cli import _bouw
    from api.importeren import importeer_bestand
    from projections.queries import Queries

    settings, toezicht, runner = _bouw()
    runner.bij()
    queries = Queries(settings.sqlalchemy_url())
    rij = queries.gebruiker(gebruiker)
    if rij is None or rij["uitgeschakeld"] or Rol(rij["rol"]) not in IMPORTEURS:
        raise _fout(
            f"gebruiker {gebruiker} bestaat niet, is uitgeschakeld of is geen toezichthouder of jurist"
        )
    if not bestand.is_file():
        raise _fout(f"bestand {bestand} bestaat niet")
    if bestand.stat().st_size > MAX_BYTES:
        raise _fout(f"bestand {bestand.name} is groter dan {MAX_BYTES // 2**20} MB")
    try:
        paren = [p.partition("=") for p in opvolger or []]
        if any(not scheiding for _, scheiding, _ in paren):
            raise _fout("--opvolger schrijf je als OUD=NIEUW, bijvoorbeeld GM0545=GM1961")
        kaart = Herindeling.uit_paren((oud, nieuw) for oud, _, nieuw in paren)
        if herindeling is not None:
            kaart = lees_herindeling(herindeling.name, herindeling.read_bytes()).samen(kaart)
        nu = datetime.now(UTC)
        wie = Vastlegging(gebruiker, Rol(rij["rol"]), nu, nu)
        with Progress(console=Console(stderr=True), transient=True) as progress:
            taak = progress.add_task(f"{bestand.name} controleren", total=None)

            def voortgang(klaar: int, totaal: int) -> None:
                progress.update(taak, completed=klaar, total=totaal)

            rapport = importeer_bestand(
                toezicht,
                queries,
                runner,
                wie,
                bestand.name,
                bestand.read_bytes(),
                proef,
                kaart,
                voortgang,
            )
    except DomainError as fout:
        raise _fout(fout.bericht) from None
    toon(rapport)
    if not rapport.geldig:
        raise typer.Exit(1)


def toon(rapport: Rapport) -> None:
    typer.echo(f"{rapport.bestand} (SHA-256 {rapport.sha256}): {rapport.rijen} rijen")
    for w in rapport.weigeringen:
        typer.echo(f"  geweigerd rij {w.rij}, kolom {w.kolom}: {w.reden}")
    for h in rapport.herindelingen:
        typer.echo(f"  herindeling {h}")
    for g in rapport.gebeurtenissen:
        typer.echo(f"  rij {g.rij}: {g.code} {g.periode} {g.gebeurtenis}: {g.omschrijving}")
    for v in rapport.voorstellen:
        typer.echo(
            f"  {v.soort} {v.code} {v.naam} {v.periode}: trede {v.oud or '–'} → {v.nieuw or '–'}"
        )
    if not rapport.geldig:
        typer.echo(f"Niets vastgelegd: {len(rapport.weigeringen)} rij(en) geweigerd.")
    elif rapport.proef:
        typer.echo(
            f"Proef: {len(rapport.gebeurtenissen)} gebeurtenis(sen) zouden worden vastgelegd."
        )
    elif rapport.vastgelegd:
        typer.echo(f"Vastgelegd: {len(rapport.gebeurtenissen)} gebeurtenis(sen).")
    else:
        typer.echo("Niets nieuws: alle cijfers stonden er al.")


def _fout(bericht: str) -> typer.Exit:
    typer.echo(f"Fout: {bericht}", err=True)
    return typer.Exit(2)
