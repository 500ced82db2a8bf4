"""Reads pip-audit's JSON report and says plainly what it proves.

pip-audit exits 0 and prints "No known vulnerabilities found" even when it could not look
up a single package (each is then only "skipped"). This reads the report instead.
Exit 0: every package audited, none vulnerable; 1: vulnerabilities; 3: not (fully) audited.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GEEN_AUDIT = 3


def beoordeel(rapport: dict) -> tuple[int, list[str]]:
    pakketten = rapport.get("dependencies", [])
    if not pakketten:
        return GEEN_AUDIT, ["AUDIT NIET UITGEVOERD: het rapport noemt geen enkel pakket."]
    overgeslagen = [p for p in pakketten if "skip_reason" in p]
    kwetsbaar = [p for p in pakketten if p.get("vulns")]
    regels = []
    for p in kwetsbaar:
        for v in p["vulns"]:
            opgelost = ", ".join(v.get("fix_versions", [])) or "geen"
            regels.append(
                f"KWETSBAAR: {p['name']} {p['version']}: {v['id']} (opgelost in: {opgelost})"
            )
    if overgeslagen:
        regels.append(
            f"AUDIT NIET VOLLEDIG: {len(overgeslagen)} van de {len(pakketten)} pakketten konden "
            "niet worden gecontroleerd (kwetsbaarheidsgegevens niet bereikbaar of pakket "
            "onbekend), bijvoorbeeld: " + overgeslagen[0]["skip_reason"]
        )
    if kwetsbaar:
        return 1, regels
    if overgeslagen:
        return GEEN_AUDIT, regels
    return 0, [f"Audit uitgevoerd: {len(pakketten)} pakketten, geen bekende kwetsbaarheden."]


def main(pad: str) -> int:
    try:
        rapport = json.loads(Path(pad).read_text())
    except (OSError, ValueError) as fout:
        print(f"AUDIT NIET UITGEVOERD: geen leesbaar rapport van pip-audit ({fout}).")
        return GEEN_AUDIT
    code, regels = beoordeel(rapport)
    print("\n".join(regels))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
