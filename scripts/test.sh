#!/usr/bin/env bash
# `npm test`: every gate, in order, stopping at the first that fails.
# npm puts node_modules/.bin (with Node 24) first on PATH, so every tool here runs under Node 24.
set -euo pipefail
step() { printf '\n==> %s\n' "$*"; }

step "Types: astro check"
astro check --minimumSeverity warning
step "Lint: eslint"
eslint .
step "Format: prettier --check"
prettier --check .
step "Content: folio check"
node bin/folio.mjs check
step "Unit and end-to-end tests: vitest (end-to-end in Chromium against fresh builds)"
rm -f .vitest-results.json
status=0
vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results.json || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".vitest-results.json", "utf8"));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  if (r.numTotalTests === 0) { console.error("no test ran"); process.exit(1); }
' || status=1
exit "$status"
