"""The operator manages accounts on the command line, on both backends: list tokens (id and
dates, never the secret), issue one that expires, revoke one, disable and enable again.
And a store whose read tables predate these columns is upgraded on start."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from api.cli import app
from api.sessies import Sessies
from application.settings import Settings
from application.tokens import token_hash
from projections.queries import Queries
from projections.view import ToezichtView

NU = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/toezicht.sqlite"
    return request.getfixturevalue("postgres_url")


def _cli(database_url: str, *args: str, code: int = 0) -> str:
    uit = CliRunner().invoke(app, list(args), env={"TOEZICHT_DATABASE_URL": database_url})
    assert uit.exit_code == code, uit.output
    return uit.output


def test_tokens_tonen_intrekken_en_account_uitschakelen(database_url):
    eerste = _cli(database_url, "gebruiker", "anna", "toezichthouder").strip().splitlines()[-1]
    tweede = _cli(database_url, "token", "anna", "--geldig-dagen", "30").strip()
    lijst = _cli(database_url, "tokens", "anna")
    assert eerste not in lijst and token_hash(eerste) not in lijst  # never the secret
    regels = lijst.strip().splitlines()[1:]
    assert len(regels) == 2
    assert sum("nooit" in r for r in regels) == 1  # the second expires in 30 days
    assert all(re.match(r"[0-9a-f]{12} +20\d\d-", r) for r in regels)

    id_eerste = token_hash(eerste)[:12]
    _cli(database_url, "token-intrekken", "anna", id_eerste, code=2)  # a reason is required
    _cli(database_url, "token-intrekken", "anna", id_eerste, "--reden", "laptop kwijt")
    lijst = _cli(database_url, "tokens", "anna")
    assert id_eerste not in lijst and token_hash(tweede)[:12] in lijst
    fout = _cli(database_url, "token-intrekken", "anna", id_eerste, "--reden", "x", code=2)
    assert "geen geldig token" in fout

    assert "reden" in _cli(database_url, "uitschakelen", "anna", "--reden", " ", code=2)
    _cli(database_url, "uitschakelen", "anna", "--reden", "uit dienst")
    q = Queries(Settings(database_url=database_url).sqlalchemy_url())
    assert q.gebruiker("anna")["uitgeschakeld"]
    assert "al uitgeschakeld" in _cli(database_url, "uitschakelen", "anna", "--reden", "x", code=2)
    _cli(database_url, "inschakelen", "anna", "--reden", "terug van verlof")
    assert not q.gebruiker("anna")["uitgeschakeld"]
    assert "bestaat niet" in _cli(database_url, "tokens", "niemand", code=2)
    q.engine.dispose()


def test_oude_leestabellen_worden_bij_de_start_herbouwd(tmp_path):
    url = f"sqlite:///{tmp_path}/oud.sqlite"
    token = _cli(url, "gebruiker", "anna", "toezichthouder").strip().splitlines()[-1]
    engine = create_engine(Settings(database_url=url).sqlalchemy_url())
    with engine.begin() as conn:  # as an earlier version left them
        conn.execute(text("ALTER TABLE rm_tokens DROP COLUMN verloopt_op"))
        conn.execute(text("ALTER TABLE rm_gebruikers DROP COLUMN uitgeschakeld"))
    engine.dispose()
    _cli(url, "bijwerken")  # starts like a server: tables checked, then caught up
    view = ToezichtView(Settings(database_url=url).sqlalchemy_url())
    q = Queries(Settings(database_url=url).sqlalchemy_url())
    assert q.gebruiker_bij_token(token_hash(token), "2026-01-01")["naam"] == "anna"
    assert q.gebruiker("anna")["uitgeschakeld"] is False

    with q.engine.begin() as conn:  # sessions from before generations end once
        conn.execute(text("CREATE TABLE api_sessies (sha256 VARCHAR(64) PRIMARY KEY)"))
    sessies = Sessies(q.engine, timedelta(hours=8), timedelta(minutes=30))
    sessie, _ = sessies.open("anna", NU, 0)
    assert sessies.zoek(sessie, NU)["generatie"] == 0
    view.engine.dispose()
    q.engine.dispose()
