/**
 * Tests of the notebook runner (tools/runner.py, `deno task execute`), on fixture notebooks in tests/fixtures.
 */
import assert from "node:assert/strict";
import {
  cellText,
  codeCells,
  execute,
  FIXTURES,
  PYTHON,
  readNotebook,
  ROOT,
  text,
  underLoad,
} from "./_run.ts";

const ESC = "\x1b";

Deno.test("execute keeps all 400 results of a 20-cell notebook executed 20 times, under CPU load, each in its cell", async () => {
  const dir = await Deno.makeTempDir({ prefix: "runner-400-" });
  const source = await Deno.readTextFile(`${FIXTURES}/twenty_results.ipynb`);
  const inputs: string[] = [];
  for (let i = 0; i < 20; i++) {
    const path = `${dir}/run${String(i).padStart(2, "0")}.ipynb`;
    await Deno.writeTextFile(path, source);
    inputs.push(path);
  }
  const out = `${dir}/out`;
  const run = await underLoad(() => execute([...inputs, "--out", out, "--report", `${dir}/report.json`]));
  assert.equal(run.code, 0, run.stderr);
  let kept = 0;
  for (let i = 0; i < 20; i++) {
    const nb = await readNotebook(`${out}/run${String(i).padStart(2, "0")}.ipynb`);
    codeCells(nb).forEach((cell, k) => {
      const results = (cell.outputs ?? []).filter((o) => o.output_type === "execute_result");
      assert.equal(results.length, 1, `run ${i}, cell ${k + 1}: ${JSON.stringify(cell.outputs)}`);
      assert.equal(text(results[0].data?.["text/plain"]), String(k * 3));
      const printed = (cell.outputs ?? []).filter((o) => o.output_type === "stream").map((o) => text(o.text));
      const expected = Array.from({ length: 30 }, (_, j) => `cell ${k + 1}, line ${j + 1}\n`).join("");
      assert.equal(printed.join(""), expected, `run ${i}, cell ${k + 1}: stdout in the wrong cell`);
      kept++;
    });
  }
  assert.equal(kept, 400);
  const report = JSON.parse(await Deno.readTextFile(`${dir}/report.json`));
  assert.equal(report.notebooks.length, 20);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("execute reports a failing cell with notebook, cell number, first lines and traceback", async () => {
  const out = await Deno.makeTempDir();
  const run = await execute([`${FIXTURES}/failing.ipynb`, "--out", out]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /FAILED tests\/fixtures\/failing\.ipynb: a cell raised an error/);
  assert.match(run.stderr, /at cell 2 of 3/);
  assert.match(run.stderr, /\| \/\/ about to fail/);
  assert.match(run.stderr, /RangeError: boom: x must be > 0, got -1/);
  assert.match(run.stderr, /at explode/);
  assert.match(run.stdout, /0 notebooks|1 failures/);
  // The executed copy up to the failure is still written.
  const nb = await readNotebook(`${out}/failing.ipynb`);
  const [first, second, third] = codeCells(nb);
  assert.equal(cellText(first), "1");
  assert.equal(second.outputs?.[0].output_type, "error");
  assert.deepEqual(third.outputs, []);
});

Deno.test("execute times out a hung cell with the same kind of report, and still writes the copy", async () => {
  const out = await Deno.makeTempDir();
  const t0 = performance.now();
  const run = await execute([`${FIXTURES}/hung.ipynb`, "--out", out, "--timeout", "2"]);
  assert.equal(run.code, 1);
  assert.ok(performance.now() - t0 < 30_000, "a hung cell must not hold the runner");
  assert.match(run.stderr, /FAILED tests\/fixtures\/hung\.ipynb: timed out after 2 s/);
  assert.match(run.stderr, /at cell 2 of 2/);
  assert.match(run.stderr, /\| while \(true\) \{\}/);
  assert.equal(cellText(codeCells(await readNotebook(`${out}/hung.ipynb`))[0]), "1");
});

Deno.test("execute reports a kernel that dies, naming the cell", async () => {
  const out = await Deno.makeTempDir();
  const run = await execute([`${FIXTURES}/dies.ipynb`, "--out", out]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /FAILED tests\/fixtures\/dies\.ipynb: the kernel died/);
  assert.match(run.stderr, /at cell 2 of 3/);
  assert.match(run.stderr, /Deno\.exit\(3\)/);
});

Deno.test("execute reports a kernel that never starts instead of waiting forever", async () => {
  const jupyter = await Deno.makeTempDir({ prefix: "kernels-" });
  for (
    const [name, argv] of [["silent", ["sleep", "600"]], ["crash", ["sh", "-c", "echo no luck >&2; exit 7"]]]
  ) {
    await Deno.mkdir(`${jupyter}/kernels/${name}`, { recursive: true });
    await Deno.writeTextFile(
      `${jupyter}/kernels/${name}/kernel.json`,
      JSON.stringify({ argv: [...argv as string[]], display_name: name, language: "typescript" }),
    );
  }
  for (const name of ["silent", "crash"]) {
    const t0 = performance.now();
    const out = await Deno.makeTempDir();
    const run = await execute(
      [`${FIXTURES}/no_params.ipynb`, "--out", out, "--kernel", name, "--startup-timeout", "3"],
      { JUPYTER_PATH: jupyter },
    );
    assert.equal(run.code, 1, `${name}: ${run.stderr}`);
    assert.match(run.stderr, /no_params\.ipynb: the Deno kernel did not start/, name);
    assert.ok(performance.now() - t0 < 30_000, `${name}: took ${performance.now() - t0} ms`);
  }
});

Deno.test("execute --param overrides a parameter and changes the printed result", async () => {
  const out = await Deno.makeTempDir();
  const plain = await execute([`${FIXTURES}/params.ipynb`, "--out", out]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal(
    cellText(codeCells(await readNotebook(`${out}/params.ipynb`))[1]),
    "run: 0.30000000000000004\n",
  );

  const run = await execute([
    `${FIXTURES}/params.ipynb`,
    "--out",
    out,
    "--param",
    "learningRate=0.5",
    "--param",
    "steps=4",
    "--param",
    'label="edited"',
  ]);
  assert.equal(run.code, 0, run.stderr);
  const nb = await readNotebook(`${out}/params.ipynb`);
  const injected = nb.cells[2];
  assert.deepEqual(injected.metadata.tags, ["injected-parameters"]);
  assert.match(text(injected.source), /const learningRate = 0\.5;/);
  assert.match(text(injected.source), /let steps = 4;/);
  assert.equal(cellText(codeCells(nb)[2]), "edited: 2\n");
});

const badParams: [string, string[], RegExp][] = [
  [
    "a value that is not valid JSON",
    ["--param", "learningRate=0.1.2"],
    /learningRate=0\.1\.2: the value is not valid JSON/,
  ],
  ["an unquoted string", ["--param", "label=fast"], /label=fast: the value is not valid JSON/],
  ["NaN", ["--param", "learningRate=NaN"], /NaN is not a JSON literal/],
  ["an empty value", ["--param", "learningRate="], /learningRate=: the value is not valid JSON/],
  [
    "a name the parameters cell does not assign",
    ["--param", "alpha=0.1"],
    /does not assign alpha; it assigns: learningRate, steps, label/,
  ],
  ["a name that is not an identifier", ["--param", "2x=1"], /expected NAME=VALUE/],
  ["no '=' at all", ["--param", "learningRate"], /expected NAME=VALUE/],
  ["the same name twice", ["--param", "steps=1", "--param", "steps=2"], /--param steps is given twice/],
];
for (const [what, args, message] of badParams) {
  Deno.test(`execute rejects --param with ${what}, naming the problem, before starting a kernel`, async () => {
    const out = await Deno.makeTempDir();
    const run = await execute([`${FIXTURES}/params.ipynb`, "--out", out, ...args]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, message);
    assert.deepEqual([...Deno.readDirSync(out)], [], "nothing is written for a rejected command");
  });
}

Deno.test("execute rejects --param for a notebook with no parameters cell", async () => {
  const run = await execute([
    `${FIXTURES}/no_params.ipynb`,
    "--out",
    await Deno.makeTempDir(),
    "--param",
    "x=1",
  ]);
  assert.equal(run.code, 2);
  assert.match(
    run.stderr,
    /no_params\.ipynb: --param given but the notebook has no cell tagged 'parameters'/,
  );
});

Deno.test("execute never writes into notebooks/ and rejects unknown notebooks and bad timeouts", async () => {
  for (
    const [args, message] of [
      [["--out", `${ROOT}/notebooks/out`], /never writes into notebooks\//],
      [["--out", `${ROOT}/notebooks`], /never writes into notebooks\//],
      [["missing.ipynb"], /no such notebook: missing\.ipynb/],
      [[`${ROOT}/deno.json`], /not a notebook/],
      [["--timeout", "0"], /--timeout must be a positive number of seconds, got 0/],
    ] as [string[], RegExp][]
  ) {
    const run = await execute([`${FIXTURES}/no_params.ipynb`, ...args]);
    assert.equal(run.code, 2, args.join(" "));
    assert.match(run.stderr, message);
  }
});

Deno.test("execute writes text outputs without ANSI colour codes and cells without timing metadata", async () => {
  const dir = await Deno.makeTempDir();
  const nbText = await Deno.readTextFile(`${FIXTURES}/no_params.ipynb`);
  const nb = JSON.parse(nbText);
  nb.cells[0].source = 'console.log({ a: 1, b: "two" });\n({ nested: [1, 2, 3], flag: true })';
  await Deno.writeTextFile(`${dir}/colours.ipynb`, JSON.stringify(nb));
  const run = await execute([`${dir}/colours.ipynb`, "--out", `${dir}/out`]);
  assert.equal(run.code, 0, run.stderr);
  const done = await readNotebook(`${dir}/out/colours.ipynb`);
  const cell = codeCells(done)[0];
  assert.match(cellText(cell), /nested/);
  assert.ok(!cellText(cell).includes(ESC), JSON.stringify(cellText(cell)));
  assert.equal(cell.metadata.execution, undefined);
});

Deno.test("execute signs executed notebooks as trusted and --html writes pages and an index in order", async () => {
  const out = await Deno.makeTempDir();
  const run = await execute([
    `${FIXTURES}/display.ipynb`,
    `${FIXTURES}/params.ipynb`,
    "--out",
    out,
    "--html",
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /\[1\/2\] tests\/fixtures\/display\.ipynb: ok, 1 cells/);
  assert.match(run.stdout, /2 notebooks, 3 cells, [\d.]+ s, 0 failures/);
  const check = await new Deno.Command(PYTHON, {
    args: [
      "-c",
      "import sys, nbformat; from nbformat.sign import NotebookNotary as N; " +
      "print(all(N().check_signature(nbformat.read(p, 4)) for p in sys.argv[1:]))",
      `${out}/display.ipynb`,
      `${out}/params.ipynb`,
    ],
    stdout: "piped",
  }).output();
  assert.equal(new TextDecoder().decode(check.stdout).trim(), "True");
  const page = await Deno.readTextFile(`${out}/display.html`);
  assert.match(page, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="10"/);
  const index = await Deno.readTextFile(`${out}/index.html`);
  assert.ok(index.indexOf('href="display.html"') < index.indexOf('href="params.html"'));
});

Deno.test("a run killed in the middle of writing a notebook leaves the previous file whole", async () => {
  const dir = await Deno.makeTempDir({ prefix: "runner-kill-" });
  const input = `${dir}/n0.ipynb`;
  await Deno.copyFile(`${FIXTURES}/twenty_results.ipynb`, input);
  const out = `${dir}/out`;
  assert.equal((await execute([input, "--out", out])).code, 0);
  const before = await Deno.readTextFile(`${out}/n0.ipynb`);
  // The runner, with its file writes slowed down (ten chunks, 0.3 s apart) so that the kill lands mid-write.
  const slowWrites = `
import os, runpy, sys, time
real_fdopen = os.fdopen
class Slow:
    def __init__(self, f): self.f = f
    def __enter__(self): return self
    def __exit__(self, *exc): return self.f.__exit__(*exc)
    def write(self, text):
        step = max(1, len(text) // 10)
        for k in range(0, len(text), step):
            self.f.write(text[k : k + step]); self.f.flush(); time.sleep(0.3)
os.fdopen = lambda *a, **k: Slow(real_fdopen(*a, **k))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")`;
  const child = new Deno.Command(PYTHON, {
    args: ["-c", slowWrites, `${ROOT}/tools/runner.py`, input, "--out", out],
    stdout: "null",
    stderr: "null",
  }).spawn();
  const partial = () => [...Deno.readDirSync(out)].some((e) => e.name.endsWith(".tmp"));
  for (let t = 0; t < 1500 && !partial(); t++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(partial(), "the runner started writing");
  await new Promise((r) => setTimeout(r, 400));
  child.kill("SIGKILL");
  await child.status;
  assert.equal(await Deno.readTextFile(`${out}/n0.ipynb`), before, "the earlier notebook is untouched");
  assert.equal(codeCells(await readNotebook(`${out}/n0.ipynb`)).length, 20);
  // The next run completes and removes the leftover temporary file.
  assert.equal((await execute([input, "--out", out])).code, 0);
  assert.deepEqual([...Deno.readDirSync(out)].filter((e) => e.name.endsWith(".tmp")), []);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("execute --html folds hidden solution cells into a <details> block, output included", async () => {
  const out = await Deno.makeTempDir();
  const run = await execute([`${FIXTURES}/solution.ipynb`, "--out", out, "--html"]);
  assert.equal(run.code, 0, run.stderr);
  const page = await Deno.readTextFile(`${out}/solution.html`);
  const folded = page.slice(page.indexOf("<details><summary>Show the solution</summary>"));
  assert.ok(folded.length < page.length, "a <details> block for the solution");
  assert.match(folded.slice(0, folded.indexOf("</details>")), /the reference answer[\s\S]*<pre>42<\/pre>/);
  // The executed notebook itself keeps the cell as a code cell with its output.
  const nb = await readNotebook(`${out}/solution.ipynb`);
  assert.equal(cellText(codeCells(nb)[1]), "42");
});
