#!/usr/bin/env bash
# deno task test: every test. The lib's unit and doc tests (least permissions: read data/ and lib/ only), then the
# tests in tests/ (the runner on its fixture notebooks, the notebook checks, and every lesson executed headlessly
# through the real kernel). Ends with one line "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SETUP_QUIET=1 sh tools/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
export NO_COLOR=1
LOGS=$(mktemp -d)
status=0
./deno test --doc --allow-read=data,lib lib/ "$@" 2>&1 | tee "$LOGS/lib.log" || status=1
./deno test --allow-read --allow-write --allow-run --allow-env tests/ "$@" 2>&1 | tee "$LOGS/tests.log" || status=1
passed=0; failed=0
for log in "$LOGS"/*.log; do
  line=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); echo "test: $(basename "$log" .log) tests did not run to the end" >&2; continue; fi
  p=$(echo "$line" | sed -E 's/.*\| ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.*\| ([0-9]+) failed.*/\1/')
  passed=$((passed + p)); failed=$((failed + f))
done
rm -rf "$LOGS"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
