#!/usr/bin/env bash
# Audits the pinned dependency set (uv.lock) for known vulnerabilities with pip-audit.
# Exit 0: audited, nothing found; 1: vulnerabilities or the lock is out of date;
# 3: the audit could not be done here (vulnerability data unreachable): it says so.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv >/dev/null
.venv/bin/pip install -q --disable-pip-version-check -e '.[audit]'
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT

# The lock must describe pyproject.toml as it is (this resolves against PyPI).
if ! .venv/bin/uv lock --check --python .venv/bin/python; then
    echo "FOUT: uv.lock loopt niet gelijk met pyproject.toml; draai '.venv/bin/uv lock'." >&2
    exit 1
fi
.venv/bin/uv export --frozen --all-extras --no-emit-project --format requirements-txt \
    -q -o "$werk/vergrendeld.txt"

# Without a report (no network, service down) the audit did not happen: say so, exit 3.
.venv/bin/pip-audit -r "$werk/vergrendeld.txt" --disable-pip --no-deps \
    --progress-spinner off -f json -o "$werk/rapport.json" "$@" 2>"$werk/fouten.txt" || true
if [[ ! -s "$werk/rapport.json" ]]; then
    echo "AUDIT NIET UITGEVOERD: pip-audit kon zijn kwetsbaarheidsgegevens niet bereiken:" >&2
    tail -n 1 "$werk/fouten.txt" >&2
    exit 3
fi
exec .venv/bin/python scripts/audit_uitslag.py "$werk/rapport.json"
