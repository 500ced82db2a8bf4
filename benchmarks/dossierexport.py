"""Benchmark of the dossier export: one dossier with many events and letters, exported as
for a jurist and verified from the ZIP alone. Prints the render time of one letter, the
export time and the verification time (targets: < 2 s, < 15 s, < 5 s at 5,000 events and
50 letters). Figures are printed, not asserted; the test suite runs this at a tiny scale.

    python -m benchmarks.dossierexport --database-url sqlite:////tmp/b.sqlite
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from api.deps import Container
from api.exporteren import exporteer_dossier
from application import commandos as c
from application.settings import Settings
from documenten.gegevens import concept
from documenten.opmaak import pdf
from documenten.verificatie import verifieer
from domain.periode import Periode
from domain.vastlegging import Rol, Vastlegging
from domain.zichtbaarheid import Lezer

CODE = "GM0344"
NU = datetime(2022, 9, 1, 10, tzinfo=UTC)


def _vul(container: Container, gebeurtenissen: int, brieven: int) -> float:
    """A dossier with a decided beoordeling, `brieven` letters and contacts up to
    `gebeurtenissen` events; returns the seconds one letter took to render."""
    app = container.app

    def stempel(rol: Rol, minuten: int = 0) -> Vastlegging:
        moment = NU + timedelta(minutes=minuten)
        return Vastlegging("bench", rol, moment, moment)

    app.voer_uit(
        c.RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht"), stempel(Rol.BEHEERDER)
    )
    p = Periode(2022, 1)
    for veld, waarde in (
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ):
        app.voer_uit(
            c.RegistreerCijfer(code=CODE, periode=p, veld=veld, waarde=waarde),
            stempel(Rol.TOEZICHTHOUDER),
        )
    voorstel = app.voer_uit(
        c.StelBeoordelingVoor(code=CODE, periode=p), stempel(Rol.TOEZICHTHOUDER)
    )
    app.voer_uit(
        c.StelBeoordelingVast(code=CODE, nummer=voorstel.nummer or 0), stempel(Rol.BESTUURDER)
    )
    # A letter is signed under the mandate the register holds on its date.
    app.verleen_mandaat(
        "R. van Muilekom",
        "gedeputeerde",
        ["toezichtbrief", "uitnodiging_bestuurlijk_gesprek"],
        p.begin,
        None,
        stempel(Rol.BEHEERDER),
    )
    container.runner.bij()

    brief = concept(container.queries, "toezichtbrief", CODE, NU.date(), kalender=app.kalender)
    pdf(brief)  # the first render also loads WeasyPrint and the fonts
    begin = time.perf_counter()
    inhoud = pdf(
        concept(container.queries, "toezichtbrief", CODE, NU.date(), kalender=app.kalender)
    )
    render_s = time.perf_counter() - begin
    versie = app.dossier(CODE).version
    for n in range(brieven):
        # One letter rendered, sent under many kenmerken: rendering 50 would measure WeasyPrint.
        uitkomst = app.voer_uit(
            c.VerzendBrief(
                code=CODE,
                soort="toezichtbrief" if n == 0 else "uitnodiging_bestuurlijk_gesprek",
                kenmerk=f"IBT-HV/2022/{CODE}/{versie + 1:03d}",
                inhoud=inhoud,
                verwachte_versie=versie,
            ),
            stempel(Rol.TOEZICHTHOUDER, 1),
        )
        versie = uitkomst.versie
    n = 0
    while app.dossier(CODE).version < gebeurtenissen:
        n += 1
        app.voer_uit(
            c.LegContactVast(
                code=CODE,
                soort="telefoon",
                samenvatting=f"Gesprek {n} over de voortgang van de huisvesting",
                deelnemers=("wethouder", "ambtenaar"),
                vertrouwelijk=n % 10 == 0,
            ),
            stempel(Rol.TOEZICHTHOUDER, 2 + n),
        )
    container.runner.bij()
    return render_s


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--database-url", default=None, help="standaard een tijdelijke SQLite")
    args.add_argument("--gebeurtenissen", type=int, default=5000)
    args.add_argument("--brieven", type=int, default=50)
    ns = args.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = ns.database_url or f"sqlite:///{tmp}/bench.sqlite"
        container = Container.bouw(Settings(database_url=url, scheduler="uit"), lambda: NU)
        begin = time.perf_counter()
        render_s = _vul(container, ns.gebeurtenissen, ns.brieven)
        vul_s = time.perf_counter() - begin
        zip_pad = Path(tmp) / "dossier.zip"
        begin = time.perf_counter()
        with zip_pad.open("wb") as uit:
            export = exporteer_dossier(
                container.app, container.queries, CODE, Lezer("bench", Rol.JURIST), NU, uit
            )
        export_s = time.perf_counter() - begin
        begin = time.perf_counter()
        uitslag = verifieer(zip_pad, export.manifest_sha256)
        verifieer_s = time.perf_counter() - begin
        grootte = zip_pad.stat().st_size
        container.queries.engine.dispose()
        container.view.engine.dispose()
    uitkomst = {
        "gebeurtenissen": export.gebeurtenissen,
        "brieven": ns.brieven,
        "bestanden": export.bestanden,
        "zip_bytes": grootte,
        "vullen_s": round(vul_s, 2),
        "brief_render_s": round(render_s, 3),
        "export_s": round(export_s, 3),
        "verifieer_s": round(verifieer_s, 3),
        "in_orde": uitslag.in_orde,
        "fouten": uitslag.fouten,
    }
    print(
        f"dossier: {export.gebeurtenissen} gebeurtenissen, {ns.brieven} brieven, {export.bestanden} bestanden, ZIP {grootte:,} bytes (gevuld in {vul_s:.1f} s)"
    )
    print(f"brief renderen:  {render_s:.3f} s (doel < 2 s)")
    print(f"export schrijven: {export_s:.3f} s (doel < 15 s)")
    print(
        f"verifiëren:       {verifieer_s:.3f} s (doel < 5 s); {'in orde' if uitslag.in_orde else uitslag.fouten}"
    )
    return uitkomst


if __name__ == "__main__":
    main()
