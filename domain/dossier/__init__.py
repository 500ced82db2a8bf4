"""The supervision dossier of one gemeente."""

from domain.dossier.aggregate import Dossier

__all__ = ["Dossier"]
