"""The demo data set, built from the public Utrecht figures in data/utrecht/.

Published treden enter as decisions taken over from publication, naming their source.
Gemeente Utrecht's 2022-1 figures (published) are assessed by the engine under IBT-2021.
On top of that a generated scenario (application/demo_scenario.py) shows every trede.
For another province the demo registers its gemeenten and runs the generated scenario."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from application import commandos as c
from application.demo_scenario import DOELTREDEN, laad_scenario
from application.provincies import gemeenten_van, provincie_naam
from application.toezicht import Toezicht
from domain.periode import Periode
from domain.validatie import BRIEFSOORTEN
from domain.vastlegging import Rol, Vastlegging

DATA = Path(__file__).resolve().parents[1] / "data" / "utrecht"
NL = ZoneInfo("Europe/Amsterdam")
BRON_TREDEN = {
    "2022-2": "Voortgangsrapportage huisvesting vergunninghouders 2022-2/2023-1, provincie Utrecht",
    "2023-1": "Voortgangsrapportage huisvesting vergunninghouders 2022-2/2023-1, provincie Utrecht",
    "2023-2": "Voortgangsrapportage huisvesting vergunninghouders tweede helft 2023, provincie Utrecht",
}
BRON_UTRECHT = "Toezichtbrief 2022-1 aan gemeente Utrecht (22-09-2022) en gespreksnotities"


def _rijen(naam: str) -> list[dict[str, str]]:
    with (DATA / naam).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def laad_demo(
    app: Toezicht,
    nu: datetime,
    voortgang: Callable[[int], None] | None = None,
    provincie: str = "Utrecht",
) -> int:
    """Load the demo for `provincie`; returns the last notification id."""
    # The letters need a signer: one mandate for every kind, from before the history.
    app.verleen_mandaat(
        "M. de Vries",
        "gedeputeerde Wonen, namens Gedeputeerde Staten",
        list(BRIEFSOORTEN),
        date(2020, 1, 1),
        None,
        Vastlegging("demo", Rol.BEHEERDER, nu, nu),
    )
    if provincie_naam(provincie) != "Utrecht":
        codes = []
        for g in gemeenten_van(provincie):
            app.voer_uit(
                c.RegistreerGemeente(code=g["code"], naam=g["naam"], provincie=g["provincie"]),
                Vastlegging("demo", Rol.BEHEERDER, nu, nu),
            )
            codes.append(g["code"])
            if voortgang:
                voortgang(1)
        # A new province has no published treden: six gemeenten show trede 1 to 6.
        return laad_scenario(app, dict(zip(codes, DOELTREDEN, strict=False)), codes, nu)
    laatste = _laad_utrecht(app, nu, voortgang)
    # Four gemeenten the publication of 2023-2 put on trede 2 climb to trede 3, 4, 5, 6.
    klimmers = [
        r["code"]
        for r in _rijen("treden.csv")
        if r["periode"] == "2023-2" and r["trede"] == "2" and r["code"] != "GM0344"
    ]
    doelen = dict(zip(klimmers, (3, 4, 5, 6), strict=False))
    codes = [r["code"] for r in _rijen("gemeenten.csv")]
    return laad_scenario(app, doelen, codes, nu) or laatste


def _laad_utrecht(app: Toezicht, nu: datetime, voortgang: Callable[[int], None] | None) -> int:
    """The real history: gemeenten, published treden, Utrecht's own 2022 figures."""

    def stempel(rol: Rol, op: datetime, reden: str | None = None) -> Vastlegging:
        return Vastlegging("demo", rol, nu, min(op, nu), reden)

    def voer_uit(commando: c.Dossiercommando, vastlegging: Vastlegging) -> int:
        notificatie = app.voer_uit(commando, vastlegging).notificatie
        if notificatie is None:  # every demo command records an event
            raise RuntimeError(f"demo: {type(commando).__name__} legde niets vast")
        return notificatie

    laatste = 0
    gemeenten = _rijen("gemeenten.csv")
    for rij in gemeenten:
        laatste = voer_uit(
            c.RegistreerGemeente(code=rij["code"], naam=rij["naam"], provincie=rij["provincie"]),
            stempel(Rol.BEHEERDER, nu),
        )
        if voortgang:
            voortgang(1)

    # Gemeente Utrecht: 2021-2 taken over, 2022-1 assessed by the engine from published figures.
    utrecht = {r["periode"]: r for r in _rijen("gemeente_utrecht.csv")}
    p21 = Periode(2021, 2)
    laatste = voer_uit(
        c.NeemBeoordelingOver(
            code="GM0344",
            periode=p21,
            trede=int(utrecht["2021-2"]["trede_na_beoordeling"]),
            bron="Gespreksnotitie 20-01-2022",
        ),
        stempel(Rol.BEHEERDER, datetime.fromisoformat("2022-01-20T12:00:00+01:00")),
    )
    p = Periode(2022, 1)
    rij = utrecht["2022-1"]
    peil = datetime.fromisoformat("2022-07-01T09:00:00+02:00")
    for veld, kolom in (
        ("taakstelling_gepubliceerd", "taakstelling"),
        ("stand_begin", "stand_begin"),
        ("realisatie", "realisatie"),
        ("stand_eind", "stand_eind"),
    ):
        laatste = voer_uit(
            c.RegistreerCijfer(
                code="GM0344", periode=p, veld=veld, waarde=int(rij[kolom]), bron=BRON_UTRECHT
            ),
            stempel(Rol.TOEZICHTHOUDER, peil),
        )
    laatste = voer_uit(
        c.WijzigTaakstelling(
            code="GM0344", periode=p, soort="herverdeling", waarde=int(rij["herverdeling"])
        ),
        stempel(Rol.TOEZICHTHOUDER, peil, "Herverdeling binnen de regio"),
    )
    voorbereid = datetime.fromisoformat("2022-09-01T10:00:00+02:00")
    voorstel = app.voer_uit(
        c.StelBeoordelingVoor(code="GM0344", periode=p), stempel(Rol.TOEZICHTHOUDER, voorbereid)
    )
    laatste = voer_uit(
        c.StelBeoordelingVast(code="GM0344", nummer=voorstel.nummer or 0),
        stempel(Rol.BESTUURDER, voorbereid + timedelta(days=20)),
    )
    utrecht_2022_2 = utrecht["2022-2"]
    for veld, kolom in (("taakstelling_gepubliceerd", "taakstelling"), ("stand_begin",) * 2):
        laatste = voer_uit(
            c.RegistreerCijfer(
                code="GM0344",
                periode=Periode(2022, 2),
                veld=veld,
                waarde=int(utrecht_2022_2[kolom]),
                bron=BRON_UTRECHT,
            ),
            stempel(Rol.TOEZICHTHOUDER, peil),
        )

    for rij in _rijen("treden.csv"):
        periode = Periode.parse(rij["periode"])
        # The publication date is not in the data: record it as two months after the peildatum.
        moment = datetime.combine(
            periode.peildatum_eind + timedelta(days=60), datetime.min.time(), NL
        )
        laatste = voer_uit(
            c.NeemBeoordelingOver(
                code=rij["code"],
                periode=periode,
                trede=int(rij["trede"]),
                basis=rij["basis"] or None,
                bron=BRON_TREDEN[rij["periode"]],
            ),
            stempel(Rol.BEHEERDER, moment),
        )
        if voortgang:
            voortgang(1)
    return laatste
