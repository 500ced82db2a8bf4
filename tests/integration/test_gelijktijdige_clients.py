"""Twenty clients write to one gemeente at once through HTTP: every accepted command is
exactly one event, every refusal is a 409 with the reason and no effect, a retry with the
fresh version succeeds, and afterwards the read models equal a rebuild."""

import pytest

from benchmarks.gelijktijdig import CLIENTS, PER_CLIENT, Uitslag, draai


def controleer(uitslag: Uitslag) -> None:
    assert uitslag.registratie == 201
    assert uitslag.fouten == []
    assert len(uitslag.geaccepteerd) == CLIENTS * PER_CLIENT
    assert uitslag.berichten == uitslag.verwachte_berichten()  # each accepted write once
    assert uitslag.versies == list(range(1, len(uitslag.versies) + 1))  # no gaps
    assert "In orde" in uitslag.controle


def test_twintig_clients_sqlite(tmp_path):
    uitslag = draai(f"sqlite:///{tmp_path}/t.sqlite", workers=1)
    controleer(uitslag)
    print(
        f"\nSQLite: {uitslag.geaccepteerd_per_s:.0f} geaccepteerd/s, {uitslag.aandeel_409:.0%} 409"
    )


@pytest.mark.postgres
def test_twintig_clients_postgres_twee_workers(postgres_url):
    uitslag = draai(postgres_url, workers=2)
    controleer(uitslag)
    print(
        f"\nPostgreSQL: {uitslag.geaccepteerd_per_s:.0f} geaccepteerd/s, {uitslag.aandeel_409:.0%} 409"
    )
