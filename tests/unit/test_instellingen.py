"""A relative SQLite path counts from the product's directory, so the CLI run from
another directory uses the same store instead of silently starting an empty one."""

from pathlib import Path

from application.settings import Settings

WORTEL = Path(__file__).resolve().parents[2]


def test_standaardbestand_hangt_niet_af_van_de_werkmap(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOEZICHT_DATABASE_URL", raising=False)
    settings = Settings(database_url="sqlite:///toezicht-data/toezicht.sqlite")
    assert settings.sqlite_path() == WORTEL / "toezicht-data" / "toezicht.sqlite"
    assert settings.sqlalchemy_url() == f"sqlite:///{WORTEL}/toezicht-data/toezicht.sqlite"
    assert Settings().sqlite_path() == settings.sqlite_path()


def test_absoluut_pad_blijft_zoals_het_is(tmp_path):
    bestand = tmp_path / "elders.sqlite"
    assert Settings(database_url=f"sqlite:///{bestand}").sqlite_path() == bestand
