"""Documents the gemeente sends (verbeterplan, bewijs van huisvesting, answers,
beroepschrift): upload as multipart with a limit on type and size, the list, and each
file back byte for byte as a download."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Path, Response, UploadFile, status
from starlette.datastructures import UploadFile as StarletteUploadFile

from api.deps import Antwoord, Container, ContainerDep, FilterDep, Gebruiker
from api.errors import FOUTEN
from api.routers.common import Code, bestaat
from api.schemas import Resultaat, Tijdstip
from api.toegang import JURIDISCH, TOEZICHT, LezenDep, ToezichtDep
from application.commandos import OntvangDocument
from documenten.brief import KENMERK
from domain import tekens
from domain.errors import GeenToegang, NietGevonden, OngeldigeInvoer, TeGroot
from domain.periode import Periode

# The paths that take a file, for the body limit of api/beveiliging.py: this route and
# the form on the dossier page.
UPLOADS = r"(/api/v1)?/gemeenten/[^/]+/documenten"

Documentsoort = Literal["verbeterplan", "bewijs_van_huisvesting", "antwoord", "beroepschrift"]
# The act `als_ontvangst` records with the document, and the route whose roles may do it.
# The roles of the act itself (create_verbeterplan_ontvangst, create_beroep).
HANDELING = {"verbeterplan": TOEZICHT, "beroepschrift": JURIDISCH}

router = APIRouter(
    prefix="/gemeenten/{code}/documenten",
    tags=["ontvangen documenten"],
    responses=FOUTEN,
    dependencies=[FilterDep],
)


@dataclasses.dataclass(frozen=True)
class Ontvangst:
    """A received file as a form or the API hands it in; shape checked, rules to come."""

    soort: str
    bestandsnaam: str
    inhoud: bytes
    periode: str | None = None
    kenmerk: str | None = None
    als_ontvangst: bool = False
    plaatsgevonden_op: datetime | None = None
    reden: str | None = None
    verwachte_versie: int | None = None


def lees(bestand: StarletteUploadFile, c: Container) -> bytes:
    """The uploaded bytes, refused past the upload limit without reading further."""
    grens = c.settings.max_upload_bytes
    inhoud = bestand.file.read(grens + 1)
    if len(inhoud) > grens:
        raise TeGroot(
            f"bestand: het bestand is groter dan {grens // 1_000_000} MB ({grens} bytes); "
            "stuur een kleiner bestand of splits het",
            "bestand",
        )
    return inhoud


def ontvang(c: Container, g: Gebruiker, code: str, o: Ontvangst) -> Antwoord:
    """Record one received document: the one path of the API and the dossier page."""
    bestaat(c, code)
    if o.als_ontvangst and o.soort in HANDELING and g.rol not in HANDELING[o.soort]:
        raise GeenToegang(
            f"als_ontvangst: met de rol {g.rol} kunt u de ontvangst van een {o.soort} niet "
            "vastleggen; leg alleen het document vast",
            "als_ontvangst",
        )
    if o.reden is not None and (fout := tekens.fout(o.reden)) is not None:
        raise OngeldigeInvoer(f"reden {fout}", "reden")
    if g.vingerafdruk is not None:
        # A retried upload has another multipart boundary: the request is its content.
        velden = dataclasses.asdict(o) | {"inhoud": hashlib.sha256(o.inhoud).hexdigest()}
        g = dataclasses.replace(
            g,
            vingerafdruk=hashlib.sha256(
                f"POST {code} {sorted(velden.items())}".encode()
            ).hexdigest(),
        )
    return c.voer_uit(
        OntvangDocument(
            code=code,
            soort=o.soort,
            bestandsnaam=o.bestandsnaam,
            inhoud=o.inhoud,
            periode=Periode.parse(o.periode) if o.periode else None,
            kenmerk=o.kenmerk,
            als_ontvangst=o.als_ontvangst,
            verwachte_versie=o.verwachte_versie,
        ),
        g.vastlegging(c.klok(), o.plaatsgevonden_op, o.reden),
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=Resultaat)
def create_document(
    code: Code,
    c: ContainerDep,
    g: ToezichtDep,
    bestand: Annotated[UploadFile, File(description="PDF, .docx, .xlsx, .odt of .ods")],
    soort: Annotated[Documentsoort, Form()],
    periode: Annotated[
        str | None,
        Form(pattern=r"^[0-9]{4}-(1|2|I|II)$", description="bewijs: de periode waarvoor het telt"),
    ] = None,
    kenmerk: Annotated[
        str | None, Form(pattern=KENMERK.pattern, description="de brief die het beantwoordt")
    ] = None,
    als_ontvangst: Annotated[
        bool,
        Form(description="verbeterplan of beroepschrift: leg ook de ontvangst zelf vast"),
    ] = False,
    plaatsgevonden_op: Annotated[
        Tijdstip | None, Form(description="wanneer het binnenkwam (standaard: nu)")
    ] = None,
    reden: Annotated[str | None, Form(max_length=10_000)] = None,
    verwachte_versie: Annotated[int | None, Form(ge=0, le=10_000_000)] = None,
) -> Antwoord:
    """Leg een ontvangen document vast (multipart): de server berekent de SHA-256 en
    bewaart de bytes naast het dossier; het type volgt uit de inhoud. Hetzelfde bestand
    twee keer geeft 409 met het nummer van de eerste ontvangst; een bestand met dezelfde
    naam is een nieuw document dat het eerdere opvolgt."""
    return ontvang(
        c,
        g,
        code,
        Ontvangst(
            soort=soort,
            bestandsnaam=bestand.filename or "",
            inhoud=lees(bestand, c),
            periode=periode,
            kenmerk=kenmerk,
            als_ontvangst=als_ontvangst,
            plaatsgevonden_op=plaatsgevonden_op,
            reden=reden,
            verwachte_versie=verwachte_versie,
        ),
    )


@router.get("")
def list_documenten(code: Code, c: ContainerDep, g: LezenDep) -> list[dict[str, Any]]:
    """De ontvangen documenten: soort, bestandsnaam, type, SHA-256, grootte, waar ze bij
    horen, wanneer en door wie ontvangen."""
    bestaat(c, code)
    return c.queries.documenten(code)


@router.get(
    "/{nummer}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def read_document(
    code: Code,
    nummer: Annotated[int, Path(ge=1, le=10_000_000, description="nummer van het document")],
    c: ContainerDep,
    g: LezenDep,
) -> Response:
    """Een ontvangen document, byte voor byte zoals het binnenkwam, als download."""
    bestaat(c, code)
    gevonden = c.queries.document(code, nummer)
    if gevonden is None:
        raise NietGevonden(f"gemeente {code} heeft geen ontvangen document {nummer}", "nummer")
    rij, inhoud = gevonden
    naam = rij["bestandsnaam"]
    ascii_naam = naam.encode("ascii", "replace").decode().replace("?", "_")
    return Response(
        inhoud,
        media_type=rij["mediatype"],
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_naam}"; '
            f"filename*=UTF-8''{quote(naam)}",
            "ETag": f'"{rij["sha256"]}"',
        },
    )
