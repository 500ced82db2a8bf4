"""From a validated request body to the command: one function per command, used by its
JSON route and by its web form alike, so both accept and refuse exactly the same."""

from __future__ import annotations

from api.schemas import (
    BesluitCreate,
    CijferCreate,
    CijferIntrekking,
    Commando,
    ContactCreate,
    CorrectieCreate,
    GesprekCreate,
    RedenBeoordeling,
    RedenCreate,
    SignaalCreate,
    TaakstellingWijziging,
    TermijnVerlenging,
    TussentijdsBerichtCreate,
    UitspraakCreate,
    VooraankondigingCreate,
    VoorstelCreate,
)
from application import commandos as k
from domain.ladder import Deelstap
from domain.periode import Periode


def taakstelling_wijziging(
    code: str, body: TaakstellingWijziging, periode: str
) -> k.WijzigTaakstelling:
    return k.WijzigTaakstelling(
        code=code,
        periode=Periode.parse(periode),
        soort=body.soort,
        waarde=body.waarde,
        verwachte_versie=body.verwachte_versie,
    )


def contact(code: str, body: ContactCreate) -> k.LegContactVast:
    return k.LegContactVast(
        code=code,
        soort=body.soort,
        deelnemers=tuple(body.deelnemers),
        samenvatting=body.samenvatting,
        vertrouwelijk=body.vertrouwelijk,
        verwachte_versie=body.verwachte_versie,
    )


def cijfer(code: str, body: CijferCreate) -> k.RegistreerCijfer:
    return k.RegistreerCijfer(
        code=code,
        periode=Periode.parse(body.periode),
        veld=body.veld,
        waarde=body.waarde,
        bron=body.bron,
        verwachte_versie=body.verwachte_versie,
    )


def cijfer_intrekking(code: str, body: CijferIntrekking) -> k.TrekCijferIn:
    return k.TrekCijferIn(
        code=code,
        periode=Periode.parse(body.periode),
        veld=body.veld,
        versie=body.versie,
        verwachte_versie=body.verwachte_versie,
    )


def signaal(code: str, body: SignaalCreate) -> k.OntvangSignaal:
    return k.OntvangSignaal(
        code=code,
        soort=body.soort,
        omschrijving=body.omschrijving,
        verwachte_versie=body.verwachte_versie,
    )


def verschoonbare_reden(code: str, body: RedenCreate) -> k.DienVerschoonbareRedenIn:
    return k.DienVerschoonbareRedenIn(
        code=code,
        periode=Periode.parse(body.periode),
        omschrijving=body.omschrijving,
        verwachte_versie=body.verwachte_versie,
    )


def reden_beoordeling(
    code: str, body: RedenBeoordeling, nummer: int
) -> k.BeoordeelVerschoonbareReden:
    return k.BeoordeelVerschoonbareReden(
        code=code, nummer=nummer, aanvaard=body.aanvaard, verwachte_versie=body.verwachte_versie
    )


def correctie(code: str, body: CorrectieCreate) -> k.Corrigeer:
    return k.Corrigeer(
        code=code,
        versie=body.versie,
        toelichting=body.toelichting,
        verwachte_versie=body.verwachte_versie,
    )


def voorstel(code: str, body: VoorstelCreate) -> k.StelBeoordelingVoor:
    return k.StelBeoordelingVoor(
        code=code,
        periode=Periode.parse(body.periode) if body.periode else None,
        trede=body.trede,
        spoed=body.spoed,
        verwachte_versie=body.verwachte_versie,
    )


def vaststelling(code: str, body: Commando, nummer: int) -> k.StelBeoordelingVast:
    return k.StelBeoordelingVast(code=code, nummer=nummer, verwachte_versie=body.verwachte_versie)


def afwijzing(code: str, body: Commando, nummer: int) -> k.WijsVoorstelAf:
    return k.WijsVoorstelAf(code=code, nummer=nummer, verwachte_versie=body.verwachte_versie)


def intrekking(code: str, body: Commando, nummer: int) -> k.TrekVoorstelIn:
    return k.TrekVoorstelIn(code=code, nummer=nummer, verwachte_versie=body.verwachte_versie)


def toezichtbrief(code: str, body: Commando) -> k.VerzendToezichtbrief:
    return k.VerzendToezichtbrief(code=code, verwachte_versie=body.verwachte_versie)


def afschrift_raad(code: str, body: Commando) -> k.VerzendAfschriftRaad:
    return k.VerzendAfschriftRaad(code=code, verwachte_versie=body.verwachte_versie)


def verbeterplangesprek(code: str, body: GesprekCreate) -> k.VoerVerbeterplangesprek:
    return k.VoerVerbeterplangesprek(
        code=code, afgesproken_tot=body.afgesproken_tot, verwachte_versie=body.verwachte_versie
    )


def verbeterplan_ontvangst(code: str, body: Commando) -> k.OntvangVerbeterplan:
    return k.OntvangVerbeterplan(code=code, verwachte_versie=body.verwachte_versie)


def verbeterplan_bijwerkverzoek(code: str, body: Commando) -> k.VraagBijgewerktVerbeterplan:
    return k.VraagBijgewerktVerbeterplan(code=code, verwachte_versie=body.verwachte_versie)


def tussentijds_bericht(code: str, body: TussentijdsBerichtCreate) -> k.VerstuurTussentijdsBericht:
    return k.VerstuurTussentijdsBericht(
        code=code, periode=Periode.parse(body.periode), verwachte_versie=body.verwachte_versie
    )


def vooraankondiging(code: str, body: VooraankondigingCreate) -> k.VerzendVooraankondiging:
    return k.VerzendVooraankondiging(
        code=code, termijn_tot=body.termijn_tot, verwachte_versie=body.verwachte_versie
    )


def besluit(code: str, body: BesluitCreate) -> k.NeemIndeplaatsstellingsbesluit:
    stappen = tuple(Deelstap(s.omschrijving, s.termijn_tot) for s in body.deelstappen)
    return k.NeemIndeplaatsstellingsbesluit(
        code=code, deelstappen=stappen, verwachte_versie=body.verwachte_versie
    )


def effectuering(code: str, body: Commando) -> k.EffectueerIndeplaatsstelling:
    return k.EffectueerIndeplaatsstelling(code=code, verwachte_versie=body.verwachte_versie)


def bekendmaking(code: str, body: Commando) -> k.MaakBesluitBekend:
    return k.MaakBesluitBekend(code=code, verwachte_versie=body.verwachte_versie)


def beroep(code: str, body: Commando) -> k.RegistreerBeroep:
    return k.RegistreerBeroep(code=code, verwachte_versie=body.verwachte_versie)


def uitspraak(code: str, body: UitspraakCreate) -> k.RegistreerUitspraak:
    return k.RegistreerUitspraak(
        code=code,
        uitkomst=body.uitkomst,
        instantie=body.instantie,
        zaaknummer=body.zaaknummer,
        verwachte_versie=body.verwachte_versie,
    )


def nakoming(code: str, body: Commando, termijn: str) -> k.KomTermijnNa:
    return k.KomTermijnNa(code=code, termijn=termijn, verwachte_versie=body.verwachte_versie)


def verlenging(code: str, body: TermijnVerlenging, termijn: str) -> k.VerlengTermijn:
    return k.VerlengTermijn(
        code=code, termijn=termijn, tot=body.tot, verwachte_versie=body.verwachte_versie
    )
