"""The read tables. They are disposable: a rebuild recreates them from the event log."""

from sqlalchemy import JSON, Boolean, Column, Integer, MetaData, String, Table, Text

metadata = MetaData()

gemeenten = Table(
    "rm_gemeenten",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("dossier_id", String(36), nullable=False, unique=True),
    Column("naam", String(200), nullable=False),
    Column("provincie", String(100), nullable=False),
    Column("voortgezet_van", JSON, nullable=False),  # herindeling: the merged gemeenten
    Column("voortgezet_door", String(6)),  # herindeling: the gemeente that carries on
    Column("trede", Integer),
    Column("trede_sinds", String(32)),
    Column("versie", Integer, nullable=False),
    Column("laatste_contact", String(32)),
    Column("open_voorstellen", Integer, nullable=False),
)

perioden = Table(
    "rm_perioden",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("periode", String(6), primary_key=True),
    Column("taakstelling_gepubliceerd", Integer),
    Column("herverdeling", Integer, nullable=False),
    Column("stand_begin", Integer),
    Column("realisatie", Integer),
    Column("realisatie_op", String(32)),  # plaatsgevonden_op of the counting realisatie
    Column("stand_eind", Integer),
    Column("tijdig_beschikbaar", Integer),
    Column("gegenereerd", Boolean, nullable=False),
)

voorstellen = Table(
    "rm_voorstellen",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("nummer", Integer, primary_key=True),
    Column("periode", String(6)),
    Column("beleid", String(16), nullable=False),
    Column("concept_trede", Integer, nullable=False),
    Column("voorstel", JSON),
    Column("spoed", Boolean, nullable=False),
    Column("motivering", Text),
    Column("voorbereid_door", String(64), nullable=False),
    Column("voorbereid_op", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # open, vastgesteld, afgewezen, ingetrokken
    # Who closed it, when, and why (the reason of a rejection or withdrawal).
    Column("afgehandeld_door", String(64)),
    Column("afgehandeld_op", String(32)),
    Column("afgehandeld_reden", Text),
)

beoordelingen = Table(
    "rm_beoordelingen",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("versie", Integer, primary_key=True),
    Column("periode", String(6)),
    Column("trede", Integer, nullable=False),
    Column("vorige_trede", Integer),
    Column("beleid", String(16)),
    Column("regel", String(120)),
    Column("basis", String(20)),
    Column("uitleg", Text),
    Column("invoer", JSON),
    Column("uitkomsten", JSON),
    Column("voorgestelde_trede", Integer),
    Column("afwijking", Boolean, nullable=False),
    Column("motivering", Text),
    Column("spoed", Boolean, nullable=False),
    Column("overgenomen", Boolean, nullable=False),
    Column("bron", Text),
    Column("voorbereid_door", String(64)),
    Column("vastgesteld_door", String(64), nullable=False),
    Column("vastgesteld_rol", String(20), nullable=False),
    Column("vastgesteld_op", String(32), nullable=False),
    Column("geregistreerd_op", String(32), nullable=False),
    Column("brief_verzonden_op", String(32)),  # the toezichtbrief announcing it
    Column("afschrift_verzonden_op", String(32)),  # its copy to the gemeenteraad
)

tijdlijn = Table(
    "rm_tijdlijn",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("versie", Integer, primary_key=True),
    Column("notificatie", Integer, nullable=False),
    Column("soort", String(60), nullable=False),
    Column("omschrijving", Text, nullable=False),
    Column("gebruiker", String(64), nullable=False),
    Column("rol", String(20), nullable=False),
    Column("geregistreerd_op", String(32), nullable=False),
    Column("plaatsgevonden_op", String(32), nullable=False),
    Column("reden", Text),
    Column("vertrouwelijk", Boolean, nullable=False),
    Column("gegevens", JSON, nullable=False),
)

termijnen = Table(
    "rm_termijnen",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("termijn", String(20), primary_key=True),  # "<version of start event>.<n>"
    Column("soort", String(40), nullable=False),
    Column("omschrijving", Text, nullable=False),
    Column("trede", Integer, nullable=False),
    Column("start", String(10), nullable=False),
    Column("tot", String(10), nullable=False),  # last day on which the duty can be met
    Column("tot_opgegeven", String(10)),  # as set, before the Algemene termijnenwet moved it
    Column("verschoven_reden", Text),  # why it moved, in Dutch; None: not moved (or unknown)
    Column("status", String(16), nullable=False),  # open, nagekomen, verstreken, ingetrokken
    Column("verlengd", Boolean, nullable=False),
    Column("afgesloten_op", String(32)),
)

brieven = Table(
    "rm_brieven",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("kenmerk", String(40), primary_key=True),
    Column("versie", Integer, nullable=False),  # of the BriefVerzonden event
    Column("soort", String(40), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("grootte", Integer, nullable=False),
    Column("corrigeert", String(40)),  # kenmerk of the letter this one corrects
    Column("verzonden_op", String(32), nullable=False),
    Column("verzonden_door", String(64), nullable=False),
)

briefdocumenten = Table(
    "rm_briefdocumenten",
    metadata,
    Column("kenmerk", String(40), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("inhoud", Text, nullable=False),  # base64, as in the event that stored it
)

documenten = Table(
    "rm_documenten",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("nummer", Integer, primary_key=True),  # version of the DocumentOntvangen event
    Column("soort", String(40), nullable=False),
    Column("bestandsnaam", String(200), nullable=False),
    Column("mediatype", String(100), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("grootte", Integer, nullable=False),
    Column("termijn", String(16)),  # the term it answers
    Column("periode", String(8)),  # the period bewijs counts for
    Column("kenmerk", String(40)),  # the letter it answers
    Column("vervangt", Integer),  # the earlier document of the same name
    Column("ontvangen_op", String(32), nullable=False),
    Column("ontvangen_door", String(64), nullable=False),
)

ontvangstdocumenten = Table(
    "rm_ontvangstdocumenten",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("inhoud", Text, nullable=False),  # base64, as in the event that stored it
)

mandaten = Table(
    "rm_mandaten",
    metadata,
    Column("nummer", Integer, primary_key=True),
    Column("naam", String(200), nullable=False),  # who signs, as the letter prints it
    Column("functie", String(200), nullable=False),  # in which capacity
    Column("briefsoorten", JSON, nullable=False),
    Column("van", String(10), nullable=False),
    Column("tot", String(10)),  # the last day it holds; None: until ended
    Column("verleend_door", String(64), nullable=False),
    Column("verleend_op", String(32), nullable=False),
)

contacten = Table(
    "rm_contacten",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("versie", Integer, primary_key=True),
    Column("soort", String(40), nullable=False),
    Column("plaatsgevonden_op", String(32), nullable=False),
)

tussentijdse_berichten = Table(
    "rm_tussentijdse_berichten",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("periode", String(6), primary_key=True),
    Column("op_schema", Boolean),
    Column("opschaling_in_zicht", Boolean, nullable=False),
    Column("verstuurd_op", String(32), nullable=False),
)

meldingen = Table(
    "rm_meldingen",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("versie", Integer, primary_key=True),
    Column("soort", String(40), nullable=False),
    Column("tekst", Text, nullable=False),
    Column("rollen", JSON, nullable=False),  # who should see it
    Column("op", String(32), nullable=False),
)

redenen = Table(
    "rm_verschoonbare_redenen",
    metadata,
    Column("code", String(6), primary_key=True),
    Column("nummer", Integer, primary_key=True),
    Column("periode", String(6), nullable=False),
    Column("omschrijving", Text, nullable=False),
    Column("aanvaard", Boolean),
    Column("motivering", Text),
)

gebruikers = Table(
    "rm_gebruikers",
    metadata,
    Column("naam", String(64), primary_key=True),
    Column("gebruiker_id", String(36), nullable=False, unique=True),
    Column("rol", String(20), nullable=False),
    Column("weergavenaam", String(200), nullable=False),
    Column("wachtwoord_hash", String(200)),
    Column("uitgeschakeld", Boolean, nullable=False),
    # Raised by a password change and by disabling: a session opened under an older
    # generation has ended.
    Column("sessie_generatie", Integer, nullable=False),
)

inlogpogingen = Table(
    "rm_inlogpogingen",
    metadata,
    Column("naam", String(64), primary_key=True),
    Column("versie", Integer, primary_key=True),
    Column("gelukt", Boolean, nullable=False),
    Column("op", String(32), nullable=False),
)

tokens = Table(
    "rm_tokens",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("naam", String(64), nullable=False),
    Column("token_id", String(12), nullable=False),
    Column("aangemaakt", String(32), nullable=False),
    Column("verloopt_op", String(32)),
)
