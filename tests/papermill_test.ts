/**
 * papermill on the Deno kernel: the TypeScript parameter translator (tools/papermill_deno, installed into .venv by
 * the set-up) and papermill's own execution (nbclient, through the kernel shim), which must lose nothing.
 */
import assert from "node:assert/strict";
import {
  assertTwentyKept,
  cellText,
  codeCells,
  FIXTURES,
  PYTHON,
  readNotebook,
  ROOT,
  text,
  twentyCopies,
  underLoad,
} from "./_run.ts";

const PAPERMILL = `${ROOT}/.venv/bin/papermill`;
const JUPYTER_PATH = `${ROOT}/.venv/share/jupyter`;
const decoder = new TextDecoder();

async function run(
  command: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command(command, {
    args,
    cwd: ROOT,
    env: { JUPYTER_PATH },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code, stdout: decoder.decode(stdout), stderr: decoder.decode(stderr) };
}

Deno.test("papermill -k deno -p injects TypeScript parameters after the parameters cell, keeping let as let", async () => {
  const out = `${await Deno.makeTempDir()}/params.ipynb`;
  const args = ["-k", "deno", `${FIXTURES}/params.ipynb`, out, "--cwd", FIXTURES];
  const { code, stderr } = await run(PAPERMILL, [
    ...args,
    "-p",
    "learningRate",
    "0.5",
    "-p",
    "steps",
    "4",
    "-p",
    "label",
    "edited",
  ]);
  assert.equal(code, 0, stderr);
  const nb = await readNotebook(out);
  const injected = nb.cells[2];
  assert.deepEqual(injected.metadata.tags, ["injected-parameters"]);
  assert.equal(
    text(injected.source),
    '// Parameters (injected by papermill)\nconst learningRate = 0.5;\nlet steps = 4;\nconst label = "edited";\n',
  );
  assert.equal(cellText(codeCells(nb)[2]), "edited: 2\n");
});

Deno.test("papermill warns about a name the parameters cell does not assign", async () => {
  const out = `${await Deno.makeTempDir()}/params.ipynb`;
  const { code, stderr } = await run(PAPERMILL, [
    "-k",
    "deno",
    `${FIXTURES}/params.ipynb`,
    out,
    "--cwd",
    FIXTURES,
    "-p",
    "alpha",
    "1",
  ]);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /Passed unknown parameter: alpha/);
});

Deno.test("the TypeScript translator writes every YAML/JSON value as a TypeScript literal", async () => {
  const script = `
import json, math
from papermill.translators import translate_parameters
print(json.dumps(translate_parameters("deno", "typescript", {
  "s": 'say "hi"\\n', "n": None, "b": False, "i": -3, "f": 0.05, "big": 1e300, "nan": math.nan,
  "inf": -math.inf, "xs": [1, "two", [3.5]], "o": {"a": 1, "b": [True, None]},
})))`;
  const { code, stdout, stderr } = await run(PYTHON, ["-c", script]);
  assert.equal(code, 0, stderr);
  assert.equal(
    JSON.parse(stdout),
    [
      "// Parameters (injected by papermill)",
      'const s = "say \\"hi\\"\\n";',
      "const n = null;",
      "const b = false;",
      "const i = -3;",
      "const f = 0.05;",
      "const big = 1e+300;",
      "const nan = NaN;",
      "const inf = -Infinity;",
      'const xs = [1, "two", [3.5]];',
      'const o = {"a": 1, "b": [true, null]};',
      "",
    ].join("\n"),
  );
});

Deno.test("papermill keeps all 400 results and 12,000 lines of 20 runs of a 20-cell notebook under CPU load", async () => {
  const { dir, paths } = await twentyCopies("papermill-400-");
  // One Python process runs the 20 notebooks with papermill's API (as the CLI does, without 20 start-ups).
  const script = `
import sys, papermill
for path in sys.argv[1:]:
    papermill.execute_notebook(path, path, kernel_name="deno", progress_bar=False, cwd="${FIXTURES}")`;
  const { code, stderr } = await underLoad(() => run(PYTHON, ["-c", script, ...paths]));
  assert.equal(code, 0, stderr);
  assert.equal(await assertTwentyKept(paths), 400);
  await Deno.remove(dir, { recursive: true });
});
