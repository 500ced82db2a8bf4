"""Importing a file over HTTP: a dry run first, then the file whole; refused rows answer
422 with the row report and record nothing; too large a file is a Dutch 413."""

from application.importeren.uitvoeren import MAX_BYTES
from domain.vastlegging import Rol

BESTAND = (
    b"gemeente;periode;taakstelling;herverdeling;stand_begin;realisatie;stand_eind\n"
    b"Utrecht;2022-1;203;1;171;168;207\n"
    b"S-HERTOGENBOSCH;2022-1;120;;10;100;30\n"
)


def registreer(api) -> None:
    for code, naam in (("GM0344", "Utrecht"), ("GM0796", "'s-Hertogenbosch")):
        r = api.post(
            "/gemeenten", {"code": code, "naam": naam, "provincie": "Utrecht"}, Rol.BEHEERDER
        )
        assert r.status_code == 201, r.text


def stuur(api, inhoud: bytes, proef: bool, naam: str = "cijfers.csv", rol=Rol.TOEZICHTHOUDER):
    return api.client.post(
        f"/api/v1/import?proef={'true' if proef else 'false'}",
        files={"bestand": (naam, inhoud, "text/csv")},
        headers=api.als(rol),
    )


def test_proef_dan_vastleggen_dan_niets_meer(api):
    registreer(api)
    proef = stuur(api, BESTAND, proef=True)
    assert proef.status_code == 200, proef.text
    assert proef.json()["geldig"] and not proef.json()["vastgelegd"]
    assert len(proef.json()["gebeurtenissen"]) == 9
    assert {v["code"] for v in proef.json()["voorstellen"]} == {"GM0344", "GM0796"}
    assert api.get("/gemeenten/GM0344/perioden").json() == []
    echt = stuur(api, BESTAND, proef=False)
    assert echt.status_code == 201, echt.text
    perioden = api.get("/gemeenten/GM0344/perioden").json()
    assert perioden[0]["taakstelling"] == 204 and perioden[0]["totaalopgave"] == 375
    nog_eens = stuur(api, BESTAND, proef=False)
    assert nog_eens.status_code == 200 and nog_eens.json()["gebeurtenissen"] == []


def test_geweigerde_rijen_geven_422_met_het_rijrapport(api):
    registreer(api)
    fout = BESTAND + b"Atlantis;2022-1;5;;;;\n"
    r = stuur(api, fout, proef=False)
    assert r.status_code == 422
    assert r.json()["weigeringen"] == [
        {
            "rij": 4,
            "kolom": "gemeente",
            "reden": "'Atlantis' is geen bekende gemeente (CBS-code of naam)",
        }
    ]
    assert api.get("/gemeenten/GM0344/perioden").json() == []


def test_een_te_groot_bestand_is_413_met_een_nederlandse_melding(api):
    r = stuur(api, b"x" * (MAX_BYTES + 1), proef=True)
    assert r.status_code == 413
    assert r.json()["fout"] == "bestand: het bestand is groter dan 10 MB"


def test_een_lezer_mag_niet_importeren(api):
    assert stuur(api, BESTAND, proef=True, rol=Rol.LEZER).status_code == 403


def test_een_geregistreerde_opvolger_neemt_de_code_van_zijn_voorganger_over(api):
    for body in (
        {"code": "GM0545", "naam": "Leerdam", "provincie": "Utrecht"},
        {
            "code": "GM1961",
            "naam": "Vijfheerenlanden",
            "provincie": "Utrecht",
            "voortgezet_van": ["GM0545"],
        },
    ):
        assert api.post("/gemeenten", body, Rol.BEHEERDER).status_code == 201
    r = stuur(api, b"code,periode,taakstelling\nGM0545,2022-2,40\n", proef=False)
    assert r.status_code == 201, r.text
    assert r.json()["herindelingen"] == ["rij 2: GM0545 valt door herindeling onder GM1961"]
    assert api.get("/gemeenten/GM1961/perioden").json()[0]["taakstelling_gepubliceerd"] == 40
    assert api.get("/gemeenten/GM0545/perioden").json() == []


def test_een_herindelingsbestand_bij_het_verzoek(api):
    registreer(api)
    r = api.client.post(
        "/api/v1/import?proef=true",
        files={
            "bestand": ("c.csv", b"code,periode,taakstelling\nGM0999,2022-2,40\n", "text/csv"),
            "herindeling": ("h.csv", b"oud,nieuw\nGM0999,GM0344\n", "text/csv"),
        },
        headers=api.als(Rol.TOEZICHTHOUDER),
    )
    assert r.status_code == 200 and r.json()["gebeurtenissen"][0]["code"] == "GM0344"
    r = api.client.post(
        "/api/v1/import?proef=true",
        files={
            "bestand": ("c.csv", b"code,periode,taakstelling\nGM0999,2022-2,40\n", "text/csv"),
            "herindeling": ("h.csv", b"oud,naar_wie\nGM0999,GM0344\n", "text/csv"),
        },
        headers=api.als(Rol.TOEZICHTHOUDER),
    )
    assert r.status_code == 422 and r.json()["veld"] == "herindeling"
