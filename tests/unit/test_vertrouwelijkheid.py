"""What inherits confidentiality, and what a reader without access sees of it."""

from datetime import UTC, datetime

from domain.dossier import Dossier
from domain.vastlegging import Rol, Vastlegging
from domain.zichtbaarheid import Lezer, afgeschermd, is_vertrouwelijk

OP = datetime(2024, 7, 15, 9, tzinfo=UTC)


def stempel(rol: Rol = Rol.TOEZICHTHOUDER, reden: str | None = None) -> Vastlegging:
    return Vastlegging("x", rol, OP, OP, reden)


def gebeurtenissen(vertrouwelijk: bool) -> list:
    d = Dossier.registreer("GM0307", "Amersfoort", "Utrecht", stempel(Rol.BEHEERDER))
    d.leg_contact_vast("telefoon", ["wethouder"], "ziek", vertrouwelijk, stempel())
    d.corrigeer(2, "niet ziek maar op vakantie", stempel(reden="verkeerd genoteerd"))
    d.corrigeer(3, "toch ziek", stempel(reden="nagevraagd"))
    return d.collect_events()


def markeer(events: list) -> list[bool]:
    """As the read side does: in order, each item looking up what it refers to."""
    gezien: dict[int, bool] = {}
    for e in events:
        gezien[e.originator_version] = is_vertrouwelijk(e, gezien.__getitem__)
    return list(gezien.values())


def test_een_correctie_erft_de_vertrouwelijkheid_ook_via_een_correctie():
    assert markeer(gebeurtenissen(vertrouwelijk=True)) == [False, True, True, True]


def test_een_correctie_van_een_gewoon_contact_is_niet_vertrouwelijk():
    assert markeer(gebeurtenissen(vertrouwelijk=False)) == [False, False, False, False]


def test_een_lezer_ziet_alleen_soort_en_verwijzing():
    gegevens = {"soort": "telefoon", "samenvatting": "ziek", "deelnemers": ["w"], "x": "y"}
    assert afgeschermd(gegevens) == {"soort": "telefoon"}
    assert afgeschermd({"versie": 2, "toelichting": "ziek"}) == {"versie": 2}


def test_alleen_de_lezer_mag_geen_vertrouwelijke_tekst_lezen():
    assert not Lezer("l", Rol.LEZER).mag_vertrouwelijk_lezen
    assert not Lezer("s", Rol.SYSTEEM).mag_vertrouwelijk_lezen
    assert all(
        Lezer("n", r).mag_vertrouwelijk_lezen
        for r in (Rol.TOEZICHTHOUDER, Rol.JURIST, Rol.BESTUURDER, Rol.BEHEERDER)
    )
