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
    assert uitkomst["events"] == 3 * (1 + 2 * 30)
    assert uitkomst["rebuild_per_s"] > 0
