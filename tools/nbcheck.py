"""Keep the committed notebooks clean, and type-check their code (the Deno kernel never type-checks).

  python tools/nbcheck.py check [NOTEBOOK...]   report notebooks that are not clean; exit 1 if any
  python tools/nbcheck.py clean [NOTEBOOK...]   make them clean in place (outputs, execution counts, metadata)
  python tools/nbcheck.py typecheck [NOTEBOOK...]
      extract each notebook's code cells, in order, into .typecheck/<name>.ts and run `deno check` on them,
      reporting each error with its notebook and cell

Clean means: nbformat 4.5, valid against the schema, every cell with an id, no outputs, no execution counts,
kernelspec "deno", language_info TypeScript, and no injected-parameters cell.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import nbformat

ROOT = Path(__file__).resolve().parent.parent
KERNELSPEC = {"name": "deno", "display_name": "Deno", "language": "typescript"}
LANGUAGE_INFO = {
    "name": "typescript",
    "codemirror_mode": "typescript",
    "file_extension": ".ts",
    "mimetype": "text/x.typescript",
    "nbconvert_exporter": "script",
    "pygments_lexer": "typescript",
}
CHECK_DIR = ROOT / ".typecheck"  # directly under the root, so the notebooks' "../lib/..." imports resolve


def notebooks(args: list[str]) -> list[Path]:
    return [Path(a) for a in args] if args else sorted((ROOT / "notebooks").glob("*.ipynb"))


def problems(path: Path) -> list[str]:
    """Everything that keeps a notebook from being clean, as sentences naming the cell."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"not readable as JSON: {error}"]
    found = []
    if (raw.get("nbformat"), raw.get("nbformat_minor")) != (4, 5):
        found.append(f"nbformat {raw.get('nbformat')}.{raw.get('nbformat_minor')}, expected 4.5")
    try:
        nbformat.validate(nbformat.from_dict(raw), version=4, version_minor=5)
    except nbformat.ValidationError as error:
        found.append(f"not valid nbformat 4.5: {error.message}")
    meta = raw.get("metadata", {})
    if meta.get("kernelspec", {}).get("name") != "deno":
        found.append(f"kernelspec is {meta.get('kernelspec', {}).get('name')!r}, expected 'deno'")
    if meta.get("language_info", {}).get("name") != "typescript":
        found.append(f"language_info.name is {meta.get('language_info', {}).get('name')!r}, expected 'typescript'")
    if "signature" in meta:
        found.append("carries a trust signature (executed copies belong in build/)")
    for i, cell in enumerate(raw.get("cells", []), 1):
        where = f"cell {i}"
        if "id" not in cell:
            found.append(f"{where} has no id")
        if cell.get("cell_type") == "code":
            if cell.get("outputs"):
                found.append(f"{where} has {len(cell['outputs'])} output(s)")
            if cell.get("execution_count") is not None:
                found.append(f"{where} has execution_count {cell['execution_count']}")
            if "execution" in cell.get("metadata", {}):
                found.append(f"{where} has execution timing metadata")
            if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                found.append(f"{where} is an injected-parameters cell (a runner product)")
    return found


def clean(path: Path) -> bool:
    """Rewrite the notebook clean; returns True when it changed."""
    before = path.read_text(encoding="utf-8")
    nb = nbformat.reads(before, as_version=4)
    nb.nbformat, nb.nbformat_minor = 4, 5
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for cell in nb.cells:
        if "id" not in cell:
            cell["id"] = uuid.uuid4().hex[:8]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    nb.metadata.pop("signature", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    nbformat.validate(nb)
    after = nbformat.writes(nb) + "\n"
    if after != before:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(after, encoding="utf-8")
        os.replace(tmp, path)
        return True
    return False


def extract(path: Path) -> tuple[Path, list[tuple[int, int]]]:
    """Write the code cells into one module; returns it and (first line, cell number) for each cell."""
    nb = nbformat.read(path, as_version=4)
    lines = [f"// Extracted from {path.name} by tools/nbcheck.py for type-checking. Do not edit."]
    starts = []
    for i, cell in enumerate(nb.cells, 1):
        if cell.cell_type != "code":
            continue
        lines.append(f"// ---- cell {i}")
        starts.append((len(lines) + 1, i))
        lines.extend(cell.source.splitlines())
    lines.append("export {};")
    CHECK_DIR.mkdir(exist_ok=True)
    out = CHECK_DIR / f"{path.stem}.ts"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, starts


def typecheck(paths: list[Path]) -> int:
    maps = {}
    for path in paths:
        out, starts = extract(path)
        maps[out.name] = (path, starts)
    deno = os.environ.get("DENO", str(ROOT / "deno"))
    files = [str(CHECK_DIR / name) for name in maps]
    proc = subprocess.run(
        [deno, "check", "--quiet", *files], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    text = proc.stdout + proc.stderr
    for name in maps:  # the extracted modules are only a means; leave no stray .ts files in the tree
        (CHECK_DIR / name).unlink(missing_ok=True)
    if CHECK_DIR.exists() and not any(CHECK_DIR.iterdir()):
        CHECK_DIR.rmdir()

    def locate(match: re.Match[str]) -> str:
        name, line, col = match.group(1), int(match.group(2)), match.group(3)
        path, starts = maps.get(name, (None, []))
        if path is None:
            return match.group(0)
        cell, first = None, 1
        for start, number in starts:
            if start <= line:
                cell, first = number, start
        shown = path.resolve().relative_to(ROOT) if ROOT in path.resolve().parents else path
        return f"{shown} cell {cell}, line {line - first + 1}:{col}"

    text = re.sub(r"file://\S*/\.typecheck/([^/:\s]+\.ts):(\d+):(\d+)", locate, text)
    if "No matching files" in text:
        print(text, file=sys.stderr)
        print("typecheck: deno check did not see the extracted files (excluded in deno.json?)", file=sys.stderr)
        return 1
    if proc.returncode != 0:
        print(text.rstrip(), file=sys.stderr)
        print(f"typecheck: errors in the notebooks' code (checked {len(paths)} notebooks)", file=sys.stderr)
        return 1
    print(f"typecheck: {len(paths)} notebooks type-check")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "clean", "typecheck"):
        print(__doc__, file=sys.stderr)
        return 2
    command, paths = argv[0], notebooks(argv[1:])
    if command == "typecheck":
        return typecheck(paths)
    if command == "clean":
        changed = [p for p in paths if clean(p)]
        print(f"clean: {len(changed)} of {len(paths)} notebooks changed" + "".join(f"\n  {p}" for p in changed))
        return 0
    bad = 0
    for path in paths:
        found = problems(path)
        if found:
            bad += 1
            print(f"{path}: not clean", file=sys.stderr)
            for p in found:
                print(f"  - {p}", file=sys.stderr)
    print(f"check: {len(paths) - bad} of {len(paths)} notebooks clean" + ("; run `deno task clean`" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
