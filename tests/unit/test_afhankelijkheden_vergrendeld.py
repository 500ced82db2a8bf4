"""The lock file pins what pyproject.toml asks for, and the audit says when it audited nothing."""

import importlib.util
import json
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

WORTEL = Path(__file__).parents[2]


def _gevraagd() -> set[tuple[str, frozenset[str], str, str]]:
    project = tomllib.loads((WORTEL / "pyproject.toml").read_text())["project"]
    regels = [(r, "") for r in project["dependencies"]]
    for extra, lijst in project.get("optional-dependencies", {}).items():
        regels += [(r, f"extra == '{extra}'") for r in lijst]
    uit = set()
    for tekst, marker in regels:
        r = Requirement(tekst)
        uit.add((canonicalize_name(r.name), frozenset(r.extras), str(r.specifier), marker))
    return uit


def _lock() -> dict:
    return tomllib.loads((WORTEL / "uv.lock").read_text())


def test_lock_beschrijft_pyproject_zoals_het_is():
    wortel = next(p for p in _lock()["package"] if p["name"] == "toezicht")
    vergrendeld = {
        (
            canonicalize_name(r["name"]),
            frozenset(r.get("extras", [])),
            str(SpecifierSet(r.get("specifier", ""))),
            r.get("marker", ""),
        )
        for r in wortel["metadata"]["requires-dist"]
    }
    gevraagd = {(n, e, str(SpecifierSet(s)), m) for n, e, s, m in _gevraagd()}
    assert vergrendeld == gevraagd, "uv.lock is verouderd: draai 'uv lock'"


def test_elke_vastgepinde_versie_voldoet_aan_pyproject():
    versies = {canonicalize_name(p["name"]): Version(p["version"]) for p in _lock()["package"]}
    for naam, _, specificatie, _ in _gevraagd():
        assert versies[naam] in SpecifierSet(specificatie), naam


def _uitslag():
    spec = importlib.util.spec_from_file_location(
        "audit_uitslag", WORTEL / "scripts/audit_uitslag.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_audit_zonder_bereikbare_gegevens_zegt_dat_niets_is_gecontroleerd():
    rapport = {"dependencies": [{"name": "fastapi", "skip_reason": "Dependency not found on PyPI"}]}
    code, regels = _uitslag().beoordeel(rapport)
    assert code == 3 and "AUDIT NIET VOLLEDIG: 1 van de 1" in regels[-1]


def test_audit_meldt_kwetsbaarheden_en_slaagt_alleen_als_alles_is_gecontroleerd():
    schoon = {"name": "rich", "version": "13.0", "vulns": []}
    lek = {"name": "jinja2", "version": "3.0", "vulns": [{"id": "CVE-1", "fix_versions": ["3.1"]}]}
    uitslag = _uitslag()
    assert uitslag.beoordeel({"dependencies": [schoon]})[0] == 0
    code, regels = uitslag.beoordeel({"dependencies": [schoon, lek]})
    assert code == 1 and regels == ["KWETSBAAR: jinja2 3.0: CVE-1 (opgelost in: 3.1)"]
    assert uitslag.beoordeel({"dependencies": []})[0] == 3


def test_audit_zonder_leesbaar_rapport_is_geen_audit(tmp_path):
    kapot = tmp_path / "rapport.json"
    kapot.write_text("{niet af")
    assert _uitslag().main(str(kapot)) == 3
    kapot.write_text(json.dumps({"dependencies": [{"name": "x", "version": "1", "vulns": []}]}))
    assert _uitslag().main(str(kapot)) == 0
