"""Letters from the dossier: the draft as documenten/ renders it, sending (render, then
record with its hash and bytes), and the letters as sent, byte for byte."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response, status
from pydantic import Field

from api.deps import NL, Antwoord, ContainerDep, FilterDep
from api.errors import FOUTEN
from api.routers.common import Code, bestaat, stempel
from api.schemas import Commando, Datum, Resultaat
from api.toegang import LezenDep, ToezichtDep
from application.commandos import VerzendBrief
from documenten.brief import KENMERK
from documenten.gegevens import concept
from documenten.opmaak import pdf
from domain.errors import NietGevonden
from domain.periode import Periode

router = APIRouter(
    prefix="/gemeenten/{code}/brieven",
    tags=["brieven en verbeterplan"],
    responses=FOUTEN,
    dependencies=[FilterDep],
)
PERIODE = Query(pattern=r"^[0-9]{4}-(1|2|I|II)$", description="standaard de laatste beoordeling")


@router.get(
    "/concept/toezichtbrief.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def read_concept_toezichtbrief(
    code: Code,
    c: ContainerDep,
    g: ToezichtDep,
    periode: Annotated[str | None, PERIODE] = None,
    datum: Annotated[
        Datum | None, Query(description="datum van de brief (JJJJ-MM-DD); standaard vandaag")
    ] = None,
) -> Response:
    """Concept van de toezichtbrief over de laatste (of de gekozen) beoordeling, als PDF/A-2a."""
    brief = concept(
        c.queries,
        "toezichtbrief",
        code,
        datum or c.vandaag(),
        periode=str(Periode.parse(periode)) if periode else None,
        kalender=c.kalender,
    )
    naam = brief.hoofd.kenmerk.replace("/", "-")
    return Response(
        pdf(brief),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="concept-{naam}.pdf"'},
    )


class BriefCreate(Commando):
    soort: Literal[
        "toezichtbrief",
        "afschrift_raad",
        "tussentijds_bericht",
        "uitnodiging_bestuurlijk_gesprek",
        "vooraankondiging",
        "besluit_indeplaatsstelling",
    ]
    periode: str | None = Field(default=None, pattern=r"^[0-9]{4}-(1|2|I|II)$")
    vrije_tekst: dict[str, Annotated[str, Field(max_length=4000)]] = Field(
        default_factory=dict, max_length=10, description="alleen de vrije alinea's van de brief"
    )
    corrigeert: str | None = Field(default=None, pattern=KENMERK.pattern)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_brief(code: Code, body: BriefCreate, c: ContainerDep, g: ToezichtDep) -> Antwoord:
    """Stel de brief op uit het dossier, gedateerd op de dag van verzending, en leg hem vast
    met kenmerk, SHA-256 en grootte; de PDF wordt ongewijzigd bewaard."""
    vastlegging = stempel(g, c, body)
    versie = bestaat(c, code)["versie"]
    if body.verwachte_versie is not None and body.verwachte_versie != versie:
        c.runner.bij()  # the view may lag another worker's write
        versie = bestaat(c, code)["versie"]
    brief = concept(
        c.queries,
        body.soort,
        code,
        vastlegging.plaatsgevonden_op.astimezone(NL).date(),
        periode=str(Periode.parse(body.periode)) if body.periode else None,
        vrij=body.vrije_tekst,
        corrigeert=body.corrigeert,
        kalender=c.kalender,
    )
    inhoud = pdf(brief)
    # The letter shows the dossier at `versie`; a client that read another version gets
    # its earlier answer (a repeated request) or 409 from the application.
    gelezen = versie if body.verwachte_versie is None else body.verwachte_versie
    return c.voer_uit(
        VerzendBrief(
            code=code,
            soort=body.soort,
            kenmerk=brief.hoofd.kenmerk,
            inhoud=inhoud,
            corrigeert=body.corrigeert,
            verwachte_versie=gelezen,
        ),
        vastlegging,
    )


@router.get("")
def list_brieven(code: Code, c: ContainerDep, g: LezenDep) -> list[dict[str, Any]]:
    """De verzonden brieven: kenmerk, soort, SHA-256, grootte, wanneer en door wie."""
    bestaat(c, code)
    return c.queries.brieven(code)


@router.get(
    "/{nummer}.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def read_brief_pdf(
    code: Code,
    nummer: Annotated[int, Path(ge=1, le=10_000_000, description="volgnummer uit het kenmerk")],
    c: ContainerDep,
    g: LezenDep,
    jaar: Annotated[
        int | None,
        Query(ge=1900, le=9999, description="jaar uit het kenmerk; standaard het laatste"),
    ] = None,
) -> Response:
    """Een verzonden brief, byte voor byte zoals hij is verzonden. Het volgnummer telt per
    jaar opnieuw: zonder `jaar` de laatst verzonden brief met dit nummer."""
    bestaat(c, code)
    brief = next(
        (
            b
            for b in reversed(c.queries.brieven(code))
            if b["kenmerk"].endswith(f"/{nummer:03d}")
            and (jaar is None or b["kenmerk"].startswith(f"IBT-HV/{jaar}/"))
        ),
        None,
    )
    inhoud = c.queries.briefdocument(code, brief["kenmerk"]) if brief else None
    if brief is None or inhoud is None:
        raise NietGevonden(
            f"gemeente {code} heeft geen verzonden brief met nummer {nummer}", "nummer"
        )
    return Response(
        inhoud,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="{brief["kenmerk"].replace("/", "-")}.pdf"',
            "ETag": f'"{brief["sha256"]}"',
        },
    )
