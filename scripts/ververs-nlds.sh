#!/usr/bin/env bash
# Refreshes the NL Design System CSS the pages use (api/static/nlds/), from pinned npm
# versions, with their licences. The built files are committed, so running the product
# needs no npm; run this only to move to another version (change the pins below).
set -euo pipefail
cd "$(dirname "$0")/.."
COMPONENTEN=@utrecht/component-library-css@9.0.4
TOKENS=@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1
werk=$(mktemp -d)
trap 'rm -rf "$werk"' EXIT
(cd "$werk" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "$COMPONENTEN" "$TOKENS")
doel=api/static/nlds
mkdir -p "$doel"
cp "$werk/node_modules/@utrecht/component-library-css/dist/index.css" "$doel/utrecht-components.css"
cp "$werk/node_modules/@utrecht/component-library-css/LICENSE.md" "$doel/LICENSE-utrecht-component-library-css.md"
cp "$werk/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css" "$doel/voorbeeld-theme.css"
cp "$werk/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE"* "$doel/LICENSE-voorbeeld-design-tokens.md" 2>/dev/null || true
printf '%s\n%s\n' "$COMPONENTEN" "$TOKENS" > "$doel/VERSIES.txt"
echo "NL Design System CSS ververst in $doel: $(tr '\n' ' ' < "$doel/VERSIES.txt")"
