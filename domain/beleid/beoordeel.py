"""beoordeel(invoer) -> Voorstel: choose the policy version, apply both bases, limit the step."""

from domain.beleid import ab2024, ibt2021
from domain.beleid.voorstel import Basis, Beleid, Invoer, Uitkomst, Voorstel
from domain.errors import OngeldigeInvoer
from domain.periode import Periode

EERSTE_PERIODE_AB_2024 = Periode(2024, 1)
EERSTE_PERIODE_IBT_2021 = Periode(2021, 1)


def beleid_voor(periode: Periode) -> Beleid:
    """The policy version that governs the beoordeling of this period."""
    if periode < EERSTE_PERIODE_IBT_2021:
        raise OngeldigeInvoer(
            f"periode {periode} valt voor het Beleidskader IBT 2021-2024; "
            "daarvoor kent het product geen beoordelingsregels",
            "periode",
        )
    return Beleid.AB_2024 if periode >= EERSTE_PERIODE_AB_2024 else Beleid.IBT_2021


def beoordeel(invoer: Invoer) -> Voorstel:
    """Propose a trede. Pure and deterministic: the same invoer gives the same proposal."""
    if not 1 <= invoer.huidige_trede <= 6:
        raise OngeldigeInvoer("huidige trede moet tussen 1 en 6 liggen", "huidige_trede")
    beleid = beleid_voor(Periode.parse(invoer.periode))
    regels = ibt2021.pas_toe if beleid is Beleid.IBT_2021 else ab2024.pas_toe

    op_totaalopgave = regels(invoer, Basis.TOTAALOPGAVE)
    uitkomsten: tuple[Uitkomst, ...] = (op_totaalopgave,)
    gekozen = op_totaalopgave
    if invoer.koppelingstekort:
        op_koppeling = regels(invoer, Basis.KOPPELINGSTEKORT)
        uitkomsten = (op_totaalopgave, op_koppeling)
        # A verschoonbare reden only ever makes the result milder.
        if op_koppeling.trede <= op_totaalopgave.trede:
            gekozen = op_koppeling

    uitleg = f"{beleid} ({beleid.naam}), regel {gekozen.regel}: {gekozen.uitleg}"
    if gekozen is not op_totaalopgave:
        uitleg += (
            f" Beoordeeld op koppelingstekort: tijdig beschikbaar {invoer.tijdig_beschikbaar} "
            f"was minder dan de totaalopgave {invoer.totaalopgave}."
        )
    elif invoer.koppelingstekort:
        uitleg += " Het koppelingstekort gaf geen mildere uitkomst; de totaalopgave geldt."

    trede = gekozen.trede
    begrensd = trede > invoer.huidige_trede + 1
    if begrensd:
        trede = invoer.huidige_trede + 1
        uitleg += (
            f" De regel wijst trede {gekozen.trede} aan, maar opschalen gaat één trede per "
            f"besluit: voorstel trede {trede}."
        )
    # The legal preconditions limit climbing; they never lower a trede already reached.
    if trede > invoer.huidige_trede and trede > invoer.hoogste_trede:
        trede = max(invoer.hoogste_trede, invoer.huidige_trede)
        begrensd = True
        voorwaarde = (
            "een vooraankondiging waarvan de termijn verstreken is"
            if trede == 4
            else "een overschreden termijn van het besluit tot indeplaatsstelling"
        )
        uitleg += f" Trede {trede + 1} vraagt eerst {voorwaarde}: voorstel trede {trede}."
    if invoer.verschoonbare_redenen:
        uitleg += (
            " Aanvaarde verschoonbare redenen ("
            + "; ".join(invoer.verschoonbare_redenen)
            + ") wegen mee in het oordeel van de toezichthouder; het voorstel rekent ze niet."
        )
    uitleg += " " + invoer.cijfers_in_woorden()
    return Voorstel(
        trede=trede,
        beleid=beleid,
        basis=gekozen.basis,
        regel=gekozen.regel,
        uitleg=uitleg,
        invoer=invoer,
        uitkomsten=uitkomsten,
        begrensd=begrensd,
    )
