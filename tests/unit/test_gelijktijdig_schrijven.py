"""A command without verwachte_versie is run again on the fresh dossier when another
writer got there first; with a stale verwachte_versie the conflict is the answer."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from application.commandos import OntvangSignaal, RegistreerGemeente
from application.toezicht import POGINGEN, Toezicht
from domain.dossier import Dossier
from domain.errors import BestaatAl, GelijktijdigGewijzigd
from domain.gebeurtenissen import SignaalOntvangen
from domain.vastlegging import Rol, Vastlegging

CODE = "GM0344"
NU = datetime(2024, 7, 15, 9, tzinfo=UTC)
UTRECHT = RegistreerGemeente(code=CODE, naam="Utrecht", provincie="Utrecht")
EIGEN = OntvangSignaal(code=CODE, soort="omkoppeling", omschrijving="eigen")


def stempel(rol: Rol = Rol.TOEZICHTHOUDER) -> Vastlegging:
    return Vastlegging("anna", rol, NU, NU)


def toezicht() -> Toezicht:
    app = Toezicht()
    app.voer_uit(UTRECHT, stempel(Rol.BEHEERDER))
    return app


def overtroef(app: Toezicht, keer: int) -> None:
    """The next `keer` loads of the dossier are overtaken by another writer before the
    command saves."""
    laad = app.dossier
    over = [keer]

    def dossier(code: str):  # noqa: ANN202
        geladen = laad(code)
        if over[0] > 0:
            over[0] -= 1
            ander = laad(code)
            ander.ontvang_signaal("stapelgemeente", "van een ander", stempel())
            app.save(ander)
        return geladen

    app.dossier = dossier  # type: ignore[method-assign]


def signalen(app: Toezicht) -> list[str]:
    gebeurtenissen = app.events.get(Dossier.create_id(CODE))
    return [e.omschrijving for e in gebeurtenissen if isinstance(e, SignaalOntvangen)]


def test_zonder_versie_wordt_het_commando_op_het_verse_dossier_herhaald():
    app = toezicht()
    overtroef(app, 3)
    uitkomst = app.voer_uit(EIGEN, stempel())
    assert app.dossier(CODE).version == uitkomst.versie == 1 + 3 + 1
    assert signalen(app).count("eigen") == 1


def test_met_verouderde_versie_blijft_het_een_conflict():
    app = toezicht()
    overtroef(app, 1)
    with pytest.raises(GelijktijdigGewijzigd) as fout:
        app.voer_uit(replace(EIGEN, verwachte_versie=1), stempel())
    assert fout.value.veld == "verwachte_versie"
    assert "eigen" not in signalen(app)


def test_het_herhalen_is_begrensd():
    app = toezicht()
    overtroef(app, POGINGEN)
    with pytest.raises(GelijktijdigGewijzigd):
        app.voer_uit(EIGEN, stempel())


def test_gelijktijdige_tweede_registratie_is_bestaat_al():
    app = toezicht()
    app._bestaat = lambda _: False  # type: ignore[method-assign]  # the other was not yet seen
    with pytest.raises(BestaatAl) as fout:
        app.voer_uit(UTRECHT, stempel(Rol.BEHEERDER))
    assert fout.value.veld == "code"


def test_gelijktijdige_tweeling_registratie_geeft_de_eerste_uitkomst():
    app = Toezicht()
    sleutel = replace(stempel(Rol.BEHEERDER), verzoek="r-1", vingerafdruk="f")
    eerste = app.voer_uit(UTRECHT, sleutel)
    app._bestaat = lambda _: False  # type: ignore[method-assign]
    tweede = app.voer_uit(UTRECHT, sleutel)
    assert tweede == replace(eerste, herhaald=True)
