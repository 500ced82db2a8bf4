"""Read models of proposals, decided beoordelingen with their derivation, and excusable reasons."""

from __future__ import annotations

from typing import Any

from domain import gebeurtenissen as ev
from domain.termijnen import GEMELD_BIJ_VERSTRIJKEN
from projections import tables as t
from projections.handlers import Handlers, code_van, gemeente_rij, melding
from projections.werkset import Werkset


def _reden(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.redenen,
        code=code_van(w, e),
        nummer=e.originator_version,
        periode=e.periode,
        omschrijving=e.omschrijving,
    )


def _reden_beoordeeld(w: Werkset, e: Any) -> None:
    w.wijzig(
        t.redenen, code_van(w, e), e.nummer, aanvaard=e.aanvaard, motivering=e.vastlegging["reden"]
    )


def _tel_voorstellen(w: Werkset, e: Any, verschil: int) -> None:
    gemeente = gemeente_rij(w, e)
    gemeente["open_voorstellen"] += verschil
    w.gewijzigd(t.gemeenten, gemeente)


def _voorgesteld(w: Werkset, e: Any) -> None:
    w.voeg_toe(
        t.voorstellen,
        code=code_van(w, e),
        nummer=e.originator_version,
        periode=e.periode,
        beleid=e.beleid,
        concept_trede=e.concept_trede,
        voorstel=e.voorstel,
        spoed=e.spoed,
        motivering=e.vastlegging["reden"],
        voorbereid_door=e.vastlegging["gebruiker"],
        voorbereid_op=e.vastlegging["plaatsgevonden_op"],
        status="open",
    )
    _tel_voorstellen(w, e, +1)
    if e.vastlegging["rol"] == "systeem":
        # A term-driven proposal explains itself by its rule; older ones by their reason.
        waarom = (e.voorstel or {}).get("uitleg") or e.vastlegging["reden"]
        melding(
            w,
            e,
            "voorstel",
            f"Voorstel trede {e.concept_trede} ter beslissing: {waarom}",
            list(GEMELD_BIJ_VERSTRIJKEN),
        )


def _sluit_voorstel(w: Werkset, e: Any, status: str) -> dict[str, Any]:
    v = e.vastlegging
    rij = w.wijzig(
        t.voorstellen,
        code_van(w, e),
        e.voorstel_nummer,
        status=status,
        afgehandeld_door=v["gebruiker"],
        afgehandeld_op=v["plaatsgevonden_op"],
        afgehandeld_reden=v["reden"] if status != "vastgesteld" else None,
    )
    _tel_voorstellen(w, e, -1)
    return rij


def _afgewezen(w: Werkset, e: Any) -> None:
    _sluit_voorstel(w, e, "afgewezen")


def _ingetrokken(w: Werkset, e: Any) -> None:
    _sluit_voorstel(w, e, "ingetrokken")


def _vastgesteld(w: Werkset, e: Any) -> None:
    ontwerp = _sluit_voorstel(w, e, "vastgesteld")
    voorstel = ontwerp["voorstel"] or {}
    voorgesteld = voorstel.get("trede")
    _beoordeling(
        w,
        e,
        beleid=ontwerp["beleid"],
        regel=voorstel.get("regel", "tussentijds-gemotiveerd"),
        basis=voorstel.get("basis"),
        uitleg=voorstel.get("uitleg", ontwerp["motivering"]),
        invoer=voorstel.get("invoer"),
        uitkomsten=voorstel.get("uitkomsten"),
        voorgestelde_trede=voorgesteld,
        afwijking=voorgesteld is None or voorgesteld != e.trede,
        motivering=ontwerp["motivering"],
        spoed=ontwerp["spoed"],
        overgenomen=False,
        voorbereid_door=ontwerp["voorbereid_door"],
    )


def _overgenomen(w: Werkset, e: Any) -> None:
    _beoordeling(
        w,
        e,
        basis=e.basis,
        uitleg=f"Overgenomen uit publicatie: {e.bron}",
        afwijking=False,
        spoed=False,
        overgenomen=True,
        bron=e.bron,
    )


def _beoordeling(w: Werkset, e: Any, **velden: Any) -> None:
    v = e.vastlegging
    code = code_van(w, e)
    w.voeg_toe(
        t.beoordelingen,
        code=code,
        versie=e.originator_version,
        periode=e.periode,
        trede=e.trede,
        vorige_trede=e.vorige_trede,
        vastgesteld_door=v["gebruiker"],
        vastgesteld_rol=v["rol"],
        vastgesteld_op=v["plaatsgevonden_op"],
        geregistreerd_op=v["geregistreerd_op"],
        **velden,
    )
    gemeente = gemeente_rij(w, e)
    gemeente.update(trede=e.trede, trede_sinds=v["plaatsgevonden_op"])
    w.gewijzigd(t.gemeenten, gemeente)


def _brief(w: Werkset, e: Any) -> None:
    w.wijzig(
        t.beoordelingen,
        code_van(w, e),
        e.beoordeling_versie,
        brief_verzonden_op=e.vastlegging["plaatsgevonden_op"],
    )


def _afschrift(w: Werkset, e: Any) -> None:
    w.wijzig(
        t.beoordelingen,
        code_van(w, e),
        e.beoordeling_versie,
        afschrift_verzonden_op=e.vastlegging["plaatsgevonden_op"],
    )


# What this read model does per event, in order; projections/view.py combines the tables.
HANDLERS: Handlers = (
    ((ev.VerschoonbareRedenIngediend,), _reden),
    ((ev.VerschoonbareRedenBeoordeeld,), _reden_beoordeeld),
    ((ev.BeoordelingVoorgesteld,), _voorgesteld),
    ((ev.BeoordelingVoorstelAfgewezen,), _afgewezen),
    ((ev.VoorstelIngetrokken,), _ingetrokken),
    ((ev.BeoordelingVastgesteld,), _vastgesteld),
    ((ev.BeoordelingOvergenomen,), _overgenomen),
    ((ev.ToezichtbriefVerzonden,), _brief),
    ((ev.AfschriftRaadVerzonden,), _afschrift),
)
