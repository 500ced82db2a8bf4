"""A container with a clock the test moves, for scheduler scenarios."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from api.deps import Container
from application.settings import Settings
from domain.vastlegging import Rol, Vastlegging

NL = ZoneInfo("Europe/Amsterdam")


@dataclass
class Klok:
    nu: datetime

    def __call__(self) -> datetime:
        return self.nu

    def zet(self, dag: date, uur: int = 9) -> None:
        self.nu = datetime.combine(dag, time(uur), NL)


def container(database_url: str, klok: Klok, **instellingen) -> Container:
    return Container.bouw(
        Settings(database_url=database_url, scheduler="uit", **instellingen), klok
    )


def stempel(klok: Klok, rol: Rol, reden: str | None = None) -> Vastlegging:
    return Vastlegging(f"{rol}-test", rol, klok.nu, klok.nu, reden)


def verstreken(c: Container, code: str) -> list[dict]:
    return [r for r in c.queries.gebeurtenissen(code) if r["soort"] == "TermijnVerstreken"]
