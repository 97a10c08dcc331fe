#!/usr/bin/env bash
# deno task ok: the quality gate. Formatting, lint, type-checking of lib/ and tests/, the notebooks clean
# (no outputs, no execution counts, nbformat 4.5 with ids, kernelspec deno), and the notebooks' code type-checked.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SETUP_QUIET=1 sh tools/setup.sh || exit 1
export NO_COLOR=1
failed=()
step() { local name=$1; shift; echo "== $name"; "$@" || failed+=("$name"); }
step "deno fmt --check" ./deno fmt --check
step "deno lint" ./deno lint
step "deno check (lib, tests)" ./deno check lib/ tests/
step "python syntax (tools)" .venv/bin/python -m py_compile tools/runner.py tools/book.py tools/nbcheck.py tools/kernel_shim.py tests/_shim_client.py tools/papermill_deno/papermill_deno/__init__.py
step "notebooks clean" .venv/bin/python tools/nbcheck.py check
step "notebooks type-check" .venv/bin/python tools/nbcheck.py typecheck
if [ ${#failed[@]} -gt 0 ]; then echo "ok: FAILED: ${failed[*]}"; exit 1; fi
echo "ok: all checks passed"
