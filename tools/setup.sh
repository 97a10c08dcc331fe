#!/bin/sh
# Idempotent set-up, run by every task that needs Jupyter (build, execute, test, lab):
#   1. .venv: a project-local Python virtual environment with the pinned Jupyter packages of requirements.txt
#      (re-installed only when requirements.txt changes);
#   2. the Deno kernelspec "deno" inside .venv, pointing at the project's Deno, with NO_COLOR=1;
#   3. JupyterLab settings overrides in .venv (the news pop-up off);
#   4. every npm: dependency of lib/ fetched into Deno's cache ahead of time, so no notebook waits on a download.
# A second run does nothing but check stamps (well under a second).
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
say() { [ -n "$SETUP_QUIET" ] || echo "setup: $*" >&2; }

PY=${PYTHON:-python3}
STAMP=.venv/.requirements.sha256
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "setup: creating .venv with the pinned Jupyter packages (first run only, about a minute) ..." >&2
  "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
  echo "$want" > "$STAMP"
else
  say ".venv is up to date"
fi

DENO_BIN=$("$ROOT/deno" eval --quiet 'console.log(Deno.execPath())')
KDIR=.venv/share/jupyter/kernels/deno
mkdir -p "$KDIR"
.venv/bin/python - "$DENO_BIN" "$KDIR/kernel.json" <<'PY'
import json, os, sys
deno, path = sys.argv[1], sys.argv[2]
spec = {
    "argv": [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
    "display_name": "Deno",
    "language": "typescript",
    "env": {"NO_COLOR": "1", "DENO_NO_UPDATE_CHECK": "1", "DENO_NO_PROMPT": "1"},
    "metadata": {"debugger": False},
}
text = json.dumps(spec, indent=2) + "\n"
if not os.path.exists(path) or open(path).read() != text:
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
PY
say "kernelspec deno -> $DENO_BIN"

# JupyterLab's defaults for this project, inside .venv (never the user's home): no "get notified about official
# Jupyter news?" pop-up over every fresh `deno task lab`, and no update check.
mkdir -p .venv/share/jupyter/lab/settings
OVERRIDES='{
  "@jupyterlab/apputils-extension:notification": { "fetchNews": "false", "checkForUpdates": false }
}'
[ "$(cat .venv/share/jupyter/lab/settings/overrides.json 2>/dev/null)" = "$OVERRIDES" ] \
  || printf '%s\n' "$OVERRIDES" > .venv/share/jupyter/lab/settings/overrides.json

# Fetch npm dependencies ahead (a no-op when the cache already holds them).
NO_COLOR=1 "$ROOT/deno" install --quiet --frozen
say "npm dependencies cached"
