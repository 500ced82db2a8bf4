"""`toezicht controleer` finds what was changed after saving: one byte in an event (via the
hash chain), a snapshot that no longer equals a replay, a store that ends elsewhere than a
backup's manifest says. Wrong paths and bad backups are clear errors, on both backends."""

import hashlib
import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from application.commandos import LegContactVast
from application.settings import Settings
from application.toezicht import Toezicht
from domain.dossier import Dossier
from tests.conftest import _connect
from tests.integration.test_backup_herstel_controle import digest, toezicht
from tests.integration.test_dossier_opslaan import utrecht_2022_1, vastlegging
from tests.integration.test_opgeslagen_versie_leesbaar import OPGESLAGEN


class Sqlite:
    tabel, snapshots = "stored_events", "stored_snapshots"

    def __init__(self, tmp_path: Path) -> None:
        self.pad = tmp_path / "t.sqlite"
        self.url = f"sqlite:///{self.pad}"

    def wijzig(self, tabel: str, versie: int, oud: bytes, nieuw: bytes) -> None:
        with sqlite3.connect(self.pad) as db:
            (state,) = db.execute(
                f"SELECT state FROM {tabel} WHERE originator_version = ?", (versie,)
            ).fetchone()
            assert oud in state
            db.execute(
                f"UPDATE {tabel} SET state = ? WHERE originator_version = ?",
                (state.replace(oud, nieuw, 1), versie),
            )

    def rijen(self) -> list[tuple[str, int, str, bytes]]:
        with sqlite3.connect(self.pad) as db:
            return [
                (str(uuid.UUID(o)), v, t, s)
                for o, v, t, s in db.execute(
                    "SELECT originator_id, originator_version, topic, state "
                    "FROM stored_events ORDER BY originator_id, originator_version"
                )
            ]


class Postgres(Sqlite):
    tabel, snapshots = "toezicht_events", "toezicht_snapshots"

    def __init__(self, url: str) -> None:
        self.url = url

    def _db(self):  # noqa: ANN202
        return _connect(self.url)

    def wijzig(self, tabel: str, versie: int, oud: bytes, nieuw: bytes) -> None:
        with self._db() as db:
            (state,) = db.execute(
                f"SELECT state FROM {tabel} WHERE originator_version = %s", (versie,)
            ).fetchone()
            assert oud in bytes(state)
            db.execute(
                f"UPDATE {tabel} SET state = %s WHERE originator_version = %s",
                (bytes(state).replace(oud, nieuw, 1), versie),
            )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def opslag(request, tmp_path):
    if request.param == "sqlite":
        opslag = Sqlite(tmp_path)
    else:
        opslag = Postgres(request.getfixturevalue("postgres_url"))
    # snapshots at versions 3, 6 and 9 of the dossier's 9 events
    utrecht_2022_1(
        Toezicht(env=Settings(database_url=opslag.url).eventsourcing_env(), snapshot_interval=3)
    )
    return opslag


def test_een_byte_in_tijdstempel_of_actor_wordt_gevonden(opslag):
    assert toezicht(opslag.url, "controleer").returncode == 0
    opslag.wijzig(
        opslag.tabel,
        4,
        b'"geregistreerd_op":"2022-07-10T09:00:00',
        b'"geregistreerd_op":"2022-07-10T09:00:01',
    )
    uit = toezicht(opslag.url, "controleer")
    assert uit.returncode == 1
    assert "dossier GM0344, versie 5: keten verbroken: de hash van versie 4" in uit.stderr

    opslag.wijzig(opslag.tabel, 2, b'"gebruiker":"anna"', b'"gebruiker":"anne"')
    uit = toezicht(opslag.url, "controleer")
    assert "dossier GM0344, versie 3: keten verbroken" in uit.stderr


def test_backup_van_een_gewijzigde_opslag_zegt_het(opslag, tmp_path):
    opslag.wijzig(opslag.tabel, 4, b'"gebruiker":"anna"', b'"gebruiker":"anne"')
    uit = toezicht(opslag.url, "backup", str(tmp_path / "b.bin"))
    assert uit.returncode == 0 and "de opslag was al niet in orde (1 ketenfouten" in uit.stderr
    manifest = json.loads((tmp_path / "b.bin.manifest.json").read_text())
    assert manifest["ketenfouten"] == [
        f"{next(iter(manifest['koppen']))}, versie 5: "
        + (
            "keten verbroken: de hash van versie 4 klopt niet meer (versie 4 of 5 is na opslag gewijzigd)"
        )
    ]


def test_gewijzigde_snapshot_wordt_gevonden(opslag):
    opslag.wijzig(opslag.snapshots, 9, b'"trede":3,', b'"trede":5,')
    # the danger: the dossier now loads with the wrong trede
    assert (
        Toezicht(env=Settings(database_url=opslag.url).eventsourcing_env()).dossier("GM0344").trede
        == 5
    )
    uit = toezicht(opslag.url, "controleer")
    assert uit.returncode == 1
    assert "dossier GM0344: de snapshot van versie 9 wijkt af" in uit.stderr


def test_backup_manifest_bevat_de_ketenkoppen_en_verankert_de_laatste_gebeurtenis(opslag, tmp_path):
    backup = tmp_path / "backup.bin"
    assert toezicht(opslag.url, "backup", str(backup)).returncode == 0
    manifest = json.loads((tmp_path / "backup.bin.manifest.json").read_text())
    assert manifest["gebeurtenissen"] == 9
    assert manifest["digest"] == digest(toezicht(opslag.url, "controleer").stdout)
    assert manifest["sha256"] == hashlib.sha256(backup.read_bytes()).hexdigest()
    [(oid, kop)] = manifest["koppen"].items()
    assert kop["naam"] == "dossier GM0344" and kop["versie"] == 9

    # The head's change goes unseen without a reference, and is found against the manifest.
    opslag.wijzig(opslag.tabel, 9, b'"gebruiker":"anna"', b'"gebruiker":"anne"')
    uit = toezicht(
        opslag.url, "controleer", "--manifest", str(tmp_path / "backup.bin.manifest.json")
    )
    assert uit.returncode == 1
    assert "dossier GM0344, versie 9: wijkt af van het manifest" in uit.stderr


def test_een_auditor_rekent_de_keten_zelf_na(tmp_path):
    """The documented algorithm, recomputed from the table alone, gives the manifest's head."""
    opslag = Sqlite(tmp_path)
    utrecht_2022_1(Toezicht(env=Settings(database_url=opslag.url).eventsourcing_env()))
    assert toezicht(opslag.url, "backup", str(tmp_path / "b.sqlite")).returncode == 0
    manifest = json.loads((tmp_path / "b.sqlite.manifest.json").read_text())
    h = "0" * 64
    for oid, versie, topic, state in opslag.rijen():
        assert json.loads(state)["vorige_hash"] == h
        h = hashlib.sha256(f"{h}|{oid}|{versie}|{topic}|".encode() + state).hexdigest()
    assert manifest["koppen"][oid] == {"naam": "dossier GM0344", "versie": 9, "hash": h}


def test_verkeerd_pad_is_een_fout_en_maakt_niets_aan(tmp_path):
    pad = tmp_path / "bestaat-niet" / "t.sqlite"
    uit = toezicht(f"sqlite:///{pad}", "controleer")
    assert uit.returncode == 2 and "bestaat niet" in uit.stderr and "In orde" not in uit.stdout
    assert not pad.parent.exists()
    leeg = tmp_path / "leeg.sqlite"
    sqlite3.connect(leeg).execute("CREATE TABLE x (a)")
    uit = toezicht(f"sqlite:///{leeg}", "controleer")
    assert uit.returncode == 2 and "geen Toezicht-database" in uit.stderr
    uit = toezicht(f"sqlite:///{pad}", "backup", str(tmp_path / "b.sqlite"))
    assert uit.returncode == 2 and not (tmp_path / "b.sqlite").exists()


@pytest.mark.postgres
def test_verkeerde_postgres_database_is_een_fout(postgres_server):
    from sqlalchemy.engine import make_url

    url = make_url(postgres_server).set(database="bestaat_niet_123").render_as_string(False)
    uit = toezicht(url, "controleer")
    assert uit.returncode == 2 and "niet bereikbaar" in uit.stderr


def test_herstel_van_rommel_of_gewijzigde_backup_faalt(tmp_path):
    rommel = tmp_path / "rommel.sqlite"
    rommel.write_bytes(b"dit is geen backup" * 100)
    doel = tmp_path / "doel.sqlite"
    uit = toezicht(f"sqlite:///{doel}", "herstel", str(rommel))
    assert uit.returncode == 2 and "geen SQLite-backup" in uit.stderr and not doel.exists()
    uit = toezicht(f"sqlite:///{doel}", "herstel", str(tmp_path / "weg.sqlite"))
    assert uit.returncode == 2 and "bestaat niet" in uit.stderr

    opslag = Sqlite(tmp_path)
    utrecht_2022_1(Toezicht(env=Settings(database_url=opslag.url).eventsourcing_env()))
    backup = tmp_path / "b.sqlite"
    assert toezicht(opslag.url, "backup", str(backup)).returncode == 0
    inhoud = backup.read_bytes().replace(b'"gebruiker":"anna"', b'"gebruiker":"anne"', 1)
    backup.write_bytes(inhoud)
    uit = toezicht(f"sqlite:///{doel}", "herstel", str(backup))
    assert uit.returncode == 2 and "komt niet overeen met zijn manifest" in uit.stderr


@pytest.mark.postgres
def test_herstel_van_rommel_in_postgres_faalt(postgres_url, tmp_path):
    rommel = tmp_path / "rommel.dump"
    rommel.write_bytes(b"PGDMP nee" * 100)
    uit = toezicht(postgres_url, "herstel", str(rommel))
    assert uit.returncode == 2 and "pg_dump-bestand" in uit.stderr


def test_opgeslagen_versie_0_1_is_in_orde_en_wordt_vanaf_nu_geketend(tmp_path):
    kopie = tmp_path / "oud.sqlite"
    shutil.copy(OPGESLAGEN, kopie)
    url = f"sqlite:///{kopie}"
    uit = toezicht(url, "controleer")
    assert uit.returncode == 0, uit.stderr

    # The first new event commits to every event before it, so old ones are covered from now on.
    app = Toezicht(env=Settings(database_url=url).eventsourcing_env())
    versie = app.dossier("GM0344").version
    app.voer_uit(
        LegContactVast(code="GM0344", soort="telefoon", samenvatting="na de upgrade"),
        vastlegging(),
    )
    assert toezicht(url, "controleer").returncode == 0
    waar = "WHERE originator_id = ? AND originator_version = 2"
    oid = Dossier.create_id("GM0344").hex
    with sqlite3.connect(kopie) as db:
        (state,) = db.execute(f"SELECT state FROM stored_events {waar}", (oid,)).fetchone()
        db.execute(
            f"UPDATE stored_events SET state = ? {waar}", (state.replace(b"2", b"3", 1), oid)
        )
    uit = toezicht(url, "controleer")
    assert uit.returncode == 1
    assert f"dossier GM0344, versie {versie + 1}: keten verbroken" in uit.stderr
