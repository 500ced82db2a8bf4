"""The bytes of one document the province received, kept in the event store beside the
dossier (so the backup of the store covers them): recorded once with the dossier event
that names its SHA-256, never changed afterwards."""

from __future__ import annotations

import base64
import hashlib
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate

_NAMESPACE = uuid5(NAMESPACE_URL, "https://toezicht.example/ontvangen-document/")


class Ontvangstdocument(Aggregate):
    """One received file; its id follows from the gemeente and the hash, so the same bytes
    are stored once per dossier."""

    class Bewaard(Aggregate.Created):
        code: str
        sha256: str
        inhoud: str  # base64: the event store keeps JSON

    @staticmethod
    def create_id(code: str, sha256: str) -> UUID:
        return uuid5(_NAMESPACE, f"{code.upper()}/{sha256}")

    @classmethod
    def bewaar(cls, code: str, inhoud: bytes) -> Ontvangstdocument:
        sha256 = hashlib.sha256(inhoud).hexdigest()
        return cls._create(
            cls.Bewaard,
            id=cls.create_id(code, sha256),
            code=code.upper(),
            sha256=sha256,
            inhoud=base64.b64encode(inhoud).decode("ascii"),
        )

    def __init__(self, code: str, sha256: str, inhoud: str) -> None:
        self.code = code
        self.sha256 = sha256
        self.inhoud = inhoud

    @property
    def bytes(self) -> bytes:
        """The bytes as received; checked against the hash the dossier recorded."""
        inhoud = base64.b64decode(self.inhoud)
        if hashlib.sha256(inhoud).hexdigest() != self.sha256:
            raise ValueError(f"document {self.sha256}: de opgeslagen bytes kloppen niet")
        return inhoud
