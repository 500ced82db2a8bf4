"""The columns an import file may have: one name each, and the aliases real files use.
A heading is matched without case, accents, spaces or hyphens; an unknown heading is an
error, never ignored (docs/import.md lists them)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# canonical name -> aliases (the canonical name itself always matches)
KOLOMMEN: dict[str, tuple[str, ...]] = {
    "code": ("cbs_code", "gemeentecode", "gm_code"),
    "gemeente": ("gemeentenaam", "naam"),
    "periode": ("taakstellingsperiode", "halfjaar"),
    "taakstelling": ("taakstelling_gepubliceerd", "taakstelling_circulaire"),
    "herverdeling": ("herverdeeld",),
    "verlaging": ("verlaagde_taakstelling", "taakstelling_verlaagd"),
    "stand_begin": ("beginstand", "stand_begin_periode", "achterstand_begin"),
    "realisatie": ("gehuisvest", "realisatie_tvs"),
    "stand_eind": ("eindstand", "stand_einde", "achterstand_eind"),
    "tijdig_beschikbaar": ("koppelingen", "tijdig", "beschikbaar"),
    "datum": ("peildatum", "geteld_op", "plaatsgevonden_op"),
    "bron": ("bronvermelding",),
}
CIJFERKOLOMMEN = (
    "taakstelling",
    "herverdeling",
    "verlaging",
    "stand_begin",
    "realisatie",
    "stand_eind",
    "tijdig_beschikbaar",
)
# Counts of persons: never negative. Stands and herverdeling are signed.
NIET_NEGATIEF = ("taakstelling", "verlaging", "realisatie", "tijdig_beschikbaar")
# What a circulaire publishes ahead of its period; the rest is counted in or after it.
VOORAF = ("taakstelling", "herverdeling", "verlaging")


def normaliseer(kop: str) -> str:
    tekst = unicodedata.normalize("NFKD", kop.replace("\ufeff", ""))
    tekst = "".join(t for t in tekst if not unicodedata.combining(t)).casefold()
    return re.sub(r"[^0-9a-z]+", "", tekst)  # "Stand begin", "stand-begin", "STAND_BEGIN" meet


_NAAR_KOLOM = {normaliseer(a): k for k, aliassen in KOLOMMEN.items() for a in (k, *aliassen)}


@dataclass(frozen=True)
class Kopfout:
    kolom: str
    reden: str


def herken(koppen: list[str]) -> tuple[dict[int, str], list[Kopfout]]:
    """Map each column position to its canonical name; every heading that is unknown,
    doubled or missing is an error."""
    posities: dict[int, str] = {}
    fouten: list[Kopfout] = []
    gezien: dict[str, str] = {}
    for i, kop in enumerate(koppen):
        if not kop.strip():
            fouten.append(Kopfout(f"kolom {i + 1}", "de kolom heeft geen kopnaam"))
            continue
        naam = _NAAR_KOLOM.get(normaliseer(kop))
        if naam is None:
            fouten.append(
                Kopfout(
                    kop,
                    f"onbekende kolom '{kop}'; bekende kolommen: {', '.join(KOLOMMEN)} "
                    "(zie docs/import.md voor de andere namen)",
                )
            )
        elif naam in gezien:
            fouten.append(Kopfout(kop, f"kolom '{kop}' is dezelfde als '{gezien[naam]}' ({naam})"))
        else:
            gezien[naam] = kop
            posities[i] = naam
    namen = set(posities.values())
    if not namen & {"code", "gemeente"}:
        fouten.append(Kopfout("gemeente", "een kolom code of gemeente is verplicht"))
    if "periode" not in namen:
        fouten.append(Kopfout("periode", "de kolom periode is verplicht"))
    if not namen & set(CIJFERKOLOMMEN):
        fouten.append(
            Kopfout("cijfers", f"geen enkele cijferkolom; kies uit {', '.join(CIJFERKOLOMMEN)}")
        )
    return posities, fouten
