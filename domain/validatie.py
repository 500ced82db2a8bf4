"""Checks on values a user supplies, shared by the aggregate's commands. Dutch messages."""

from __future__ import annotations

import re
from datetime import date

from domain import tekens
from domain.errors import OngeldigeInvoer
from domain.vastlegging import EERSTE_JAAR, LAATSTE_JAAR
from domain.woorden import Cijferveld, ContactSoort, SignaalSoort, waarden

# ASCII digits only: `\d` would also take fullwidth and Arabic-Indic digits (GM０３４４).
CBS_CODE_PATROON = r"^GM[0-9]{4}$"
CBS_CODE = re.compile(CBS_CODE_PATROON)
CONTACTSOORTEN = waarden(ContactSoort)
SIGNAALSOORTEN = waarden(SignaalSoort)
CIJFERVELDEN = waarden(Cijferveld)
DOCUMENTSOORTEN = ("verbeterplan", "bewijs_van_huisvesting", "antwoord", "beroepschrift")
BRIEFSOORTEN = (
    "toezichtbrief",
    "afschrift_raad",
    "tussentijds_bericht",
    "uitnodiging_bestuurlijk_gesprek",
    "vooraankondiging",
    "besluit_indeplaatsstelling",
)
_NOOIT_VERSCHOONBAAR = re.compile(
    r"(gezins|huishoud|huishoudens)samenstelling|samenstelling van (de )?(gekoppelde )?"
    r"(gezinnen|huishoudens|vergunninghouders)|grote gezinnen|gezinsgrootte|"
    r"grootte van (de )?(gezinnen|huishoudens)",
    re.IGNORECASE,
)


def tekst(waarde: str | None, veld: str, wat: str = "") -> str:
    """A required text field, stripped; refused when empty. `wat` says what the field
    should hold, where its name alone does not (a reden for what)."""
    if waarde is None or tekens.leeg(waarde):
        raise OngeldigeInvoer(f"{veld} is verplicht{f': {wat}' if wat else ''}", veld)
    return tekens.controleer(waarde.strip(), veld)


def keuze(waarde: str, toegestaan: tuple[str, ...], veld: str) -> str:
    """One of the allowed values, as a plain string (an enum member from a schema is
    stored in the event as its value)."""
    if waarde not in toegestaan:
        raise OngeldigeInvoer(f"{veld} moet een van: {', '.join(toegestaan)} zijn", veld)
    return str(waarde)


def cbs_code(code: str, veld: str) -> str:
    code = code.strip().upper()
    if not code.isascii() or not CBS_CODE.fullmatch(code):
        raise OngeldigeInvoer(f"'{code}' is geen CBS-code (GM gevolgd door 4 cijfers 0-9)", veld)
    return code


def datum(waarde: date, veld: str) -> date:
    """Dates in supervision lie between 2000 and 2100; anything else is a typing error."""
    if not EERSTE_JAAR <= waarde.year <= LAATSTE_JAAR:
        raise OngeldigeInvoer(
            f"{veld} {waarde.isoformat()} ligt buiten {EERSTE_JAAR}-{LAATSTE_JAAR}", veld
        )
    return waarde


def cijfer(veld: str, waarde: int) -> None:
    keuze(veld, CIJFERVELDEN, "veld")
    if veld in ("taakstelling_gepubliceerd", "realisatie", "tijdig_beschikbaar") and waarde < 0:
        raise OngeldigeInvoer(f"{veld} kan niet negatief zijn", "waarde")
    if abs(waarde) > 1_000_000:
        raise OngeldigeInvoer(f"{veld} {waarde} is onwaarschijnlijk groot", "waarde")


def verschoonbare_reden(omschrijving: str) -> str:
    """Family composition versus the housing stock is never an excusable reason."""
    omschrijving = tekst(omschrijving, "omschrijving")
    if _NOOIT_VERSCHOONBAAR.search(omschrijving):
        raise OngeldigeInvoer(
            "de gezinssamenstelling van gekoppelde vergunninghouders tegenover de "
            "woningvoorraad is nooit een verschoonbare reden",
            "omschrijving",
        )
    return omschrijving
