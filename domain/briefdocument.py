"""The bytes of one letter as sent, kept by its kenmerk: recorded once with the dossier
event that names its SHA-256, never changed afterwards."""

from __future__ import annotations

import base64
import hashlib
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

from domain.errors import OngeldigeInvoer

_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/brief/")


class Briefdocument(Aggregate):
    """One sent PDF; its id follows from the kenmerk, so a kenmerk is stored only once."""

    class Bewaard(Aggregate.Created):
        kenmerk: str
        sha256: str
        inhoud: str  # base64: the event store keeps JSON

    @staticmethod
    def create_id(kenmerk: str) -> UUID:
        return uuid5(_NAMESPACE, kenmerk)

    @classmethod
    def bewaar(cls, kenmerk: str, inhoud: bytes) -> Briefdocument:
        if not inhoud.startswith(b"%PDF-"):
            raise OngeldigeInvoer("een verzonden brief is een PDF-document", "inhoud")
        return cls._create(
            cls.Bewaard,
            id=cls.create_id(kenmerk),
            kenmerk=kenmerk,
            sha256=hashlib.sha256(inhoud).hexdigest(),
            inhoud=base64.b64encode(inhoud).decode("ascii"),
        )

    def __init__(self, kenmerk: str, sha256: str, inhoud: str) -> None:
        self.kenmerk = kenmerk
        self.sha256 = sha256
        self.inhoud = inhoud

    @property
    def pdf(self) -> bytes:
        """The bytes as sent; checked against the hash the dossier recorded."""
        inhoud = base64.b64decode(self.inhoud)
        if hashlib.sha256(inhoud).hexdigest() != self.sha256:
            raise ValueError(f"brief {self.kenmerk}: de opgeslagen bytes kloppen niet met de hash")
        return inhoud
