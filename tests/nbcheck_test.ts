/**
 * Tests of the notebook checks (tools/nbcheck.py): the clean-notebook check, `deno task clean`, and the
 * type-check of the notebooks' code cells.
 */
import assert from "node:assert/strict";
import { FIXTURES, type Notebook, readNotebook, runTool } from "./_run.ts";

async function copyFixture(name: string, edit?: (nb: Notebook) => void): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "nbcheck-" });
  const nb = JSON.parse(await Deno.readTextFile(`${FIXTURES}/${name}`));
  edit?.(nb);
  const path = `${dir}/${name}`;
  await Deno.writeTextFile(path, JSON.stringify(nb, null, 1));
  return path;
}

Deno.test("the clean check accepts a clean notebook", async () => {
  const run = await runTool("nbcheck", ["check", `${FIXTURES}/params.ipynb`]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /1 of 1 notebooks clean/);
});

const dirty: [string, (nb: Notebook) => void, RegExp][] = [
  ["outputs", (nb) => {
    nb.cells[1].outputs = [{ output_type: "stream", name: "stdout", text: "hi\n" }];
  }, /cell 2 has 1 output\(s\)/],
  ["an execution count", (nb) => {
    nb.cells[1].execution_count = 4;
  }, /cell 2 has execution_count 4/],
  ["a cell without an id", (nb) => {
    delete nb.cells[0].id;
  }, /cell 1 has no id/],
  ["another kernel", (nb) => {
    (nb.metadata.kernelspec as { name: string }).name = "python3";
  }, /kernelspec is 'python3', expected 'deno'/],
  ["another language", (nb) => {
    (nb.metadata.language_info as { name: string }).name = "python";
  }, /language_info.name is 'python', expected 'typescript'/],
  ["nbformat 4.4", (nb) => {
    nb.nbformat_minor = 4;
  }, /nbformat 4\.4, expected 4\.5/],
  ["timing metadata", (nb) => {
    nb.cells[1].metadata.execution = { "iopub.status.busy": "2026-01-01" };
  }, /cell 2 has execution timing metadata/],
  ["an injected-parameters cell", (nb) => {
    nb.cells.splice(2, 0, { ...nb.cells[1], id: "inj", metadata: { tags: ["injected-parameters"] } });
  }, /cell 3 is an injected-parameters cell/],
];
for (const [what, edit, message] of dirty) {
  Deno.test(`the clean check rejects a notebook with ${what}, and deno task clean fixes it`, async () => {
    const path = await copyFixture("params.ipynb", edit);
    const run = await runTool("nbcheck", ["check", path]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, message);
    const fixed = await runTool("nbcheck", ["clean", path]);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.match(fixed.stdout, /1 of 1 notebooks changed/);
    const again = await runTool("nbcheck", ["check", path]);
    assert.equal(again.code, 0, again.stderr);
    const nb = await readNotebook(path);
    assert.ok(nb.cells.every((c) => !c.outputs?.length && (c.execution_count ?? null) === null));
  });
}

Deno.test("clean leaves an already clean notebook byte for byte unchanged", async () => {
  const path = await copyFixture("params.ipynb");
  await runTool("nbcheck", ["clean", path]);
  const first = await Deno.readTextFile(path);
  const run = await runTool("nbcheck", ["clean", path]);
  assert.match(run.stdout, /0 of 1 notebooks changed/);
  assert.equal(await Deno.readTextFile(path), first);
});

Deno.test("the notebook type-check reports an error with its notebook and cell", async () => {
  const path = await copyFixture("params.ipynb", (nb) => {
    nb.cells[2].source = "const n: number = 1;\nconst s: string = n;\nconsole.log(s);";
  });
  const run = await runTool("nbcheck", ["typecheck", path]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /Type 'number' is not assignable to type 'string'/);
  assert.match(run.stderr, /params\.ipynb cell 3, line 2:7/);
});

Deno.test("the notebook type-check passes well-typed code", async () => {
  const run = await runTool("nbcheck", ["typecheck", `${FIXTURES}/params.ipynb`]);
  assert.equal(run.code, 0, run.stderr);
});
