"""A letter as HTML (the preview) and as an archival, tagged PDF (PDF/A-2a) with the
fonts shipped in documenten/lettertypen, so the same concept gives the same bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from documenten.gegevens import Concept
from domain.kalender import dag_nl

HIER = Path(__file__).resolve().parent
PDF_VARIANT = "pdf/a-2a"  # archival (Archiefwet) and tagged; see the decisions

_MAANDEN = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()


def datum_nl(dag: date) -> str:
    """ "22 september 2022", as a letter writes its date."""
    return f"{dag.day} {_MAANDEN[dag.month - 1]} {dag.year}"


def _getal(waarde: int | None) -> str:
    return "niet geregistreerd" if waarde is None else str(waarde)


def _stand(waarde: int | None) -> str:
    """A signed stand as words: achterstand 207, voorsprong 12, or none."""
    if waarde is None:
        return "niet geregistreerd"
    if waarde > 0:
        return f"achterstand {waarde}"
    if waarde < 0:
        return f"voorsprong {-waarde}"
    return "geen achterstand"


def _stand_zin(waarde: int | None) -> str:
    """The same in a sentence: "een achterstand van 207"."""
    if waarde is None:
        return "een niet geregistreerde stand"
    if waarde == 0:
        return "geen achterstand"
    return f"een {_stand(waarde).replace(' ', ' van ', 1)}"


def _pct(waarde: int | None) -> str:
    return "niet te berekenen" if waarde is None else f"{waarde}%"


_omgeving = Environment(
    loader=FileSystemLoader(HIER / "sjablonen"),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_omgeving.filters.update(
    datum=datum_nl, dag=dag_nl, getal=_getal, stand=_stand, stand_zin=_stand_zin, pct=_pct
)


def html(concept: Concept) -> str:
    """The letter as HTML: the preview a supervisor reads before sending."""
    return _omgeving.get_template(concept.soort.sjabloon).render(
        soort=concept.soort,
        hoofd=concept.hoofd,
        vrij=concept.vrij,
        **concept.gegevens,
    )


def pdf(concept: Concept) -> bytes:
    """The letter as PDF/A-2a: tagged, lang nl, title, author, the kenmerk as document
    identifier and the letter's date as creation date (no clock is read)."""
    from weasyprint import HTML  # heavy import, only where a PDF is made

    document = HTML(string=html(concept), base_url=str(HIER))
    inhoud: bytes = document.write_pdf(
        pdf_variant=PDF_VARIANT,
        pdf_identifier=concept.hoofd.kenmerk.encode(),
        uncompressed_pdf=False,
        custom_metadata=True,
    )
    return inhoud
