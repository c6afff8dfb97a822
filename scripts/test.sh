#!/usr/bin/env bash
# The whole check, as `npm test` and CI run it: types, unit tests, builds, real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-browsers.sh
mkdir -p test-artifacts
echo "== types"; npm run -s check
echo "== unit"; npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/unit.json
echo "== build"; npx wxt build >/dev/null && npx wxt build -b firefox >/dev/null
echo "== end to end"; npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-artifacts/e2e.json
node scripts/test-summary.mjs test-artifacts/unit.json test-artifacts/e2e.json
