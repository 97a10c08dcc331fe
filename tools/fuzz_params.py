"""Run lessons with random parameter values from inside their stated ranges, and report the samples that fail.

notebooks/README.md promises that ANY value within a parameter's stated range runs the lesson to the end;
tests/edit_parameters_test.ts only runs the ends of each range and the listed values. This script samples the
interior: for each lesson it reads the parameters with `tools/nbcheck.py params`, draws N random samples (seeded,
so a run can be repeated), runs each through `tools/runner.py` with `--param name=JSON`, and prints each failing
sample with its parameters and the failing cell's error (read from the executed notebook's error output).

How a sample is drawn, parameter by parameter (all parameters are edited together, as the edit test does):
- `range: LO to HI` — uniform in [LO, HI]; log-uniform when LO > 0 and HI/LO >= 100 (so 0.001 to 1 is not
  nearly always above 0.1); `(integer)` rounds to an integer; other values are rounded to 4 significant digits
  (readable in a report) and kept within the range.
- `try:` or `one of:` without a range — one of the listed values or the shipped one, with equal chances.

Run from the project root (stdlib only; the runner itself needs .venv):

  .venv/bin/python tools/fuzz_params.py notebooks/06-*.ipynb notebooks/07-*.ipynb --samples 8 --seed 1
  .venv/bin/python tools/fuzz_params.py 06 07 --samples 8 --jobs 2 --report build/fuzz/report.json

A lesson may be named by its number (`06`). Each executed copy is kept in --out (default build/fuzz/) as
LESSON/sample-K/LESSON.ipynb, and every failure prints a command that repeats it. Exit code 1 when a sample fails.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import math
import random
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def find_lesson(name: str) -> Path:
    """A notebook path, or a lesson number such as `06` (matched against notebooks/NN-*.ipynb)."""
    path = Path(name)
    if path.suffix == ".ipynb":
        return path.resolve()
    matches = sorted((ROOT / "notebooks").glob(f"{name}-*.ipynb"))
    if len(matches) != 1:
        sys.exit(f"fuzz_params: {name!r} names {len(matches)} lessons in notebooks/, not one")
    return matches[0]


def read_parameters(notebook: Path) -> list[dict[str, Any]]:
    """The lesson's parameters as `tools/nbcheck.py params` reads them (name, value, range, try, oneOf)."""
    out = subprocess.run(
        [str(PYTHON), str(ROOT / "tools" / "nbcheck.py"), "params", str(notebook)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout
    (entry,) = json.loads(out).values()
    return entry["parameters"]


def round_significant(x: float, digits: int = 4) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def sample_range(rng: random.Random, lo: float, hi: float, integer: bool) -> float | int:
    """One value in [lo, hi]: log-uniform when lo > 0 and hi/lo >= 100, else uniform; rounded, never outside."""
    if lo > 0 and hi / lo >= 100:
        x = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    else:
        x = rng.uniform(lo, hi)
    if integer:
        return min(max(round(x), math.ceil(lo)), math.floor(hi))
    return min(max(round_significant(x), lo), hi)


def draw(rng: random.Random, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    """One sample: a value for every parameter with a range or a list (see the module doc)."""
    sample: dict[str, Any] = {}
    for p in parameters:
        if "range" in p:
            r = p["range"]
            sample[p["name"]] = sample_range(rng, r["lo"], r["hi"], r["integer"])
        elif p.get("try") or p.get("oneOf"):
            sample[p["name"]] = rng.choice([*(p.get("try") or p.get("oneOf")), p["value"]])
    return sample


def first_error(executed: Path, original: Path) -> dict[str, Any] | None:
    """The first error output of an executed notebook: the cell (numbered as in the lesson itself, without the
    runner's injected cell), its id, the error name and message, and the failing line of the cell's source (the
    first line when the traceback names none)."""
    if not executed.exists():
        return None
    ids = [c.get("id") for c in json.loads(original.read_text(encoding="utf-8"))["cells"]]
    for cell in json.loads(executed.read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                source = "".join(cell.get("source", "")).splitlines()
                # the kernel's traceback names the failing line as `<anonymous>:LINE:COLUMN`, counted in the code it ran
                # (usually the cell's own lines; a number past the cell's end is ignored)
                where = re.search(r"<anonymous>:(\d+):", "\n".join(output.get("traceback") or []))
                line = int(where.group(1)) if where and int(where.group(1)) <= len(source) else None
                return {
                    "cell": ids.index(cell.get("id")) + 1 if cell.get("id") in ids else None,
                    "id": cell.get("id"),
                    "error": f"{output.get('ename')}: {ANSI.sub('', output.get('evalue') or '')}".strip(),
                    "line": line,
                    "source": source[line - 1].strip() if line else (source[0].strip() if source else ""),
                }
    return None


def run_sample(notebook: Path, sample: dict[str, Any], out: Path, timeout: int | None) -> dict[str, Any]:
    """Run one sample through the runner; the result says ok or names the failure."""
    command = [str(PYTHON), "tools/runner.py", str(notebook.relative_to(ROOT)), "--out", str(out)]
    if timeout:
        command += ["--timeout", str(timeout)]
    for name, value in sample.items():
        command += ["--param", f"{name}={json.dumps(value)}"]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    result: dict[str, Any] = {
        "lesson": notebook.name,
        "params": sample,
        "ok": done.returncode == 0,
        "seconds": round(time.monotonic() - started, 1),
        "command": shlex.join(command),
    }
    if not result["ok"]:
        result["failure"] = first_error(out / notebook.name, notebook)
        # no error output (a timeout, a dead kernel, bad input): the runner's own report says what happened
        result["runner"] = ANSI.sub("", (done.stdout + done.stderr)).strip()[-2000:]
    return result


def describe(result: dict[str, Any]) -> str:
    params = ", ".join(f"{k}={json.dumps(v)}" for k, v in result["params"].items())
    lines = [f"FAIL {result['lesson']} ({result['seconds']} s): {params}"]
    failure = result.get("failure")
    if failure:
        lines.append(f"  cell {failure['cell']} (id {failure['id']}): {failure['error'][:500]}")
        at = f"line {failure['line']}" if failure["line"] else "first line"
        lines.append(f"  {at} | {failure['source'][:120]}")
    else:
        lines += [f"  {line}" for line in result["runner"].splitlines()[-12:]]
    lines.append(f"  repeat: {result['command']}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lessons", nargs="+", help="notebooks, or lesson numbers such as 06")
    parser.add_argument("--samples", type=int, default=8, help="random samples per lesson (default 8)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the sampler (default 0)")
    parser.add_argument("--jobs", type=int, default=1, help="samples run at once (default 1)")
    parser.add_argument("--out", default="build/fuzz", help="folder for the executed copies (default build/fuzz)")
    parser.add_argument("--timeout", type=int, default=None, help="seconds per cell (default: the runner's)")
    parser.add_argument("--report", help="also write every result as JSON to this file")
    args = parser.parse_args(argv)

    jobs: list[tuple[Path, int, dict[str, Any]]] = []
    for name in args.lessons:
        notebook = find_lesson(name)
        rng = random.Random(f"{args.seed}:{notebook.name}")  # per lesson: adding a lesson changes no other's samples
        parameters = read_parameters(notebook)
        jobs += [(notebook, k, draw(rng, parameters)) for k in range(1, args.samples + 1)]

    out = (ROOT / args.out).resolve()
    results: list[dict[str, Any]] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {
            pool.submit(run_sample, nb, sample, out / nb.stem / f"sample-{k}", args.timeout): (nb, k)
            for nb, k, sample in jobs
        }
        for future in concurrent.futures.as_completed(futures):
            nb, k = futures[future]
            result = {**future.result(), "sample": k}
            results.append(result)
            print(describe(result) if not result["ok"] else f"ok   {nb.name} sample {k} ({result['seconds']} s)", flush=True)

    failures = [r for r in results if not r["ok"]]
    print(f"\n{len(results)} samples, {len(failures)} failures")
    if args.report:
        report = ROOT / args.report
        report.parent.mkdir(parents=True, exist_ok=True)
        results.sort(key=lambda r: (r["lesson"], r["sample"]))
        report.write_text(json.dumps({"seed": args.seed, "results": results}, indent=2) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
