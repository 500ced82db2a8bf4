"""Nothing a client makes up (methods, paths) adds label values to /metrics."""

import re


def _reeksen(api) -> set[str]:
    tekst = api.client.get("/metrics").text
    return set(re.findall(r"^toezicht_http_request_seconds_count\{(.*)\}", tekst, re.M))


def test_verzonnen_methoden_en_paden_groeien_metrics_niet(api):
    api.client.request("BREW", "/healthz")
    api.client.get("/bestaat-niet-0")
    voor = _reeksen(api)
    for i in range(30):
        api.client.request(f"BREW{i}", "/healthz")
        api.client.request(f"X{i}", f"/api/v1/gemeenten/GM{i:04d}")
        api.client.get(f"/bestaat-niet-{i}")
    na = _reeksen(api)
    assert not any(f"BREW{i}" in r or f"X{i}" in r for r in na for i in range(30))
    assert not any("bestaat-niet" in r for r in na)
    assert len(na - voor) <= 2  # at most the one new route, under the shared method label
    assert any('methode="ANDERS"' in r for r in na)
