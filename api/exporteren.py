"""The dossier export as the route and the command line ask for it: the stored events
from the event store, everything else through the query layer (documenten/dossierexport.py)."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import IO

from api.pages.afleiding import afleiding_html
from application.toezicht import Toezicht
from documenten.dossierexport import Exportuitslag, exporteer
from domain.errors import NietGevonden
from domain.zichtbaarheid import Lezer
from projections.queries import Queries


def exporteer_dossier(
    app: Toezicht,
    queries: Queries,
    code: str,
    lezer: Lezer,
    op: datetime,
    naar: Path | IO[bytes],
) -> Exportuitslag:
    """Write gemeente `code`'s dossier export for `lezer`; NietGevonden for an unknown code.
    The events are taken up to the version the read models have reached, so the index,
    the letters and the events describe the same dossier."""
    gemeente = queries.gemeente(code)
    if gemeente is None:
        raise NietGevonden(f"gemeente {code} is niet bekend", "code")
    opgeslagen, kop = app.dossiergebeurtenissen(code, tot=gemeente["versie"])
    return exporteer(
        queries, code, lezer, op, opgeslagen, kop, partial(afleiding_html, queries, code), naar
    )
