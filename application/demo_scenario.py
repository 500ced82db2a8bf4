"""The demo's generated scenario, on top of the real history: gemeenten climb the ladder
to trede 3, 4, 5 and 6 under AB-2024 (verbeterplan, vooraankondiging, besluit,
bekendmaking, beroep), and every gemeente gets running-period figures.

Everything here is generated, not published: figures carry `gegenereerd` and a source
saying so, every act a reason that starts with GEGENEREERD. The acts keep every ladder
guard: figures fit their period, each act is dated after what allows it, proposals are
adopted by a bestuurder, and terms lapse through the planner's own command on the day
after their last day. Dates are placed relative to `nu`, so the scenario is complete
whenever the demo is loaded (from late 2024 on)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from application import commandos as c
from application.toezicht import Toezicht
from domain.beleid.beoordeel import EERSTE_PERIODE_AB_2024
from domain.ladder import Deelstap
from domain.periode import Periode
from domain.termijnen import Soort
from domain.vastlegging import Rol, Vastlegging

NL = ZoneInfo("Europe/Amsterdam")
BRON = "Gegenereerd demoscenario (geen publicatie)"
GEGENEREERD = "Gegenereerd demoscenario"
DOELTREDEN = (1, 2, 3, 4, 5, 6)
# Days after the peildatum the climb to trede 6 needs (terms of 4 weeks, shifted past
# free days, and the acts between them), with some slack.
DUUR_KLIM = 145
T, B, J = Rol.TOEZICHTHOUDER, Rol.BESTUURDER, Rol.JURIST


def klimperiode(nu: date) -> Periode | None:
    """The latest AB-2024 period whose peildatum leaves room for the whole climb."""
    periode = Periode.van_datum(nu).vorige()
    while periode >= EERSTE_PERIODE_AB_2024:
        if periode.peildatum_eind + timedelta(days=DUUR_KLIM) <= nu:
            return periode
        periode = periode.vorige()
    return None


@dataclass
class _Gemeente:
    """One gemeente's acts, each dated on `dag` (09:00 Dutch time), recorded at `nu`."""

    app: Toezicht
    code: str
    nu: datetime

    def stempel(self, rol: Rol, dag: date, reden: str = GEGENEREERD) -> Vastlegging:
        op = datetime.combine(dag, time(9), NL)
        return Vastlegging("demo", rol, self.nu, min(op, self.nu), reden)

    def cijfers(self, periode: Periode, dag: date, **waarden: int) -> None:
        for veld, waarde in waarden.items():
            self.app.voer_uit(
                c.RegistreerCijfer(
                    code=self.code,
                    periode=periode,
                    veld=veld,
                    waarde=waarde,
                    bron=BRON,
                    gegenereerd=True,
                ),
                self.stempel(T, dag),
            )

    def beoordeel(self, periode: Periode) -> None:
        """Engine proposal, adopted by a bestuurder, letter and afschrift."""
        dag = periode.peildatum_eind + timedelta(days=10)
        nummer = self.app.voer_uit(
            c.StelBeoordelingVoor(code=self.code, periode=periode), self.stempel(T, dag)
        ).nummer
        assert nummer is not None
        self.stel_vast(nummer, dag + timedelta(days=4))
        self.brieven(dag + timedelta(days=6))

    def stel_vast(self, nummer: int, dag: date) -> None:
        self.app.voer_uit(
            c.StelBeoordelingVast(code=self.code, nummer=nummer), self.stempel(B, dag)
        )

    def brieven(self, dag: date) -> None:
        self.app.voer_uit(c.VerzendToezichtbrief(code=self.code), self.stempel(T, dag))
        self.app.voer_uit(
            c.VerzendAfschriftRaad(code=self.code), self.stempel(T, dag + timedelta(days=1))
        )

    def laat_verstrijken(self, soort: Soort) -> date:
        """The planner records the lapse the day after the term's last day; the
        proposal it makes is adopted two days later and the letter follows. Returns the
        day the next act can be dated."""
        dossier = self.app.dossier(self.code)
        termijn_id, termijn = next(iter(dossier.open_termijnen(soort).items()))
        dag = termijn.tot + timedelta(days=1)
        planner = Vastlegging("planner", Rol.SYSTEEM, self.nu, datetime.combine(dag, time(), NL))
        self.app.voer_uit(
            c.RegistreerTermijnVerstreken(code=self.code, termijn=termijn_id, vandaag=dag), planner
        )
        nummer = max(self.app.dossier(self.code).voorstellen)
        self.stel_vast(nummer, dag + timedelta(days=2))
        self.brieven(dag + timedelta(days=3))
        return dag + timedelta(days=5)


def klim(app: Toezicht, code: str, doel: int, periode: Periode, nu: datetime) -> None:
    """Generated periods from 2024-1 up to `periode`, each assessed by the engine: for
    `doel` 1 the opgave is met every time; otherwise the achterstand shrinks (trede 2
    holds), and for `doel` 3 to 6 it grows in `periode` (trede 3) and the ladder is
    climbed to `doel`."""
    g = _Gemeente(app, code, nu)
    stand = 40 + 5 * doel
    p = EERSTE_PERIODE_AB_2024
    while p <= periode:
        taakstelling = 60
        if doel == 1:  # fully realised every period: trede 1
            realisatie = taakstelling + stand + 5
        else:  # shrinking achterstand keeps trede 2; growing in `periode` gives 3
            realisatie = taakstelling + (2 if p < periode or doel == 2 else -10)
        eind = stand + taakstelling - realisatie
        g.cijfers(
            p,
            p.peildatum_eind + timedelta(days=3),
            taakstelling_gepubliceerd=taakstelling,
            stand_begin=stand,
            realisatie=realisatie,
            stand_eind=eind,
        )
        g.beoordeel(p)
        stand, p = eind, p.volgende()

    if doel < 3:
        return
    start = periode.peildatum_eind
    g.app.voer_uit(c.VoerVerbeterplangesprek(code=code), g.stempel(T, start + timedelta(days=30)))
    if doel == 3:
        g.app.voer_uit(c.OntvangVerbeterplan(code=code), g.stempel(T, start + timedelta(days=50)))
        return
    dag = g.laat_verstrijken(Soort.VERBETERPLAN)  # trede 4
    vooraankondiging_tot = dag + timedelta(weeks=4) if doel > 4 else nu.date() + timedelta(30)
    g.app.voer_uit(
        c.VerzendVooraankondiging(code=code, termijn_tot=vooraankondiging_tot),
        g.stempel(J, dag, f"{GEGENEREERD}: achterstand groeit"),
    )
    if doel == 4:
        return
    dag = g.laat_verstrijken(Soort.VOORAANKONDIGING)  # trede 5
    eerste = dag + timedelta(weeks=4) if doel == 6 else nu.date() + timedelta(days=45)
    g.app.voer_uit(
        c.NeemIndeplaatsstellingsbesluit(
            code=code,
            deelstappen=(
                Deelstap("20 woningen toegewezen aan vergunninghouders", eerste),
                Deelstap(
                    "structurele afspraken met de corporaties", nu.date() + timedelta(days=200)
                ),
            ),
        ),
        g.stempel(J, dag, f"{GEGENEREERD}: last onder termijnen"),
    )
    bekend = dag + timedelta(days=1)
    g.app.voer_uit(c.MaakBesluitBekend(code=code), g.stempel(J, bekend))
    if doel == 5:
        g.app.voer_uit(
            c.RegistreerBeroep(code=code),
            g.stempel(J, min(bekend + timedelta(days=20), nu.date())),
        )
        return
    dag = g.laat_verstrijken(Soort.DEELSTAP)  # trede 6
    g.app.voer_uit(c.EffectueerIndeplaatsstelling(code=code), g.stempel(J, dag))


def lopende_cijfers(app: Toezicht, code: str, nu: datetime, stand_begin: int | None) -> None:
    """Generated figures for the running period so far: taakstelling, beginstand,
    realisatie counted yesterday and, after the koppelingspeildatum, tijdig beschikbaar.
    Seeded by the CBS code, so a reload gives the same figures."""
    periode = Periode.van_datum(nu.date())
    geteld = nu.date() - timedelta(days=1)
    if periode < EERSTE_PERIODE_AB_2024 or geteld < periode.begin + timedelta(days=14):
        return
    rng = random.Random(code)  # noqa: S311 - demo figures, not security
    taakstelling = rng.randint(10, 90)
    begin = stand_begin if stand_begin is not None else rng.randint(-10, 40)
    deel = (geteld - periode.begin).days / (periode.peildatum_eind - periode.begin).days
    opgave = taakstelling + max(begin, 0) // 2
    realisatie = max(0, round(opgave * deel * rng.uniform(0.5, 1.3)))
    waarden = {
        "taakstelling_gepubliceerd": taakstelling,
        "stand_begin": begin,
        "realisatie": realisatie,
    }
    if geteld >= periode.tussentijds_moment and rng.random() < 0.4:
        waarden["tijdig_beschikbaar"] = realisatie + rng.randint(0, taakstelling)
    _Gemeente(app, code, nu).cijfers(periode, geteld, **waarden)


def laad_scenario(app: Toezicht, klimmers: dict[str, int], alle: list[str], nu: datetime) -> int:
    """Take each of `klimmers` (code -> trede) to its trede and give every gemeente in
    `alle` figures for the running period. Returns the last notification id."""
    periode = klimperiode(nu.date())
    standen: dict[str, int] = {}
    if periode is not None:
        for code, doel in klimmers.items():
            klim(app, code, doel, periode, nu)
            if periode.volgende() == Periode.van_datum(nu.date()):
                standen[code] = app.dossier(code).cijfers_van(periode).stand_eind or 0
    for code in alle:
        lopende_cijfers(app, code, nu, standen.get(code))
    return app.recorder.max_notification_id() or 0
