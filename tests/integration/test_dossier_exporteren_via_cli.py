"""`toezicht exporteer` and `toezicht verifieer` as an operator runs them: the export of a
jurist verifies against the manifest SHA-256 it printed; one changed byte fails."""

import zipfile
from datetime import UTC, datetime

from api.deps import Container
from application import commandos as c
from application.keten import schakel as keten_schakel
from application.settings import Settings
from benchmarks.proces import WORTEL, omgeving
from documenten.verificatie import schakel
from domain.vastlegging import Rol, Vastlegging

NU = datetime(2022, 9, 1, 10, tzinfo=UTC)


def test_verifier_en_opslag_rekenen_dezelfde_keten():
    args = ("a" * 64, "5f1e-id", 7, "domain.gebeurtenissen:ContactGelegd", b'{"x": "\xc3\xa9"}')
    assert schakel(*args) == keten_schakel(*args)
    assert schakel(*args) != schakel("b" * 64, *args[1:])


def test_exporteer_en_verifieer_op_de_opdrachtregel(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path}/t.sqlite"
    container = Container.bouw(Settings(database_url=url, scheduler="uit"), lambda: NU)
    stempel = Vastlegging("anna", Rol.TOEZICHTHOUDER, NU, NU)
    container.app.voer_uit(
        c.RegistreerGemeente(code="GM0344", naam="Utrecht", provincie="Utrecht"), stempel
    )
    container.app.voer_uit(
        c.LegContactVast(code="GM0344", soort="telefoon", samenvatting="Overleg"), stempel
    )
    container.queries.engine.dispose()
    container.view.engine.dispose()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "api.cli", *args],
            cwd=WORTEL,
            env=omgeving(url),
            capture_output=True,
            text=True,
            timeout=120,
        )

    export = tmp_path / "dossier.zip"
    uit = cli("exporteer", "GM0344", str(export))
    assert uit.returncode == 0, uit.stderr
    sha = uit.stdout.split("SHA-256 van manifest.json: ")[1].split()[0]
    uit = cli("verifieer", str(export), "--verwacht", sha)
    assert uit.returncode == 0 and "In orde" in uit.stdout, uit.stderr

    with zipfile.ZipFile(export) as z:
        inhoud = {n: z.read(n) for n in z.namelist()}
    inhoud["termijnen.json"] = inhoud["termijnen.json"].replace(b"[", b"[ ", 1)
    gewijzigd = tmp_path / "gewijzigd.zip"
    with zipfile.ZipFile(gewijzigd, "w") as z:
        for n, b in inhoud.items():
            z.writestr(n, b)
    uit = cli("verifieer", str(gewijzigd), "--verwacht", sha)
    assert uit.returncode == 1 and "termijnen.json" in uit.stderr, uit.stderr

    uit = cli("exporteer", "GM9999", str(tmp_path / "niets.zip"))
    assert uit.returncode != 0 and "GM9999" in uit.stderr
    assert not (tmp_path / "niets.zip").exists()
