#!/usr/bin/env bash
# Runs the product on SQLite with the Utrecht demo data at http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv >/dev/null
.venv/bin/pip install -q --disable-pip-version-check -e .
# The demo's werkvoorraad counts recurring work from this day (an operator setting).
export TOEZICHT_IN_GEBRUIK_SINDS="${TOEZICHT_IN_GEBRUIK_SINDS:-2026-07-01}"
.venv/bin/toezicht demo --als-leeg
exec .venv/bin/toezicht serve "$@"
