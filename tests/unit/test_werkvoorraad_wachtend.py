"""What waits on a person after a proposal or a decision: the rules, without a database."""

from datetime import date

from domain.werkvoorraad import LaatsteBesluit, OpenVoorstel, werk_na_besluit, werk_voor_voorstel


def test_open_voorstel_wacht_bij_de_bestuurder():
    w = werk_voor_voorstel(OpenVoorstel("GM0307", "Amersfoort", 12, 4, None, date(2024, 7, 15)))
    assert (w.soort, w.rollen, w.uiterlijk) == ("voorstel", ("bestuurder",), date(2024, 7, 29))
    assert "Voorstel 12" in w.omschrijving and "tussentijds besluit" in w.omschrijving


def test_na_een_besluit_eerst_de_brief_dan_het_afschrift():
    besluit = LaatsteBesluit("GM0307", "Amersfoort", 3, date(2024, 7, 15), None, None)
    [brief] = werk_na_besluit(besluit)
    assert (brief.soort, brief.rollen, brief.uiterlijk) == (
        "toezichtbrief",
        ("toezichthouder",),
        date(2024, 7, 22),
    )
    verzonden = LaatsteBesluit(
        "GM0307", "Amersfoort", 3, date(2024, 7, 15), date(2024, 7, 18), None
    )
    assert [w.soort for w in werk_na_besluit(verzonden)] == ["afschrift_raad"]
    klaar = LaatsteBesluit(
        "GM0307", "Amersfoort", 3, date(2024, 7, 15), date(2024, 7, 18), date(2024, 7, 19)
    )
    assert werk_na_besluit(klaar) == []
