"""Sending a letter: one event with its kenmerk, SHA-256 and size, the PDF kept beside it
in the same transaction and served byte-identical later; the toezichtbrief starts the
AB-2024 four-week term; a correction is a new letter naming the old one."""

import hashlib
import subprocess
from datetime import date

import pytest

from application import commandos as k
from documenten.gegevens import concept
from documenten.opmaak import pdf
from domain.briefdocument import Briefdocument
from domain.errors import BestaatAl, GelijktijdigGewijzigd, OngeldigeInvoer
from domain.periode import Periode
from domain.vastlegging import Rol
from tests.brieven import mandaat_voor_alle_brieven, verzend_brief
from tests.integration.planner_helpers import Klok, container, stempel

CODE = "GM0307"
T, B = Rol.TOEZICHTHOUDER, Rol.BESTUURDER


@pytest.fixture
def trede_3(tmp_path):
    """Amersfoort on trede 3 after the AB-2024 beoordeling of 2024-1, no letter yet."""
    klok = Klok(None)
    klok.zet(date(2024, 1, 15))
    c = container(f"sqlite:///{tmp_path}/t.sqlite", klok)
    app = c.app
    c.schrijf(lambda: mandaat_voor_alle_brieven(app, stempel(klok, Rol.BEHEERDER)))
    c.schrijf(
        lambda: app.voer_uit(
            k.RegistreerGemeente(code=CODE, naam="Amersfoort", provincie="Utrecht"),
            stempel(klok, Rol.BEHEERDER),
        )
    )
    c.schrijf(
        lambda: app.voer_uit(
            k.NeemBeoordelingOver(code=CODE, periode=Periode(2023, 2), trede=2, bron="Rapportage"),
            stempel(klok, T),
        )
    )
    klok.zet(date(2024, 7, 8))
    for veld, waarde in (
        ("taakstelling_gepubliceerd", 100),
        ("stand_begin", 50),
        ("realisatie", 90),
        ("stand_eind", 60),
    ):
        c.schrijf(
            lambda veld=veld, waarde=waarde: app.voer_uit(
                k.RegistreerCijfer(code=CODE, periode=Periode(2024, 1), veld=veld, waarde=waarde),
                stempel(klok, T),
            )
        )
    c.schrijf(
        lambda: app.voer_uit(
            k.StelBeoordelingVoor(code=CODE, periode=Periode(2024, 1)), stempel(klok, T)
        )
    )
    klok.zet(date(2024, 7, 10))
    nummer = c.queries.voorstellen(CODE, "open")[-1]["nummer"]
    c.schrijf(
        lambda: app.voer_uit(k.StelBeoordelingVast(code=CODE, nummer=nummer), stempel(klok, B))
    )
    klok.zet(date(2024, 7, 12))
    return c, klok


def verzend(c, klok, soort="toezichtbrief", corrigeert=None, vrij=None):
    versie = c.queries.gemeente(CODE)["versie"]
    brief = concept(
        c.queries,
        soort,
        CODE,
        klok.nu.date(),
        vrij=vrij,
        corrigeert=corrigeert,
        kalender=c.app.kalender,
    )
    inhoud = pdf(brief)
    c.schrijf(
        lambda: verzend_brief(
            c.app, CODE, soort, brief.hoofd.kenmerk, inhoud, stempel(klok, T), versie, corrigeert
        )
    )
    return brief.hoofd.kenmerk, inhoud


def verzonden(c):
    return [r for r in c.queries.gebeurtenissen(CODE) if r["soort"] == "BriefVerzonden"]


def test_verzenden_legt_hash_en_grootte_vast_en_bewaart_de_bytes(trede_3):
    c, klok = trede_3
    kenmerk, inhoud = verzend(c, klok)
    [rij] = verzonden(c)
    assert rij["gegevens"]["kenmerk"] == kenmerk == "IBT-HV/2024/GM0307/001"
    assert rij["gegevens"]["sha256"] == hashlib.sha256(inhoud).hexdigest()
    assert rij["gegevens"]["grootte"] == len(inhoud)
    # Later, from a fresh application on the same store: the same bytes.
    later = container(c.settings.database_url, klok)
    assert later.app.repository.get(Briefdocument.create_id(kenmerk)).pdf == inhoud


def test_de_toezichtbrief_start_de_vier_weken_van_ab_2024(trede_3):
    c, klok = trede_3
    _, inhoud = verzend(c, klok)
    [termijn] = [t for t in c.queries.termijnen(CODE) if t["soort"] == "bestuurlijk_gesprek"]
    assert (termijn["start"], termijn["einddatum"]) == ("2024-07-12", "2024-08-09")
    # The letter printed the same legal end date the sending started.
    tekst = subprocess.run(["pdftotext", "-", "-"], input=inhoud, capture_output=True).stdout
    assert "uiterlijk 9 augustus 2024" in " ".join(tekst.decode().split())
    assert c.queries.beoordelingen(CODE)[-1]["brief_verzonden_op"] is not None


def test_een_correctie_is_een_nieuwe_brief_die_de_oude_noemt(trede_3):
    c, klok = trede_3
    oud, oude_bytes = verzend(c, klok)
    klok.zet(date(2024, 7, 15))
    nieuw, nieuwe_bytes = verzend(
        c, klok, corrigeert=oud, vrij={"toelichting": "Wij herstellen een fout in de aanhef."}
    )
    assert nieuw != oud and nieuwe_bytes != oude_bytes
    assert [r["gegevens"]["corrigeert"] for r in verzonden(c)] == [None, oud]
    assert c.app.repository.get(Briefdocument.create_id(oud)).pdf == oude_bytes
    # the correction starts no second term
    assert len([t for t in c.queries.termijnen(CODE) if t["soort"] == "bestuurlijk_gesprek"]) == 1


def test_kenmerken_tellen_per_jaar_en_beginnen_in_januari_opnieuw(trede_3):
    c, klok = trede_3
    eerste, _ = verzend(c, klok)
    klok.zet(date(2024, 7, 15))
    concept_nummer = concept(c.queries, "afschrift_raad", CODE, klok.nu.date()).hoofd.kenmerk
    tweede, _ = verzend(c, klok, soort="afschrift_raad")
    klok.zet(date(2025, 1, 6))
    derde, _ = verzend(c, klok, corrigeert=eerste, vrij={"toelichting": "Herstel."})
    assert (eerste, tweede, derde) == (
        "IBT-HV/2024/GM0307/001",
        "IBT-HV/2024/GM0307/002",
        "IBT-HV/2025/GM0307/001",
    )
    assert concept_nummer == tweede  # the draft showed the number the letter carries
    # The same letters give the same next number, from a fresh application too.
    later = container(c.settings.database_url, klok)
    assert concept(later.queries, "afschrift_raad", CODE, klok.nu.date()).hoofd.kenmerk == (
        "IBT-HV/2025/GM0307/002"
    )


def test_geen_tweede_brief_met_hetzelfde_kenmerk_en_geen_onbekende_correctie(trede_3):
    c, klok = trede_3
    kenmerk, inhoud = verzend(c, klok)
    versie = c.queries.gemeente(CODE)["versie"]
    with pytest.raises(BestaatAl):
        verzend_brief(c.app, CODE, "tussentijds_bericht", kenmerk, inhoud, stempel(klok, T), versie)
    with pytest.raises(OngeldigeInvoer) as fout:
        verzend_brief(
            c.app,
            CODE,
            "toezichtbrief",
            "IBT-HV/2024/GM0307/099",
            inhoud,
            stempel(klok, T),
            versie,
            corrigeert="IBT-HV/2024/GM0307/098",
        )
    assert fout.value.veld == "corrigeert"
    with pytest.raises(OngeldigeInvoer) as fout:
        verzend_brief(
            c.app,
            CODE,
            "afschrift_raad",
            "IBT-HV/2024/GM0307/099",
            inhoud,
            stempel(klok, T),
            versie,
            corrigeert=kenmerk,
        )
    assert fout.value.veld == "corrigeert"
    with pytest.raises(GelijktijdigGewijzigd):  # drafted on an older state of the dossier
        verzend_brief(
            c.app,
            CODE,
            "afschrift_raad",
            "IBT-HV/2024/GM0307/099",
            inhoud,
            stempel(klok, T),
            versie - 1,
        )
    with pytest.raises(OngeldigeInvoer):
        verzend_brief(
            c.app,
            CODE,
            "afschrift_raad",
            "IBT-HV/2024/GM0307/099",
            b"geen pdf",
            stempel(klok, T),
            versie,
        )
    assert len(verzonden(c)) == 1
