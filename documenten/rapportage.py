"""The voortgangsrapportage for GS and Provinciale Staten over chosen periods: the province
totals per period beside the published ones, every gemeente's trede per period with the
basis it was assessed on, the count per trede, and charts. The same figures make the page
and the PDF (PDF/A-2a with the letters' fonts)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from documenten.gepubliceerd import gepubliceerde_totalen
from documenten.opmaak import HIER, PDF_VARIANT, _omgeving, datum_nl
from domain.periode import Periode

MAX_PERIODEN = 24
TREDEN = (1, 2, 3, 4, 5, 6)


class Rapportbron(Protocol):
    """The reads the report needs (projections.queries.Queries has them)."""

    def gemeenten(self) -> list[dict[str, Any]]: ...
    def beoordelingen(self, code: str) -> list[dict[str, Any]]: ...
    def provincie_totalen(self, provincie: str) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Trede:
    trede: int
    basis: str | None
    overgenomen: bool  # taken over from publication rather than assessed here


@dataclass(frozen=True)
class Gemeenterij:
    code: str
    naam: str
    treden: dict[str, Trede]  # period -> the decision that stands for it


@dataclass(frozen=True)
class Totaalrij:
    periode: str
    berekend: dict[str, Any] | None  # sums over the gemeenten's registered figures
    gepubliceerd: dict[str, Any] | None  # the province's published figures


@dataclass(frozen=True)
class Rapport:
    provincie: str
    van: str
    tot: str
    perioden: list[str]
    totalen: list[Totaalrij]
    gemeenten: list[Gemeenterij]
    per_trede: dict[str, dict[int, int]]  # period -> trede -> number of gemeenten
    per_basis: dict[str, dict[str, int]]  # period -> basis -> number of gemeenten
    bronnen: list[str] = field(default_factory=list)

    def trede_aantal(self, periode: str, minimaal: int) -> int:
        return sum(n for t, n in self.per_trede[periode].items() if t >= minimaal)


def cijfer(waarde: int | None) -> str:
    """A figure in a table cell: 1.477, -150, or a dash for none registered."""
    return "–" if waarde is None else f"{waarde:,}".replace(",", ".")


_omgeving.filters["cijfer"] = cijfer


def perioden_van_tot(van: Periode, tot: Periode) -> list[Periode]:
    if tot < van:
        raise ValueError("tot ligt vóór van")
    reeks = [van]
    while reeks[-1] < tot:
        reeks.append(reeks[-1].volgende())
        if len(reeks) > MAX_PERIODEN:
            raise ValueError(f"meer dan {MAX_PERIODEN} perioden")
    return reeks


def rapport(q: Rapportbron, provincie: str, van: Periode, tot: Periode) -> Rapport:
    """The report over `van` up to and including `tot` (ValueError for a bad range)."""
    perioden = [str(p) for p in perioden_van_tot(van, tot)]
    gemeenten = [
        g
        for g in q.gemeenten()
        if g["provincie"].lower() == provincie.lower() and g["voortgezet_door"] is None
    ]
    rijen, bronnen = [], set()
    per_trede = {p: dict.fromkeys(TREDEN, 0) for p in perioden}
    per_basis: dict[str, Counter[str]] = {p: Counter() for p in perioden}
    for g in gemeenten:
        besluiten: dict[str, Trede] = {}
        for b in q.beoordelingen(g["code"]):  # by version: a later decision replaces
            if b["periode"] in per_trede:
                besluiten[b["periode"]] = Trede(b["trede"], b["basis"], bool(b["overgenomen"]))
                if b["overgenomen"] and b["bron"]:
                    bronnen.add(b["bron"])
        for periode, besluit in besluiten.items():
            per_trede[periode][besluit.trede] += 1
            per_basis[periode][besluit.basis or "niet vermeld"] += 1
        rijen.append(Gemeenterij(g["code"], g["naam"], besluiten))
    berekend = {r["periode"]: r for r in q.provincie_totalen(provincie)}
    gepubliceerd = gepubliceerde_totalen(provincie.lower())
    return Rapport(
        provincie=provincie,
        van=perioden[0],
        tot=perioden[-1],
        perioden=perioden,
        totalen=[Totaalrij(p, berekend.get(p), gepubliceerd.get(p)) for p in perioden],
        gemeenten=sorted(rijen, key=lambda r: r.naam),
        per_trede=per_trede,
        per_basis={p: dict(sorted(c.items())) for p, c in per_basis.items()},
        bronnen=sorted(bronnen),
    )


def html(r: Rapport, grafieken: dict[str, Any], datum: date) -> str:
    """The report as the HTML the PDF is made from (the page has its own template)."""
    return _omgeving.get_template("rapportage.html").render(
        r=r, grafieken=grafieken, datum=datum, datum_tekst=datum_nl(datum)
    )


def pdf(r: Rapport, grafieken: dict[str, Any], datum: date) -> bytes:
    """The report as PDF/A-2a, dated `datum` (no clock is read)."""
    from weasyprint import HTML  # heavy import, only where a PDF is made

    inhoud: bytes = HTML(string=html(r, grafieken, datum), base_url=str(HIER)).write_pdf(
        pdf_variant=PDF_VARIANT,
        pdf_identifier=f"voortgangsrapportage-{r.provincie}-{r.van}-{r.tot}".encode(),
        custom_metadata=True,
    )
    return inhoud
