"""The product's vocabulary of kinds: one StrEnum per choice a user makes, used by the
domain's checks and by the API's schemas alike. Values are stored in events: never
rename one. Roles are `vastlegging.Rol`, term kinds `termijnen.Soort`, policy versions
and bases `beleid.voorstel.Beleid` and `Basis`. Termijnstatus and Voorstelstatus are the
dossier's own, kept in its state and read models."""

from __future__ import annotations

from enum import StrEnum


class ContactSoort(StrEnum):
    TELEFOON = "telefoon"
    EMAIL = "e-mail"
    AMBTELIJK_TOEZICHTGESPREK = "ambtelijk toezichtgesprek"
    VOORTGANGSGESPREK = "voortgangsgesprek"
    BESTUURLIJK_OVERLEG = "bestuurlijk overleg"


class SignaalSoort(StrEnum):
    OMKOPPELING = "omkoppeling"
    STAPELGEMEENTE = "stapelgemeente"


class Cijferveld(StrEnum):
    """A figure registered per period (herverdeling is a change, not a figure)."""

    TAAKSTELLING_GEPUBLICEERD = "taakstelling_gepubliceerd"
    STAND_BEGIN = "stand_begin"
    REALISATIE = "realisatie"
    STAND_EIND = "stand_eind"
    TIJDIG_BESCHIKBAAR = "tijdig_beschikbaar"


class TaakstellingSoort(StrEnum):
    HERVERDELING = "herverdeling"  # waarde is added, signed
    VERLAGING = "verlaging"  # waarde is the new published figure


class Uitkomst(StrEnum):
    """How the court ruled on the beroep against the besluit tot indeplaatsstelling.
    Gegrond and deels gegrond annul (part of) the besluit; the others leave it standing."""

    ONGEGROND = "ongegrond"
    GEGROND = "gegrond"
    DEELS_GEGROND = "deels_gegrond"
    NIET_ONTVANKELIJK = "niet_ontvankelijk"


# The rulings that annul (part of) the besluit: it can no longer be effectuated.
VERNIETIGEND = (Uitkomst.GEGROND, Uitkomst.DEELS_GEGROND)


def waarden(soort: type[StrEnum]) -> tuple[str, ...]:
    """The allowed values in their declared order, as plain strings."""
    return tuple(str(s) for s in soort)


class Termijnstatus(StrEnum):
    """Where a term stands: open until it is met, passes unmet, or is withdrawn."""

    OPEN = "open"
    NAGEKOMEN = "nagekomen"
    VERSTREKEN = "verstreken"
    INGETROKKEN = "ingetrokken"  # a downscaling below its trede


class Voorstelstatus(StrEnum):
    """How a closed proposal was settled (an open one is in Dossier.voorstellen)."""

    VASTGESTELD = "vastgesteld"
    AFGEWEZEN = "afgewezen"
    INGETROKKEN = "ingetrokken"  # withdrawn by its preparers, or lapsed
