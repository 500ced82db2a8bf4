"""The dossier export for legal staff: one ZIP with the index, the letters as sent, the
derivations, the terms, the contacts and the events, which `toezicht verifieer` checks
without the database; any changed byte, removed event or added file is found."""

import hashlib
import io
import json
import zipfile

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from documenten.verificatie import verifieer
from domain.vastlegging import Rol
from tests.e2e.test_termijnen_via_api import op_trede_4_met_vooraankondiging

MERK = "MERK-vertrouwelijk-4411"


@pytest.fixture
def dossier(api):
    op_trede_4_met_vooraankondiging(api)  # a term starts
    mandaat = {
        "naam": "R. van Muilekom",
        "functie": "gedeputeerde",
        "briefsoorten": ["vooraankondiging"],
        "van": "2022-01-01",
    }
    assert api.post("/mandaten", mandaat, Rol.BEHEERDER).status_code == 201
    versie = api.get("/gemeenten/GM0344").json()["versie"]
    r = api.post(
        "/gemeenten/GM0344/brieven", {"soort": "vooraankondiging", "verwachte_versie": versie}
    )
    assert r.status_code == 201, r.text
    for vertrouwelijk in (True, False):
        contact = {
            "soort": "telefoon",
            "samenvatting": f"{MERK} samenvatting" if vertrouwelijk else "Gewoon gesprek",
            "deelnemers": ["wethouder"],
            "vertrouwelijk": vertrouwelijk,
        }
        assert api.post("/gemeenten/GM0344/contacten", contact).status_code == 201
    return api


def export(api, rol: Rol) -> tuple[bytes, str]:
    r = api.get("/gemeenten/GM0344/export.zip", rol)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/zip"
    return r.content, r.headers["X-Manifest-SHA256"]


def bestanden(inhoud: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(inhoud)) as z:
        return {n: z.read(n) for n in z.namelist()}


def herpak(tmp_path, inhoud: dict[str, bytes], naam: str = "gewijzigd.zip"):
    pad = tmp_path / naam
    with zipfile.ZipFile(pad, "w") as z:
        for n, b in inhoud.items():
            z.writestr(n, b)
    return pad


def verifieer_cli(pad, *extra: str):
    return CliRunner().invoke(cli, ["verifieer", str(pad), *extra])


def test_export_van_de_jurist_is_volledig_en_klopt(dossier, tmp_path):
    inhoud, sha = export(dossier, Rol.JURIST)
    pad = tmp_path / "dossier.zip"
    pad.write_bytes(inhoud)
    uitslag = verifieer_cli(pad, "--verwacht", sha)
    assert uitslag.exit_code == 0, uitslag.output
    assert "In orde" in uitslag.output

    files = bestanden(inhoud)
    manifest = json.loads(files["manifest.json"])
    assert set(manifest["bestanden"]) == set(files) - {"manifest.json"}
    for naam, verwacht in manifest["bestanden"].items():
        assert hashlib.sha256(files[naam]).hexdigest() == verwacht
    # The chain head is the event store's own.
    app = dossier.container.app
    versie, kop = app.dossiergebeurtenissen("GM0344")[1]
    assert manifest["keten"]["versie"] == versie and manifest["keten"]["hash"] == kop
    # Every act, with who and both times; the confidential contact marked and in full.
    index = json.loads(files["index.json"])["handelingen"]
    assert [h["versie"] for h in sorted(index, key=lambda h: h["versie"])] == list(
        range(1, versie + 1)
    )
    assert all(h["wie"] and h["plaatsgevonden_op"] and h["geregistreerd_op"] for h in index)
    contacten = json.loads(files["contacten.json"])
    assert [c["vertrouwelijk"] for c in contacten] == [True, False]
    assert MERK in files["contacten.json"].decode()
    # The jurist's reading of the confidential contact is logged, as on the timeline.
    inzage = dossier.get("/gemeenten/GM0344/inzagelog", Rol.BEHEERDER).json()
    assert [(r["rol"], r["versie"]) for r in inzage] == [("jurist", contacten[0]["versie"])]
    assert files["index.pdf"].startswith(b"%PDF")
    # The letter byte for byte as sent; the beoordeling with its derivation page.
    [brief] = dossier.container.queries.brieven("GM0344")
    pdf = files[json.loads(files["brieven.json"])[0]["bestand"]]
    assert hashlib.sha256(pdf).hexdigest() == brief["sha256"]
    beoordelingen = json.loads(files["beoordelingen.json"])
    assert [b["trede"] for b in beoordelingen] == [
        b["trede"] for b in dossier.container.queries.beoordelingen("GM0344")
    ]
    for b in beoordelingen:
        pagina = files[b["afleiding"]].decode()
        assert "Hoe is deze trede bereikt?" in pagina and f"trede {b['trede']}" in pagina
    termijnen = json.loads(files["termijnen.json"])
    assert [(t["soort"], t["status"]) for t in termijnen] == [
        (t["soort"], t["status"]) for t in dossier.container.queries.termijnen("GM0344")
    ]
    assert termijnen  # the vooraankondiging's term
    assert json.loads(files["ontvangen.json"]) == []  # uploads do not exist yet


@pytest.mark.parametrize("rol", [Rol.LEZER, Rol.TOEZICHTHOUDER])
def test_export_zonder_vertrouwelijke_tekst(dossier, tmp_path, rol):
    inhoud, sha = export(dossier, rol)
    for naam, b in bestanden(inhoud).items():
        assert MERK.encode() not in b, naam
    assert dossier.get("/gemeenten/GM0344/inzagelog", Rol.BEHEERDER).json() == []
    pad = tmp_path / "dossier.zip"
    pad.write_bytes(inhoud)
    assert verifieer(pad, sha).in_orde, verifieer(pad, sha).fouten
    files = bestanden(inhoud)
    manifest = json.loads(files["manifest.json"])
    [weggelaten] = manifest["afgeschermde_versies"]
    # The withheld event's hash is covered by the next event's stored vorige_hash.
    regels = [json.loads(r) for r in files["gebeurtenissen.jsonl"].decode().splitlines()]
    [regel] = [r for r in regels if r["versie"] == weggelaten]
    assert regel["afgeschermd"] and "state" not in regel
    regel["hash"] = "f" * 64
    nieuw = ("\n".join(json.dumps(r) for r in regels) + "\n").encode()
    manifest["bestanden"]["gebeurtenissen.jsonl"] = hashlib.sha256(nieuw).hexdigest()
    pad = herpak(
        tmp_path,
        {**files, "gebeurtenissen.jsonl": nieuw, "manifest.json": json.dumps(manifest).encode()},
    )
    fouten = verifieer(pad).fouten
    assert any(f"versie {weggelaten + 1}" in f and "vorige_hash" in f for f in fouten), fouten


def test_verifieer_vindt_elke_wijziging(dossier, tmp_path):
    inhoud, sha = export(dossier, Rol.JURIST)
    files = bestanden(inhoud)

    # One changed byte in any file, repacked as a valid ZIP.
    for naam in files:
        if naam == "manifest.json":
            continue
        gewijzigd = dict(files)
        b = bytearray(files[naam])
        b[len(b) // 2] ^= 0x01
        gewijzigd[naam] = bytes(b)
        uitslag = verifieer_cli(herpak(tmp_path, gewijzigd))
        assert uitslag.exit_code == 1 and naam in uitslag.output, (naam, uitslag.output)

    # One changed byte in the archive itself.
    ruw = bytearray(inhoud)
    ruw[len(ruw) // 3] ^= 0x01
    kapot = tmp_path / "kapot.zip"
    kapot.write_bytes(bytes(ruw))
    assert verifieer_cli(kapot).exit_code == 1

    # One added file.
    uitslag = verifieer_cli(herpak(tmp_path, {**files, "extra.txt": b"nieuw"}))
    assert uitslag.exit_code == 1 and "extra.txt" in uitslag.output

    # One removed event, with the manifest's file hash made to fit: the chain finds it.
    regels = files["gebeurtenissen.jsonl"].decode().splitlines()
    weg = json.loads(regels[2])["versie"]
    zonder = ("\n".join(regels[:2] + regels[3:]) + "\n").encode()
    manifest = json.loads(files["manifest.json"])
    manifest["bestanden"]["gebeurtenissen.jsonl"] = hashlib.sha256(zonder).hexdigest()
    nieuw_manifest = json.dumps(manifest).encode()
    pad = herpak(
        tmp_path, {**files, "gebeurtenissen.jsonl": zonder, "manifest.json": nieuw_manifest}
    )
    uitslag = verifieer_cli(pad)
    assert uitslag.exit_code == 1
    assert f"versie {weg + 1}" in uitslag.output, uitslag.output
    # A rewritten manifest shows against the SHA-256 the export printed.
    uitslag = verifieer_cli(pad, "--verwacht", sha)
    assert uitslag.exit_code == 1 and "manifest.json" in uitslag.output


def test_export_van_onbekende_gemeente(api):
    r = api.get("/gemeenten/GM9999/export.zip", Rol.JURIST)
    assert r.status_code == 404 and "code" in r.text
