"""IBT-2021: the trede follows from the end stand compared with the published taakstelling."""

from domain.beleid.voorstel import Basis, Invoer, Uitkomst

_NAAM = "IBT-2021"


def pas_toe(invoer: Invoer, basis: Basis) -> Uitkomst:
    """Apply the IBT-2021 table on the given basis (before the no-skip limit)."""
    t = invoer.taakstelling_gepubliceerd
    if basis is Basis.KOPPELINGSTEKORT:
        assert invoer.tijdig_beschikbaar is not None
        achterstand = invoer.tijdig_beschikbaar - invoer.realisatie
        wat = f"tekort op tijdig beschikbaar ({invoer.tijdig_beschikbaar} - {invoer.realisatie})"
    else:
        achterstand = invoer.stand_eind
        wat = "stand op de peildatum"

    if achterstand <= 0:
        return Uitkomst(
            basis,
            1,
            f"{_NAAM}/geen-achterstand",
            f"Geen achterstand ({wat}: {achterstand}): trede 1, signaleren.",
        )
    if achterstand < t:
        return Uitkomst(
            basis,
            2,
            f"{_NAAM}/achterstand-kleiner-dan-taakstelling",
            f"Achterstand {achterstand} ({wat}) is kleiner dan de taakstelling {t}: trede 2.",
        )
    reeks = invoer.eerdere_perioden_achterstand_ten_minste_taakstelling + 1
    if reeks >= 4 and not invoer.waarschuwingstermijn_verstreken:
        return Uitkomst(
            basis,
            5,
            f"{_NAAM}/achterstand-ten-minste-taakstelling-4e-periode-termijn-loopt",
            f"Achterstand {achterstand} ({wat}) is voor de {reeks}e periode op rij ten minste "
            f"de taakstelling {t}, maar de waarschuwingstermijn is niet verstreken: trede 5.",
        )
    trede = min(2 + reeks, 6)
    return Uitkomst(
        basis,
        trede,
        f"{_NAAM}/achterstand-ten-minste-taakstelling-{min(reeks, 4)}e-periode",
        f"Achterstand {achterstand} ({wat}) is voor de {reeks}e periode op rij ten minste "
        f"de taakstelling {t}: trede {trede}.",
    )
