"""Keep the committed notebooks clean, and type-check their code (the Deno kernel never type-checks).

  python tools/nbcheck.py check [NOTEBOOK...]   report notebooks that are not clean; exit 1 if any
  python tools/nbcheck.py clean [NOTEBOOK...]   make them clean in place (outputs, execution counts, metadata)
  python tools/nbcheck.py params [NOTEBOOK...]  print each notebook's parameters (meaning, range, listed values) as JSON
  python tools/nbcheck.py typecheck [NOTEBOOK...]
      extract each notebook's code cells, in order, into .typecheck/<name>.ts and run `deno check` on them,
      reporting each error with its notebook and cell

Clean means: nbformat 4.5, valid against the schema, every cell with an id, no outputs, no execution counts,
kernelspec "deno", language_info TypeScript, and no injected-parameters cell. `check` also holds the lessons to
conventions of notebooks/README.md: a cell tagged `check` has its source hidden (and, in a lesson, asserts); in lessons 01–14 a markdown
cell's only heading is at its top; and each line of the cell
tagged `parameters` is `const NAME = VALUE; // meaning; range: LO to HI [(integer)]; try: A | B` (a range, a
try list, or both) or `…; one of: A | B`
— required in lessons 01–14, a warning in any other notebook (a draft numbered 15 or more).
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
STRICT_PARAMETERS = re.compile(r"^(0[1-9]|1[0-4])-")  # lessons whose parameters cell must follow the format
PARAMETER = re.compile(r"^const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=\s*(.+?);\s*//\s*(.*)$")
SPEC = re.compile(
    r"^(?:range:\s*(?P<lo>\S+)\s+to\s+(?P<hi>\S+?)(?P<integer>\s*\(integer\))?"
    r"|(?P<kind>try|one of):\s*(?P<values>.+?))$"
)
CHECK_DIR = ROOT / ".typecheck"  # directly under the root, so the notebooks' "../lib/..." imports resolve


def notebooks(args: list[str]) -> list[Path]:
    return [Path(a) for a in args] if args else sorted((ROOT / "notebooks").glob("*.ipynb"))


def _json(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except ValueError:
        return False, None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parameters(source: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Parse a parameters cell: one dict per line (name, value, meaning, range or listed values), and problems."""
    found: list[dict[str, Any]] = []
    issues: list[str] = []
    for number, line in enumerate(source.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        match = PARAMETER.match(line)
        if not match:
            issues.append(f"{where} is not `const NAME = VALUE; // meaning; range/try/one of`: {line.strip()[:60]}")
            continue
        name, raw, comment = match.groups()
        parts = [part.strip() for part in comment.split(";")]
        specs = [(i, SPEC.match(part)) for i, part in enumerate(parts) if SPEC.match(part)]
        if not specs:
            issues.append(f"{where} ({name}) states no `range: LO to HI`, `try: A | B` or `one of: A | B`")
            continue
        meaning = "; ".join(parts[: specs[0][0]]).strip()
        if not meaning:
            issues.append(f"{where} ({name}) says what it is only by its range: add its meaning before it")
        ok, value = _json(raw)
        if not ok:
            issues.append(f"{where} ({name}) = {raw} is not a JSON literal (the runner's --param writes JSON)")
        entry: dict[str, Any] = {"name": name, "value": value, "meaning": meaning, "line": number}
        kinds = [("range" if spec.group("lo") is not None else spec.group("kind")) for _, spec in specs]
        if len(set(kinds)) < len(kinds) or ("one of" in kinds and len(kinds) > 1):
            issues.append(f"{where} ({name}) states {', '.join(kinds)}: at most one range and one try, or one of alone")
        for _, spec in specs:
            if spec.group("lo") is not None:
                (ok_lo, lo), (ok_hi, hi) = _json(spec.group("lo")), _json(spec.group("hi"))
                integer = bool(spec.group("integer"))
                if not (ok_lo and ok_hi and _is_number(lo) and _is_number(hi)):
                    issues.append(f"{where} ({name}) range {spec.group('lo')} to {spec.group('hi')} is not two numbers")
                    continue
                if lo > hi:
                    issues.append(f"{where} ({name}) range {lo} to {hi} runs backwards")
                elif integer and not (float(lo).is_integer() and float(hi).is_integer()):
                    issues.append(f"{where} ({name}) is an integer but its range {lo} to {hi} is not")
                elif ok and not (_is_number(value) and lo <= value <= hi):
                    issues.append(f"{where} ({name}) = {raw} lies outside its range {lo} to {hi}")
                elif ok and integer and not float(value).is_integer():
                    issues.append(f"{where} ({name}) = {raw} is not an integer")
                entry["range"] = {"lo": lo, "hi": hi, "integer": integer}
            else:
                listed = []
                for text in spec.group("values").split("|"):
                    ok_v, v = _json(text.strip())
                    if not ok_v:
                        issues.append(f"{where} ({name}) lists {text.strip()}, which is not a JSON literal")
                    listed.append(v)
                if spec.group("kind") == "one of" and ok and value not in listed:
                    issues.append(f"{where} ({name}) = {raw} is not one of its listed values")
                entry["try" if spec.group("kind") == "try" else "oneOf"] = listed
        rng = entry.get("range")
        for v in entry.get("try", []) if rng else []:
            if not (_is_number(v) and rng["lo"] <= v <= rng["hi"]):
                issues.append(f"{where} ({name}) tries {json.dumps(v)}, outside its range {rng['lo']} to {rng['hi']}")
        found.append(entry)
    return found, issues


def parameters_source(raw: dict[str, Any]) -> tuple[int, str] | None:
    for i, cell in enumerate(raw.get("cells", []), 1):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            return i, "".join(source) if isinstance(source, list) else source
    return None


def conventions(path: Path, raw: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Problems and warnings against notebooks/README.md's check-cell and parameters-cell rules."""
    found, warnings = [], []
    for i, cell in enumerate(raw.get("cells", []), 1):
        meta = cell.get("metadata", {})
        if "check" in meta.get("tags", []) and meta.get("jupyter", {}).get("source_hidden") is not True:
            found.append(f"cell {i} is tagged check but its source is not hidden (metadata.jupyter.source_hidden)")
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else source
        if ("check" in meta.get("tags", []) and STRICT_PARAMETERS.match(path.name)
                and not re.search(r"\bassert\b|\bsourceFigure\(", text)):
            found.append(f"cell {i} is tagged check but asserts nothing: an exercise's checker prints a verdict "
                         "and is hidden without the check tag")
    for i, cell in enumerate(raw.get("cells", []), 1):
        if cell.get("cell_type") != "markdown" or not STRICT_PARAMETERS.match(path.name):
            continue
        source = cell.get("source", "")
        lines = ("".join(source) if isinstance(source, list) else source).split("\n")
        fenced, late = False, []
        for number, line in enumerate(lines):
            fenced = fenced != line.lstrip().startswith("```")
            if not fenced and number > 0 and re.match(r"#{1,6} ", line):
                late.append(line.strip()[:40])
        if late:
            found.append(f"cell {i} has a heading below its top ({late[0]!r}): one heading per markdown cell, at its top")
    located = parameters_source(raw)
    if located is not None:
        index, source = located
        _, issues = parameters(source)
        target = found if STRICT_PARAMETERS.match(path.name) else warnings
        target.extend(f"parameters cell (cell {index}), {issue}" for issue in issues)
    elif STRICT_PARAMETERS.match(path.name):
        found.append("has no cell tagged parameters")
    return found, warnings


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
    return found + conventions(path, raw)[0]


def warnings_of(path: Path) -> list[str]:
    try:
        return conventions(path, json.loads(path.read_text(encoding="utf-8")))[1]
    except (OSError, ValueError):
        return []


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
    if not argv or argv[0] not in ("check", "clean", "typecheck", "params"):
        print(__doc__, file=sys.stderr)
        return 2
    command, paths = argv[0], notebooks(argv[1:])
    if command == "typecheck":
        return typecheck(paths)
    if command == "params":
        report = {}
        for path in paths:
            raw = json.loads(path.read_text(encoding="utf-8"))
            located = parameters_source(raw)
            parsed, issues = parameters(located[1]) if located else ([], ["no cell tagged parameters"])
            report[path.name] = {"parameters": parsed, "problems": issues}
        print(json.dumps(report, indent=1))
        return 0
    if command == "clean":
        changed = [p for p in paths if clean(p)]
        print(f"clean: {len(changed)} of {len(paths)} notebooks changed" + "".join(f"\n  {p}" for p in changed))
        return 0
    bad = 0
    for path in paths:
        warned = warnings_of(path)
        if warned:  # one line per notebook: lessons 06-14 adopt the format in their own issue
            more = f" (and {len(warned) - 1} more)" if len(warned) > 1 else ""
            print(f"{path}: warning: {warned[0]}{more}", file=sys.stderr)
        found = problems(path)
        if found:
            bad += 1
            print(f"{path}: not clean", file=sys.stderr)
            for p in found:
                print(f"  - {p}", file=sys.stderr)
    print(f"check: {len(paths) - bad} of {len(paths)} notebooks clean" + ("; `deno task clean` fixes outputs and metadata, notebooks/README.md says how to meet the conventions" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
