"""`toezicht importeer`: a dry run changes nothing, the import records the file whole,
the same file again records nothing; a refused row exits 1 with the row report."""

from typer.testing import CliRunner

from api.cli import app
from application.settings import Settings
from projections.queries import Queries

BESTAND = (
    "Gemeente,Periode,Taakstelling,Herverdeling,Stand begin,Realisatie,Stand eind\n"
    "Utrecht,2022-I,203,1,171,168,207\n"
    "Amersfoort,2022-I,100,,10,80,30\n"
)


def _cli(url: str, *args: str, code: int = 0) -> str:
    uit = CliRunner().invoke(
        app, list(args), env={"TOEZICHT_DATABASE_URL": url, "TOEZICHT_PROVINCIE": "Utrecht"}
    )
    assert uit.exit_code == code, uit.output
    return uit.output


def test_importeren_op_de_opdrachtregel(tmp_path):
    url = f"sqlite:///{tmp_path}/toezicht.sqlite"
    _cli(url, "gebruiker", "anna", "toezichthouder")
    _cli(url, "gemeenten", "laad")
    bestand = tmp_path / "tvs.csv"
    bestand.write_text(BESTAND, encoding="utf-8")
    q = Queries(Settings(database_url=url).sqlalchemy_url())

    proef = _cli(url, "importeer", str(bestand), "--gebruiker", "anna", "--proef")
    assert "Proef: 9 gebeurtenis(sen) zouden worden vastgelegd." in proef
    assert q.perioden("GM0344") == []
    echt = _cli(url, "importeer", str(bestand), "--gebruiker", "anna")
    assert "Vastgelegd: 9 gebeurtenis(sen)." in echt
    rij = q.perioden("GM0344")[0]
    assert (rij["taakstelling_gepubliceerd"], rij["herverdeling"], rij["realisatie"]) == (
        203,
        1,
        168,
    )
    assert "Niets nieuws" in _cli(url, "importeer", str(bestand), "--gebruiker", "anna")

    fout = tmp_path / "fout.csv"
    fout.write_text(BESTAND + "Utrecht,2022-1,203,1,171,-3,207\n", encoding="utf-8")
    uit = _cli(url, "importeer", str(fout), "--gebruiker", "anna", code=1)
    assert "geweigerd rij 4, kolom Realisatie: -3 is negatief" in uit
    assert "Niets vastgelegd: 1 rij(en) geweigerd." in uit
    assert "geen toezichthouder" in _cli(
        url, "importeer", str(bestand), "--gebruiker", "bob", code=2
    )
