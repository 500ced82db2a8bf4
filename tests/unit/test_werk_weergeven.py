"""Which work a person sees (mine, unassigned, all) and which terms are due soon or overdue."""

from datetime import date

import pytest

from domain.werkweergave import hoort_bij, in_termijnfilter

WIE = {"GM0344": "anna", "GM0307": "bert"}
VANDAAG = date(2022, 9, 1)


@pytest.mark.parametrize(
    ("weergave", "code", "verwacht"),
    [
        ("mijn", "GM0344", True),
        ("mijn", "GM0307", False),  # someone else of my role handles it
        ("mijn", "GM0353", False),
        ("niet-toegewezen", "GM0353", True),  # nobody of my role acted there yet
        ("niet-toegewezen", "GM0344", False),
        ("niet-toegewezen", "GM0307", False),
        ("alle", "GM0307", True),
    ],
)
def test_mijn_niet_toegewezen_en_alles(weergave, code, verwacht):
    assert hoort_bij(weergave, code, "anna", WIE) is verwacht


@pytest.mark.parametrize(
    ("filter", "status", "tot", "verwacht"),
    [
        ("open", "open", date(2022, 12, 1), True),
        ("open", "nagekomen", date(2022, 12, 1), False),
        ("binnenkort", "open", date(2022, 9, 1), True),  # today is the last day
        ("binnenkort", "open", date(2022, 9, 15), True),  # two weeks ahead, inclusive
        ("binnenkort", "open", date(2022, 9, 16), False),
        ("binnenkort", "open", date(2022, 8, 31), False),  # overdue, not due soon
        ("verlopen", "open", date(2022, 8, 31), True),
        ("verlopen", "open", date(2022, 9, 1), False),
        ("verlopen", "verstreken", date(2022, 8, 15), True),
        ("verlopen", "nagekomen", date(2022, 8, 15), False),
    ],
)
def test_termijnfilters(filter, status, tot, verwacht):
    assert in_termijnfilter(filter, status, tot, VANDAAG) is verwacht
