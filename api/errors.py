"""Errors are translated here, once: domain errors and validation errors become
Dutch JSON answers that name the field. Nothing else in api/ maps exceptions."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from domain.errors import (
    BestaatAl,
    BestandstypeGeweigerd,
    DomainError,
    GeenToegang,
    GelijktijdigGewijzigd,
    LadderRegelGeschonden,
    NietGevonden,
    TeGroot,
)


class Fout(BaseModel):
    """An error answer: a Dutch message and, where it applies, the field."""

    fout: str
    veld: str | None = None
    details: list[dict[str, Any]] | None = None


class NietIngelogd(Exception):
    pass


STATUS = {
    NietGevonden: 404,
    GeenToegang: 403,
    BestaatAl: 409,
    LadderRegelGeschonden: 409,
    GelijktijdigGewijzigd: 409,
    TeGroot: 413,
    BestandstypeGeweigerd: 415,
}

_VALIDATIE = {
    "missing": "is verplicht",
    "int_parsing": "moet een geheel getal zijn",
    "int_type": "moet een geheel getal zijn",
    "bool_parsing": "moet true of false zijn",
    "bool_type": "moet true of false zijn",
    "string_type": "moet tekst zijn",
    "string_too_short": "is te kort",
    "string_too_long": "is te lang",
    "greater_than_equal": "is te klein",
    "less_than_equal": "is te groot",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "datetime_parsing": "moet een tijdstip zijn (ISO 8601)",
    "datetime_from_date_parsing": "moet een tijdstip zijn (ISO 8601)",
    "datetime_type": "moet een tijdstip zijn (ISO 8601)",
    "enum": "heeft geen toegestane waarde",
    "literal_error": "heeft geen toegestane waarde",
    "list_type": "moet een lijst zijn",
    "too_long": "bevat te veel elementen",
    "extra_forbidden": "is geen bekend veld",
    "model_attributes_type": "moet een JSON-object zijn",
    "dict_type": "moet een JSON-object zijn",
    "value_error": "is ongeldig",
}


def _veldnaam(loc: tuple[Any, ...]) -> str:
    delen = [str(x) for x in loc if x not in ("body", "query", "path", "header")]
    return ".".join(delen) or "verzoek"


_PERIODE = "moet de vorm 2024-1 of 2024-I hebben (jaar, streepje, helft)"
_CBS_CODE = "moet een CBS-code zijn: GM gevolgd door 4 cijfers, bijvoorbeeld GM0344"


def _reden(fout: dict[str, Any], veld: str) -> str:
    """Why the value is refused, in words the user can act on."""
    soort = fout.get("type", "")
    ctx = fout.get("ctx", {})
    if soort == "value_error":  # our own validators word the reason in Dutch
        return str(ctx.get("error", "is ongeldig"))
    if soort in ("literal_error", "enum"):
        toegestaan = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        if toegestaan:
            return f"moet een van: {', '.join(toegestaan)} zijn"
    if veld.rsplit(".", 1)[-1] == "periode" and soort.startswith("string_"):
        return _PERIODE
    if soort == "string_pattern_mismatch":
        patroon = str(ctx.get("pattern", ""))
        if "GM" in patroon:
            return _CBS_CODE
        if "I|II" in patroon:
            return _PERIODE
        return "heeft niet de juiste vorm"
    return _VALIDATIE.get(soort, "is ongeldig")


def veldfouten(fouten: Any) -> list[tuple[str, str]]:
    """Each validation error as (field, reason in Dutch): the API's answer and the web
    forms' error summary word a refusal the same way."""
    uit = []
    for fout in fouten:
        veld = _veldnaam(tuple(fout.get("loc", ())))
        uit.append((veld, _reden(fout, veld)))
    return uit


def status_van(fout: DomainError) -> int:
    """The HTTP status a refused command answers with."""
    return next((s for cls, s in STATUS.items() if isinstance(fout, cls)), 422)


def _validatiefout(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if any(f.get("type") == "json_invalid" for f in exc.errors()):
        # The location is a character position in the body, not a field.
        body = Fout(fout="de inhoud van het verzoek is geen geldige JSON")
        return JSONResponse(body.model_dump(), status_code=400)
    details = [
        {"veld": veld, "fout": f"{veld} {reden}"} for veld, reden in veldfouten(exc.errors())
    ]
    eerste: dict[str, Any] = details[0] if details else {"veld": None, "fout": "ongeldig verzoek"}
    body = Fout(fout=eerste["fout"], veld=eerste["veld"], details=details)
    return JSONResponse(body.model_dump(), status_code=422)


def _domeinfout(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return JSONResponse(
        Fout(fout=exc.bericht, veld=exc.veld).model_dump(), status_code=status_van(exc)
    )


_HTTP = {
    400: "de inhoud van het verzoek is onleesbaar (geen geldige JSON)",
    404: "deze route bestaat niet",
    405: "deze methode is op deze route niet toegestaan",
    413: "het verzoek is te groot",
    415: "stuur de inhoud als application/json",
}


def _http_fout(_: Request, exc: Exception) -> JSONResponse:
    """Errors raised by the framework itself (unreadable body, unknown route) in Dutch."""
    assert isinstance(exc, StarletteHTTPException)
    bericht = _HTTP.get(exc.status_code, f"verzoek geweigerd ({exc.status_code})")
    return JSONResponse(
        Fout(fout=bericht).model_dump(),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


def _niet_ingelogd(_: Request, __: Exception) -> JSONResponse:
    return JSONResponse(
        Fout(
            fout="niet ingelogd: stuur een geldig API-token (Authorization: Bearer ...)"
        ).model_dump(),
        status_code=401,
        headers={"WWW-Authenticate": "Bearer"},
    )


def registreer(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validatiefout)
    app.add_exception_handler(DomainError, _domeinfout)
    app.add_exception_handler(NietIngelogd, _niet_ingelogd)
    app.add_exception_handler(StarletteHTTPException, _http_fout)


FOUTEN: dict[int | str, dict[str, Any]] = {
    400: {"model": Fout, "description": "Onleesbare inhoud (geen geldige JSON)"},
    401: {"model": Fout, "description": "Niet ingelogd"},
    403: {"model": Fout, "description": "Deze rol mag dit niet"},
    404: {"model": Fout, "description": "Niet gevonden"},
    409: {
        "model": Fout,
        "description": "Strijdig met de interventieladder of gelijktijdig gewijzigd",
    },
    413: {"model": Fout, "description": "Verzoek te groot"},
    415: {"model": Fout, "description": "Bestandstype niet toegestaan"},
    422: {"model": Fout, "description": "Ongeldige invoer"},
}
