"""The draft toezichtbrief over the API: a PDF rendered from the dossier, for the
toezichthouder and the jurist only; bad input answers 4xx in Dutch naming the field."""

import subprocess

from domain.vastlegging import Rol
from tests.e2e.test_brief_verzenden_via_api import MANDAAT

PAD = "/gemeenten/GM0344/brieven/concept/toezichtbrief.pdf"


def test_concept_toezichtbrief_als_pdf(api):
    api.post(
        "/gemeenten", {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER
    )
    assert api.post("/mandaten", MANDAAT, Rol.BEHEERDER).status_code == 201
    for veld, waarde in (
        ("taakstelling_gepubliceerd", 203),
        ("stand_begin", 171),
        ("realisatie", 168),
        ("stand_eind", 207),
    ):
        r = api.post(
            "/gemeenten/GM0344/cijfers", {"periode": "2022-1", "veld": veld, "waarde": waarde}
        )
        assert r.status_code == 201, r.text
    assert api.post("/gemeenten/GM0344/voorstellen", {"periode": "2022-1"}).status_code == 201
    nummer = api.get("/gemeenten/GM0344/voorstellen").json()[-1]["nummer"]
    r = api.post(f"/gemeenten/GM0344/voorstellen/{nummer}/vaststelling", {}, Rol.BESTUURDER)
    assert r.status_code == 201, r.text

    r = api.get(f"{PAD}?datum=2022-09-22")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    tekst = subprocess.run(
        ["pdftotext", "-", "-"], input=r.content, capture_output=True, check=True
    ).stdout.decode()
    tekst = " ".join(tekst.split())
    assert "203 + 0 = 203" in tekst and "achterstand 207" in tekst and "83%" in tekst
    assert "22 september 2022" in tekst
    assert "R. van Muilekom gedeputeerde Wonen" in tekst  # the signer from the register
    assert api.get(f"{PAD}?datum=2022-09-22&periode=2022-I").content == r.content

    assert api.get(PAD, Rol.LEZER).status_code == 403
    assert api.get(f"{PAD}?datum=2022-09-22", Rol.JURIST).status_code == 200


def test_concept_zonder_beoordeling_of_met_foute_invoer(api):
    api.post(
        "/gemeenten", {"code": "GM0344", "naam": "Utrecht", "provincie": "Utrecht"}, Rol.BEHEERDER
    )
    r = api.get(PAD)
    assert r.status_code == 404 and "geen beoordeling" in r.json()["fout"]
    r = api.get(f"{PAD}?periode=2022-3")
    assert r.status_code == 422 and "periode" in r.text
    r = api.get(f"{PAD}?datum=gisteren")
    assert r.status_code == 422 and "datum" in r.text
    # A number is not a date (it would be read as seconds since 1970), and dates are bounded.
    for fout in ("0", "1900-01-01"):
        r = api.get(f"{PAD}?datum={fout}")
        assert r.status_code == 422 and r.json()["veld"] == "datum", fout


def test_de_ondertekenaar_volgt_het_mandaat_dat_op_de_briefdatum_geldt(api):
    test_concept_toezichtbrief_als_pdf(api)

    def ondertekening(datum):
        r = api.get(f"{PAD}?datum={datum}")
        if r.status_code != 200:
            return r
        uit = subprocess.run(["pdftotext", "-", "-"], input=r.content, capture_output=True)
        return " ".join(uit.stdout.decode().split())

    # Mandate 1 ends on 30 September; mandate 2 (another person) starts on 1 October.
    r = api.post(
        "/mandaten/1/beeindiging",
        {"tot": "2022-09-30", "reden": "nieuwe portefeuilleverdeling"},
        Rol.BEHEERDER,
    )
    assert r.status_code == 201, r.text
    nieuw = {
        **MANDAAT,
        "naam": "A. Bakker",
        "functie": "waarnemend gedeputeerde",
        "van": "2022-10-01",
    }
    assert api.post("/mandaten", nieuw, Rol.BEHEERDER).json()["nummer"] == 2
    assert "R. van Muilekom" in ondertekening("2022-09-30")
    assert "A. Bakker waarnemend gedeputeerde" in ondertekening("2022-10-01")
    assert "R. van Muilekom" not in ondertekening("2022-10-01")
    # Before any mandate: no letter, a clear Dutch answer.
    r = ondertekening("2021-12-31")
    assert r.status_code == 404 and r.json()["veld"] == "ondertekening"
    assert "geen mandaat om een toezichtbrief te ondertekenen" in r.json()["fout"]
    [een, twee] = api.get("/mandaten", Rol.LEZER).json()
    assert (een["tot"], twee["tot"], twee["verleend_door"]) == ("2022-09-30", None, "beheerder-1")
    # Only the beheerder records mandates; bad input names its field.
    assert api.post("/mandaten", nieuw, Rol.TOEZICHTHOUDER).status_code == 403
    r = api.post("/mandaten", {**nieuw, "briefsoorten": ["kerstkaart"]}, Rol.BEHEERDER)
    assert r.status_code == 422 and "briefsoorten" in r.json()["veld"]
    r = api.post("/mandaten/2/beeindiging", {"tot": "2022-11-01"}, Rol.BEHEERDER)
    assert r.status_code == 422 and r.json()["veld"] == "reden"
    r = api.post("/mandaten/9/beeindiging", {"tot": "2022-11-01", "reden": "x"}, Rol.BEHEERDER)
    assert r.status_code == 404
