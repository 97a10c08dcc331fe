import assert from "node:assert/strict";
import fc from "fast-check";
import { createRandom } from "../data/random.ts";
import { makeLinearData } from "../data/synthetic.ts";
import { cost } from "./cost.ts";
import { computeGradient, computeGradientInto } from "./gradient.ts";
import { matrix } from "./matrix.ts";

/** Central differences of cost() in every parameter: the oracle for the analytic gradient. */
function numericGradient(X: number[][], y: number[], w: number[], b: number, h = 1e-5) {
  const dw = w.map((_, j) => {
    const plus = w.slice();
    const minus = w.slice();
    plus[j] += h;
    minus[j] -= h;
    return (cost(X, y, plus, b) - cost(X, y, minus, b)) / (2 * h);
  });
  const db = (cost(X, y, w, b + h) - cost(X, y, w, b - h)) / (2 * h);
  return { dw, db };
}

function assertClose(actual: number, expected: number, relative: number, label: string) {
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(Math.abs(actual - expected) <= relative * scale, `${label}: ${actual} vs ${expected}`);
}

Deno.test("computeGradient() agrees with central differences of cost() on random data", () => {
  const random = createRandom(5);
  for (let trial = 0; trial < 20; trial++) {
    const n = 1 + Math.floor(random.uniform(0, 4));
    const w = Array.from({ length: n }, () => random.normal(0, 3));
    const { X, y } = makeLinearData({
      m: 1 + Math.floor(random.uniform(0, 59)),
      w,
      b: random.normal(),
      seed: trial,
      xRange: [-3, 3],
    });
    const wAt = Array.from({ length: n }, () => random.normal());
    const bAt = random.normal();
    const analytic = computeGradient(X, y, wAt, bAt);
    const numeric = numericGradient(X, y, wAt, bAt);
    analytic.dw.forEach((g, j) => assertClose(g, numeric.dw[j], 1e-6, `trial ${trial} dw[${j}]`));
    assertClose(analytic.db, numeric.db, 1e-6, `trial ${trial} db`);
  }
});

Deno.test("computeGradient() matches central differences for any small dataset (property)", () => {
  const value = fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true });
  const data = fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.record({
      X: fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 12 }),
      w: fc.array(value, { minLength: n, maxLength: n }),
      b: value,
    }).chain(({ X, w, b }) =>
      fc.record({ y: fc.array(value, { minLength: X.length, maxLength: X.length }) }).map(({ y }) => ({
        X,
        w,
        b,
        y,
      }))
    )
  );
  fc.assert(
    fc.property(data, ({ X, y, w, b }) => {
      const analytic = computeGradient(X, y, w, b);
      const numeric = numericGradient(X, y, w, b, 1e-3);
      // J is quadratic, so central differences are exact but for rounding, of the order of ε·J/h.
      const tolerance = 1000 * Number.EPSILON * Math.max(1, cost(X, y, w, b)) / 1e-3;
      analytic.dw.forEach((g, j) => assert.ok(Math.abs(g - numeric.dw[j]) <= tolerance));
      assert.ok(Math.abs(analytic.db - numeric.db) <= tolerance);
    }),
    { seed: 20240601, numRuns: 200 },
  );
});

Deno.test("computeGradient() follows seed 004's compute_gradient: sum over rows, then times 1/m", () => {
  const X = [[1], [2], [3]];
  const y = [2, 4, 6];
  const w = [0.7];
  const b = 0.2;
  // Seed 004's steps, written out: predictions, errors, X.T @ error and sum(error), each times (1/m).
  const predictions = X.map((row) => row[0] * w[0] + b);
  const error = predictions.map((p, i) => p - y[i]);
  let xTimesError = 0;
  for (let i = 0; i < 3; i++) xTimesError += X[i][0] * error[i];
  let errorSum = 0;
  for (let i = 0; i < 3; i++) errorSum += error[i];
  assert.deepEqual(computeGradient(X, y, w, b), { dw: [(1 / 3) * xTimesError], db: (1 / 3) * errorSum });
});

Deno.test("computeGradientInto() writes the same numbers as computeGradient() and returns db", () => {
  const { X, y } = makeLinearData({ m: 200, w: [2, -1, 0.5], b: 4, seed: 8, typed: true });
  const w = new Float64Array([0.1, 0.2, 0.3]);
  const dw = new Float64Array([99, 99, 99]); // stale contents must not matter
  const db = computeGradientInto(X, y, w, -1, dw);
  const expected = computeGradient(X, y, w, -1);
  assert.deepEqual(Array.from(dw), expected.dw);
  assert.equal(db, expected.db);
});

Deno.test("computeGradient() gives equal numbers for plain rows and for a Matrix", () => {
  const { X, y } = makeLinearData({ m: 50, w: [1, 2], seed: 4 });
  assert.deepEqual(
    computeGradient(X, y, [0.5, 0.5], 0),
    computeGradient(matrix(X), Float64Array.from(y), [0.5, 0.5], 0),
  );
});
