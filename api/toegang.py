"""Which role may call which route: one table, checked on every request. A route that is
not in this table is refused for everyone (and fails the route-walk test)."""

from __future__ import annotations

from fastapi import Request

from domain.errors import GeenToegang
from domain.vastlegging import Rol

LEZEN = frozenset({Rol.LEZER, Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.BEHEERDER})
TOEZICHT = frozenset({Rol.TOEZICHTHOUDER, Rol.JURIST})
JURIDISCH = frozenset({Rol.JURIST})
BESTUUR = frozenset({Rol.BESTUURDER})
BEHEER = frozenset({Rol.BEHEERDER})

# route name (the endpoint function's name) -> roles allowed
ROUTE_ROLLEN: dict[str, frozenset[Rol]] = {
    "list_gemeenten": LEZEN,
    "read_gemeente": LEZEN,
    "read_perioden": LEZEN,
    "read_tijdlijn": LEZEN,
    "read_beoordelingen": LEZEN,
    "read_voorstellen": LEZEN,
    "read_verschoonbare_redenen": LEZEN,
    "read_termijnen": LEZEN,
    "read_provincie_totalen": LEZEN,
    "read_mij": LEZEN,
    "export_gemeenten_csv": LEZEN,
    "delete_sessie": LEZEN,
    "read_inzagelog": BEHEER,
    "create_gemeente": BEHEER,
    "create_cijfer": TOEZICHT,
    "create_cijfer_intrekking": TOEZICHT,
    "create_taakstelling_wijziging": TOEZICHT,
    "create_contact": TOEZICHT,
    "create_signaal": TOEZICHT,
    "create_verschoonbare_reden": TOEZICHT,
    "assess_verschoonbare_reden": TOEZICHT,
    "create_voorstel": TOEZICHT,
    "adopt_voorstel": BESTUUR,
    "reject_voorstel": BESTUUR | TOEZICHT,
    "withdraw_voorstel": TOEZICHT,
    "create_overgenomen_beoordeling": BEHEER,
    "create_vooraankondiging": JURIDISCH,
    "create_indeplaatsstellingsbesluit": JURIDISCH,
    "create_effectuering": JURIDISCH,
    "create_correctie": TOEZICHT,
    "create_bekendmaking": JURIDISCH,
    "create_beroep": JURIDISCH,
    "create_toezichtbrief": TOEZICHT,
    "create_afschrift_raad": TOEZICHT,
    "create_verbeterplangesprek": TOEZICHT,
    "create_verbeterplan_ontvangst": TOEZICHT,
    "create_verbeterplan_bijwerkverzoek": TOEZICHT,
    "create_tussentijds_bericht": TOEZICHT,
    "read_concept_toezichtbrief": TOEZICHT,
    "create_brief": TOEZICHT,
    "list_brieven": LEZEN,
    "read_brief_pdf": LEZEN,
    "create_nakoming": TOEZICHT,
    "create_verlenging": TOEZICHT,
    "read_werkvoorraad": LEZEN,
    "read_meldingen": LEZEN,
    "create_import": TOEZICHT,
    # pages
    "page_overzicht": LEZEN,
    "page_dossier": LEZEN,
    "page_tijdlijn": LEZEN,
    "page_uitloggen": LEZEN,
    "page_afleiding": LEZEN,
    "page_werkvoorraad": LEZEN,
    "page_termijnen": LEZEN,
    "page_meldingen": LEZEN,
    "page_inzagelog": BEHEER,
    "page_import": TOEZICHT,
    "page_import_voorbeeld": TOEZICHT,
    "page_import_vastleggen": TOEZICHT,
}


# Routes without login: documentation and operations (no personal data in any of them).
PUBLIEK: frozenset[str] = frozenset(
    {
        "openapi",
        "swagger_ui_html",
        "swagger_ui_redirect",
        "docs-static",
        "read_healthz",
        "read_readyz",
        "read_metrics",
        "create_sessie",
        "read_sso_login",
        "read_sso_callback",
        "static",
        "page_inloggen",
        "page_inloggen_verstuur",
    }
)


def controleer_rol(request: Request, rol: Rol) -> None:
    route = request.scope.get("route")
    naam = getattr(route, "name", None)
    toegestaan = ROUTE_ROLLEN.get(naam or "", frozenset())
    if rol not in toegestaan:
        raise GeenToegang(f"de rol {rol} mag dit niet ({naam})")
