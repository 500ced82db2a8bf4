"""E-mail for notifications, when an SMTP server is configured (off by default).
The scheduler keeps its own record of what it mailed, so nothing is mailed twice."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from sqlalchemy import Column, Integer, MetaData, String, Table, select

from application.settings import Settings
from projections.queries import Queries

_metadata = MetaData()
verzonden = Table(
    "planner_mail_verzonden",
    _metadata,
    Column("code", String(6), primary_key=True),
    Column("versie", Integer, primary_key=True),
)


def verstuur_nieuwe_meldingen(settings: Settings, queries: Queries) -> int:
    if not settings.smtp_host or not settings.smtp_ontvangers:
        return 0
    _metadata.create_all(queries.engine)
    with queries.engine.connect() as conn:
        al = {(r.code, r.versie) for r in conn.execute(select(verzonden))}
    nieuw = [m for m in queries.meldingen() if (m["code"], m["versie"]) not in al]
    if not nieuw:
        return 0
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
        for melding in nieuw:
            bericht = EmailMessage()
            bericht["From"] = settings.smtp_afzender
            bericht["To"] = ", ".join(settings.smtp_ontvangers)
            bericht["Subject"] = f"Toezicht {melding['code']}: {melding['soort'].replace('_', ' ')}"
            bericht.set_content(
                f"{melding['tekst']}\n\nGemeente {melding['code']}, {melding['op']}."
            )
            smtp.send_message(bericht)
            with queries.engine.begin() as conn:
                conn.execute(
                    verzonden.insert().values(code=melding["code"], versie=melding["versie"])
                )
    return len(nieuw)
