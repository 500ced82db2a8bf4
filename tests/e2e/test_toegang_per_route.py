"""Every route the application registers is in the access table and behaves by it, for
every role and for anonymous callers; a lezer never receives confidential note text."""

import re

import pytest
from fastapi.routing import iter_route_contexts

from api.toegang import PUBLIEK, ROUTE_ROLLEN
from domain.vastlegging import Rol

ROLLEN = [Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.LEZER, Rol.BEHEERDER]
PARAMS = {
    "code": "GM0344",
    "nummer": "1",
    "versie": "1",
    "termijn": "1.0",
    "periode": "2024-1",
    "provincie": "utrecht",
    "path": "swagger-ui.css",
}
GEHEIM = "GEHEIM-wethouder-ziek"


def routes(app):
    for rc in iter_route_contexts(app.router.routes):
        for methode in sorted((getattr(rc, "methods", None) or {"GET"}) - {"HEAD"}):
            yield rc.name, methode, rc.path


def invullen(pad: str) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: PARAMS[m.group(1)], pad)


def test_elke_route_staat_in_de_tabel(api):
    ontbrekend = [
        (n, m, p)
        for n, m, p in routes(api.client.app)
        if n not in ROUTE_ROLLEN and n not in PUBLIEK
    ]
    assert ontbrekend == []


@pytest.fixture
def gevuld(api):
    api.post(
        "/gemeenten",
        {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"},
        rol=Rol.BEHEERDER,
    )
    api.post(
        "/gemeenten/GM0344/contacten",
        {
            "soort": "telefoon",
            "samenvatting": GEHEIM,
            "deelnemers": [GEHEIM],
            "vertrouwelijk": True,
        },
    )
    return api


def test_elke_route_volgt_de_tabel_per_rol(gevuld):
    api = gevuld
    for naam, methode, pad in routes(api.client.app):
        if naam in PUBLIEK:
            continue
        url = invullen(pad)
        kwargs = {"json": {}} if methode == "POST" else {}
        pagina = not pad.startswith("/api/")
        anoniem = api.client.request(methode, url, follow_redirects=False, **kwargs)
        if pagina:  # a page sends a person to the login form
            assert anoniem.status_code == 303, (naam, anoniem.text)
            assert anoniem.headers["location"].startswith("/inloggen?volgende=")
        else:
            assert anoniem.status_code == 401, (naam, anoniem.text)
        for rol in ROLLEN:
            r = api.client.request(
                methode, url, headers=api.als(rol), follow_redirects=False, **kwargs
            )
            if rol in ROUTE_ROLLEN[naam]:
                assert r.status_code not in (401, 403), (naam, rol, r.text)
                assert r.status_code < 500, (naam, rol, r.text)
                if rol is Rol.LEZER:
                    assert GEHEIM not in r.text, naam
            else:
                assert r.status_code == 403, (naam, rol, r.status_code, r.text)
                if pagina:
                    assert "Geen toegang" in r.text
                else:
                    assert "mag dit niet" in r.json()["fout"]


def test_publieke_routes_zonder_login(api):
    assert api.client.get("/healthz").status_code == 200
    assert api.client.get("/openapi.json").status_code == 200
    assert api.client.get("/docs").status_code == 200
