"""Probes use HEAD; /static/docs serves only the files /docs loads."""

import re
import warnings


def test_head_op_gezondheid_en_gereedheid(api):
    for pad in ("/healthz", "/readyz"):
        r = api.client.head(pad)
        assert r.status_code == 200, pad
        assert r.content == b""


def test_alleen_de_bestanden_die_docs_laadt(api):
    html = api.client.get("/docs").text
    geladen = re.findall(r'"/static/docs/([^"]+)"', html)
    assert sorted(geladen) == ["favicon-32x32.png", "swagger-ui-bundle.js", "swagger-ui.css"]
    for bestand in geladen:
        assert api.client.get(f"/static/docs/{bestand}").status_code == 200, bestand
    for extra in (
        "index.html",
        "oauth2-redirect.html",
        "swagger-ui-bundle.js.map",
        "swagger-ui.css.map",
        "swagger-initializer.js",
        "swagger-ui.js",
        "",
        "./index.html",
    ):
        r = api.client.get(f"/static/docs/{extra}")
        assert r.status_code == 404, extra
        assert r.json()["fout"] == "deze route bestaat niet"


def test_head_geeft_geen_tweede_openapi_operatie(api):
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # FastAPI warns on a duplicate id
        schema = api.client.get("/openapi.json").json()
    assert set(schema["paths"]["/healthz"]) == {"get"}
    ids = [op["operationId"] for pad in schema["paths"].values() for op in pad.values()]
    assert len(ids) == len(set(ids))
