"""IBT-2021: the trede follows from the end stand compared with the published taakstelling."""

from domain.beleid.voorstel import Basis, Invoer, Uitkomst

_NAAM = "IBT-2021"


def pas_toe(invoer: Invoer, basis: Basis) -> Uitkomst:
    """Apply the IBT-2021 table on the given basis (before the no-skip limit). On the
    koppelingstekort basis the shortfall against tijdig beschikbaar (a tekort) takes the
    place of the stand at the peildatum."""
    t = invoer.taakstelling_gepubliceerd
    if basis is Basis.KOPPELINGSTEKORT:
        assert invoer.tijdig_beschikbaar is not None
        tb, r = invoer.tijdig_beschikbaar, invoer.realisatie
        achterstand = tb - r
        wat = f"het tekort op tijdig beschikbaar ({tb} - {r} = {achterstand})"
        geen = f"Geen tekort op tijdig beschikbaar ({tb} - {r} = {achterstand})"
    else:
        achterstand = invoer.stand_eind
        wat = f"de achterstand op de peildatum ({achterstand})"
        geen = f"Geen achterstand op de peildatum (stand {achterstand})"
    vergelijk = f"de gepubliceerde taakstelling {t}"
    onderwerp = wat[:1].upper() + wat[1:]

    if achterstand <= 0:
        return Uitkomst(basis, 1, f"{_NAAM}/geen-achterstand", f"{geen}: trede 1, signaleren.")
    if achterstand < t:
        return Uitkomst(
            basis,
            2,
            f"{_NAAM}/achterstand-kleiner-dan-taakstelling",
            f"{onderwerp} is kleiner dan {vergelijk}: trede 2.",
        )
    reeks = invoer.eerdere_perioden_achterstand_ten_minste_taakstelling + 1
    if reeks >= 4 and not invoer.waarschuwingstermijn_verstreken:
        return Uitkomst(
            basis,
            5,
            f"{_NAAM}/achterstand-ten-minste-taakstelling-4e-periode-termijn-loopt",
            f"{onderwerp} is voor de {reeks}e periode op rij ten minste "
            f"{vergelijk}, maar de waarschuwingstermijn is niet verstreken: trede 5.",
        )
    trede = min(2 + reeks, 6)
    return Uitkomst(
        basis,
        trede,
        f"{_NAAM}/achterstand-ten-minste-taakstelling-{min(reeks, 4)}e-periode",
        f"{onderwerp} is voor de {reeks}e periode op rij ten minste "
        f"{vergelijk}{', en de waarschuwingstermijn is verstreken' if trede == 6 else ''}: "
        f"trede {trede}.",
    )
