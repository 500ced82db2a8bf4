"""Recurring work that follows from dates and facts: beoordelingen due after a peildatum,
the mid-period message, contact cadence, and the gesprekken each period asks for.

Nothing here is recorded: the work is derived afresh from the dossiers, so it can be
neither forgotten nor opened twice. It counts only from the day the province started
using the product (an operator setting)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.beleid import Invoer, beoordeel
from domain.beleid.beoordeel import EERSTE_PERIODE_IBT_2021
from domain.cijfers import Cijfers
from domain.periode import Periode
from domain.prognose import Prognose, prognose

GESPREKKEN = ("ambtelijk toezichtgesprek", "voortgangsgesprek", "bestuurlijk overleg")
CONTACT_INTERVAL = timedelta(days=61)  # "at least once every two months"
BEOORDELING_BINNEN = timedelta(weeks=6)  # "as soon as possible": the product's target
BERICHT_BINNEN = timedelta(weeks=2)
TOEZICHT = ("toezichthouder",)


@dataclass(frozen=True)
class GemeenteFeiten:
    code: str
    naam: str
    trede: int | None
    beoordeelde_perioden: frozenset[str] = frozenset()
    contacten: tuple[tuple[date, str], ...] = ()  # (day, soort)
    tussentijdse_berichten: frozenset[str] = frozenset()  # periods


@dataclass(frozen=True)
class Werk:
    code: str
    soort: str
    omschrijving: str
    uiterlijk: date
    rollen: tuple[str, ...] = field(default=TOEZICHT)


def terugkerend_werk(g: GemeenteFeiten, vandaag: date, sinds: date) -> list[Werk]:
    werk: list[Werk] = []
    huidige = Periode.van_datum(vandaag)

    # A beoordeling after every peildatum since the start date.
    periode = max(Periode.van_datum(sinds).vorige(), EERSTE_PERIODE_IBT_2021)
    while periode.peildatum_eind <= vandaag:
        if periode.peildatum_eind >= sinds and str(periode) not in g.beoordeelde_perioden:
            werk.append(
                Werk(
                    g.code,
                    "beoordeling",
                    f"Beoordeling {periode} voor {g.naam}",
                    periode.peildatum_eind + BEOORDELING_BINNEN,
                )
            )
        periode = periode.volgende()

    # The mid-period message on 1 April / 1 October.
    moment = huidige.tussentijds_moment
    if sinds <= moment <= vandaag and str(huidige) not in g.tussentijdse_berichten:
        werk.append(
            Werk(
                g.code,
                "tussentijds_bericht",
                f"Tussentijds bericht {huidige} aan {g.naam}",
                moment + BERICHT_BINNEN,
            )
        )

    # Contact at least once every two months.
    laatste = max((dag for dag, _ in g.contacten), default=None)
    basis = max(laatste or sinds, sinds)
    if vandaag >= basis + CONTACT_INTERVAL - timedelta(days=7):
        werk.append(
            Werk(
                g.code,
                "contact",
                f"Contact met {g.naam} (elke twee maanden)",
                basis + CONTACT_INTERVAL,
            )
        )

    # At least one toezicht- or voortgangsgesprek per period; on trede 2 an ambtelijk
    # toezichtgesprek in the running period.
    in_periode = [s for dag, s in g.contacten if huidige.begin <= dag <= huidige.einde]
    if sinds <= huidige.einde and not any(s in GESPREKKEN for s in in_periode):
        werk.append(
            Werk(
                g.code,
                "gesprek",
                f"Toezicht- of voortgangsgesprek met {g.naam} in {huidige}",
                huidige.einde,
            )
        )
    if g.trede == 2 and "ambtelijk toezichtgesprek" not in in_periode:
        werk.append(
            Werk(
                g.code,
                "toezichtgesprek_trede_2",
                f"Ambtelijk toezichtgesprek met {g.naam} (trede 2) in {huidige}",
                huidige.einde,
            )
        )
    return werk


# What waits on a person once something was prepared or decided ("nothing waits unseen").
VASTSTELLEN_BINNEN = timedelta(weeks=2)  # the product's target for the bestuurder
BRIEF_BINNEN = timedelta(weeks=1)  # "as soon as possible"; AB-2024 terms run from the letter
BESTUUR = ("bestuurder",)


@dataclass(frozen=True)
class OpenVoorstel:
    code: str
    naam: str
    nummer: int
    concept_trede: int
    periode: str | None  # None: a decision between peildata
    voorbereid_op: date


def werk_voor_voorstel(v: OpenVoorstel) -> Werk:
    """Every open proposal waits for the bestuurder, whoever prepared it."""
    waarover = f"beoordeling {v.periode}" if v.periode else "tussentijds besluit"
    return Werk(
        v.code,
        "voorstel",
        f"Voorstel {v.nummer} vaststellen of afwijzen: {waarover}, trede {v.concept_trede} "
        f"voor {v.naam}",
        v.voorbereid_op + VASTSTELLEN_BINNEN,
        BESTUUR,
    )


@dataclass(frozen=True)
class LaatsteBesluit:
    """The last adopted beoordeling of a gemeente and what was sent about it."""

    code: str
    naam: str
    trede: int
    vastgesteld_op: date
    brief_op: date | None
    afschrift_op: date | None


def werk_na_besluit(b: LaatsteBesluit) -> list[Werk]:
    """After an adopted beoordeling the toezichtbrief is due, then the afschrift to the
    raad; until the letter is sent the terms it starts do not run, so it must show."""
    if b.brief_op is None:
        return [
            Werk(
                b.code,
                "toezichtbrief",
                f"Toezichtbrief aan {b.naam} over de vastgestelde trede {b.trede}; "
                "de termijnen na de beoordeling lopen pas vanaf de brief",
                b.vastgesteld_op + BRIEF_BINNEN,
            )
        ]
    if b.afschrift_op is None:
        return [
            Werk(
                b.code,
                "afschrift_raad",
                f"Afschrift van de toezichtbrief aan de gemeenteraad van {b.naam}",
                b.brief_op + BRIEF_BINNEN,
            )
        ]
    return []


@dataclass(frozen=True)
class TussentijdseStand:
    op_schema: bool | None  # None: the figures are not there yet
    opschaling_in_zicht: bool
    toelichting: str
    prognose: Prognose | None = None  # the forecast the warning rests on


def tussentijdse_stand(
    cijfers: Cijfers,
    huidige_trede: int | None,
    eerdere_reeks: int = 0,
    op: date | None = None,
) -> TussentijdseStand:
    """Op schema: at least half of the taakstelling realised. An upscaling to trede 3 or
    higher is in sight when the prognose (the pace so far extrapolated to the peildatum,
    on day `op`, by default the tussentijds moment) would have the rules propose it. A
    message sent after the peildatum reads the period's figures as they are."""
    t, s0, r = cijfers.taakstelling, cijfers.stand_begin, cijfers.realisatie
    if t is None or s0 is None or r is None or cijfers.taakstelling_gepubliceerd is None:
        return TussentijdseStand(None, False, "taakstelling, beginstand of realisatie ontbreekt")
    op_schema = 2 * r >= t
    trede = huidige_trede or 1
    verwacht = prognose(cijfers, trede, op or cijfers.periode.tussentijds_moment, eerdere_reeks)
    if verwacht is not None:
        verwachte_trede = verwacht.trede
    else:
        verwachte_trede = beoordeel(
            Invoer(
                periode=str(cijfers.periode),
                huidige_trede=trede,
                taakstelling_gepubliceerd=cijfers.taakstelling_gepubliceerd,
                taakstelling=t,
                stand_begin=s0,
                realisatie=r,
                stand_eind=t + s0 - r,
                eerdere_perioden_achterstand_ten_minste_taakstelling=eerdere_reeks,
            )
        ).trede
    in_zicht = verwachte_trede >= 3 and verwachte_trede > trede
    toelichting = f"{r} van {t} gerealiseerd ({'op' if op_schema else 'niet op'} schema)."
    if in_zicht and verwacht is not None:
        toelichting += (
            f" Bij dit tempo volgt op de peildatum {verwacht.peildatum.strftime('%d-%m-%Y')} "
            f"naar verwachting trede {verwachte_trede} (prognose, geen beoordeling)."
        )
    elif in_zicht:
        toelichting += f" Bij deze stand volgt trede {verwachte_trede}."
    return TussentijdseStand(op_schema, in_zicht, toelichting, verwacht)
