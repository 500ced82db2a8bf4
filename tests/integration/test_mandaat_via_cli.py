"""The operator records and ends mandates on the command line; the register the letters
sign from shows both, and a wrong request answers in Dutch without changing anything."""

from typer.testing import CliRunner

from api.cli import app
from projections.queries import Queries


def _cli(database_url: str, *args: str, code: int = 0) -> str:
    uit = CliRunner().invoke(app, list(args), env={"TOEZICHT_DATABASE_URL": database_url})
    assert uit.exit_code == code, uit.output
    return uit.output


def test_mandaat_verlenen_en_beeindigen(tmp_path):
    url = f"sqlite:///{tmp_path}/toezicht.sqlite"
    uit = _cli(
        url,
        "mandaat-verlenen",
        "R. van Muilekom",
        "gedeputeerde",
        "--van",
        "2024-01-01",
        "--brief",
        "toezichtbrief",
        "--brief",
        "afschrift_raad",
    )
    assert "Mandaat 1 vastgelegd" in uit
    assert "geldt tot en met 2024-06-30" in _cli(
        url, "mandaat-beeindigen", "1", "--tot", "2024-06-30", "--reden", "nieuwe portefeuille"
    )
    fout = _cli(url, "mandaat-beeindigen", "2", "--tot", "2024-06-30", "--reden", "x", code=2)
    assert "mandaat 2 bestaat niet" in fout
    fout = _cli(
        url, "mandaat-verlenen", "X", "Y", "--van", "2024-01-01", "--brief", "kerstkaart", code=2
    )
    assert "briefsoorten moet een van" in fout
    [mandaat] = Queries(f"sqlite:///{tmp_path}/toezicht.sqlite").mandaten()
    assert (mandaat["naam"], mandaat["functie"], mandaat["van"], mandaat["tot"]) == (
        "R. van Muilekom",
        "gedeputeerde",
        "2024-01-01",
        "2024-06-30",
    )
    assert mandaat["briefsoorten"] == ["afschrift_raad", "toezichtbrief"]
    assert mandaat["verleend_door"] == "beheer-cli"
