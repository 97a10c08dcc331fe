"""Execute notebooks headlessly through the real Deno kernel, losing no output.

Usage (through the task): deno task execute [NOTEBOOK...] [--param NAME=VALUE]... [--out DIR] [--timeout SECONDS]
With no notebook named, every notebook in notebooks/ runs, in lesson (file name) order. `deno task build` adds
`--html`: then the book (tools/book.py): a page per notebook, an index, and a PNG of each chart in the copies.

Execution is plain nbclient: the kernelspec `deno` runs tools/kernel_shim.py in front of the Deno kernel, and the
shim delivers every output of a cell before that cell's `idle`, with the cell's parent header, so no client needs
to reorder anything. Each notebook runs in a fresh kernel, started while the previous notebook runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
# The project's kernelspec lives in .venv; JUPYTER_PATH puts it ahead of any user-level "deno" kernelspec.
os.environ["JUPYTER_PATH"] = os.pathsep.join(
    p for p in [str(ROOT / ".venv" / "share" / "jupyter"), os.environ.get("JUPYTER_PATH", "")] if p
)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # book.py sits beside this file, however it is started
import book  # noqa: E402
import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
NAME = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
DECLARATION = re.compile(r"^\s*(?:export\s+)?(const|let|var)\s+([A-Za-z_$][A-Za-z0-9_$]*)\s*(?::[^=]*)?=", re.M)
DEFAULT_TIMEOUT = 120  # seconds per cell, unless the notebook's metadata.runner.timeout or --timeout says otherwise


class UsageError(Exception):
    """Bad command-line input: reported without a traceback, exit code 2."""


def parse_value(name: str, text: str) -> Any:
    def reject(constant: str) -> Any:
        raise UsageError(f"--param {name}={text}: {constant} is not a JSON literal")

    try:
        return json.loads(text, parse_constant=reject)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"--param {name}={text}: the value is not valid JSON ({error.msg}); "
            'write numbers as 0.1, strings as \'"text"\', booleans as true/false, arrays as [1,2]'
        ) from None


def parse_params(items: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        name = name.strip()
        if not sep or not NAME.match(name):
            raise UsageError(f"--param {item!r}: expected NAME=VALUE with NAME a TypeScript identifier")
        if name in params:
            raise UsageError(f"--param {name} is given twice")
        params[name] = parse_value(name, text)
    return params


def parameters_cell(nb: Any) -> int | None:
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            return i
    return None


def inject_parameters(nb: Any, path: Path, params: dict[str, Any]) -> None:
    """Papermill's convention: a cell tagged injected-parameters goes right after the cell tagged parameters."""
    index = parameters_cell(nb)
    if index is None:
        raise UsageError(f"{rel(path)}: --param given but the notebook has no cell tagged 'parameters'")
    declared = {m.group(2): m.group(1) for m in DECLARATION.finditer(nb.cells[index].source)}
    unknown = [name for name in params if name not in declared]
    if unknown:
        raise UsageError(
            f"{rel(path)}: the parameters cell (cell {index + 1}) does not assign {', '.join(unknown)}; "
            f"it assigns: {', '.join(declared) or 'nothing'}"
        )
    lines = ["// Injected by the runner (--param): overrides the parameters cell above."]
    for name, value in params.items():
        keyword = "let" if declared[name] == "let" else "const"
        lines.append(f"{keyword} {name} = {json.dumps(value)};")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(index + 1, cell)


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def write_atomic(path: Path, text: str) -> None:
    """Write to a hidden temporary file in the same folder, then rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def cell_number(nb: Any, index: int) -> str:
    return f"cell {index + 1} of {len(nb.cells)}"


def failure_report(path: Path, nb: Any, index: int | None, kind: str, detail: str) -> str:
    lines = [f"FAILED {rel(path)}: {kind}"]
    if index is not None:
        cell = nb.cells[index]
        lines.append(f"  at {cell_number(nb, index)} (code cell, id {cell.get('id', '?')}):")
        source = cell.source.splitlines() or [""]
        for line in source[:4]:
            lines.append(f"  | {line}")
        if len(source) > 4:
            lines.append(f"  | ... ({len(source) - 4} more lines)")
    for line in ANSI.sub("", detail).rstrip().splitlines():
        lines.append(f"  {line}")
    return "\n".join(lines)


def error_detail(cell: Any) -> str:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            tb = "\n".join(output.get("traceback") or [])
            return tb or f"{output.get('ename')}: {output.get('evalue')}"
    return "the kernel reported an error without an error output"


KERNEL_ENV = {"NO_COLOR": "1", "DENO_NO_UPDATE_CHECK": "1", "DENO_NO_PROMPT": "1"}


class Prestarted:
    """A fresh kernel started for a notebook ahead of time (while the previous notebook runs), or the error
    that kept it from starting. Its stderr goes to a file: quiet on success, quoted when the kernel fails."""

    def __init__(self) -> None:
        self.km: Any = None
        self.error: BaseException | None = None
        self.stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace")


async def prestart(path: Path, kernel: str) -> Prestarted:
    from jupyter_client.manager import AsyncKernelManager

    started = Prestarted()
    try:
        km = AsyncKernelManager(kernel_name=kernel)
        await km.start_kernel(env={**os.environ, **KERNEL_ENV}, cwd=str(path.parent), stderr=started.stderr)
        started.km = km
    except Exception as error:  # noqa: BLE001 - reported as "did not start" for this notebook
        started.error = error
    return started


async def execute_notebook(
    path: Path,
    nb: Any,
    timeout: int,
    startup_timeout: int,
    kernel: str = "deno",
    ready: Prestarted | None = None,
) -> dict[str, Any]:
    """Run every code cell in a fresh Deno kernel (`ready`, started ahead, or one started now), with nbclient's
    public API. Returns a result dict; the notebook is updated in place. The kernel is always shut down."""
    if ready is None:
        ready = await prestart(path, kernel)
    client = NotebookClient(
        nb,
        km=ready.km,
        timeout=timeout,
        startup_timeout=startup_timeout,
        kernel_name=kernel,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        allow_errors=False,
        interrupt_on_timeout=False,  # a hung cell ends the notebook: its kernel is shut down
        shutdown_kernel="immediate",  # the shim delivers a cell's every output before its idle: nothing to wait for
    )
    result: dict[str, Any] = {"cells": 0, "ok": False, "error": None}
    current: int | None = None
    started = False
    stderr = ready.stderr
    try:
        if ready.error is not None:
            raise ready.error
        async with client.async_setup_kernel(cleanup_kc=True):
            started = True
            assert client.kc is not None
            reply = await client.async_wait_for_reply(client.kc.kernel_info())
            if reply and "language_info" in reply["content"]:
                nb.metadata["language_info"] = reply["content"]["language_info"]
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code" or not cell.source.strip():
                    continue
                current = index
                await client.async_execute_cell(cell, index)
                result["cells"] += 1
            current = None
        result["ok"] = True
    except CellTimeoutError:
        result["error"] = failure_report(
            path, nb, current, f"timed out after {timeout} s", "The cell did not finish; the kernel was shut down."
        )
    except DeadKernelError:
        result["error"] = failure_report(
            path, nb, current, "the kernel died", "The Deno kernel process exited." + kernel_log(stderr)
        )
    except Exception as error:  # noqa: BLE001 - every failure is reported, none is swallowed
        if not started:
            result["error"] = failure_report(
                path, nb, None, "the Deno kernel did not start", f"{type(error).__name__}: {error}" + kernel_log(stderr)
            )
        elif current is not None:
            result["error"] = failure_report(path, nb, current, "a cell raised an error", error_detail(nb.cells[current]))
        else:
            result["error"] = failure_report(
                path, nb, None, "kernel failure", f"{type(error).__name__}: {error}" + kernel_log(stderr)
            )
    finally:
        if ready.km is not None:
            try:
                if await ready.km.is_alive():
                    await ready.km.shutdown_kernel(now=True)
            except Exception:  # noqa: BLE001 - already gone
                pass
        stderr.close()
    return result


def kernel_log(stderr: Any) -> str:
    """The last lines the kernel wrote to stderr, without Deno's notice that its Jupyter support is unstable."""
    stderr.flush()
    stderr.seek(0)
    lines = [line for line in ANSI.sub("", stderr.read()).splitlines() if "is unstable" not in line and line.strip()]
    return ("\nKernel stderr (last lines):\n" + "\n".join(lines[-15:])) if lines else ""


def sign(nb: Any) -> None:
    """Mark the executed notebook as trusted (nbformat's notary), so JupyterLab shows its SVG/HTML outputs."""
    from nbformat.sign import NotebookNotary

    NotebookNotary().sign(nb)


def find_notebooks(names: list[str]) -> list[Path]:
    if not names:
        found = sorted(NOTEBOOKS.glob("*.ipynb"))
        if not found:
            raise UsageError(f"no notebooks in {rel(NOTEBOOKS)}")
        return found
    paths = []
    base = Path(os.environ.get("INIT_CWD", "."))  # `deno task` runs in the root; paths are relative to the caller
    for name in names:
        p = base / name
        if p.is_dir():
            paths.extend(sorted(p.glob("*.ipynb")))
        elif not p.exists():
            raise UsageError(f"no such notebook: {name}")
        elif p.suffix != ".ipynb":
            raise UsageError(f"not a notebook (.ipynb): {name}")
        else:
            paths.append(p)
    return paths


async def run_all(loaded: list[tuple[Path, Any]], out: Path, args: Any) -> list[dict[str, Any]]:
    """Execute the notebooks in order, each in a fresh kernel, writing each result as soon as it is done."""
    entries: list[dict[str, Any]] = []
    upcoming = asyncio.ensure_future(prestart(loaded[0][0], args.kernel))
    for n, (path, nb) in enumerate(loaded, 1):
        t0 = time.monotonic()
        timeout = args.timeout or int(nb.metadata.get("runner", {}).get("timeout", DEFAULT_TIMEOUT))
        ready = await upcoming
        if n < len(loaded):  # start the next notebook's kernel now, so it boots while this one runs
            upcoming = asyncio.ensure_future(prestart(loaded[n][0], args.kernel))
        result = await execute_notebook(path, nb, timeout, args.startup_timeout, args.kernel, ready=ready)
        sign(nb)
        target = out / f"{path.stem}.ipynb"
        write_atomic(target, nbformat.writes(nb))
        seconds = time.monotonic() - t0
        entry = {
            "notebook": rel(path),
            "stem": path.stem,
            "title": book.title_of(nb, path.stem),
            "output": str(target),
            "cells": result["cells"],
            "seconds": seconds,
            "ok": result["ok"],
            "error": result["error"],
        }
        entries.append(entry)
        status = "ok" if result["ok"] else "FAILED"
        print(f"[{n}/{len(loaded)}] {rel(path)}: {status}, {result['cells']} cells, {seconds:.1f} s", flush=True)
        if result["error"]:
            print(result["error"], file=sys.stderr, flush=True)
    return entries


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="deno task execute", description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="notebooks or folders (default: every notebook in notebooks/)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="JSON value")
    parser.add_argument("--out", default=str(ROOT / "build"), help="output folder (default: build/)")
    parser.add_argument("--timeout", type=int, default=None, help=f"seconds per cell (default {DEFAULT_TIMEOUT})")
    parser.add_argument("--startup-timeout", type=int, default=60, help="seconds for the kernel to start")
    parser.add_argument("--kernel", default="deno", help="kernelspec name (default: deno, the project's Deno)")
    parser.add_argument("--html", action="store_true", help="also write the book (tools/book.py)")
    parser.add_argument("--report", help="write a JSON report of the run to this file")
    args = parser.parse_args(argv)
    try:
        if args.timeout is not None and args.timeout <= 0:
            raise UsageError(f"--timeout must be a positive number of seconds, got {args.timeout}")
        params = parse_params(args.param)
        paths = find_notebooks(args.notebooks)
        out = (Path(os.environ.get("INIT_CWD", ".")) / args.out).resolve()
        if out == NOTEBOOKS.resolve() or NOTEBOOKS.resolve() in out.parents:
            raise UsageError(f"--out {args.out}: the runner never writes into notebooks/")
        loaded = []
        for path in paths:  # validate everything before starting any kernel
            try:
                nb = nbformat.read(path, as_version=4)
            except Exception as error:  # noqa: BLE001
                raise UsageError(f"{rel(path)}: not a readable notebook ({error})") from None
            if params:
                inject_parameters(nb, path, params)
            loaded.append((path, nb))
    except UsageError as error:
        print(f"execute: {error}", file=sys.stderr)
        return 2

    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".*.tmp"):  # left by a run that was killed mid-write
        stale.unlink()
    started = time.monotonic()
    entries = asyncio.run(run_all(loaded, out, args))
    if args.html:  # the book: a page per notebook, pictures of the charts in the copies, an index (tools/book.py)
        book.build(out, write_atomic, [e["stem"] for e in entries], failed={e["stem"] for e in entries if not e["ok"]})
    total = time.monotonic() - started
    failures = sum(not e["ok"] for e in entries)
    cells = sum(e["cells"] for e in entries)
    print(
        f"{len(entries)} notebooks, {cells} cells, {total:.1f} s, {failures} failures; output in {rel(out)}",
        flush=True,
    )
    if args.report:
        write_atomic(Path(os.environ.get("INIT_CWD", ".")) / args.report, json.dumps({"notebooks": entries, "seconds": total}, indent=2) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
