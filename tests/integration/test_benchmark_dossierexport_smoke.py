"""The dossier export benchmark keeps working: a tiny scale, figures only checked for sense."""

from benchmarks.dossierexport import main


def test_benchmark_dossierexport_klein(tmp_path, capsys):
    uitkomst = main(
        [
            "--database-url",
            f"sqlite:///{tmp_path}/b.sqlite",
            "--gebeurtenissen",
            "80",
            "--brieven",
            "3",
        ]
    )
    assert uitkomst["in_orde"], uitkomst["fouten"]
    assert uitkomst["gebeurtenissen"] >= 80
    assert uitkomst["bestanden"] >= 3 + 8  # the letters beside index, events, lists
    assert uitkomst["brief_render_s"] > 0 and uitkomst["export_s"] > 0
    assert uitkomst["verifieer_s"] > 0
    uitvoer = capsys.readouterr().out
    assert "export schrijven" in uitvoer and "verifiëren" in uitvoer
