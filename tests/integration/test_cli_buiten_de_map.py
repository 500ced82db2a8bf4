"""The command line run outside the product's directory names, and uses, the same
SQLite store as inside it."""

import os
import subprocess
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]


def test_cli_elders_gebruikt_dezelfde_opslag(tmp_path):
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("TOEZICHT_")}
    uit = subprocess.run(
        [sys.executable, "-m", "api.cli", "instellingen"],
        cwd=tmp_path,
        env={**omgeving, "PYTHONPATH": str(WORTEL)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert uit.returncode == 0, uit.stderr
    assert f"(bestand: {WORTEL / 'toezicht-data' / 'toezicht.sqlite'})" in uit.stdout
    assert not (tmp_path / "toezicht-data").exists()
