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
# The browser tests drive Debian's Chromium (a browser download fails here, so never
# `playwright install`) and inject axe-core from npm.
# Letters: WeasyPrint needs Pango and HarfBuzz's subsetter (byte-stable PDFs); the tests
# read the PDFs with poppler's pdftotext and pdftoppm.
nodig=()
[ -x /usr/bin/chromium ] || nodig+=(chromium)
for pakket in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils; do
    dpkg -s "$pakket" >/dev/null 2>&1 || nodig+=("$pakket")
done
if [ ${#nodig[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${nodig[@]}" >/dev/null
fi
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
export TOEZICHT_REQUIRE_BROWSER=1
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy domain application projections api scheduler documenten bootstrap onderhoud  # strict on domain (pyproject.toml)
.venv/bin/lint-imports --no-cache
.venv/bin/pytest -q -n 2 "$@"
