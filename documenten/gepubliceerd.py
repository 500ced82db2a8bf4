"""The province figures as published (data/<provincie>/provincie_totalen.csv): facts shown
beside the sums the product computes from the gemeenten's figures, never mixed with them."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=16)
def gepubliceerde_totalen(provincie: str) -> dict[str, dict[str, Any]]:
    """Per period the published row; numbers as int, empty cells as None."""
    bestand = DATA / provincie.lower() / "provincie_totalen.csv"
    if not bestand.exists():
        return {}
    with bestand.open(encoding="utf-8") as f:
        return {
            r["periode"]: {
                k: (int(v) if v.lstrip("-").isdigit() else v or None) for k, v in r.items()
            }
            for r in csv.DictReader(f)
        }
