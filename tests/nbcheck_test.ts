/**
 * Tests of the notebook checks (tools/nbcheck.py): the clean-notebook check, `deno task clean`, the lesson
 * conventions it enforces (hidden check cells, the parameters-cell format), and the type-check of the notebooks'
 * code cells.
 */
import assert from "node:assert/strict";
import { FIXTURES, type Notebook, readNotebook, runTool } from "./_run.ts";

async function copyFixture(name: string, edit?: (nb: Notebook) => void, as = name): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "nbcheck-" });
  const nb = JSON.parse(await Deno.readTextFile(`${FIXTURES}/${name}`));
  edit?.(nb);
  const path = `${dir}/${as}`;
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

const FORMATTED = [
  "const learningRate = 0.1; // step size α; range: 0.001 to 0.6",
  "const steps = 3; // descent steps; range: 1 to 50 (integer); try: 2",
  'const label: string = "run"; // what the run is called; one of: "run" | "walk"',
].join("\n");

function withParameters(source: string) {
  return (nb: Notebook) => {
    nb.cells[1].source = source;
  };
}

Deno.test("the clean check rejects a check cell whose source is not hidden", async () => {
  const path = await copyFixture("params.ipynb", (nb) => {
    nb.cells[2].metadata = { tags: ["check"] };
  });
  const run = await runTool("nbcheck", ["check", path]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /cell 3 is tagged check but its source is not hidden/);
  const hidden = await copyFixture("params.ipynb", (nb) => {
    nb.cells[2].metadata = { tags: ["check"], jupyter: { source_hidden: true } };
  });
  assert.equal((await runTool("nbcheck", ["check", hidden])).code, 0);
});

Deno.test("the clean check rejects, in a lesson, a check cell that asserts nothing", async () => {
  const checkCell = (source: string) => (nb: Notebook) => {
    nb.cells[1].source = FORMATTED;
    nb.cells[2].metadata = { tags: ["check"], jupyter: { source_hidden: true } };
    nb.cells[2].source = source;
  };
  const verdict = await copyFixture("params.ipynb", checkCell("checkValue(answer, 2);"), "01-lesson.ipynb");
  const run = await runTool("nbcheck", ["check", verdict]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /cell 3 is tagged check but asserts nothing/);
  const asserts = await copyFixture("params.ipynb", checkCell("assert.equal(steps, 3);"), "01-lesson.ipynb");
  assert.equal((await runTool("nbcheck", ["check", asserts])).code, 0);
});

Deno.test("the clean check accepts a lesson whose parameters each carry a meaning and a range", async () => {
  const path = await copyFixture("params.ipynb", withParameters(FORMATTED), "01-lesson.ipynb");
  const run = await runTool("nbcheck", ["check", path]);
  assert.equal(run.code, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /warning/);
});

const unformatted: [string, string, RegExp][] = [
  [
    "a parameter without a range",
    "const learningRate = 0.1; // step size α",
    /line 1 \(learningRate\) states no `range/,
  ],
  [
    "a range without a meaning",
    "const learningRate = 0.1; // range: 0 to 1",
    /line 1 \(learningRate\) says what it is only/,
  ],
  [
    "a value outside its range",
    "const learningRate = 2; // step size; range: 0 to 1",
    /= 2 lies outside its range 0 to 1/,
  ],
  [
    "a fraction in an integer range",
    "const steps = 2.5; // steps; range: 1 to 5 (integer)",
    /= 2.5 is not an integer/,
  ],
  [
    "a value not among one of",
    'const m = "c"; // method; one of: "a" | "b"',
    /= "c" is not one of its listed values/,
  ],
  [
    "a tried value outside the range",
    "const start = 2; // x₀; range: -5 to 5; try: 0.75 | 9",
    /tries 9, outside its range -5 to 5/,
  ],
  [
    "a line that is no const",
    "const steps = 3; // steps; range: 1 to 5 (integer)\nconsole.log(steps);",
    /line 2 is not `const NAME = VALUE/,
  ],
];
for (const [what, source, message] of unformatted) {
  Deno.test(`the clean check rejects ${what} in lessons 01–14, and only warns for another notebook (a draft 15)`, async () => {
    const strict = await copyFixture("params.ipynb", withParameters(source), "03-lesson.ipynb");
    const run = await runTool("nbcheck", ["check", strict]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, message);
    const loose = await copyFixture("params.ipynb", withParameters(source), "15-draft.ipynb");
    const warned = await runTool("nbcheck", ["check", loose]);
    assert.equal(warned.code, 0, warned.stderr);
    assert.match(warned.stderr, /warning: parameters cell \(cell 2\)/);
    assert.match(warned.stderr, message);
  });
}

Deno.test("nbcheck params reads each parameter's value, meaning, range and listed values", async () => {
  const path = await copyFixture("params.ipynb", withParameters(FORMATTED), "02-lesson.ipynb");
  const run = await runTool("nbcheck", ["params", path]);
  assert.equal(run.code, 0, run.stderr);
  const { parameters, problems } = JSON.parse(run.stdout)["02-lesson.ipynb"];
  assert.deepEqual(problems, []);
  assert.deepEqual(parameters.map((p: { name: string }) => p.name), ["learningRate", "steps", "label"]);
  assert.deepEqual(parameters[0].range, { lo: 0.001, hi: 0.6, integer: false });
  assert.deepEqual(parameters[1].range, { lo: 1, hi: 50, integer: true });
  assert.deepEqual(parameters[1].try, [2]);
  assert.deepEqual(parameters[2].oneOf, ["run", "walk"]);
  assert.equal(parameters[0].meaning, "step size α");
});

Deno.test("the clean check rejects a heading below the top of a markdown cell in lessons 01–14", async () => {
  const late = (nb: Notebook) => {
    nb.cells[0].source = "# Title\n\nSome text.\n\n## 1. A section";
  };
  const strict = await runTool("nbcheck", [
    "check",
    await copyFixture("params.ipynb", late, "04-lesson.ipynb"),
  ]);
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /cell 1 has a heading below its top \('## 1\. A section'\)/);
  const fenced = (nb: Notebook) => {
    nb.cells[0].source = "# Title\n\n```sh\n# a shell comment, not a heading\n```";
  };
  const ok = await runTool("nbcheck", [
    "check",
    await copyFixture("params.ipynb", fenced, "04-lesson.ipynb"),
  ]);
  assert.doesNotMatch(ok.stderr, /heading below its top/);
});
