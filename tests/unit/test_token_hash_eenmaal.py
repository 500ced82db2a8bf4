"""Tokens (API tokens and session cookies) are hashed in one place, application/tokens.py,
so a lookup can never hash differently from the issue."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EIGEN_HASH = re.compile(r"sha256\(\s*token\b")


def test_tokens_worden_op_een_plek_gehasht():
    plekken = [
        str(pad.relative_to(ROOT))
        for map_ in ("api", "application", "projections", "scheduler")
        for pad in (ROOT / map_).rglob("*.py")
        if EIGEN_HASH.search(pad.read_text(encoding="utf-8"))
    ]
    assert plekken == ["application/tokens.py"]


def test_de_tokenhash_blijft_sha256_in_hex():
    # Stored token and session hashes must keep matching after any refactoring.
    from application.tokens import token_hash

    assert token_hash("geheim") == (
        "addb0f5e7826c857d7376d1bd9bc33c0c544790a2eac96144a8af22b1298c940"
    )
