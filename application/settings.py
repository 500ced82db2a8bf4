"""All settings in one place. Each is read from the environment with prefix TOEZICHT_."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

from application.provincies import provincie_naam

WORTEL = Path(__file__).resolve().parents[1]  # the product's directory (pyproject.toml)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TOEZICHT_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///toezicht-data/toezicht.sqlite",
        description="Where events and read models live. sqlite:///pad/naar/bestand.sqlite "
        "(default, zero set-up; a relative path counts from the product's directory, not "
        "from where a command runs) or postgresql://user:password@host:port/database.",
    )
    provincie: str = Field(
        default="Utrecht",
        description="The province this installation supervises, as CBS writes it (e.g. "
        "Gelderland, Fryslân). `toezicht gemeenten laad` and `toezicht demo` register its "
        "gemeenten from data/nl/gemeenten_2023.csv; the map draws its outline.",
    )
    snapshot_interval: int = Field(
        default=50, ge=2, description="Take a snapshot of a dossier every N events."
    )
    in_gebruik_sinds: date | None = Field(
        default=None,
        description="The day the province started using the product. Recurring work "
        "(beoordelingen due, tussentijdse berichten, contact cadence) counts from here; "
        "empty: no recurring work, only terms.",
    )
    scheduler: Literal["in-server", "uit"] = Field(
        default="in-server",
        description="in-server: the web server runs the scheduler; uit: run it as a "
        "separate process with `toezicht scheduler` (or not at all).",
    )
    scheduler_interval_minuten: int = Field(
        default=15, ge=1, le=1440, description="How often the scheduler looks for lapsed terms."
    )
    smtp_host: str | None = Field(
        default=None, description="SMTP server for e-mail notifications; empty: e-mail off."
    )
    smtp_port: int = Field(default=25, description="SMTP port.")
    smtp_afzender: str = Field(
        default="toezicht@localhost", description="From address of notification e-mails."
    )
    smtp_ontvangers: list[str] = Field(
        default_factory=list,
        description="Where notification e-mails go (JSON list, e.g. a team mailbox).",
    )
    projectie_batch: int = Field(
        default=5_000,
        ge=1,
        le=100_000,
        description="Events per transaction when the read models catch up or rebuild.",
    )
    sessie_max_uren: int = Field(
        default=8, ge=1, le=24, description="A login session ends this many hours after login."
    )
    sessie_inactief_minuten: int = Field(
        default=30, ge=1, le=480, description="A session ends after this many idle minutes."
    )
    inlog_max_pogingen: int = Field(
        default=5,
        ge=1,
        description="Password checks per account in the window before login is refused "
        "with 429: shared by all addresses the account never logged in from, separate for "
        "each address it did (last 90 days); an address gets four times this over all names.",
    )
    inlog_venster_minuten: int = Field(
        default=15, ge=1, description="Window for counting failed logins."
    )
    oidc_issuer: str | None = Field(
        default=None,
        description="OpenID Connect provider (issuer URL); empty: single "
        "sign-on off, local accounts only.",
    )
    oidc_client_id: str = Field(default="toezicht", description="Client id at the provider.")
    oidc_client_secret: str = Field(default="", description="Client secret at the provider.")
    oidc_rol_claim: str = Field(
        default="toezicht_rol", description="Claim that carries the user's role."
    )
    oidc_redirect_url: str | None = Field(
        default=None,
        description="This server's callback URL as the provider knows it, "
        "e.g. https://toezicht.provincie.nl/api/v1/sso/callback.",
    )
    sessie_geheim: str | None = Field(
        default=None,
        description="Key that signs the short-lived login state cookie; "
        "required with single sign-on behind several workers (a random one otherwise).",
    )
    max_body_bytes: int = Field(
        default=1_000_000, ge=1_000, description="Largest request body accepted (413 above it)."
    )
    max_upload_bytes: int = Field(
        default=10_000_000,
        ge=1_000,
        description="Largest document a gemeente's file may be on the upload routes (413 above "
        "it); only those routes accept a body this large.",
    )
    readyz_max_achterstand: int = Field(
        default=1_000,
        ge=0,
        description="/readyz answers 503 when the read models lag more events than this.",
    )
    host: str = Field(default="127.0.0.1", description="Address the web server listens on.")
    port: int = Field(default=8000, description="Port the web server listens on.")

    @field_validator("provincie")
    @classmethod
    def _bekende_provincie(cls, waarde: str) -> str:
        return provincie_naam(waarde)

    @property
    def is_postgres(self) -> bool:
        return make_url(self.database_url).get_backend_name() == "postgresql"

    def eventsourcing_env(self) -> dict[str, str]:
        """Environment for the eventsourcing Application (the event store)."""
        url = make_url(self.database_url)
        if self.is_postgres:
            return {
                "PERSISTENCE_MODULE": "eventsourcing.postgres",
                "POSTGRES_DBNAME": url.database or "",
                "POSTGRES_HOST": url.host or "127.0.0.1",
                "POSTGRES_PORT": str(url.port or 5432),
                "POSTGRES_USER": url.username or "postgres",
                "POSTGRES_PASSWORD": url.password or "",
            }
        path = self.sqlite_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(path),
            "SQLITE_LOCK_TIMEOUT": "15",
        }

    def sqlite_path(self) -> Path:
        """The SQLite file; a relative path counts from the product's directory, so a
        command run elsewhere uses the same store instead of starting an empty one."""
        database = make_url(self.database_url).database
        if not database or database == ":memory:":
            raise ValueError("TOEZICHT_DATABASE_URL: gebruik een bestand voor SQLite")
        pad = Path(database)
        return pad if pad.is_absolute() else WORTEL / pad

    def sqlalchemy_url(self) -> str:
        """URL for the read models, in the same database as the events."""
        url = make_url(self.database_url)
        if self.is_postgres:
            return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return f"sqlite:///{self.sqlite_path()}"
