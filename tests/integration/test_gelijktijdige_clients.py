"""Twenty clients write to one gemeente at once through HTTP: every accepted command is
exactly one event, every refusal is a 409 with the reason and no effect, a retry with the
fresh version succeeds, and afterwards the read models equal a rebuild."""

import pytest

from benchmarks.gelijktijdig import draai


def test_twintig_clients_sqlite(tmp_path):
    cijfers = draai(f"sqlite:///{tmp_path}/t.sqlite", workers=1)
    print(
        f"\nSQLite: {cijfers['geaccepteerd_per_s']:.0f} geaccepteerd/s, "
        f"{cijfers['aandeel_409']:.0%} 409"
    )


@pytest.mark.postgres
def test_twintig_clients_postgres_twee_workers(postgres_url):
    cijfers = draai(postgres_url, workers=2)
    print(
        f"\nPostgreSQL: {cijfers['geaccepteerd_per_s']:.0f} geaccepteerd/s, "
        f"{cijfers['aandeel_409']:.0%} 409"
    )
