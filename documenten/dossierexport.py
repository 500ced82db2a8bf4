"""One gemeente's dossier as a ZIP for legal staff: the index of every act (JSON and PDF),
the letters as sent, the documents received, every beoordeling with its derivation page,
every term with its outcome, the contact log, the stored events themselves, and a
manifest with the SHA-256 of every file and the chain head. documenten/verificatie.py
checks it without the product."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Protocol

from documenten.dossierindex import index_pdf
from documenten.verificatie import BEGIN, GEBEURTENISSEN, INDEX, MANIFEST, schakel
from domain.zichtbaarheid import Lezer
from projections.weergaven import Afleiding, TijdlijnRegel

FORMAAT = "toezicht-dossierexport/1"
CONTACTSOORTEN = ("ContactGelegd",)


class Dossierbron(Protocol):
    """The reads an export needs (projections.queries.Queries has them)."""

    def gemeente(self, code: str) -> dict[str, Any] | None: ...
    def tijdlijn(
        self, code: str, lezer: Lezer, op: datetime, export: bool = False
    ) -> list[TijdlijnRegel]: ...
    def termijnen(self, code: str | None = None) -> list[dict[str, Any]]: ...
    def brieven(self, code: str) -> list[dict[str, Any]]: ...
    def briefdocument(self, code: str, kenmerk: str) -> bytes | None: ...
    def ontvangen_documenten(self, code: str) -> list[dict[str, Any]]: ...
    def afleidingen(self, code: str, lezer: Lezer) -> list[Afleiding]: ...


@dataclass(frozen=True)
class Exportuitslag:
    manifest_sha256: str
    bestanden: int
    gebeurtenissen: int
    afgeschermd: int  # confidential events left out of this export
    kop: str

    def samenvatting(self, code: str, bestand: object) -> list[str]:
        """What the command line says after writing an export."""
        return [
            f"Dossier {code} geschreven naar {bestand}: {self.bestanden} bestanden, "
            f"{self.gebeurtenissen} gebeurtenissen ({self.afgeschermd} vertrouwelijke weggelaten).",
            f"Kop van de hashketen: {self.kop}",
            f"SHA-256 van manifest.json: {self.manifest_sha256}",
            "Bewaar die SHA-256 buiten het archief; controle: "
            "toezicht verifieer BESTAND --verwacht SHA.",
        ]


def _json(waarde: Any) -> bytes:
    return json.dumps(waarde, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode()


def _veilig(naam: str) -> str:
    """A kenmerk or document name as a file name inside the ZIP."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", naam).strip("-.") or "document"


def _gebeurtenissen(opgeslagen: Sequence[Any], afgeschermd: set[int]) -> tuple[bytes, int, str]:
    """The stored events as JSON lines, each with its chain hash; returns (bytes, last
    version, head). A withheld (confidential) event keeps its hash but not its state."""
    regels, h, versie = [], BEGIN, 0
    for s in opgeslagen:
        versie = s.originator_version
        h = schakel(h, str(s.originator_id), versie, s.topic, s.state)
        regel: dict[str, Any] = {"versie": versie, "topic": s.topic, "hash": h}
        if versie in afgeschermd:
            regel["afgeschermd"] = True
        else:
            try:
                regel["state"] = s.state.decode("utf-8")
            except UnicodeDecodeError:
                regel["state_base64"] = base64.b64encode(s.state).decode()
        regels.append(json.dumps(regel, ensure_ascii=False, sort_keys=True))
    return ("\n".join(regels) + "\n").encode() if regels else b"", versie, h


def exporteer(
    queries: Dossierbron,
    code: str,
    lezer: Lezer,
    op: datetime,
    opgeslagen: Sequence[Any],
    kop: tuple[int, str],
    afleiding_html: Callable[[int], str],
    naar: Path | IO[bytes],
) -> Exportuitslag:
    """Write the export of gemeente `code` for `lezer` to `naar`. `opgeslagen`: the
    dossier's stored events in version order; `kop`: (version, hash) of its chain head as
    the event store computes it, held against the hashes computed here from the events."""
    gemeente = queries.gemeente(code)
    if gemeente is None:
        raise LookupError(code)
    met_vertrouwelijk = lezer.mag_vertrouwelijk_exporteren
    regels = queries.tijdlijn(code, lezer, op, export=True)
    afgeschermd = {r.versie for r in regels if r.vertrouwelijk and not met_vertrouwelijk}
    events, versie, h = _gebeurtenissen(opgeslagen, afgeschermd)
    if (versie, h) != kop:
        raise RuntimeError(
            f"dossier {code}: de opgeslagen gebeurtenissen geven kop {versie}/{h}, de opslag "
            f"noemt {kop[0]}/{kop[1]}; draai 'toezicht controleer'"
        )
    handelingen = [
        {**asdict(r), "gegevens": dict(r.gegevens), "afgeschermd": r.versie in afgeschermd}
        for r in regels
    ]
    bestanden: dict[str, bytes] = {GEBEURTENISSEN: events}
    vertrouwelijk_tekst = (
        "opgenomen en gemarkeerd (vertrouwelijk: true)"
        if met_vertrouwelijk
        else "weggelaten: van vertrouwelijke handelingen staan alleen soort en versie hierin"
    )
    kopregels = [
        f"Gemeente {gemeente['naam']} ({code}), provincie {gemeente['provincie']}.",
        f"Export van {op.isoformat(timespec='seconds')} voor {lezer.naam} ({lezer.rol}); "
        f"vertrouwelijke handelingen: {vertrouwelijk_tekst}.",
        f"{len(handelingen)} handelingen, op volgorde van plaatsvinden. Kop van de hashketen: "
        f"versie {versie}, {h}.",
    ]
    titel = f"Dossier {gemeente['naam']} ({code}): index van handelingen"
    bestanden[INDEX] = _json({"code": code, "naam": gemeente["naam"], "handelingen": handelingen})
    bestanden["index.pdf"] = index_pdf(titel, kopregels, handelingen)
    bestanden["contacten.json"] = _json([h for h in handelingen if h["soort"] in CONTACTSOORTEN])
    bestanden["termijnen.json"] = _json(queries.termijnen(code))

    brieven = queries.brieven(code)
    for brief in brieven:
        inhoud = queries.briefdocument(code, brief["kenmerk"])
        if inhoud is not None:
            brief["bestand"] = f"brieven/{_veilig(brief['kenmerk'])}.pdf"
            bestanden[brief["bestand"]] = inhoud
    bestanden["brieven.json"] = _json(brieven)
    ontvangen = []
    for doc in queries.ontvangen_documenten(code):
        naam = f"ontvangen/{_veilig(doc['naam'])}"
        bestanden[naam] = doc["inhoud"]
        ontvangen.append({k: v for k, v in doc.items() if k != "inhoud"} | {"bestand": naam})
    bestanden["ontvangen.json"] = _json(ontvangen)

    beoordelingen = []
    for a in queries.afleidingen(code, lezer):
        pagina = f"beoordelingen/versie-{a.versie}.html"
        bestanden[pagina] = afleiding_html(a.versie).encode()
        beoordelingen.append({**asdict(a), "afleiding": pagina})
    bestanden["beoordelingen.json"] = _json(beoordelingen)

    manifest = _json(
        {
            "formaat": FORMAAT,
            "code": code,
            "naam": gemeente["naam"],
            "gemaakt_op": op.isoformat(),
            "gemaakt_voor": {"naam": lezer.naam, "rol": str(lezer.rol)},
            "vertrouwelijk": vertrouwelijk_tekst,
            "afgeschermde_versies": sorted(afgeschermd),
            "keten": {
                "aggregaat": str(opgeslagen[0].originator_id) if opgeslagen else "",
                "versie": versie,
                "hash": h,
            },
            "bestanden": {n: hashlib.sha256(b).hexdigest() for n, b in sorted(bestanden.items())},
            "controle": "toezicht verifieer BESTAND --verwacht <SHA-256 van manifest.json>",
        }
    )
    with zipfile.ZipFile(naar, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(MANIFEST, manifest)
        for naam, inhoud in sorted(bestanden.items()):
            z.writestr(naam, inhoud)
    return Exportuitslag(
        manifest_sha256=hashlib.sha256(manifest).hexdigest(),
        bestanden=len(bestanden),
        gebeurtenissen=len(opgeslagen),
        afgeschermd=len(afgeschermd),
        kop=h,
    )
