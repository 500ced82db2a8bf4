"""The public export for the IBT map: per gemeente the trede, its date and the kenmerk of
the last toezichtbrief, as CSV and JSON without login; never confidential text nor a name,
even when the dossier holds confidential contacts and named users acted in it."""

import csv
import io

from domain.vastlegging import Rol
from tests.bestanden import PDF
from tests.e2e.test_brief_verzenden_via_api import vastgesteld_2022_1

GEHEIM = ("Jan Jansen", "Wethouder Pietersen", "ziekteverlof", "vertrouwelijk")
VELDEN = {
    "code",
    "gemeente",
    "provincie",
    "trede",
    "trede_naam",
    "trede_sinds",
    "kenmerk_toezichtbrief",
    "toezichtbrief_verzonden_op",
}


def test_openbare_export_zonder_vertrouwelijks_en_zonder_namen(api):
    versie = vastgesteld_2022_1(api)
    r = api.post(
        "/gemeenten/GM0344/brieven", {"soort": "toezichtbrief", "verwachte_versie": versie}
    )
    assert r.status_code == 201, r.text
    [brief] = api.get("/gemeenten/GM0344/brieven").json()
    r = api.post(
        "/gemeenten/GM0344/contacten",
        {
            "soort": "telefoon",
            "deelnemers": ["Jan Jansen", "Wethouder Pietersen"],
            "samenvatting": "De wethouder is met ziekteverlof; vertrouwelijk besproken.",
            "vertrouwelijk": True,
        },
    )
    assert r.status_code == 201, r.text
    api.client.post(
        "/api/v1/gemeenten/GM0344/documenten",
        data={"soort": "antwoord"},
        files={"bestand": ("Reactie Jan Jansen.pdf", PDF, "application/pdf")},
        headers=api.als(Rol.TOEZICHTHOUDER),
    )
    api.post(
        "/gemeenten",
        {"code": "GM0307", "naam": "Amersfoort", "provincie": "Utrecht"},
        Rol.BEHEERDER,
    )

    json_ = api.client.get("/api/v1/openbaar/treden.json")  # no login
    assert json_.status_code == 200
    rijen = {r["code"]: r for r in json_.json()}
    assert set(rijen["GM0344"]) == VELDEN
    utrecht = rijen["GM0344"]
    gemeente = api.get("/gemeenten/GM0344").json()
    assert utrecht["trede"] == gemeente["trede"] and utrecht["trede"] is not None
    assert utrecht["trede_sinds"] == gemeente["trede_sinds"][:10]
    assert utrecht["kenmerk_toezichtbrief"] == brief["kenmerk"]
    assert utrecht["toezichtbrief_verzonden_op"] == brief["verzonden_op"][:10]
    assert rijen["GM0307"]["trede"] is None and rijen["GM0307"]["kenmerk_toezichtbrief"] is None

    tekst = api.client.get("/api/v1/openbaar/treden.csv")
    assert tekst.status_code == 200 and tekst.headers["content-type"].startswith("text/csv")
    [kop, *regels] = list(csv.reader(io.StringIO(tekst.text.lstrip("\ufeff")), delimiter=";"))
    assert set(kop) == VELDEN and len(regels) == 2
    gebruikers = [api.container.queries.gebruiker(f"{rol}-1") for rol in Rol if rol != Rol.SYSTEEM]
    namen = {g["weergavenaam"] for g in gebruikers if g} | {g["naam"] for g in gebruikers if g}
    for inhoud in (json_.text, tekst.text):
        for woord in (*GEHEIM, *namen):
            assert woord not in inhoud
