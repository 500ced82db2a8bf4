"""The overview read models: gemeenten, figures per period, contacts, mid-period messages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain import gebeurtenissen as ev
from projections import tables as t
from projections.handlers import CODES, Handlers, code_van, gemeente_rij
from projections.werkset import Werkset

# The tables whose rows belong to one gemeente, keyed first by its code.
PER_GEMEENTE = tuple(
    tabel for tabel in t.metadata.sorted_tables if tabel.primary_key.columns.keys()[0] == "code"
)


def _geregistreerd(w: Werkset, e: Any) -> None:
    CODES[e.originator_id] = e.code
    w.nog_leeg(e.code, PER_GEMEENTE)  # a new dossier: nothing of it is stored yet
    w.voeg_toe(
        t.gemeenten,
        code=e.code,
        dossier_id=str(e.originator_id),
        naam=e.naam,
        provincie=e.provincie,
        voortgezet_van=list(e.voortgezet_van),
        versie=e.originator_version,
        open_voorstellen=0,
    )
    for vorige in e.voortgezet_van:
        voorganger = w.rij(t.gemeenten, vorige)
        if voorganger is not None:
            voorganger["voortgezet_door"] = e.code
            w.gewijzigd(t.gemeenten, voorganger)


def _periode(w: Werkset, e: Any) -> dict[str, Any]:
    code = code_van(w, e)
    rij = w.rij(t.perioden, code, e.periode)
    if rij is None:
        rij = w.voeg_toe(
            t.perioden, code=code, periode=e.periode, herverdeling=0, gegenereerd=False
        )
    return rij


def _cijfer(w: Werkset, e: Any) -> None:
    rij = _periode(w, e)
    rij[e.veld] = e.waarde
    if e.veld == "realisatie":
        rij["realisatie_op"] = e.vastlegging["plaatsgevonden_op"]
    rij["gegenereerd"] = rij["gegenereerd"] or e.gegenereerd
    w.gewijzigd(t.perioden, rij)


def _cijfer_ingetrokken(w: Werkset, e: Any) -> None:
    """The withdrawn figure no longer counts; a period left without figures drops out of
    every read (queries.met_cijfers)."""
    rij = _periode(w, e)
    rij[e.veld] = None
    if e.veld == "realisatie":
        rij["realisatie_op"] = None
    w.gewijzigd(t.perioden, rij)


def _taakstelling_gewijzigd(w: Werkset, e: Any) -> None:
    rij = _periode(w, e)
    if e.soort == "herverdeling":
        rij["herverdeling"] += e.waarde
    else:
        rij["taakstelling_gepubliceerd"] = e.waarde
    w.gewijzigd(t.perioden, rij)


def _contact(w: Werkset, e: Any) -> None:
    moment = e.vastlegging["plaatsgevonden_op"]
    gemeente = gemeente_rij(w, e)
    vorige = gemeente["laatste_contact"]
    if vorige is None or datetime.fromisoformat(moment) > datetime.fromisoformat(vorige):
        gemeente["laatste_contact"] = moment
        w.gewijzigd(t.gemeenten, gemeente)


def _contact_soort(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.contacten,
        code=code_van(w, e),
        versie=e.originator_version,
        soort=e.soort,
        plaatsgevonden_op=e.vastlegging["plaatsgevonden_op"],
    )


def _tussentijds(w: Werkset, e: Any) -> None:
    rij = w.rij(t.tussentijdse_berichten, code_van(w, e), e.periode)
    if rij is None:
        rij = w.voeg_toe(t.tussentijdse_berichten, code=code_van(w, e), periode=e.periode)
    rij.update(
        op_schema=e.op_schema,
        opschaling_in_zicht=e.opschaling_in_zicht,
        verstuurd_op=e.vastlegging["plaatsgevonden_op"],
    )
    w.gewijzigd(t.tussentijdse_berichten, rij)


# What this read model does per event, in order; projections/view.py combines the tables.
HANDLERS: Handlers = (
    ((ev.GemeenteGeregistreerd,), _geregistreerd),
    ((ev.CijferGeregistreerd,), _cijfer),
    ((ev.CijferIngetrokken,), _cijfer_ingetrokken),
    ((ev.TaakstellingGewijzigd,), _taakstelling_gewijzigd),
    ((ev.ContactGelegd,), _contact),
    ((ev.ContactGelegd,), _contact_soort),
    ((ev.TussentijdsBerichtVerstuurd,), _tussentijds),
)
