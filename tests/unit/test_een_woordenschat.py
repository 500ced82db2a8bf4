"""One vocabulary: the kinds a user chooses are StrEnums in domain/, the API's schemas
use them, and input validation is not called `invoer` (that is the engine's input)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

import domain
from api import schemas
from domain.beleid.voorstel import Basis
from domain.dossier import Dossier
from domain.vastlegging import Rol, Vastlegging
from domain.woorden import Cijferveld, ContactSoort, SignaalSoort, TaakstellingSoort

OP = datetime(2024, 7, 15, 9, tzinfo=UTC)


def test_invoercontrole_heet_validatie():
    # By file, not by import: the shared editable install would find another checkout's.
    map_ = Path(domain.__file__).parent
    assert (map_ / "validatie.py").is_file()
    assert not (map_ / "invoer.py").exists()


@pytest.mark.parametrize(
    ("schema", "veld", "soort"),
    [
        (schemas.ContactCreate, "soort", ContactSoort),
        (schemas.SignaalCreate, "soort", SignaalSoort),
        (schemas.CijferCreate, "veld", Cijferveld),
        (schemas.CijferIntrekking, "veld", Cijferveld),
        (schemas.TaakstellingWijziging, "soort", TaakstellingSoort),
    ],
)
def test_schemas_gebruiken_de_soorten_van_het_domein(schema, veld, soort):
    assert schema.model_fields[veld].annotation is soort


def test_overgenomen_basis_is_de_basis_van_het_domein():
    assert schemas.OvergenomenBeoordeling.model_fields["basis"].annotation == Basis | None


def test_een_soort_uit_het_schema_wordt_als_gewone_tekst_vastgelegd():
    v = Vastlegging("x", Rol.TOEZICHTHOUDER, OP, OP)
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", v)
    d.leg_contact_vast(ContactSoort.EMAIL, [], "notitie", False, v)
    d.ontvang_signaal(SignaalSoort.OMKOPPELING, "elders gekoppeld", v)
    contact, signaal = d.collect_events()[1:]
    assert type(contact.soort) is str and contact.soort == "e-mail"
    assert type(signaal.soort) is str and signaal.soort == "omkoppeling"


def test_elk_cijferveld_heeft_een_naam_op_de_tijdlijn():
    from projections.omschrijving import VELDNAMEN

    assert set(VELDNAMEN) == set(Cijferveld)
