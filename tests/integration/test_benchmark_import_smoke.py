"""The import benchmark keeps working: a tiny scale; the dry run, the import and the same
file again are measured, and the CSV and XLSX files give the same events."""

from benchmarks.importeren import main


def test_importbenchmark_klein(tmp_path, capsys):
    uit = main(["--database-url", f"sqlite:///{tmp_path}/i.sqlite", "--gemeenten", "5"])
    assert uit["rijen"] == 5 and uit["geweigerd"] == 0
    assert uit["gebeurtenissen_eerste"] > 0 and uit["gebeurtenissen_opnieuw"] == 0
    assert uit["csv_gelijk_aan_xlsx"] is True
    assert uit["proef_eerste_s"] > 0
    assert "proef_correcties_xlsx_s" in capsys.readouterr().out
