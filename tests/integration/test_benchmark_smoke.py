"""The benchmark keeps working: a tiny scale, figures not asserted beyond being sane."""

import pytest

from benchmarks.landelijk import main


def test_benchmark_klein(tmp_path, capsys):
    uitkomst = main(
        [
            "--database-url",
            f"sqlite:///{tmp_path}/b.sqlite",
            "--gemeenten",
            "3",
            "--jaren",
            "1",
            "--verzoeken",
            "5",
            "--herhaal",
            "2",
        ]
    )
    assert uitkomst["events"] == 3 * (1 + 2 * 31)
    assert uitkomst["rebuild_per_s"] > 0
    assert uitkomst["pagina_overzicht_p95_ms"] > 0 and uitkomst["pagina_dossier_p95_ms"] > 0
    # Read+decode and rebuild measured in the same run, and their ratio printed.
    assert uitkomst["read_decode_per_s"] > 0
    assert uitkomst["rebuild_ratio"] == pytest.approx(
        uitkomst["rebuild_per_s"] / uitkomst["read_decode_per_s"]
    )
    uitvoer = capsys.readouterr().out
    assert "read+decode" in uitvoer
    assert "rebuild ratio" in uitvoer


def test_benchmark_meet_een_bestaande_store_opnieuw(tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite"
    eerst = main(["--database-url", url, "--gemeenten", "2", "--jaren", "1", "--verzoeken", "0"])
    opnieuw = main(["--database-url", url, "--hergebruik", "--verzoeken", "0"])
    assert opnieuw["events"] >= eerst["events"]  # read again, not filled twice
    assert opnieuw["events"] < 2 * eerst["events"]
    assert opnieuw["rebuild_ratio"] > 0
