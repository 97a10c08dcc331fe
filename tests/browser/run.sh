#!/usr/bin/env bash
# deno task test:browser: the lessons in JupyterLab and the HTML book in a real (headless) Chromium, with
# Playwright Test (tests/browser/*.spec.cjs; fixtures in fixtures.cjs). Installs what is missing first:
#   - Debian's Chromium at /usr/bin/chromium (apt-get; skipped when it is there);
#   - @playwright/test (pinned) in .tools/browser/, a folder of its own under the git-ignored .tools/ — never a
#     package.json or node_modules at the root or above notebooks/ (that breaks npm: imports in the kernel);
#     it drives the system Chromium, it downloads no browser (the specs find it through NODE_PATH);
#   - .venv with the pinned JupyterLab and the "deno" kernelspec (tools/setup.sh);
#   - the executed, signed lessons in build/ (`./deno task build`) when a lesson has no fresh copy there.
# Arguments go to `playwright test` (e.g. a spec file, or --grep 01-). RUN_ALL_CHECKS=1 also runs
# run_all.spec.cjs (JupyterLab's Run All against the headless copies, issue 15), skipped otherwise.
# Ends with one line "N passed, N failed, N skipped"; the exit code is non-zero on any failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PLAYWRIGHT_VERSION=1.65.1
CHROMIUM=/usr/bin/chromium
PREFIX=.tools/browser
fail() { echo "test:browser: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
# An interrupt ends the task; Playwright stops its browser and runs the fixtures' teardown (JupyterLab).
trap 'echo "test:browser: interrupted" >&2; echo "0 passed, 1 failed"; exit 130' INT TERM HUP

command -v node >/dev/null 2>&1 || fail "node is not on PATH; install Node.js (18 or later)"

if [ ! -x "$CHROMIUM" ]; then
  echo "test:browser: installing Debian's chromium with apt-get (first run only) ..." >&2
  command -v apt-get >/dev/null 2>&1 || fail "$CHROMIUM is missing and there is no apt-get to install it"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "$CHROMIUM is missing; run as root or install the chromium package"
    SUDO=sudo
  fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium; } >&2 \
    || fail "apt-get install chromium failed"
  [ -x "$CHROMIUM" ] || fail "apt-get installed chromium but $CHROMIUM is not there"
fi

have=$(node -p "require('./$PREFIX/node_modules/@playwright/test/package.json').version" 2>/dev/null || true)
if [ "$have" != "$PLAYWRIGHT_VERSION" ]; then
  echo "test:browser: installing @playwright/test@$PLAYWRIGHT_VERSION into $PREFIX (first run only) ..." >&2
  mkdir -p "$PREFIX"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund --ignore-scripts --save-exact \
    --prefix "$PREFIX" "@playwright/test@$PLAYWRIGHT_VERSION" >&2 || fail "npm install @playwright/test failed"
fi

SETUP_QUIET=1 sh tools/setup.sh || fail "tools/setup.sh failed"

# The executed copies: build them when a lesson has none, or one older than the lesson.
stale=""
for nb in notebooks/[0-9][0-9]-*.ipynb; do
  [ -e "$nb" ] || continue
  copy="build/$(basename "$nb")"
  if [ ! -f "$copy" ] || [ ! -f "${copy%.ipynb}.html" ] || [ "$nb" -nt "$copy" ]; then stale="$stale $(basename "$nb")"; fi
done
[ -f build/index.html ] && [ -f build/katex/katex.min.css ] || stale="$stale index.html"
if [ -n "$stale" ]; then
  echo "test:browser: build/ lacks a fresh copy of:$stale — running ./deno task build" >&2
  ./deno task build >&2 || echo "test:browser: the build reported failures; the browser test goes on" >&2
fi

REPORT=$(mktemp)
NODE_PATH="$ROOT/$PREFIX/node_modules" PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORT" \
  node "$PREFIX/node_modules/@playwright/test/cli.js" test -c tests/browser/playwright.config.cjs \
  --reporter=list,json "$@"
status=$?
# The closing line, from Playwright's JSON report: expected = passed, unexpected + flaky = failed.
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats;
  console.log(`${s.expected} passed, ${s.unexpected + s.flaky} failed, ${s.skipped} skipped`);
' "$REPORT" 2>/dev/null || echo "0 passed, 1 failed"
rm -f "$REPORT"
exit $status
