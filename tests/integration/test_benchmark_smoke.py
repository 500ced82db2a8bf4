"""The benchmark keeps working: a tiny scale, figures not asserted beyond being sane."""

from benchmarks.landelijk import main


def test_benchmark_klein(tmp_path):
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
        ]
    )
    assert uitkomst["events"] == 3 * (1 + 2 * 31)
    assert uitkomst["rebuild_per_s"] > 0
    assert uitkomst["pagina_overzicht_p95_ms"] > 0 and uitkomst["pagina_dossier_p95_ms"] > 0
