"""One import, whole or not at all. Every row is checked and every command run on the
loaded dossiers first; only when no row is refused (and it is not a dry run) are all
dossiers' new events saved together, in one transaction of the event store. A concurrent
write to any of them fails that transaction as a whole; the file is then planned again
on the fresh dossiers. Importing the same figures again finds nothing that differs and
records nothing."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

from application.importeren.gemeentenamen import Gemeentenamen
from application.importeren.herindeling import Herindeling
from application.importeren.kolommen import herken
from application.importeren.lezen import Tabel, lees
from application.importeren.plan import NL, Importplan
from application.importeren.rapport import Rapport, Voorstelwijziging, Weigering
from application.provincies import alle_gemeenten
from application.toezicht import Toezicht
from domain.beleid import beoordeel
from domain.dossier import Dossier
from domain.errors import DomainError, GelijktijdigGewijzigd, NietGevonden
from domain.periode import Periode
from domain.prognose import prognose
from domain.vastlegging import Vastlegging

MAX_BYTES = 10 * 1024 * 1024
POGINGEN = 5
LADERS = 4  # dossiers loaded at once before the rows are checked
Voortgang = Callable[[int, int], None]  # (rows done, rows in all)


def importeer(
    app: Toezicht,
    bestand: str,
    inhoud: bytes,
    wie: Vastlegging,
    proef: bool,
    herindeling: Herindeling | None = None,
    gemeenten: Mapping[str, str] | None = None,
    voortgang: Voortgang | None = None,
) -> Rapport:
    """Check and (unless `proef`) record the file. `wie` names who imports and when
    (geregistreerd_op); each event is dated by its row. `gemeenten` (code -> name) adds
    registered names to the CBS list."""
    sha256 = hashlib.sha256(inhoud).hexdigest()
    namen = Gemeentenamen(
        [*((g["code"], g["naam"]) for g in alle_gemeenten()), *(gemeenten or {}).items()]
    )
    if len(inhoud) > MAX_BYTES:
        rapport = Rapport(bestand=bestand, sha256=sha256, proef=proef)
        rapport.weigeringen.append(
            Weigering(0, "bestand", f"het bestand is groter dan {MAX_BYTES // 2**20} MB")
        )
        return rapport
    for poging in range(1, POGINGEN + 1):
        rapport = Rapport(bestand=bestand, sha256=sha256, proef=proef)
        plan = _plan(
            app, bestand, inhoud, wie, herindeling or Herindeling(), namen, rapport, voortgang
        )
        if plan is None or not rapport.geldig or proef:
            return rapport
        gewijzigd = [d for d in plan.dossiers.values() if d is not None and d.pending_events]
        if not gewijzigd:
            return rapport  # the same figures again: nothing to record
        try:
            rapport.notificatie = app.sla_samen_op(gewijzigd)
        except GelijktijdigGewijzigd:
            if poging == POGINGEN:
                raise
            time.sleep(random.uniform(0, 0.01 * 2**poging))
            continue
        rapport.vastgelegd = True
        return rapport
    raise AssertionError("unreachable: the last attempt returns or raises")


def _plan(
    app: Toezicht,
    bestand: str,
    inhoud: bytes,
    wie: Vastlegging,
    herindeling: Herindeling,
    namen: Gemeentenamen,
    rapport: Rapport,
    voortgang: Voortgang | None,
) -> Importplan | None:
    try:
        tabel = lees(bestand, inhoud)
    except DomainError as fout:
        rapport.weigeringen.append(Weigering(0, "bestand", fout.bericht))
        return None
    posities, kopfouten = herken(tabel.koppen)
    rapport.rijen = len(tabel.rijen)
    if kopfouten:
        rapport.weigeringen.extend(Weigering(1, f.kolom, f.reden) for f in kopfouten)
        return None
    vandaag = wie.geregistreerd_op.astimezone(NL).date()
    voor: dict[tuple[str, str], tuple[int, str] | None] = {}

    def onthoud(dossier: Dossier, periode: Periode) -> None:
        voor[(dossier.code, str(periode))] = _voorstel(dossier, periode, vandaag)

    plan = Importplan(app.dossier, app.pas_toe, namen, herindeling, wie, rapport, onthoud)
    plan.dossiers.update(_laad_vooraf(app, tabel, posities, namen, herindeling))
    breedte = len(tabel.koppen)
    for i, (nummer, cellen) in enumerate(tabel.rijen, 1):
        waarden = {naam: cellen[j] if j < len(cellen) else None for j, naam in posities.items()}
        extra = any(c is not None for c in cellen[breedte:])
        plan.rij(nummer, waarden, extra)
        if voortgang is not None:
            voortgang(i, len(tabel.rijen))
    # A refusal names the column as the file heads it ("Gehuisvest", not "realisatie").
    koppen = {naam: tabel.koppen[j] for j, naam in posities.items()}
    koppen.setdefault("gemeente", koppen.get("code", "gemeente"))
    rapport.weigeringen = [
        replace(w, kolom=koppen.get(w.kolom, w.kolom)) for w in rapport.weigeringen
    ]
    for (code, periode), eerder in voor.items():
        dossier = plan.dossiers[code]
        assert dossier is not None
        na = _voorstel(dossier, Periode.parse(periode), vandaag)
        if na != eerder:
            soort = "voorstel" if Periode.parse(periode).peildatum_eind <= vandaag else "prognose"
            rapport.voorstellen.append(
                Voorstelwijziging(
                    code=code,
                    naam=dossier.naam,
                    periode=periode,
                    soort=soort,
                    oud=eerder[0] if eerder else None,
                    nieuw=na[0] if na else None,
                    regel_oud=eerder[1] if eerder else None,
                    regel_nieuw=na[1] if na else None,
                )
            )
    return plan


def _laad_vooraf(
    app: Toezicht,
    tabel: Tabel,
    posities: dict[int, str],
    namen: Gemeentenamen,
    herindeling: Herindeling,
) -> dict[str, Dossier | None]:
    """Every dossier the rows may name (and their successors), loaded a few at a time:
    on PostgreSQL a load is mostly waiting for the server, so this halves a dry run."""
    kolommen = {naam: j for j, naam in posities.items() if naam in ("code", "gemeente")}
    codes: set[str] = set()
    for _, cellen in tabel.rijen:
        for j in kolommen.values():
            code = namen.zoek(str(cellen[j])) if j < len(cellen) and cellen[j] is not None else None
            while code is not None and code not in codes:
                codes.add(code)
                code = herindeling.opvolgers.get(code, (None, None))[0]

    def laad(code: str) -> tuple[str, Dossier | None]:
        try:
            return code, app.dossier(code)
        except NietGevonden:
            return code, None

    with ThreadPoolExecutor(LADERS) as pool:
        return dict(pool.map(laad, sorted(codes)))


def _voorstel(dossier: Dossier, periode: Periode, vandaag: date) -> tuple[int, str] | None:
    """The trede the engine proposes for the period on the dossier as it stands in memory:
    after the peildatum a beoordeling's proposal, before it the prognose. None when the
    figures for it are not all there."""
    cijfers = dossier.cijfers_van(periode)
    if periode.peildatum_eind <= vandaag:
        if cijfers.ontbrekend_voor_beoordeling():
            return None
        try:
            v = beoordeel(dossier.invoer_voor(periode, vandaag))
        except DomainError:
            return None
        return v.trede, v.regel
    p = prognose(cijfers, dossier.trede, vandaag)
    return (p.trede, p.voorstel.regel) if p is not None else None
