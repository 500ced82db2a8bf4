"""AB-2024: the trend of the achterstand decides, starting from the current trede."""

from domain.beleid.voorstel import Basis, Invoer, Uitkomst

_NAAM = "AB-2024"


def pas_toe(invoer: Invoer, basis: Basis) -> Uitkomst:
    """Apply the AB-2024 rules on the given basis (before the no-skip limit)."""
    a0 = invoer.achterstand_begin
    if basis is Basis.KOPPELINGSTEKORT:
        assert invoer.tijdig_beschikbaar is not None
        volledig = invoer.realisatie >= invoer.tijdig_beschikbaar
        a1 = max(invoer.tijdig_beschikbaar - invoer.realisatie, 0)
        wat = f"tekort op tijdig beschikbaar {a1}"
    else:
        volledig = invoer.stand_eind <= 0
        a1 = max(invoer.stand_eind, 0)
        wat = f"achterstand eind {a1}"
    van = invoer.huidige_trede

    def uitkomst(trede: int, regel: str, uitleg: str) -> Uitkomst:
        return Uitkomst(basis, trede, f"{_NAAM}/trede-{van}/{regel}", uitleg)

    if volledig:
        return uitkomst(1, "volledig", f"De opgave is volledig gerealiseerd ({wat}): trede 1.")

    if van == 1:
        if invoer.stand_begin < 0:
            return uitkomst(
                1,
                "voorsprong-bij-begin",
                f"Niet volledig ({wat}), maar de periode begon met een voorsprong van "
                f"{-invoer.stand_begin}: blijft trede 1.",
            )
        return uitkomst(2, "niet-volledig", f"Niet volledig gerealiseerd ({wat}): naar trede 2.")

    if van == 2:
        if a1 < a0:
            return uitkomst(
                2,
                "achterstand-gedaald",
                f"Niet volledig, maar de achterstand daalde van {a0} naar {a1}: blijft trede 2.",
            )
        return uitkomst(
            3,
            "achterstand-niet-gedaald",
            f"Niet volledig en de achterstand daalde niet (begin {a0}, {wat}): naar trede 3.",
        )

    if van == 3:
        if 2 * a1 <= a0:
            return uitkomst(
                2,
                "achterstand-gehalveerd",
                f"Niet volledig, maar de achterstand daalde met ten minste de helft "
                f"(van {a0} naar {a1}): naar trede 2.",
            )
        if a1 < a0:
            return uitkomst(
                3,
                "achterstand-minder-dan-half-gedaald",
                f"De achterstand daalde met minder dan de helft (van {a0} naar {a1}): "
                f"blijft trede 3.",
            )
        return uitkomst(
            4,
            "achterstand-niet-gedaald",
            f"De achterstand daalde niet (begin {a0}, {wat}): naar trede 4.",
        )

    return uitkomst(
        van,
        "termijnen-lopen",
        f"Niet volledig ({wat}): trede {van} blijft; het proces volgt de termijnen "
        f"van de vooraankondiging en het besluit.",
    )
