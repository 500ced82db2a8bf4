"""Checks an exported dossier (a ZIP) with nothing but the ZIP: the standard library only,
no database and no other module of the product, so any tool can do the same.

1. `manifest.json` lists every other file with its SHA-256; a file missing, changed or
   not listed is an error. With `verwacht`, the manifest's own SHA-256 must match too.
2. `gebeurtenissen.jsonl` holds the dossier's stored events, one JSON object a line
   (`versie`, `topic`, `hash`, and `state`: the stored bytes as UTF-8 text, or
   `state_base64`; or `afgeschermd: true` without state for a confidential event left
   out of this export). The chain is recomputed from the first version on:
       h(0) = 64 zeros
       h(v) = SHA-256("{h(v-1)}|{aggregaat}|{v}|{topic}|" as UTF-8, then the state bytes)
   For a withheld event h(v) is taken from its `hash`; the next event's state names it
   as `vorige_hash`, so it is covered all the same. Versions run 1, 2, 3 ... without a
   gap, each `hash` equals the recomputed h(v), each stored `vorige_hash` equals h(v-1),
   and the last h(v) is the manifest's `keten.hash` at `keten.versie`.
3. Every version in `index.json` is an event, and every event is in the index.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BEGIN = "0" * 64
MANIFEST = "manifest.json"
GEBEURTENISSEN = "gebeurtenissen.jsonl"
INDEX = "index.json"
# Without a reference from outside, a consistent rewrite of everything cannot be told apart.
VOORBEHOUD = (
    "Voorbehoud: zonder --verwacht is alleen de samenhang gecontroleerd. Wie het hele "
    "archief herschrijft (gebeurtenissen, hashes en manifest) valt pas op tegen een bekende "
    "SHA-256 van het manifest of een bekende kop van de keten (uit een backupmanifest of een "
    "verzonden brief)."
)


def schakel(vorige: str, aggregaat: str, versie: int, topic: str, state: bytes) -> str:
    """One link of the chain (the same formula as application/keten.py, written again
    here on purpose: the check must not trust the product's code)."""
    h = hashlib.sha256(f"{vorige}|{aggregaat}|{versie}|{topic}|".encode())
    h.update(state)
    return h.hexdigest()


@dataclass
class Uitslag:
    fouten: list[str] = field(default_factory=list)
    manifest_sha256: str | None = None
    gebeurtenissen: int = 0
    bestanden: int = 0
    kop: str | None = None

    @property
    def in_orde(self) -> bool:
        return not self.fouten

    def samenvatting(self, verwacht: str | None) -> list[str]:
        """What the command line says about an export that passed."""
        regels = [
            f"In orde: {self.bestanden} bestanden en {self.gebeurtenissen} gebeurtenissen; "
            f"kop van de keten {self.kop}; SHA-256 van manifest.json {self.manifest_sha256}."
        ]
        if verwacht is None:
            regels.append(VOORBEHOUD)
        return regels


def _state(regel: dict[str, Any]) -> bytes | None:
    if isinstance(regel.get("state"), str):
        return str(regel["state"]).encode()
    if isinstance(regel.get("state_base64"), str):
        return base64.b64decode(regel["state_base64"], validate=True)
    return None


def _vorige_hash(state: bytes) -> str | None:
    """The `vorige_hash` the product stored inside the event, if the state is readable."""
    try:
        waarde = json.loads(state).get("vorige_hash")
    except (ValueError, AttributeError):
        return None
    return waarde if isinstance(waarde, str) else None


def controleer_keten(inhoud: bytes, aggregaat: str, uit: Uitslag) -> tuple[int, str, set[int]]:
    """Recompute the chain over the exported events; returns (last version, head, versions)."""
    h, versie, versies = BEGIN, 0, set()
    for nummer, tekst in enumerate(inhoud.decode("utf-8", "replace").splitlines(), start=1):
        waar = f"{GEBEURTENISSEN} regel {nummer}"
        try:
            regel = json.loads(tekst)
            v, topic, opgegeven = int(regel["versie"]), str(regel["topic"]), str(regel["hash"])
            state = _state(regel)
        except (ValueError, KeyError, TypeError, binascii.Error):
            uit.fouten.append(f"{waar}: geen leesbare gebeurtenis")
            continue
        waar = f"gebeurtenis versie {v} ({waar})"
        if v != versie + 1:
            uit.fouten.append(f"{waar}: volgt op versie {versie}; er ontbreekt of er is er een bij")
        if state is None and not regel.get("afgeschermd"):
            uit.fouten.append(f"{waar}: de inhoud ontbreekt")
        if state is None:
            nieuw = opgegeven  # withheld: the next event's vorige_hash covers it
        else:
            nieuw = schakel(h, aggregaat, v, topic, state)
            vorige = _vorige_hash(state)
            if vorige is not None and vorige != h:
                uit.fouten.append(f"{waar}: vorige_hash wijkt af van de hash van versie {v - 1}")
            if nieuw != opgegeven:
                uit.fouten.append(f"{waar}: de inhoud is gewijzigd (hash klopt niet)")
        h, versie = nieuw, v
        versies.add(v)
        uit.gebeurtenissen += 1
    return versie, h, versies


def verifieer_bytes(
    bestanden: dict[str, bytes], dubbel: set[str], verwacht: str | None = None
) -> Uitslag:
    """The check on the files of an export, by name (see the module docstring)."""
    uit = Uitslag()
    for naam in sorted(dubbel):
        uit.fouten.append(f"{naam}: staat meer dan eens in het archief")
    ruw = bestanden.get(MANIFEST)
    if ruw is None:
        uit.fouten.append(f"{MANIFEST} ontbreekt")
        return uit
    uit.manifest_sha256 = hashlib.sha256(ruw).hexdigest()
    if verwacht is not None and uit.manifest_sha256 != verwacht.strip().lower():
        uit.fouten.append(
            f"{MANIFEST}: SHA-256 is {uit.manifest_sha256}, niet de verwachte {verwacht}"
        )
    try:
        manifest = json.loads(ruw)
        lijst: dict[str, str] = dict(manifest["bestanden"])
        keten = manifest["keten"]
        aggregaat, kop_versie, kop = str(keten["aggregaat"]), int(keten["versie"]), keten["hash"]
    except (ValueError, KeyError, TypeError):
        uit.fouten.append(f"{MANIFEST}: onleesbaar of onvolledig")
        return uit
    for naam, sha in sorted(lijst.items()):
        if naam not in bestanden:
            uit.fouten.append(f"{naam}: staat in het manifest maar ontbreekt in het archief")
        elif hashlib.sha256(bestanden[naam]).hexdigest() != sha:
            uit.fouten.append(f"{naam}: gewijzigd (SHA-256 wijkt af van het manifest)")
    for naam in sorted(set(bestanden) - set(lijst) - {MANIFEST}):
        uit.fouten.append(f"{naam}: staat niet in het manifest (toegevoegd)")
    uit.bestanden = len(lijst)
    if GEBEURTENISSEN not in bestanden or GEBEURTENISSEN not in lijst:
        uit.fouten.append(f"{GEBEURTENISSEN}: ontbreekt; de keten is niet te controleren")
        return uit
    versie, h, versies = controleer_keten(bestanden[GEBEURTENISSEN], aggregaat, uit)
    uit.kop = h
    if (versie, h) != (kop_versie, kop):
        uit.fouten.append(
            f"keten: de herberekende kop (versie {versie}, {h}) wijkt af van het manifest "
            f"(versie {kop_versie}, {kop})"
        )
    if INDEX in bestanden:
        try:
            in_index = {int(r["versie"]) for r in json.loads(bestanden[INDEX])["handelingen"]}
        except (ValueError, KeyError, TypeError):
            uit.fouten.append(f"{INDEX}: onleesbaar")
        else:
            for v in sorted(versies - in_index):
                uit.fouten.append(f"{INDEX}: gebeurtenis versie {v} ontbreekt in de index")
            for v in sorted(in_index - versies):
                uit.fouten.append(f"{INDEX}: versie {v} staat in de index maar is geen gebeurtenis")
    return uit


def verifieer(pad: Path, verwacht: str | None = None) -> Uitslag:
    """Check the export at `pad`; `verwacht`: the manifest's SHA-256 as known elsewhere."""
    bestanden: dict[str, bytes] = {}
    beschadigd: list[str] = []
    try:
        with zipfile.ZipFile(pad) as archief:
            namen = archief.namelist()
            for naam in namen:
                if naam.endswith("/"):
                    continue
                try:
                    bestanden[naam] = archief.read(naam)
                except (zipfile.BadZipFile, OSError, ValueError):
                    beschadigd.append(
                        f"{naam}: beschadigd in het archief (controlegetal klopt niet)"
                    )
    except (OSError, zipfile.BadZipFile) as fout:
        return Uitslag(fouten=[f"{pad}: geen leesbaar ZIP-archief ({fout})"])
    dubbel = {naam for naam, n in Counter(namen).items() if n > 1}
    uit = verifieer_bytes(bestanden, dubbel, verwacht)
    uit.fouten[:0] = beschadigd
    return uit
