"""Every route the application registers declares its roles (exactly one role requirement,
or it is in PUBLIEK) and behaves by them, for every role and for anonymous callers; a
lezer never receives confidential note text. The table is derived from the app itself."""

import re

import pytest
from fastapi import APIRouter, FastAPI
from fastapi.routing import iter_route_contexts

from api.toegang import (
    LEZEN,
    PUBLIEK,
    TOEZICHT,
    LezenDep,
    ToezichtDep,
    controleer_routes,
    fouten_in_routes,
    rollen_per_route,
    vereisten_per_route,
)
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


def test_elke_route_vraagt_precies_een_rol_of_is_publiek(api):
    app = api.client.app
    assert fouten_in_routes(app) == []
    for naam, vereisten in vereisten_per_route(app):
        assert len(vereisten) == (0 if naam in PUBLIEK else 1), naam
    tabel = rollen_per_route(app)
    assert [n for n, _, _ in routes(app) if n not in tabel and n not in PUBLIEK] == []
    # the derived table keeps the role sets the routes had in the old hand-written table
    assert tabel["list_gemeenten"] == LEZEN
    assert tabel["create_cijfer"] == TOEZICHT
    assert tabel["adopt_voorstel"] == frozenset({Rol.BESTUURDER})
    assert tabel["reject_voorstel"] == frozenset({Rol.BESTUURDER, Rol.TOEZICHTHOUDER, Rol.JURIST})
    assert tabel["create_vooraankondiging"] == frozenset({Rol.JURIST})
    assert tabel["page_inzagelog"] == frozenset({Rol.BEHEERDER})
    assert tabel["read_inzagelog"] == frozenset({Rol.BEHEERDER})


def test_een_route_zonder_rol_of_met_twee_wordt_geweigerd():
    router = APIRouter()

    @router.get("/open")
    def vergeten() -> None: ...

    @router.get("/dubbel")
    def dubbel(a: LezenDep, b: ToezichtDep) -> None: ...

    @router.get("/goed")
    def goed(a: LezenDep) -> None: ...

    app = FastAPI()
    app.include_router(router)
    fouten = fouten_in_routes(app)
    assert any(f.startswith("vergeten:") for f in fouten)
    assert any(f.startswith("dubbel:") for f in fouten)
    assert not any(f.startswith("goed:") for f in fouten)
    with pytest.raises(RuntimeError, match="vergeten"):
        controleer_routes(app)


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
    tabel = rollen_per_route(api.client.app)
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
            if rol in tabel[naam]:
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
