"""A unit of work for one batch of events: read-table rows are loaded once, changed in
memory, and written with a few bulk statements at the end of the batch, inside the same
transaction as the tracking record. Rebuilds become tens of times faster; exactly-once
is unchanged because nothing is written outside that transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session


class Werkset:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._rijen: dict[tuple[str, tuple[Any, ...]], dict[str, Any] | None] = {}
        self._nieuw: dict[str, list[tuple[Any, ...]]] = {}
        self._gewijzigd: dict[str, set[tuple[Any, ...]]] = {}
        self._tabellen: dict[str, Table] = {}
        self._groepen: set[tuple[str, Any]] = set()

    @staticmethod
    def _pk(tabel: Table, rij: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(rij[k.name] for k in tabel.primary_key.columns)

    def rij(self, tabel: Table, *pk: Any) -> dict[str, Any] | None:
        """The row with this primary key, as a mutable dict (call `gewijzigd` after).
        On a miss, every row sharing the first key column (a gemeente's rows) is loaded
        at once: a batch touches the same dossier many times."""
        sleutel = (tabel.name, pk)
        groep = (tabel.name, pk[0])
        if sleutel not in self._rijen and groep not in self._groepen:
            self._groepen.add(groep)
            eerste = next(iter(tabel.primary_key.columns))
            for gevonden in self.session.execute(select(tabel).where(eerste == pk[0])):
                rij = dict(gevonden._mapping)
                self._rijen.setdefault((tabel.name, self._pk(tabel, rij)), rij)
        return self._rijen.get(sleutel)

    def voeg_toe(self, tabel: Table, **waarden: Any) -> dict[str, Any]:
        rij = {k.name: None for k in tabel.columns} | waarden
        pk = self._pk(tabel, rij)
        self._rijen[(tabel.name, pk)] = rij
        self._nieuw.setdefault(tabel.name, []).append(pk)
        self._tabellen[tabel.name] = tabel
        return rij

    def gewijzigd(self, tabel: Table, rij: dict[str, Any]) -> None:
        self._gewijzigd.setdefault(tabel.name, set()).add(self._pk(tabel, rij))
        self._tabellen[tabel.name] = tabel

    def schrijf(self) -> None:
        """Write every new and changed row; the cache stays valid for further events."""
        for naam, tabel in self._tabellen.items():
            nieuw = self._nieuw.pop(naam, [])
            if nieuw:
                self.session.execute(insert(tabel), [self._rijen[(naam, pk)] for pk in nieuw])
            gewijzigd = self._gewijzigd.pop(naam, set()) - set(nieuw)
            if gewijzigd:
                pk_kolommen = list(tabel.primary_key.columns)
                stmt = (
                    update(tabel)
                    .where(and_(*[k == bindparam(f"pk_{k.name}") for k in pk_kolommen]))
                    .values({k.name: bindparam(f"v_{k.name}") for k in tabel.columns})
                    .execution_options(synchronize_session=False)
                )
                rijen = []
                for pk in gewijzigd:
                    rij = self._rijen[(naam, pk)]
                    assert rij is not None
                    rijen.append(
                        {f"v_{k}": w for k, w in rij.items()}
                        | {f"pk_{k.name}": w for k, w in zip(pk_kolommen, pk, strict=True)}
                    )
                self.session.connection().execute(stmt, rijen)
