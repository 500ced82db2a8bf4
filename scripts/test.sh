#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: creates .venv, installs, lints, tests.
# PostgreSQL tests use the server at TOEZICHT_TEST_POSTGRES_URL (default
# postgresql://postgres@127.0.0.1:5432/test) and create a throwaway database per run.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv >/dev/null
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
# The single sign-on test runs a real OpenID provider (node-oidc-provider) on Node.js.
(cd tests/oidc && npm ci --no-audit --no-fund --loglevel=error)
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy domain
.venv/bin/lint-imports --no-cache
.venv/bin/pytest -q -n 2 "$@"
