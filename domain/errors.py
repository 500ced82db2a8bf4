"""Domain errors. Every message is Dutch and says what is wrong and why."""


class DomainError(Exception):
    """A command was refused because it would break a rule of the domain."""

    def __init__(self, bericht: str, veld: str | None = None) -> None:
        super().__init__(bericht)
        self.bericht = bericht
        self.veld = veld


class OngeldigeInvoer(DomainError):
    """A value is out of range or malformed (maps to 422)."""


class LadderRegelGeschonden(DomainError):
    """The interventieladder does not allow this step (maps to 409)."""


class NietGevonden(DomainError):
    """The gemeente, proposal or other object does not exist (maps to 404)."""


class BestaatAl(DomainError):
    """The object already exists (maps to 409)."""


class GeenToegang(DomainError):
    """The acting role may not do this (maps to 403)."""


class GelijktijdigGewijzigd(DomainError):
    """Someone else changed the dossier since the client read it (maps to 409)."""


class TeGroot(DomainError):
    """A received file is larger than the upload limit (maps to 413)."""


class BestandstypeGeweigerd(DomainError):
    """A received file is not of a kind the province accepts (maps to 415)."""
