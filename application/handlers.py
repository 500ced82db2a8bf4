"""The handler table: what each dossier command does to the loaded dossier. A handler
returns the number it made (a proposal, an excusable reason) or None. What the domain
needs besides the command (the calendar, the go-live date) comes from the Omgeving the
application was built with, never from the caller."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from application import commandos as c
from domain.bestandstype import herken
from domain.dossier import Dossier
from domain.kalender import Kalender
from domain.vastlegging import Vastlegging


@dataclass(frozen=True)
class Omgeving:
    kalender: Kalender
    in_gebruik_sinds: date | None = None


Handler = Callable[[Dossier, Any, Vastlegging, Omgeving], int | None]


def _niets(_: object) -> None:
    return None


HANDLERS: dict[type[c.Dossiercommando], Handler] = {
    c.RegistreerCijfer: lambda d, k, v, _: d.registreer_cijfer(
        k.periode, k.veld, k.waarde, v, bron=k.bron, gegenereerd=k.gegenereerd
    ),
    c.TrekCijferIn: lambda d, k, v, _: d.trek_cijfer_in(k.periode, k.veld, k.versie, v),
    c.WijzigTaakstelling: lambda d, k, v, _: d.wijzig_taakstelling(k.periode, k.soort, k.waarde, v),
    c.LegContactVast: lambda d, k, v, _: d.leg_contact_vast(
        k.soort, list(k.deelnemers), k.samenvatting, k.vertrouwelijk, v
    ),
    c.OntvangSignaal: lambda d, k, v, _: d.ontvang_signaal(k.soort, k.omschrijving, v),
    c.DienVerschoonbareRedenIn: lambda d, k, v, _: d.dien_verschoonbare_reden_in(
        k.periode, k.omschrijving, v
    ),
    c.BeoordeelVerschoonbareReden: lambda d, k, v, _: d.beoordeel_verschoonbare_reden(
        k.nummer, k.aanvaard, v
    ),
    c.Corrigeer: lambda d, k, v, _: d.corrigeer(k.versie, k.toelichting, v),
    c.StelBeoordelingVoor: lambda d, k, v, _: d.stel_beoordeling_voor(
        k.periode, v, trede=k.trede, spoed=k.spoed
    ),
    c.StelBeoordelingVast: lambda d, k, v, _: d.stel_beoordeling_vast(k.nummer, v),
    c.WijsVoorstelAf: lambda d, k, v, _: d.wijs_voorstel_af(k.nummer, v),
    c.TrekVoorstelIn: lambda d, k, v, _: d.trek_voorstel_in(k.nummer, v),
    c.NeemBeoordelingOver: lambda d, k, v, o: d.neem_beoordeling_over(
        k.periode, k.trede, k.basis, k.bron, v, o.in_gebruik_sinds
    ),
    c.VerzendToezichtbrief: lambda d, _, v, o: d.verzend_toezichtbrief(v, o.kalender),
    c.VerzendAfschriftRaad: lambda d, _, v, __: d.verzend_afschrift_raad(v),
    c.VraagBijgewerktVerbeterplan: lambda d, _, v, o: d.vraag_bijgewerkt_verbeterplan(
        v, o.kalender
    ),
    c.VoerVerbeterplangesprek: lambda d, k, v, o: d.voer_verbeterplangesprek(
        v, o.kalender, k.afgesproken_tot
    ),
    c.OntvangVerbeterplan: lambda d, _, v, __: d.ontvang_verbeterplan(v),
    c.OntvangDocument: lambda d, k, v, _: d.ontvang_document(
        k.soort,
        herken(k.inhoud, k.bestandsnaam),
        k.inhoud,
        v,
        periode=k.periode,
        kenmerk=k.kenmerk,
        als_ontvangst=k.als_ontvangst,
    ),
    c.VerstuurTussentijdsBericht: lambda d, k, v, _: d.verstuur_tussentijds_bericht(k.periode, v),
    c.VerzendVooraankondiging: lambda d, k, v, o: d.verzend_vooraankondiging(
        k.termijn_tot, v, o.kalender
    ),
    c.NeemIndeplaatsstellingsbesluit: lambda d, k, v, o: d.neem_indeplaatsstellingsbesluit(
        list(k.deelstappen), v, o.kalender
    ),
    c.EffectueerIndeplaatsstelling: lambda d, _, v, __: d.effectueer_indeplaatsstelling(v),
    c.MaakBesluitBekend: lambda d, _, v, o: d.maak_besluit_bekend(v, o.kalender),
    c.RegistreerBeroep: lambda d, _, v, __: d.registreer_beroep(v),
    c.RegistreerUitspraak: lambda d, k, v, _: d.registreer_uitspraak(
        k.uitkomst, k.instantie, k.zaaknummer, v
    ),
    c.KomTermijnNa: lambda d, k, v, _: d.kom_termijn_na(k.termijn, v),
    c.VerlengTermijn: lambda d, k, v, o: d.verleng_termijn(k.termijn, k.tot, v, o.kalender),
    # Returns whether it recorded; nothing pending afterwards means nothing to save.
    c.RegistreerTermijnVerstreken: lambda d, k, v, _: _niets(
        d.registreer_termijn_verstreken(k.termijn, k.vandaag, v)
    ),
}
