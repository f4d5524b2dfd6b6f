#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's Chromium for the browser tests,
# Node.js and npm, which the build needs to bundle the browser editor, and axe-core for the accessibility tests),
# builds the solution, runs all tests and ends with the totals as one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian for the browser tests ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "Installing PostgreSQL from Debian for the PostgreSQL storage tests ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

if ! command -v npm >/dev/null; then
  echo "Installing Node.js and npm from Debian (the build bundles the browser editor; axe-core for the tests) ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
# axe-core, which the accessibility tests inject into pages; pinned by Tests/package-lock.json.
npm ci --prefix Tests --no-audit --no-fund --silent

results=TestResults
rm -rf "$results"
dotnet test Kooperationsraum.sln \
  --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results" \
  --blame-hang-timeout 10m
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test could report; count that as a failure.
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
