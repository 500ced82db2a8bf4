"""The web forms, declared: one entry per command with its title, its fields (label, hint,
kind of input), the request schema and command builder it shares with its JSON route, and
for an act with legal effect the consequence shown on the confirmation page. Who may use a
form is the role set of its page route in api/toegang.py, equal to that of `api_route`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from api import commandobouw as bouw
from api import schemas as s
from domain.woorden import Cijferveld, ContactSoort, SignaalSoort

Keuzes = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Veld:
    naam: str  # the schema's field ('nummer' is the path's number, not in the schema)
    label: str
    # tekst, tekstvak, getal, keuze, janee (a box), jaofnee (two radios), datum, tijdstip,
    # lijst (one per line), deelstappen (rows), nummer (which proposal or reason)
    soort: str = "tekst"
    hint: str = ""
    keuzes: Keuzes = ()
    verplicht: bool = False


@dataclass(frozen=True)
class Formulier:
    naam: str  # the address: /gemeenten/{code}/handelingen/{naam}
    titel: str
    groep: str
    schema: type[s.Commando]
    bouw: Callable[..., Any]
    api_route: str
    velden: tuple[Veld, ...]
    gelukt: str  # what the dossier page says after it was recorded
    uitleg: str = ""
    gevolg: str | None = None  # an act with legal effect: a confirmation page first
    # "voorstellen", "redenen" or "termijnen": what the `nummer` field picks from
    genummerd: str | None = None

    @property
    def route(self) -> str:
        return f"page_handeling_{self.naam.replace('-', '_')}"


def _keuzes(waarden: Any) -> Keuzes:
    return tuple((str(w), str(w)[0].upper() + str(w)[1:]) for w in waarden)


CIJFERVELDEN: Keuzes = (
    (Cijferveld.TAAKSTELLING_GEPUBLICEERD, "Taakstelling (gepubliceerd)"),
    (Cijferveld.STAND_BEGIN, "Stand begin periode"),
    (Cijferveld.REALISATIE, "Realisatie"),
    (Cijferveld.STAND_EIND, "Stand eind periode (COA)"),
    (Cijferveld.TIJDIG_BESCHIKBAAR, "Tijdig beschikbaar"),
)
PERIODE = Veld(
    "periode", "Periode", hint="Jaar en helft, bijvoorbeeld 2024-1 of 2024-II.", verplicht=True
)
WANNEER = Veld(
    "plaatsgevonden_op",
    "Wanneer gebeurde het?",
    "tijdstip",
    hint="Datum en tijd in Nederlandse tijd. Leeg laten: nu.",
)
VOORSTEL = Veld("nummer", "Voorstel", "nummer", verplicht=True)


def reden(label: str = "Reden", hint: str = "", verplicht: bool = False) -> Veld:
    return Veld("reden", label, "tekstvak", hint=hint, verplicht=verplicht)


INGRIJPEN = reden("Waarom grijpt de provincie in?", verplicht=True)


FORMULIEREN: tuple[Formulier, ...] = (
    # --- dossier ---
    Formulier(
        "contact",
        "Contact vastleggen",
        "Dossier",
        s.ContactCreate,
        bouw.contact,
        "create_contact",
        (
            Veld("soort", "Soort contact", "keuze", keuzes=_keuzes(ContactSoort), verplicht=True),
            Veld("samenvatting", "Samenvatting", "tekstvak", verplicht=True),
            Veld("deelnemers", "Deelnemers", "lijst", hint="Eén naam per regel."),
            Veld(
                "vertrouwelijk",
                "Vertrouwelijk",
                "janee",
                hint="Een lezer ziet de samenvatting en de deelnemers dan niet.",
            ),
            WANNEER,
        ),
        "Het contact is vastgelegd.",
    ),
    Formulier(
        "cijfer",
        "Cijfer registreren",
        "Dossier",
        s.CijferCreate,
        bouw.cijfer,
        "create_cijfer",
        (
            PERIODE,
            Veld("veld", "Welk cijfer", "keuze", keuzes=CIJFERVELDEN, verplicht=True),
            Veld("waarde", "Aantal personen", "getal", verplicht=True),
            Veld("bron", "Bron", hint="Bijvoorbeeld: COA-rapportage of TVS-weekstand."),
            reden("Toelichting", "Verplicht als dit een eerder cijfer verbetert."),
            WANNEER,
        ),
        "Het cijfer is geregistreerd.",
    ),
    Formulier(
        "cijfer-intrekken",
        "Cijfer intrekken",
        "Correcties",
        s.CijferIntrekking,
        bouw.cijfer_intrekking,
        "create_cijfer_intrekking",
        (
            PERIODE,
            Veld("veld", "Welk cijfer", "keuze", keuzes=CIJFERVELDEN, verplicht=True),
            Veld(
                "versie",
                "Versie van de registratie",
                "getal",
                hint="Het versienummer van de gebeurtenis op de tijdlijn.",
                verplicht=True,
            ),
            reden(verplicht=True),
        ),
        "Het cijfer is ingetrokken.",
        uitleg="Een ingetrokken cijfer telt daarna niet meer mee.",
    ),
    Formulier(
        "signaal",
        "Signaal registreren",
        "Dossier",
        s.SignaalCreate,
        bouw.signaal,
        "create_signaal",
        (
            Veld("soort", "Soort signaal", "keuze", keuzes=_keuzes(SignaalSoort), verplicht=True),
            Veld("omschrijving", "Omschrijving", "tekstvak", verplicht=True),
            reden("Toelichting"),
            WANNEER,
        ),
        "Het signaal is geregistreerd.",
        uitleg="Een signaal verandert de trede niet.",
    ),
    Formulier(
        "verschoonbare-reden",
        "Verschoonbare reden registreren",
        "Dossier",
        s.RedenCreate,
        bouw.verschoonbare_reden,
        "create_verschoonbare_reden",
        (
            PERIODE,
            Veld("omschrijving", "Wat voert de gemeente aan?", "tekstvak", verplicht=True),
            reden("Toelichting"),
        ),
        "De verschoonbare reden is geregistreerd.",
    ),
    Formulier(
        "verschoonbare-reden-beoordelen",
        "Verschoonbare reden beoordelen",
        "Dossier",
        s.RedenBeoordeling,
        bouw.reden_beoordeling,
        "assess_verschoonbare_reden",
        (
            Veld("nummer", "Verschoonbare reden", "nummer", verplicht=True),
            Veld(
                "aanvaard",
                "Oordeel",
                "jaofnee",
                keuzes=(("ja", "Aanvaard"), ("nee", "Verworpen")),
                verplicht=True,
            ),
            reden("Motivering", verplicht=True),
        ),
        "De beoordeling van de verschoonbare reden is vastgelegd.",
        genummerd="redenen",
    ),
    # --- beoordeling ---
    Formulier(
        "voorstel",
        "Beoordeling voorstellen",
        "Beoordeling",
        s.VoorstelCreate,
        bouw.voorstel,
        "create_voorstel",
        (
            Veld(
                "periode",
                "Periode",
                hint="Bijvoorbeeld 2024-1. Leeg laten voor een besluit tussen peildata.",
            ),
            Veld(
                "trede",
                "Trede",
                "keuze",
                hint="Leeg laten: de trede volgt uit de regels. Kies een trede om gemotiveerd "
                "af te wijken.",
                keuzes=(("", "Volgens de regels"),)
                + tuple((str(t), f"Trede {t}") for t in range(1, 7)),
            ),
            Veld("spoed", "Spoedeisend", "janee"),
            reden("Motivering", "Verplicht bij een afwijking van de regels."),
        ),
        "Het voorstel is voorbereid; het wacht op vaststelling door een bestuurder.",
    ),
    Formulier(
        "vaststellen",
        "Beoordeling vaststellen",
        "Beoordeling",
        s.Commando,
        bouw.vaststelling,
        "adopt_voorstel",
        (VOORSTEL, reden("Toelichting")),
        "De beoordeling is vastgesteld.",
        gevolg="De trede van de gemeente wordt die van het voorstel. Daarmee gaan de "
        "termijnen van die trede lopen.",
        genummerd="voorstellen",
    ),
    Formulier(
        "afwijzen",
        "Voorstel afwijzen",
        "Beoordeling",
        s.Commando,
        bouw.afwijzing,
        "reject_voorstel",
        (VOORSTEL, reden(verplicht=True)),
        "Het voorstel is afgewezen.",
        genummerd="voorstellen",
    ),
    Formulier(
        "voorstel-intrekken",
        "Voorstel intrekken",
        "Correcties",
        s.Commando,
        bouw.intrekking,
        "withdraw_voorstel",
        (VOORSTEL, reden(verplicht=True)),
        "Het voorstel is ingetrokken.",
        genummerd="voorstellen",
    ),
    # --- brieven en verbeterplan ---
    Formulier(
        "toezichtbrief",
        "Toezichtbrief verzonden",
        "Brieven en verbeterplan",
        s.Commando,
        bouw.toezichtbrief,
        "create_toezichtbrief",
        (reden("Toelichting"), WANNEER),
        "De verzending van de toezichtbrief is vastgelegd.",
        uitleg="Legt vast dat de toezichtbrief over de laatste beoordeling is verzonden.",
    ),
    Formulier(
        "afschrift-raad",
        "Afschrift aan de raad verzonden",
        "Brieven en verbeterplan",
        s.Commando,
        bouw.afschrift_raad,
        "create_afschrift_raad",
        (reden("Toelichting"), WANNEER),
        "Het afschrift aan de gemeenteraad is vastgelegd.",
    ),
    Formulier(
        "verbeterplangesprek",
        "Bestuurlijk gesprek over het verbeterplan",
        "Brieven en verbeterplan",
        s.GesprekCreate,
        bouw.verbeterplangesprek,
        "create_verbeterplangesprek",
        (
            Veld(
                "afgesproken_tot",
                "Afgesproken termijn voor het verbeterplan",
                "datum",
                hint="Alleen onder IBT-2021. Leeg laten: de standaardtermijn.",
            ),
            reden("Toelichting"),
            WANNEER,
        ),
        "Het gesprek is vastgelegd; de termijn voor het verbeterplan loopt.",
    ),
    Formulier(
        "verbeterplan-ontvangen",
        "Verbeterplan ontvangen",
        "Brieven en verbeterplan",
        s.Commando,
        bouw.verbeterplan_ontvangst,
        "create_verbeterplan_ontvangst",
        (reden("Toelichting"), WANNEER),
        "De ontvangst van het verbeterplan is vastgelegd.",
        uitleg="Het door het college vastgestelde verbeterplan is ontvangen.",
    ),
    Formulier(
        "verbeterplan-bijwerken",
        "Bijgewerkt verbeterplan vragen",
        "Brieven en verbeterplan",
        s.Commando,
        bouw.verbeterplan_bijwerkverzoek,
        "create_verbeterplan_bijwerkverzoek",
        (reden(), WANNEER),
        "Het verzoek om een bijgewerkt verbeterplan is vastgelegd.",
        uitleg="Trede 3 blijft; dezelfde termijnen lopen opnieuw.",
    ),
    Formulier(
        "tussentijds-bericht",
        "Tussentijds bericht verstuurd",
        "Brieven en verbeterplan",
        s.TussentijdsBerichtCreate,
        bouw.tussentijds_bericht,
        "create_tussentijds_bericht",
        (PERIODE, reden("Toelichting"), WANNEER),
        "Het tussentijds bericht is vastgelegd.",
    ),
    Formulier(
        "termijn-nagekomen",
        "Termijn nagekomen",
        "Termijnen",
        s.Commando,
        bouw.nakoming,
        "create_nakoming",
        (Veld("nummer", "Termijn", "nummer", verplicht=True), reden("Toelichting"), WANNEER),
        "Vastgelegd dat aan de termijn is voldaan.",
        genummerd="termijnen",
    ),
    Formulier(
        "termijn-verlengen",
        "Termijn verlengen",
        "Termijnen",
        s.TermijnVerlenging,
        bouw.verlenging,
        "create_verlenging",
        (
            Veld("nummer", "Termijn", "nummer", verplicht=True),
            Veld("tot", "Nieuwe laatste dag", "datum", verplicht=True),
            reden(hint="Bijvoorbeeld de aparte afspraak met de gemeente.", verplicht=True),
        ),
        "De termijn is verlengd.",
        uitleg="Bijvoorbeeld een langere termijn voor het verbeterplan, bij aparte afspraken.",
        genummerd="termijnen",
    ),
    # --- juridisch ---
    Formulier(
        "vooraankondiging",
        "Vooraankondiging verzenden",
        "Juridisch",
        s.VooraankondigingCreate,
        bouw.vooraankondiging,
        "create_vooraankondiging",
        (
            Veld(
                "termijn_tot",
                "Termijn voor de gemeente tot en met",
                "datum",
                verplicht=True,
            ),
            INGRIJPEN,
            WANNEER,
        ),
        "De vooraankondiging is vastgelegd.",
        gevolg="De gemeente gaat naar trede 4. Na de termijn kan een besluit tot "
        "indeplaatsstelling volgen.",
    ),
    Formulier(
        "besluit",
        "Besluit tot indeplaatsstelling nemen",
        "Juridisch",
        s.BesluitCreate,
        bouw.besluit,
        "create_indeplaatsstellingsbesluit",
        (
            Veld(
                "deelstappen",
                "Deelstappen van de last",
                "deelstappen",
                hint="Ten minste één deelstap, elk met een omschrijving en een termijn.",
                verplicht=True,
            ),
            INGRIJPEN,
            WANNEER,
        ),
        "Het besluit tot indeplaatsstelling is vastgelegd.",
        gevolg="De gemeente gaat naar trede 5: een last onder indeplaatsstelling met de "
        "termijnen van de deelstappen.",
    ),
    Formulier(
        "bekendmaking",
        "Besluit bekendgemaakt",
        "Juridisch",
        s.Commando,
        bouw.bekendmaking,
        "create_bekendmaking",
        (reden("Toelichting"), WANNEER),
        "De bekendmaking is vastgelegd; de beroepstermijn loopt.",
        uitleg="De beroepstermijn van zes weken begint de dag na de bekendmaking.",
    ),
    Formulier(
        "beroep",
        "Beroep registreren",
        "Juridisch",
        s.Commando,
        bouw.beroep,
        "create_beroep",
        (reden("Toelichting"), WANNEER),
        "Het beroep is geregistreerd.",
        uitleg="De gemeente stelde beroep in tegen het besluit.",
    ),
    Formulier(
        "effectuering",
        "Indeplaatsstelling effectueren",
        "Juridisch",
        s.Commando,
        bouw.effectuering,
        "create_effectuering",
        (reden("Toelichting"), WANNEER),
        "De effectuering van de indeplaatsstelling is vastgelegd.",
        gevolg="De gemeente gaat naar trede 6: de provincie voert de taak uit in plaats van "
        "de gemeente, op kosten van de gemeente.",
    ),
    # --- correcties ---
    Formulier(
        "correctie",
        "Gebeurtenis corrigeren",
        "Correcties",
        s.CorrectieCreate,
        bouw.correctie,
        "create_correctie",
        (
            Veld(
                "versie",
                "Versie van de gebeurtenis",
                "getal",
                hint="Het versienummer van de onjuiste gebeurtenis op de tijdlijn.",
                verplicht=True,
            ),
            Veld("toelichting", "Wat was onjuist?", "tekstvak", verplicht=True),
            reden(verplicht=True),
        ),
        "De correctie is vastgelegd.",
    ),
)

PER_NAAM: dict[str, Formulier] = {f.naam: f for f in FORMULIEREN}
GROEPEN = (
    "Dossier",
    "Beoordeling",
    "Brieven en verbeterplan",
    "Termijnen",
    "Juridisch",
    "Correcties",
)
