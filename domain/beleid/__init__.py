"""The assessment engine: one module per policy version, chosen by the period assessed."""

from domain.beleid.beoordeel import beleid_voor, beoordeel
from domain.beleid.voorstel import Beleid, Invoer, Uitkomst, Voorstel

__all__ = ["Beleid", "Invoer", "Uitkomst", "Voorstel", "beleid_voor", "beoordeel"]
