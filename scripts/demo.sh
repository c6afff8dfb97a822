#!/usr/bin/env bash
# Builds the extension and opens Chromium with it on bundled sample pages of the three sites.
#   npm run demo                                   a browser window (needs a display)
#   npm run demo -- --headless --screenshots DIR   screenshots instead (no display needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-browsers.sh
npx wxt build >/dev/null
exec npx tsx scripts/demo.ts "$@"
