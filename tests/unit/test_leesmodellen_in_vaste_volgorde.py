"""Each read model exports its own handler table and projections/view.py combines them in
an explicit order: no registry filled as modules happen to be imported."""

import ast
import inspect

from domain import gebeurtenissen as ev
from domain.briefdocument import Briefdocument
from domain.gebruiker import Gebruiker
from domain.mandaat import Mandaatregister
from domain.ontvangstdocument import Ontvangstdocument
from projections import (
    beoordelingen,
    brieven,
    documenten,
    gebruikers,
    handlers,
    mandaten,
    overzicht,
    termijnen,
    view,
)

LEESMODELLEN = (beoordelingen, gebruikers, overzicht, termijnen, brieven, documenten, mandaten)


def test_view_voegt_de_tabellen_van_de_leesmodellen_samen_in_vaste_volgorde():
    assert view.HANDLERS[ev.TermijnVerstreken] == (
        termijnen._termijn_afgesloten,
        termijnen._melding_verstreken,
    )
    # The letter's own row before the terms it starts.
    assert view.HANDLERS[ev.ToezichtbriefVerzonden] == (
        beoordelingen._brief,
        termijnen._termijnen_gestart,
    )
    assert view.HANDLERS[ev.ContactGelegd] == (overzicht._contact, overzicht._contact_soort)


def test_elke_handler_komt_uit_de_tabel_van_een_leesmodel():
    uit_tabellen = {f for m in LEESMODELLEN for _, f in m.HANDLERS}
    assert {f for fs in view.HANDLERS.values() for f in fs} == uit_tabellen


def test_de_tabellen_noemen_alleen_bestaande_gebeurtenisklassen():
    bestaand = (
        {k for _, k in inspect.getmembers(ev, inspect.isclass)}
        | {k for _, k in inspect.getmembers(Gebruiker, inspect.isclass)}
        | {k for _, k in inspect.getmembers(Briefdocument, inspect.isclass)}
        | {k for _, k in inspect.getmembers(Ontvangstdocument, inspect.isclass)}
        | {k for _, k in inspect.getmembers(Mandaatregister, inspect.isclass)}
    )
    assert set(view.HANDLERS) <= bestaand


def test_handlers_importeert_geen_leesmodel():
    boom = ast.parse(inspect.getsource(handlers))
    geimporteerd = {
        alias.name
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.ImportFrom) and knoop.module == "projections"
        for alias in knoop.names
    }
    assert not geimporteerd & {m.__name__.rsplit(".", 1)[1] for m in LEESMODELLEN}
    assert not hasattr(handlers, "bij")
