"""Rows to commands: every row is checked (gemeente, period, date, counts, duplicates,
future periods) and its figures compared with the dossier. Only what differs becomes a
command, run at once on the loaded dossier so later rows and the proposals see it; a
figure that is already registered with another value is a correction whose reason is
the file. Nothing is saved here (application/importeren/uitvoeren.py does that)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from application.commandos import Dossiercommando, RegistreerCijfer, WijzigTaakstelling
from application.importeren import waarden
from application.importeren.gemeentenamen import Gemeentenamen
from application.importeren.herindeling import Herindeling
from application.importeren.kolommen import CIJFERKOLOMMEN, NIET_NEGATIEF, VOORAF
from application.importeren.lezen import Cel
from application.importeren.rapport import Gebeurtenisregel, Rapport, Weigering
from domain.dossier import Dossier
from domain.dossier.toestand import Cijferstand
from domain.errors import DomainError, NietGevonden
from domain.periode import Periode
from domain.vastlegging import Vastlegging

NL = ZoneInfo("Europe/Amsterdam")
# The file's columns in the order their commands run, and the figure each one sets.
_VELDEN = {
    "stand_begin": "stand_begin",
    "realisatie": "realisatie",
    "stand_eind": "stand_eind",
    "tijdig_beschikbaar": "tijdig_beschikbaar",
}


def _dag(d: date) -> str:
    return d.strftime("%d-%m-%Y")


class Importplan:
    def __init__(
        self,
        laad: Callable[[str], Dossier],
        voer_uit: Callable[[Dossier, Dossiercommando, Vastlegging], None],
        namen: Gemeentenamen,
        herindeling: Herindeling,
        wie: Vastlegging,
        rapport: Rapport,
        bij_eerste: Callable[[Dossier, Periode], None] = lambda _d, _p: None,
    ) -> None:
        """`bij_eerste` sees each (dossier, period) the file touches, before its first
        change: where the dry run takes the proposal as it was."""
        self._laad, self._voer_uit, self._bij_eerste = laad, voer_uit, bij_eerste
        self.namen, self.herindeling, self.wie, self.rapport = namen, herindeling, wie, rapport
        self.vandaag = wie.geregistreerd_op.astimezone(NL).date()
        self.reden = f"import van {rapport.bestand} (SHA-256 {rapport.sha256})"
        self.dossiers: dict[str, Dossier | None] = {}
        self.geraakt: dict[tuple[str, str], None] = {}  # (code, periode), in file order
        self._gezien: dict[tuple[str, str, str], tuple[int, int]] = {}  # -> (rij, waarde)

    # --- one row ---------------------------------------------------------------------

    def rij(self, nummer: int, cellen: dict[str, Cel], extra: bool) -> None:
        fouten: list[Weigering] = []

        def fout(kolom: str, reden: str) -> None:
            fouten.append(Weigering(nummer, kolom, reden))

        if extra:
            fout("(zonder kop)", "de rij heeft waarden in een kolom zonder kopnaam")
        code = self._gemeente(cellen, fout)
        periode = self._lees(cellen, "periode", waarden.periode, fout, verplicht=True)
        datum = self._lees(cellen, "datum", waarden.datum, fout)
        cijfers: dict[str, int] = {}
        for kolom in CIJFERKOLOMMEN:
            if cellen.get(kolom) is not None:
                getal = self._lees(
                    cellen,
                    kolom,
                    partial(waarden.geheel, niet_negatief=kolom in NIET_NEGATIEF),
                    fout,
                )
                if getal is not None:
                    cijfers[kolom] = getal
        if not cijfers and not any(f.kolom in CIJFERKOLOMMEN for f in fouten):
            fout("cijfers", "de rij heeft geen enkel cijfer")
        if periode is not None:
            self._controleer_tijd(periode, datum, cijfers, fout)
        if fouten or code is None or periode is None:
            self.rapport.weigeringen.extend(fouten)
            return
        doel = self.herindeling.code_voor(code, periode)
        if doel != code:
            self.rapport.herindelingen.append(
                f"rij {nummer}: {code} valt door herindeling onder {doel}"
            )
        self._dubbel(nummer, doel, periode, cijfers, fout)
        dossier = self._dossier(doel, fout) if not fouten else None
        if dossier is None:
            self.rapport.weigeringen.extend(fouten)
            return
        if (doel, str(periode)) not in self.geraakt:
            self.geraakt[(doel, str(periode))] = None
            self._bij_eerste(dossier, periode)
        vastlegging = replace(
            self.wie, plaatsgevonden_op=self._moment(periode, datum), reden=self.reden
        )
        bron = str(cellen["bron"]).strip() if cellen.get("bron") is not None else None
        self._figuren(nummer, dossier, periode, cijfers, vastlegging, bron, fout)
        self.rapport.weigeringen.extend(fouten)

    # --- reading and checking ---------------------------------------------------------

    def _lees(
        self,
        cellen: dict[str, Cel],
        kolom: str,
        lezer: Callable[[Cel], Any],
        fout: Callable[[str, str], None],
        verplicht: bool = False,
    ) -> Any:
        cel = cellen.get(kolom)
        if cel is None:
            if verplicht:
                fout(kolom, f"{kolom} ontbreekt")
            return None
        try:
            return lezer(cel)
        except waarden.Celfout as reden:
            fout(kolom, str(reden))
            return None

    def _gemeente(self, cellen: dict[str, Cel], fout: Callable[[str, str], None]) -> str | None:
        gevonden: dict[str, str] = {}
        for kolom in ("code", "gemeente"):
            if cellen.get(kolom) is None:
                continue
            tekst = str(cellen[kolom]).strip()
            code = self.namen.zoek(tekst)
            if code is None:
                fout(kolom, f"'{tekst}' is geen bekende gemeente (CBS-code of naam)")
                return None
            gevonden[kolom] = code
        if not gevonden:
            fout("gemeente", "code of gemeente ontbreekt")
            return None
        if len(set(gevonden.values())) > 1:
            fout(
                "gemeente",
                f"code {gevonden['code']} en naam '{cellen['gemeente']}' "
                f"({gevonden['gemeente']}) horen bij verschillende gemeenten",
            )
            return None
        return next(iter(gevonden.values()))

    def _controleer_tijd(
        self,
        periode: Periode,
        datum: date | None,
        cijfers: dict[str, int],
        fout: Callable[[str, str], None],
    ) -> None:
        if periode.begin > self.vandaag:
            for kolom in cijfers:
                if kolom not in VOORAF:
                    fout(
                        kolom,
                        f"{kolom} voor {periode}: die periode begint pas op "
                        f"{_dag(periode.begin)}; vooraf gaan alleen taakstelling, "
                        "herverdeling en verlaging",
                    )
        if datum is None:
            return
        if datum > self.vandaag:
            fout("datum", f"datum {_dag(datum)} ligt in de toekomst")
        elif datum > periode.peildatum_eind or (
            datum < periode.begin and any(k not in VOORAF for k in cijfers)
        ):
            fout(
                "datum",
                f"datum {_dag(datum)} ligt buiten de periode {periode} "
                f"({_dag(periode.begin)} tot en met de peildatum {_dag(periode.peildatum_eind)})",
            )

    def _dubbel(
        self,
        nummer: int,
        code: str,
        periode: Periode,
        cijfers: dict[str, int],
        fout: Callable[[str, str], None],
    ) -> None:
        """The same figure twice with the same value is once; with another value, refused."""
        for kolom, waarde in cijfers.items():
            eerder = self._gezien.setdefault((code, str(periode), kolom), (nummer, waarde))
            if eerder[1] != waarde:
                fout(
                    kolom,
                    f"dubbele rij: rij {eerder[0]} geeft {kolom} voor {code} {periode} al als "
                    f"{eerder[1]}, deze rij als {waarde}",
                )

    def _dossier(self, code: str, fout: Callable[[str, str], None]) -> Dossier | None:
        if code not in self.dossiers:
            try:
                self.dossiers[code] = self._laad(code)
            except NietGevonden:
                self.dossiers[code] = None
        dossier = self.dossiers[code]
        if dossier is None:
            naam = self.namen.namen.get(code, "")
            fout(
                "gemeente", f"gemeente {code} {naam} is (nog) niet geregistreerd".replace("  ", " ")
            )
        return dossier

    def _moment(self, periode: Periode, datum: date | None) -> datetime:
        """When the row's figures happened: its datum, else the end peildatum, else (the
        period still running or ahead) now."""
        nu = self.wie.geregistreerd_op
        dag = datum or periode.peildatum_eind
        moment = datetime.combine(dag, time(0), tzinfo=NL)
        return min(moment, nu)

    # --- figures to commands ----------------------------------------------------------

    def _figuren(
        self,
        nummer: int,
        dossier: Dossier,
        periode: Periode,
        cijfers: dict[str, int],
        vastlegging: Vastlegging,
        bron: str | None,
        fout: Callable[[str, str], None],
    ) -> None:
        def huidig() -> Cijferstand:
            return dossier.cijfers.get(str(periode)) or Cijferstand()

        def doe(
            kolom: str, commando: Dossiercommando, veld: str, oud: int | None, nieuw: int
        ) -> bool:
            voor = len(dossier.pending_events)
            try:
                self._voer_uit(dossier, commando, vastlegging)
            except DomainError as reden:
                fout(kolom, reden.bericht)
                return False
            for gebeurtenis in dossier.pending_events[voor:]:
                self.rapport.gebeurtenissen.append(
                    Gebeurtenisregel(
                        nummer,
                        dossier.code,
                        dossier.naam,
                        str(periode),
                        type(gebeurtenis).__name__,
                        veld,
                        oud,
                        nieuw,
                        _omschrijving(gebeurtenis, oud),
                    )
                )
            return True

        code = dossier.code
        taakstelling, verlaging = cijfers.get("taakstelling"), cijfers.get("verlaging")
        gepubliceerd = huidig().taakstelling_gepubliceerd
        if verlaging is not None and taakstelling is None and gepubliceerd is None:
            fout(
                "verlaging",
                "een verlaging vraagt de oorspronkelijke taakstelling in kolom taakstelling",
            )
            return
        doelwaarde = verlaging if verlaging is not None else taakstelling
        if taakstelling is not None and gepubliceerd is None:
            registreer = RegistreerCijfer(
                code=code,
                periode=periode,
                veld="taakstelling_gepubliceerd",
                waarde=taakstelling,
                bron=bron,
            )
            if not doe("taakstelling", registreer, "taakstelling_gepubliceerd", None, taakstelling):
                return
            gepubliceerd = taakstelling
        if doelwaarde is not None and gepubliceerd is not None and doelwaarde != gepubliceerd:
            if verlaging is not None and verlaging < gepubliceerd:
                commando: Dossiercommando = WijzigTaakstelling(
                    code=code, periode=periode, soort="verlaging", waarde=verlaging
                )
                kolom = "verlaging"
            else:
                commando = RegistreerCijfer(
                    code=code,
                    periode=periode,
                    veld="taakstelling_gepubliceerd",
                    waarde=doelwaarde,
                    bron=bron,
                )
                kolom = "verlaging" if verlaging is not None else "taakstelling"
            if not doe(kolom, commando, "taakstelling_gepubliceerd", gepubliceerd, doelwaarde):
                return
        herverdeling = cijfers.get("herverdeling")
        if herverdeling is not None and herverdeling != huidig().herverdeling:
            oud = huidig().herverdeling
            wijziging = WijzigTaakstelling(
                code=code, periode=periode, soort="herverdeling", waarde=herverdeling - oud
            )
            if not doe("herverdeling", wijziging, "herverdeling", oud, herverdeling):
                return
        for kolom, veld in _VELDEN.items():
            waarde = cijfers.get(kolom)
            if waarde is None or huidig().waarde(veld) == waarde:
                continue
            vorig = huidig().waarde(veld)
            cijfer = RegistreerCijfer(
                code=code, periode=periode, veld=veld, waarde=waarde, bron=bron
            )
            if not doe(kolom, cijfer, veld, vorig, waarde):
                return


def _omschrijving(gebeurtenis: Any, oud: int | None) -> str:
    naam = type(gebeurtenis).__name__
    if naam == "CijferGeregistreerd":
        if oud is None:
            return f"{gebeurtenis.veld} {gebeurtenis.waarde} geregistreerd"
        return f"{gebeurtenis.veld} gecorrigeerd: {oud} → {gebeurtenis.waarde}"
    if naam == "TaakstellingGewijzigd":
        if gebeurtenis.soort == "herverdeling":
            return (
                f"herverdeling {gebeurtenis.waarde:+d} (totaal {oud} → {oud + gebeurtenis.waarde})"
            )
        return f"taakstelling verlaagd: {oud} → {gebeurtenis.waarde}"
    return naam
