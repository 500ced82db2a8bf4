"""Which work a person sees on the work pages: their own, the unassigned, or all of it,
and which terms are due soon or overdue.

Gemeenten are not (yet) assigned to toezichthouders. Until they are, a gemeente is
handled, for each role, by the person of that role who recorded its latest act."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

WEERGAVEN = {
    "mijn": "Mijn werk",
    "niet-toegewezen": "Niet toegewezen",
    "alle": "Alles",
}
BINNENKORT = timedelta(weeks=2)
TERMIJNFILTERS = {
    "open": "Open",
    "binnenkort": "Binnen twee weken",
    "verlopen": "Verlopen",
}


def hoort_bij(weergave: str, code: str, naam: str, behandelaars: Mapping[str, str]) -> bool:
    """Whether work in gemeente `code` belongs in this view for user `naam`;
    `behandelaars` maps a gemeente to who of the user's role last acted on it."""
    if weergave == "mijn":
        return behandelaars.get(code) == naam
    if weergave == "niet-toegewezen":
        return code not in behandelaars
    return True


def in_termijnfilter(filter: str, status: str, tot: date, vandaag: date) -> bool:
    """`tot` is the legal last day. Overdue: still open after it, or recorded as lapsed."""
    if filter == "verlopen":
        return status == "verstreken" or (status == "open" and tot < vandaag)
    if status != "open":
        return False
    if filter == "binnenkort":
        return vandaag <= tot <= vandaag + BINNENKORT
    return True
