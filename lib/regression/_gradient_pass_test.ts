import assert from "node:assert/strict";
import { createRandom, type Random } from "../data/random.ts";
import { gradientPass, gradientPassGeneric, passFor } from "./_gradient_pass.ts";
import type { Matrix } from "../_validate.ts";

/** A value for the test data: mostly normal draws, sometimes exactly +0 or −0 (the signed-zero corner). */
function draw(random: Random, scale: number): number {
  const u = random.uniform();
  if (u < 0.05) return 0;
  if (u < 0.1) return -0;
  return random.normal(0, scale);
}

function randomProblem(random: Random, m: number, n: number) {
  const data = new Float64Array(m * n);
  for (let k = 0; k < data.length; k++) data[k] = draw(random, 10);
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) y[i] = draw(random, 100);
  const w = new Float64Array(n);
  for (let j = 0; j < n; j++) w[j] = draw(random, 3);
  const b = [0, -0, random.normal(0, 5)][Math.floor(random.uniform(0, 3))];
  const X: Matrix = { rows: m, cols: n, data };
  return { X, y, w, b };
}

/** Runs a pass into fresh outputs that hold stale values first (a pass must overwrite, not add to, them). */
function run(
  pass: typeof gradientPassGeneric,
  problem: ReturnType<typeof randomProblem>,
): number[] {
  const sumXError = new Float64Array(problem.X.cols).fill(99);
  const totals = new Float64Array(2).fill(NaN);
  pass(problem.X, problem.y, problem.w, problem.b, sumXError, totals);
  return [...sumXError, ...totals];
}

Deno.test("passFor() builds one written-out pass per width from 1 to 8 and uses the generic loop beyond", () => {
  for (let n = 1; n <= 8; n++) {
    assert.notEqual(passFor(n), gradientPassGeneric, `n = ${n}`);
    assert.equal(passFor(n), passFor(n), `n = ${n} is built once`);
  }
  for (const n of [9, 10, 100]) assert.equal(passFor(n), gradientPassGeneric, `n = ${n}`);
});

Deno.test("the specialised passes give bit-identical sums to the generic loop for every n from 1 to 10", () => {
  const random = createRandom(2024);
  for (let n = 1; n <= 10; n++) {
    const specialised = n <= 8 ? passFor(n) : undefined;
    for (let trial = 0; trial < 25; trial++) {
      const problem = randomProblem(random, 1 + Math.floor(random.uniform(0, 299)), n);
      const expected = run(gradientPassGeneric, problem);
      // deepEqual in strict mode compares numbers with Object.is: 0 and −0 differ, every bit counts.
      assert.deepEqual(run(gradientPass, problem), expected, `gradientPass, n = ${n}, trial ${trial}`);
      if (specialised !== undefined) {
        assert.deepEqual(run(specialised, problem), expected, `specialised, n = ${n}, trial ${trial}`);
      }
    }
  }
});

Deno.test("the specialised passes stay bit-identical once V8 has optimized both loops", () => {
  const random = createRandom(7);
  for (const n of [1, 3, 8]) {
    const problem = randomProblem(random, 2000, n);
    const expected = run(gradientPassGeneric, problem);
    for (let repeat = 0; repeat < 200; repeat++) {
      assert.deepEqual(run(gradientPass, problem), expected, `n = ${n}, repeat ${repeat}`);
      assert.deepEqual(run(gradientPassGeneric, problem), expected, `generic, n = ${n}, repeat ${repeat}`);
    }
  }
});

Deno.test("the signed-zero corner: a prediction of −0 gives the same sums as the generic loop's +0", () => {
  // Every product x·w is −0 and b is −0: the generic loop's prediction is 0 + (−0) + (−0) = +0, the unrolled
  // one's (−0) + (−0) = −0. The errors differ only in the sign of zero, and the sums must not.
  const X: Matrix = { rows: 2, cols: 2, data: new Float64Array([-0, 1, -0, 3]) };
  const problem = { X, y: new Float64Array([0, -0]), w: new Float64Array([1, -0]), b: -0 };
  const expected = run(gradientPassGeneric, problem);
  assert.deepEqual(expected, [0, 0, 0, 0]);
  assert.ok(expected.every((value) => Object.is(value, 0)), "the generic sums are +0");
  assert.deepEqual(run(passFor(2), problem), expected);
});
