"""TypeScript parameters for papermill: `papermill -k deno in.ipynb out.ipynb -p learningRate 0.05`.

papermill injects a cell tagged `injected-parameters` after the cell tagged `parameters`, written by the
translator registered for the kernel's name or language. It has none for TypeScript; this one writes

    // Parameters (injected by papermill)
    const learningRate = 0.05;

one declaration per parameter, the value as a JSON literal (numbers, strings, booleans, null, arrays, objects;
NaN and ±Infinity as JavaScript writes them), so a later cell sees the new value. The keyword is `const`, or
`let` for a name the parameters cell declares with `let` (the Deno kernel lets a cell redeclare a name only
with the keyword it was declared with). It reads the parameters cell for that (papermill inspects the cell just
before it injects parameters), for `papermill --help-notebook`, and for papermill's warning about a name the
cell does not assign.

papermill (2.7) has no entry point for translators: it loads every `papermill.engine` entry point at start-up,
and this module is one (an engine named "deno", plain nbclient), so importing it registers the translator.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from papermill.engines import NBClientEngine
from papermill.models import Parameter
from papermill.translators import Translator, papermill_translators

NAME = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
# `const name = value; // help` or `let name: Type = value; // help`, one per line, in a parameters cell
DECLARATION = re.compile(
    r"^\s*(?:export\s+)?(?P<keyword>const|let|var)\s+(?P<name>[A-Za-z_$][A-Za-z0-9_$]*)\s*"
    r"(?::\s*(?P<type>[^=]+?))?\s*=\s*(?P<value>.*?)\s*;?\s*(?://\s*(?P<help>.*))?$"
)


def literal(value: Any) -> str:
    """A TypeScript literal for a JSON/YAML value."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=True)
    except TypeError:
        raise TypeError(
            f"papermill_deno: cannot write {value!r} ({type(value).__name__}) as a TypeScript literal; "
            "use numbers, strings, booleans, null, lists or mappings"
        ) from None


class TypeScriptTranslator(Translator):
    keywords: dict[str, str] = {}  # name -> "let" for the names the last inspected parameters cell declares with let
    @classmethod
    def translate(cls, val: Any) -> str:
        return literal(val)

    @classmethod
    def comment(cls, cmt_str: str) -> str:
        return f"// {cmt_str}".strip()

    @classmethod
    def assign(cls, name: str, str_val: str) -> str:
        if not NAME.match(name):
            raise ValueError(f"papermill_deno: parameter name {name!r} is not a TypeScript identifier")
        keyword = "let" if cls.keywords.get(name) == "let" else "const"
        return f"{keyword} {name} = {str_val};"

    @classmethod
    def codify(cls, parameters: dict[str, Any], comment: str = "Parameters") -> str:
        lines = [cls.comment(f"{comment} (injected by papermill)")]
        lines += [cls.assign(name, cls.translate(value)) for name, value in parameters.items()]
        return "\n".join(lines) + "\n"

    @classmethod
    def inspect(cls, parameters_cell: Any) -> list[Parameter]:
        found = []
        keywords = {}
        for line in parameters_cell.source.splitlines():
            m = DECLARATION.match(line)
            if m:
                keywords[m.group("name")] = m.group("keyword")
                kind = (m.group("type") or "").strip() or infer_type(m.group("value"))
                found.append(Parameter(m.group("name"), kind, m.group("value"), (m.group("help") or "").strip()))
        TypeScriptTranslator.keywords = keywords
        return found


def infer_type(value: str) -> str:
    try:
        parsed = json.loads(value)
    except ValueError:
        return "None"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(parsed), "None"
    )


class DenoEngine(NBClientEngine):
    """papermill's nbclient engine under the name "deno" (the kernel shim keeps every output in its cell)."""


for key in ("deno", "typescript"):  # the kernelspec's name and its language
    papermill_translators.register(key, TypeScriptTranslator)
