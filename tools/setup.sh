#!/bin/sh
# Idempotent set-up, run by every task that needs Jupyter (build, execute, test, lab):
#   1. .venv: a project-local Python virtual environment with the pinned Jupyter packages of requirements.txt
#      (re-installed only when requirements.txt changes);
#   2. the Deno kernelspec "deno" inside .venv: tools/kernel_shim.py (which puts every output in its cell, see
#      there) in front of the project's Deno, with NO_COLOR=1;
#   3. tools/papermill_deno (papermill's TypeScript parameter translator) installed into .venv;
#   4. JupyterLab settings overrides in .venv (the news pop-up off);
#   5. every npm: dependency of lib/ fetched into Deno's cache ahead of time, so no notebook waits on a download.
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

# papermill's TypeScript translator (tools/papermill_deno), re-installed when its files change.
PM_STAMP=.venv/.papermill_deno.sha256
pm_want=$(cat tools/papermill_deno/pyproject.toml tools/papermill_deno/papermill_deno/*.py | sha256sum | cut -d' ' -f1)
if [ "$(cat "$PM_STAMP" 2>/dev/null)" != "$pm_want" ]; then
  say "installing tools/papermill_deno into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps ./tools/papermill_deno
  rm -rf tools/papermill_deno/build tools/papermill_deno/*.egg-info
  echo "$pm_want" > "$PM_STAMP"
fi

DENO_BIN=$("$ROOT/deno" eval --quiet 'console.log(Deno.execPath())')
KDIR=.venv/share/jupyter/kernels/deno
mkdir -p "$KDIR"
.venv/bin/python - "$DENO_BIN" "$KDIR/kernel.json" "$ROOT" <<'PY'
import json, os, sys
deno, path, root = sys.argv[1], sys.argv[2], sys.argv[3]
spec = {
    "argv": [
        os.path.join(root, ".venv", "bin", "python"),
        os.path.join(root, "tools", "kernel_shim.py"),
        "--deno",
        deno,
        "{connection_file}",
    ],
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
