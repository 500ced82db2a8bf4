"""The API documentation works without internet: /docs loads only local assets, and
there is no /redoc that would fetch its script from a CDN."""

import re


def test_docs_laadt_alleen_lokale_bestanden(api):
    r = api.client.get("/docs")
    assert r.status_code == 200
    bronnen = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert bronnen and all(b.startswith("/static/docs/") for b in bronnen)
    assert "http://" not in r.text and "https://" not in r.text
    for bron in bronnen:
        assert api.client.get(bron).status_code == 200


def test_geen_redoc_van_een_cdn(api):
    assert api.client.get("/redoc").status_code == 404
