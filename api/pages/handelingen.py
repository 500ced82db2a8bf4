"""A web form for every command in api/pages/formulieren.py, at
/gemeenten/{code}/handelingen/{naam}: GET shows it, POST validates the input with the JSON
route's own schema and builder, shows a confirmation page first for an act with legal
effect, and then records through Container.voer_uit. A refusal shows the form again with
the input kept and an error summary linking to each field."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from api.deps import Container, ContainerDep, Gebruiker
from api.errors import status_van, veldfouten
from api.pages.formulier import Formulier, Veld
from api.pages.formulieren import FORMULIEREN
from api.pages.toegang import PaginaFout, PaginaRol, controleer_code
from api.pages.weergave import datum, tijdstip, toon
from api.routers import beoordelingen, brieven, dossier, gemeenten, juridisch, termijnen
from api.routers.common import stempel
from api.toegang import rollen_in
from domain.errors import DomainError, GelijktijdigGewijzigd
from domain.vastlegging import Rol

router = APIRouter(include_in_schema=False)
DEELSTAPRIJEN = 5
TERMIJN_PATROON = r"[0-9]{1,9}\.[0-9]{1,3}"  # as the JSON route's path
Invoer = dict[str, str]  # input name -> what the user typed, shown again on a refusal
Fouten = dict[str, str]  # input name -> message; "algemeen" for the form as a whole


def _zin(tekst: str) -> str:
    return (tekst[:1].upper() + tekst[1:]).rstrip(".") + "."


def invoer_van(f: Formulier, formulier: Any) -> Invoer:
    """The submitted values of this form's inputs, as typed."""
    invoer: Invoer = {}
    for v in f.velden:
        if v.soort == "deelstappen":
            for i in range(DEELSTAPRIJEN):
                for deel in ("omschrijving", "termijn_tot"):
                    naam = f"deelstappen-{i}-{deel}"
                    invoer[naam] = str(formulier.get(naam, ""))
        else:
            invoer[v.naam] = str(formulier.get(v.naam, ""))
    invoer["verwachte_versie"] = str(formulier.get("verwachte_versie", ""))
    return invoer


def _getal(tekst: str) -> int | str:
    """A whole number as a number; anything else as typed, for the schema to refuse."""
    return int(tekst) if re.fullmatch(r"-?[0-9]{1,12}", tekst.strip()) else tekst


def _waarde(v: Veld, tekst: str) -> Any:
    if v.soort == "getal" or (v.soort == "keuze" and all(w.isdigit() for w, _ in v.keuzes if w)):
        return _getal(tekst)  # a trede is a number in the request, as in the JSON
    if v.soort == "janee":
        return tekst == "ja"
    if v.soort == "jaofnee":
        return {"ja": True, "nee": False}.get(tekst, tekst)
    if v.soort == "lijst":
        return [regel.strip() for regel in tekst.splitlines() if regel.strip()]
    return tekst


def verzoek_van(f: Formulier, invoer: Invoer) -> tuple[dict[str, Any], list[int]]:
    """The request body the JSON route would get, and for the deelstappen which form row
    each step came from (empty rows are left out)."""
    body: dict[str, Any] = {}
    rijen: list[int] = []
    for v in f.velden:
        if v.soort == "nummer":
            continue
        if v.soort == "deelstappen":
            stappen = []
            for i in range(DEELSTAPRIJEN):
                stap = {d: invoer[f"deelstappen-{i}-{d}"] for d in ("omschrijving", "termijn_tot")}
                if any(w.strip() for w in stap.values()):
                    stappen.append(stap)
                    rijen.append(i)
            body["deelstappen"] = stappen
        elif v.soort in ("janee", "lijst") or invoer[v.naam].strip():
            body[v.naam] = _waarde(v, invoer[v.naam])
    if invoer["verwachte_versie"].strip():
        body["verwachte_versie"] = _getal(invoer["verwachte_versie"])
    return body, rijen


def _label(f: Formulier, veld: str, rijen: list[int]) -> tuple[str, str]:
    """The input a schema field's error belongs to, and the words that name it."""
    delen = veld.split(".")
    if delen[0] == "deelstappen":
        if len(delen) >= 3 and delen[1].isdigit() and int(delen[1]) < len(rijen):
            rij = rijen[int(delen[1])]
            naam = "termijn" if delen[2] == "termijn_tot" else "omschrijving"
            return f"deelstappen-{rij}-{delen[2]}", f"Deelstap {rij + 1}: {naam}"
        return "deelstappen-0-omschrijving", "Deelstappen"
    for v in f.velden:
        if v.naam == delen[0]:
            return v.naam, v.label
    return "algemeen", veld


def _nummer(f: Formulier, invoer: Invoer, fouten: Fouten) -> dict[str, int | str]:
    """What the JSON route has in its path: the proposal's or reason's number, or the
    term's id; checked as the path is."""
    if f.genummerd is None:
        return {}
    label = next(v.label for v in f.velden if v.naam == "nummer")
    tekst = invoer["nummer"].strip()
    if not tekst:
        fouten["nummer"] = f"{label} is verplicht: kies er een."
    elif f.genummerd == "perioden":
        return {"periode": tekst}  # the builder parses it, as the JSON route does
    elif f.genummerd == "termijnen":
        if re.fullmatch(TERMIJN_PATROON, tekst):
            return {"termijn": tekst}
        fouten["nummer"] = f"{label} heeft niet de juiste vorm."
    elif re.fullmatch(r"[0-9]{1,9}", tekst):
        return {"nummer": int(tekst)}
    else:
        fouten["nummer"] = f"{label} moet een geheel getal zijn."
    return {}


def valideer(
    f: Formulier, invoer: Invoer, code: str
) -> tuple[Any, Any, Fouten]:  # (command, body, errors)
    """Validate as the JSON route does: its schema, then its builder."""
    fouten: Fouten = {}
    nummer = _nummer(f, invoer, fouten)
    body, rijen = verzoek_van(f, invoer)
    try:
        verzoek = f.schema.model_validate(body)
    except ValidationError as e:
        for veld, reden in veldfouten(e.errors()):
            naam, label = _label(f, veld, rijen)
            fouten.setdefault(naam, _zin(f"{label} {reden}"))
        return None, None, fouten
    if fouten:
        return None, None, fouten
    try:
        return f.bouw(code, verzoek, **nummer), verzoek, {}
    except DomainError as e:
        return None, None, {veld_van(f, e, invoer): _zin(e.bericht)}


def veld_van(f: Formulier, fout: DomainError, invoer: Invoer) -> str:
    """The input a refusal of the domain names (a deelstap by its form row)."""
    if f.genummerd and fout.veld in ("nummer", "termijn", "periode"):
        return "nummer"
    if fout.veld and fout.veld.startswith("deelstappen."):
        return _label(f, fout.veld, verzoek_van(f, invoer)[1])[0]
    return fout.veld if fout.veld in {v.naam for v in f.velden} else "algemeen"


def nummerkeuzes(f: Formulier, c: Container, code: str) -> list[tuple[str, str]]:
    """What a numbered form acts on: the open proposals or the unassessed reasons."""
    if f.genummerd == "voorstellen":
        return [
            (
                str(v["nummer"]),
                f"Voorstel {v['nummer']}{' voor ' + v['periode'] if v['periode'] else ''}: "
                f"trede {v['concept_trede']}{', spoedeisend' if v['spoed'] else ''}",
            )
            for v in c.queries.voorstellen(code, "open")
        ]
    if f.genummerd == "redenen":
        return [
            (str(r["nummer"]), f"Reden {r['nummer']} ({r['periode']}): {r['omschrijving'][:80]}")
            for r in c.queries.verschoonbare_redenen(code)
            if r["aanvaard"] is None
        ]
    if f.genummerd == "perioden":
        return [
            (p["periode"], f"{p['periode']} (taakstelling {p['taakstelling_gepubliceerd']})")
            for p in c.queries.perioden(code)
            if p["taakstelling_gepubliceerd"] is not None
        ]
    if f.genummerd == "termijnen":
        return [
            (tm["termijn"], f"{tm['omschrijving']} (tot en met {datum(tm['einddatum'])})")
            for tm in c.queries.open_termijnen(code)
        ]
    return []


def _gemeente(c: Container, code: str) -> dict[str, Any]:
    controleer_code(code)
    gemeente = c.queries.gemeente(code)
    if gemeente is None:
        raise PaginaFout(404, "Gemeente niet gevonden", f"De gemeente {code} is niet bekend.")
    return gemeente


def _toon_formulier(
    request: Request,
    f: Formulier,
    c: Container,
    gemeente: dict[str, Any],
    invoer: Invoer,
    fouten: Fouten,
    status: int = 200,
) -> HTMLResponse:
    return toon(
        request,
        "handeling.html",
        status_code=status,
        titel=("Fout: " if fouten else "") + f"{f.titel} – {gemeente['naam']}",
        f=f,
        gm=gemeente,
        invoer=invoer,
        fouten=fouten,
        keuzes={"nummer": nummerkeuzes(f, c, gemeente["code"])},
        deelstaprijen=DEELSTAPRIJEN,
    )


def _dag(tekst: str) -> str:
    """A valid date in Dutch words ('3 oktober 2024'); otherwise as typed."""
    try:
        return datum(tekst)
    except ValueError:
        return tekst


def samenvatting(
    f: Formulier, invoer: Invoer, keuzes: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """What will be recorded, as label and value, for the confirmation page."""
    regels: list[tuple[str, str]] = []
    for v in f.velden:
        if v.soort == "deelstappen":
            for i in range(DEELSTAPRIJEN):
                oms, tot = (invoer[f"deelstappen-{i}-{d}"] for d in ("omschrijving", "termijn_tot"))
                if oms.strip() or tot.strip():
                    regels.append((f"Deelstap {i + 1}", f"{oms} (tot en met {_dag(tot)})"))
            continue
        tekst = invoer[v.naam].strip()
        opties = dict(keuzes if v.soort == "nummer" else v.keuzes)
        if v.soort == "janee":
            tekst = "ja" if tekst == "ja" else "nee"
        elif v.soort == "datum" and tekst:
            tekst = _dag(tekst)
        elif v.soort == "tijdstip" and tekst:
            tekst = tijdstip(tekst)
        elif tekst in opties:
            tekst = opties[tekst]
        if tekst:
            regels.append((v.label, tekst))
    return regels


def _verstuur(
    request: Request,
    f: Formulier,
    c: Container,
    g: Gebruiker,
    gemeente: dict[str, Any],
    formulier: Any,
) -> Response:
    code = gemeente["code"]
    invoer = invoer_van(f, formulier)
    if formulier.get("wijzigen"):  # back from the confirmation page, input kept
        return _toon_formulier(request, f, c, gemeente, invoer, {})
    commando, verzoek, fouten = valideer(f, invoer, code)
    if fouten:
        return _toon_formulier(request, f, c, gemeente, invoer, fouten, 422)
    if f.gevolg and formulier.get("bevestigd") != "1":
        return toon(
            request,
            "bevestig.html",
            titel=f"Controleer en bevestig: {f.titel} – {gemeente['naam']}",
            f=f,
            gm=gemeente,
            invoer=invoer,
            regels=samenvatting(f, invoer, nummerkeuzes(f, c, code)),
        )
    try:
        c.voer_uit(commando, stempel(g, c, verzoek))
    except DomainError as e:
        if isinstance(e, GelijktijdigGewijzigd):
            invoer["verwachte_versie"] = str(_gemeente(c, code)["versie"])
            bericht = (
                "Het dossier is intussen gewijzigd. Bekijk het dossier en verstuur het "
                "formulier opnieuw als het nog klopt."
            )
            fouten = {"algemeen": bericht}
        else:
            fouten = {veld_van(f, e, invoer): _zin(e.bericht)}
        return _toon_formulier(request, f, c, gemeente, invoer, fouten, status_van(e))
    return RedirectResponse(f"/gemeenten/{code}?gelukt={f.naam}", 303)


# The API routes the forms mirror: a form is for the roles its API route declares.
_API_ROUTES = [
    route
    for module in (beoordelingen, brieven, dossier, gemeenten, juridisch, termijnen)
    for route in module.router.routes
]


def rollen_van(f: Formulier) -> frozenset[Rol]:
    """The roles of the form: those of the API route it mirrors, read from its declaration."""
    return rollen_in(_API_ROUTES, f.api_route)


def _pagina(f: Formulier) -> Callable[..., Coroutine[Any, Any, Response]]:
    async def pagina(code: str, request: Request, c: ContainerDep, g: Gebruiker) -> Response:
        gemeente = _gemeente(c, code)
        if request.method == "POST":
            return _verstuur(request, f, c, g, gemeente, await request.form())
        invoer = {naam: "" for naam in invoer_van(f, {})}
        invoer["verwachte_versie"] = str(gemeente["versie"])
        if f.genummerd:
            invoer["nummer"] = request.query_params.get("nummer", "")
        return _toon_formulier(request, f, c, gemeente, invoer, {})

    pagina.__doc__ = f.titel
    # The role requirement in the signature, as on every route (api/toegang.py).
    pagina.__annotations__["g"] = Annotated[Gebruiker, Depends(PaginaRol(rollen_van(f)))]
    return pagina


for _f in FORMULIEREN:
    router.add_api_route(
        f"/gemeenten/{{code}}/handelingen/{_f.naam}",
        _pagina(_f),
        methods=["GET", "POST"],
        name=_f.route,
        response_class=HTMLResponse,
    )
