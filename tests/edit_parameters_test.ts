/**
 * Every lesson run with edited parameters: notebooks/README.md promises that any value within a parameter's
 * stated range (and each value it lists) runs the lesson to the end. This test reads each lesson's parameters
 * cell through `tools/nbcheck.py params` (the same parser the clean check uses), runs the lesson through the
 * runner with the edits, and fails on any cell that fails.
 *
 * How the edits are combined, to keep CI time sane: the parameters of a lesson are independent knobs, so they
 * are edited together rather than one at a time —
 * - run "low": every parameter with a `range:` at its low end, all in one run;
 * - run "high": every parameter with a `range:` at its high end, all in one run;
 * - run "listed k" (k = 1, 2, …): every parameter with a `try:` or `one of:` list (a ranged one may have a
 *   `try:` list too) set to its k-th value (a
 *   parameter whose list is shorter keeps its shipped value; a run identical to the shipped parameters is
 *   skipped, `tests/notebooks_test.ts` covers those).
 *
 * - a run per entry of REGRESSIONS: an edit that once broke the lesson (found by a review), with words its output
 *   must or must not print.
 *
 * A lesson with any number of ranged parameters and lists of at most L values takes 2 + L runs (plus its regressions). Combining is also
 * the stricter test: the low ends together (one iteration with the smallest learning rate and the tiniest nudge)
 * must run too. A failure names the run and every edit in it.
 *
 * Lessons 01–14 must follow the parameters-cell format: the test fails when theirs does not. A lesson added
 * later whose cell does not follow it yet is skipped with a printed note.
 */
import assert from "node:assert/strict";
import { execute, readNotebook, ROOT, runTool, text } from "./_run.ts";

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

interface Parameter {
  name: string;
  value: Json;
  meaning: string;
  range?: { lo: number; hi: number; integer: boolean };
  try?: Json[];
  oneOf?: Json[];
}

interface Run {
  label: string;
  edits: [string, Json][];
}

// Every lesson (01–14) follows the parameters-cell format now; a new lesson that does not yet is skipped with a note.
const STRICT = /^(0[1-9]|1[0-4])-/;

/** The runs of one lesson, as the module doc describes. */
function editRuns(parameters: Parameter[]): Run[] {
  const ranged = parameters.filter((p) => p.range);
  const runs: Run[] = [];
  if (ranged.length) {
    runs.push({ label: "low", edits: ranged.map((p) => [p.name, p.range!.lo]) });
    runs.push({ label: "high", edits: ranged.map((p) => [p.name, p.range!.hi]) });
  }
  const listed = parameters.filter((p) => (p.try ?? p.oneOf)?.length);
  const longest = Math.max(0, ...listed.map((p) => (p.try ?? p.oneOf)!.length));
  for (let k = 0; k < longest; k++) {
    const edits: [string, Json][] = listed
      .filter((p) => k < (p.try ?? p.oneOf)!.length)
      .map((p) => [p.name, (p.try ?? p.oneOf)![k]]);
    const shipped = new Map(parameters.map((p) => [p.name, JSON.stringify(p.value)]));
    if (edits.every(([name, value]) => shipped.get(name) === JSON.stringify(value))) continue;
    runs.push({ label: `listed ${k + 1}`, edits });
  }
  return runs;
}

/**
 * Edits that once broke a lesson, found by its reviews, run as they are, each with words its output must (or must
 * not) contain: a crash, a hidden check that tripped, or a verdict that was false for these values.
 */
interface Regression extends Run {
  says?: string[];
  neverSays?: string[];
}
/** Lesson 08's ravine settings with every learning rate at the low end of its range, 0.001, and these averages. */
function slowRavine(
  { momentum, nesterov, rmspropBeta2, adamBeta1, adamBeta2 }: Record<string, number>,
): Json {
  const learningRate = 0.001;
  return {
    standard: { learningRate },
    momentum: { learningRate, momentum },
    nesterov: { learningRate, momentum: nesterov },
    adagrad: { learningRate },
    rmsprop: { learningRate, beta2: rmspropBeta2 },
    adam: { learningRate, beta1: adamBeta1, beta2: adamBeta2 },
  };
}
const REGRESSIONS: Record<string, Regression[]> = {
  "08-momentum-and-adaptive-optimizers.ipynb": [
    {
      label: "regression (review r17): an iterate on the tolerance itself, where round-off picks the side",
      edits: [["ravineShape", { a: 4.5, b: 4.5 }], ["ravineStart", [0.01, 0]], ["tolerance", 1e-3]],
      says: ["the tolerance to round-off, so round-off picks the side"],
    },
    {
      label: "regression (review r17): RMSProp reaches the minimum only by underflow",
      edits: [["ravineShape", { a: 10, b: 10 }], ["rateGrid", [10]], ["ravineSettings", {
        standard: { learningRate: 10 },
        momentum: { learningRate: 0.001, momentum: 0 },
        nesterov: { learningRate: 10, momentum: 0.999 },
        adagrad: { learningRate: 0.001 },
        rmsprop: { learningRate: 10, beta2: 0.999 },
        adam: { learningRate: 10, beta1: 0, beta2: 0 },
      }]],
      says: [
        "a fixed point of floating-point arithmetic; in exact arithmetic its rate would climb past its limit",
      ],
      neverSays: ["in exact arithmetic too"],
    },
    {
      label: "regression (review r16): Adam's ceiling α/ε below its limit; RMSProp with β2 = 0 hovers",
      edits: [["ravineShape", { a: 0.01, b: 0.01 }], ["tolerance", 0.01], ["ravineIterations", 3000], [
        "ravineSettings",
        slowRavine({ momentum: 0.999, nesterov: 0.999, rmspropBeta2: 0, adamBeta1: 0.999, adamBeta2: 0.999 }),
      ]],
      says: ["so nothing throws it out", "hovering, not converging"],
      neverSays: ["may throw it out"],
    },
    {
      label: "regression (review r15): RMSProp and Adam freeze only in the longest run",
      edits: [["ravineIterations", 3000], [
        "ravineSettings",
        slowRavine({ momentum: 0, nesterov: 0.999, rmspropBeta2: 0.999, adamBeta1: 0, adamBeta2: 0.999 }),
      ]],
      says: ["α·m̂ rounds to exactly 0 there", "α·g rounds to exactly 0 there"],
    },
    {
      label:
        "regression (review r19): Nesterov exactly on its limit, from a start within the tolerance of the axis",
      edits: [["ravineShape", { a: 0.05, b: 2.5 }], ["ravineStart", [-7.5, 0.005]], ["tolerance", 0.01]],
      says: ["is exactly its limit 0.3 here", "settles only if that mode starts inside the tolerance"],
      neverSays: ["cannot settle"],
    },
    {
      label: "regression (review r15): from Rosenbrock's corner (-2, 2) plain descent at α = 0.0019 diverges",
      edits: [["rosenbrockStart", [-2, 2]]],
      says: ["at α = 0.0019 it diverged", "still diverged from this start"],
    },
  ],
};

const notebooks = [...Deno.readDirSync(`${ROOT}/notebooks`)]
  .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
  .map((e) => e.name)
  .sort();

const parsed = await runTool("nbcheck", ["params", ...notebooks.map((n) => `notebooks/${n}`)]);
const table: Record<string, { parameters: Parameter[]; problems: string[] }> = parsed.code === 0
  ? JSON.parse(parsed.stdout)
  : {};

Deno.test("the parameters of every lesson can be read", () => {
  assert.equal(parsed.code, 0, parsed.stderr);
  assert.deepEqual(Object.keys(table).sort(), notebooks);
});

Deno.test("editRuns() combines the low ends, the high ends, and the k-th listed values", () => {
  const runs = editRuns([
    { name: "rate", value: 0.1, meaning: "α", range: { lo: 0.001, hi: 0.6, integer: false } },
    { name: "steps", value: 25, meaning: "n", range: { lo: 1, hi: 500, integer: true } },
    { name: "start", value: [1, 1], meaning: "x₀", try: [[0, 0], [1, 1], [-3, 2]] },
    { name: "method", value: "central", meaning: "m", oneOf: ["forward", "central"] },
    { name: "x0", value: 2, meaning: "x₀", range: { lo: -5, hi: 5, integer: false }, try: [0.75] },
  ]);
  assert.deepEqual(runs, [
    { label: "low", edits: [["rate", 0.001], ["steps", 1], ["x0", -5]] },
    { label: "high", edits: [["rate", 0.6], ["steps", 500], ["x0", 5]] },
    { label: "listed 1", edits: [["start", [0, 0]], ["method", "forward"], ["x0", 0.75]] },
    // listed 2 is [1, 1] and "central", the shipped values: skipped
    { label: "listed 3", edits: [["start", [-3, 2]]] },
  ]);
});

for (const name of notebooks) {
  const entry = table[name];
  const strict = STRICT.test(name);
  const follows = entry !== undefined && entry.problems.length === 0 && entry.parameters.length > 0;
  if (!follows && !strict) {
    console.log(
      `note: ${name} skipped — its parameters cell does not follow notebooks/README.md's format yet`,
    );
    continue;
  }
  Deno.test(`lesson ${name} runs to the end with each parameter at the ends of its range and each listed value`, async (t) => {
    assert.ok(entry, `no parameters read from ${name}`);
    assert.deepEqual(entry.problems, [], `${name}: its parameters cell must follow notebooks/README.md`);
    assert.ok(entry.parameters.length > 0, `${name}: its parameters cell is empty`);
    for (const run of [...editRuns(entry.parameters), ...(REGRESSIONS[name] ?? [])] as Regression[]) {
      const edits = run.edits.map(([param, value]) => `${param}=${JSON.stringify(value)}`);
      await t.step(`${run.label}: ${edits.join(" ")}`, async () => {
        const out = await Deno.makeTempDir({ prefix: "edit-params-" });
        try {
          const result = await execute([
            `notebooks/${name}`,
            ...edits.flatMap((e) => ["--param", e]),
            "--out",
            out,
            "--report",
            `${out}/report.json`,
          ], { NO_COLOR: "1" });
          const report = JSON.parse(
            await Deno.readTextFile(`${out}/report.json`).catch(() => '{"notebooks":[]}'),
          );
          const done = report.notebooks[0];
          assert.ok(done, `the runner gave no result for ${name} (${edits.join(" ")}): ${result.stderr}`);
          const nb = await readNotebook(`${out}/${name}`);
          const failures = nb.cells.flatMap((cell, i) =>
            (cell.outputs ?? []).filter((o) => o.output_type === "error").map((o) =>
              `cell ${i + 1}: ${o.ename}: ${o.evalue}\n  ${text(cell.source).split("\n")[0]}`
            )
          );
          assert.deepEqual(failures, [], `${name} with ${edits.join(" ")} has failing cells`);
          const printed = nb.cells.flatMap((cell) => (cell.outputs ?? []).map((o) => text(o.text))).join(
            "\n",
          );
          for (const words of run.says ?? []) {
            assert.ok(printed.includes(words), `${run.label}: the output never says "${words}"`);
          }
          for (const words of run.neverSays ?? []) {
            assert.ok(!printed.includes(words), `${run.label}: the output says "${words}"`);
          }
          assert.equal(done.ok, true, `${name} with ${edits.join(" ")}: ${done.error}`);
        } finally {
          await Deno.remove(out, { recursive: true });
        }
      });
    }
  });
}
