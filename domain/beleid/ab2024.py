"""AB-2024: the trend of the achterstand decides, starting from the current trede."""

from domain.beleid.voorstel import Basis, Invoer, Uitkomst

_NAAM = "AB-2024"


def pas_toe(invoer: Invoer, basis: Basis) -> Uitkomst:
    """Apply the AB-2024 rules on the given basis (before the no-skip limit). On the
    koppelingstekort basis the shortfall against tijdig beschikbaar (a tekort) takes the
    place of the end achterstand; the achterstand itself stays on the books."""
    a0 = invoer.achterstand_begin
    if basis is Basis.KOPPELINGSTEKORT:
        assert invoer.tijdig_beschikbaar is not None
        tb, r = invoer.tijdig_beschikbaar, invoer.realisatie
        volledig = r >= tb
        a1 = max(tb - r, 0)
        eind = f"het tekort op tijdig beschikbaar ({tb} - {r} = {a1})"
        gerealiseerd = f"Realisatie {r} is ten minste het aantal tijdig beschikbaar {tb}"
    else:
        volledig = invoer.stand_eind <= 0
        a1 = max(invoer.stand_eind, 0)
        eind = f"de achterstand aan het eind ({a1})"
        gerealiseerd = (
            f"De totaalopgave {invoer.totaalopgave} is volledig gerealiseerd "
            f"(stand eind {invoer.stand_eind})"
        )
    begin = f"de achterstand bij het begin ({a0})"
    van = invoer.huidige_trede

    def uitkomst(trede: int, regel: str, uitleg: str) -> Uitkomst:
        return Uitkomst(basis, trede, f"{_NAAM}/trede-{van}/{regel}", uitleg)

    if volledig:
        return uitkomst(1, "volledig", f"{gerealiseerd}: naar trede 1.")

    if van == 1:
        if invoer.stand_begin < 0:
            return uitkomst(
                1,
                "voorsprong-bij-begin",
                f"Niet volledig gerealiseerd, met {eind}, maar de periode begon met een "
                f"voorsprong van {-invoer.stand_begin}: blijft trede 1.",
            )
        return uitkomst(
            2, "niet-volledig", f"Niet volledig gerealiseerd, met {eind}: naar trede 2."
        )

    if van == 2:
        if a1 < a0:
            return uitkomst(
                2,
                "achterstand-gedaald",
                f"Niet volledig, maar {eind} is kleiner dan {begin}: blijft trede 2.",
            )
        letterlijk = (
            " De regel geldt letterlijk: zonder achterstand bij het begin kan die niet dalen."
            if a0 == 0
            else ""
        )
        return uitkomst(
            3,
            "achterstand-niet-gedaald",
            f"Niet volledig en {eind} is niet kleiner dan {begin}: alleen de taakstelling "
            f"halen is niet genoeg, de achterstand moet dalen: naar trede 3.{letterlijk}",
        )

    if van == 3:
        if 2 * a1 <= a0:
            return uitkomst(
                2,
                "achterstand-gehalveerd",
                f"Niet volledig, maar {eind} is ten hoogste de helft van {begin}: "
                f"een daling van 50% of meer: naar trede 2.",
            )
        if a1 < a0:
            return uitkomst(
                3,
                "achterstand-minder-dan-half-gedaald",
                f"Niet volledig; {eind} is kleiner dan {begin}, maar meer dan de helft: "
                f"een daling van minder dan 50%: blijft trede 3.",
            )
        return uitkomst(
            4,
            "achterstand-niet-gedaald",
            f"Niet volledig en {eind} is niet kleiner dan {begin}: naar trede 4.",
        )

    return uitkomst(
        van,
        "termijnen-lopen",
        f"Niet volledig gerealiseerd, met {eind}: trede {van} blijft; vanaf trede 4 volgt "
        "het proces de termijnen van de vooraankondiging en het besluit, niet het "
        "halfjaarritme.",
    )
