import assert from "node:assert/strict";
import fc from "fast-check";
import { createRandom } from "../data/mod.ts";
import { computeGradient, matrix, matrixFromColumns, normalEquation, predict } from "../regression/mod.ts";
import { conditionNumber, regressionHessian, standardize, unstandardize } from "./mod.ts";

// Rows of features drawn from a seed, each column with its own scale and offset.
function features(seed: number, m: number, scales: readonly number[]): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: m }, () => scales.map((s, j) => s * random.normal() + 10 * j));
}

Deno.test("regressionHessian() equals the change in computeGradient() per unit change of each parameter", () => {
  // The gradient of the cost is linear in (w, b), so a unit nudge of parameter k moves it by column k of the
  // Hessian, up to round-off.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 4 }), (seed, n) => {
      const X = features(seed, 30, Array.from({ length: n }, (_, j) => 1 + 3 * j));
      const y = X.map((row) => row.reduce((s, v) => s + v, 0) + 1);
      const H = regressionHessian(X);
      const w = new Array<number>(n).fill(0.5);
      const base = computeGradient(X, y, w, 0.25);
      const baseVector = [...base.dw, base.db];
      for (let k = 0; k <= n; k++) {
        const w2 = w.slice();
        let b2 = 0.25;
        if (k < n) w2[k] += 1;
        else b2 += 1;
        const moved = computeGradient(X, y, w2, b2);
        const column = [...moved.dw, moved.db].map((g, j) => g - baseVector[j]);
        column.forEach((value, j) =>
          assert.ok(Math.abs(value - H[j][k]) <= 1e-9 * (1 + Math.abs(H[j][k])), `H[${j}][${k}]`)
        );
      }
    }),
  );
});

Deno.test("regressionHessian() is the mean of x_j·x_k, with the bias as a column of ones, last", () => {
  const X = [[1, 2], [3, 5], [4, -1]];
  const H = regressionHessian(X);
  assert.deepEqual(H, [
    [(1 + 9 + 16) / 3, (2 + 15 - 4) / 3, (1 + 3 + 4) / 3],
    [(2 + 15 - 4) / 3, (4 + 25 + 1) / 3, (2 + 5 - 1) / 3],
    [(1 + 3 + 4) / 3, (2 + 5 - 1) / 3, 1],
  ]);
  assert.deepEqual(regressionHessian(X, { bias: false }), [H[0].slice(0, 2), H[1].slice(0, 2)]);
  assert.deepEqual(regressionHessian(matrix(X)), H);
});

Deno.test("standardize() gives every column mean 0 and standard deviation 1", () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 50 }),
      fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      (values, scale) => {
        fc.pre(Math.max(...values) - Math.min(...values) > 1e-6 * (1 + Math.max(...values.map(Math.abs))));
        const other = values.map((v, i) => scale * v + i);
        const { columns, means, sds } = standardize([values, other]);
        for (const z of columns) {
          const mean = z.reduce((s, v) => s + v, 0) / z.length;
          const sd = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length);
          assert.ok(Math.abs(mean) < 1e-9 && Math.abs(sd - 1) < 1e-9, `mean ${mean}, sd ${sd}`);
        }
        assert.equal(means.length, 2);
        assert.ok(sds.every((s) => s > 0));
        columns[0].forEach((z, i) =>
          assert.ok(Math.abs(z * sds[0] + means[0] - values[i]) < 1e-8 * (1 + Math.abs(values[i])))
        );
      },
    ),
  );
});

Deno.test("standardize() turns the Hessian into the correlation matrix, with an uncoupled bias of curvature 1", () => {
  const X = features(3, 200, [0.5, 1.4, 2.2]).map(([a, b, c]) => [a, b + 50, c + 55]);
  const { columns } = standardize([0, 1, 2].map((j) => X.map((row) => row[j])));
  const H = regressionHessian(matrixFromColumns(columns));
  for (let j = 0; j < 4; j++) assert.ok(Math.abs(H[j][j] - 1) < 1e-12, `diagonal ${j}`);
  for (let j = 0; j < 3; j++) assert.ok(Math.abs(H[j][3]) < 1e-12, `bias coupling ${j}`);
  // Scaling shrinks the condition number by orders of magnitude.
  assert.ok(conditionNumber(regressionHessian(X)) > 1000 * conditionNumber(H));
});

Deno.test("unstandardize() gives raw-unit parameters that make the same predictions", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: -5, max: 5, noNaN: true }), (seed, b) => {
      const X = features(seed, 20, [0.5, 3]);
      const scaling = standardize([0, 1].map((j) => X.map((row) => row[j])));
      const Z = matrixFromColumns(scaling.columns);
      const w = [1.5, -2];
      const raw = unstandardize(w, b, scaling);
      const fromZ = predict(Z, w, b);
      const fromRaw = predict(X, raw.w, raw.b);
      fromZ.forEach((p, i) => assert.ok(Math.abs(p - fromRaw[i]) < 1e-9 * (1 + Math.abs(p))));
    }),
  );
});

Deno.test("unstandardize() of the least-squares fit on z-scores is the least-squares fit on raw features", () => {
  const X = features(11, 50, [0.5, 1.4]);
  const random = createRandom(12);
  const y = X.map(([a, c]) => 3 * a - 0.5 * c + 7 + random.normal(0, 0.1));
  const scaling = standardize([0, 1].map((j) => X.map((row) => row[j])));
  const onZ = normalEquation(matrixFromColumns(scaling.columns), y);
  const back = unstandardize(onZ.w, onZ.b, scaling);
  const direct = normalEquation(X, y);
  back.w.forEach((wj, j) => assert.ok(Math.abs(wj - direct.w[j]) < 1e-9));
  assert.ok(Math.abs(back.b - direct.b) < 1e-8);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "X is empty",
    () => regressionHessian([]),
    RangeError,
    /Cannot compute the Hessian: X must have at least one row, got 0 rows/,
  ],
  [
    "X is ragged",
    () => regressionHessian([[1, 2], [3]]),
    RangeError,
    /Cannot compute the Hessian: X is ragged: row 0 has 2 values but row 1 has 1/,
  ],
  [
    "X holds NaN",
    () => regressionHessian([[1], [NaN]]),
    RangeError,
    /X\[1\]\[0\] must be a finite number, got NaN/,
  ],
  [
    "X is a number",
    () => regressionHessian(3 as never),
    TypeError,
    /X must be an array of rows or a Matrix, got 3/,
  ],
  [
    "bias is not a boolean",
    () => regressionHessian([[1]], { bias: "yes" as never }),
    TypeError,
    /bias must be true or false, got "yes"/,
  ],
  [
    "an option is unknown",
    () => regressionHessian([[1]], { intercept: true } as never),
    TypeError,
    /unknown option "intercept"/,
  ],
  [
    "columns is not an array",
    () => standardize(5 as never),
    TypeError,
    /Cannot standardize: columns must be an array of arrays of numbers, got 5/,
  ],
  ["there are no columns", () => standardize([]), RangeError, /there must be at least one column, got \[\]/],
  ["a column is empty", () => standardize([[]]), RangeError, /columns\[0\] must not be empty/],
  [
    "a column is not an array",
    () => standardize([[1, 2], 3] as never),
    TypeError,
    /columns\[1\] must be an array of numbers, got 3/,
  ],
  [
    "the columns differ in length",
    () => standardize([[1, 2], [1, 2, 3]]),
    RangeError,
    /columns\[0\] has 2 values but columns\[1\] has 3 values/,
  ],
  [
    "an entry is Infinity",
    () => standardize([[1, Infinity]]),
    RangeError,
    /columns\[0\]\[1\] must be a finite number, got Infinity/,
  ],
  [
    "an entry is a string",
    () => standardize([[1, "2"]] as never),
    TypeError,
    /columns\[0\]\[1\] must be a number, got "2"/,
  ],
  [
    "a column is constant",
    () => standardize([[1, 2], [5, 5]]),
    RangeError,
    /column 1 is constant \(every value is 5\), so its sd is 0/,
  ],
  [
    "w is not an array",
    () => unstandardize(1 as never, 0, { means: [0], sds: [1] }),
    TypeError,
    /Cannot unstandardize: w must be an array of numbers, got 1/,
  ],
  [
    "the lengths differ",
    () => unstandardize([1, 2], 0, { means: [0], sds: [1, 1] }),
    RangeError,
    /w has 2 values but means has 1 value/,
  ],
  [
    "an sd is 0",
    () => unstandardize([1], 0, { means: [0], sds: [0] }),
    RangeError,
    /sds\[0\] must be > 0, got 0/,
  ],
  [
    "b is NaN",
    () => unstandardize([1], NaN, { means: [0], sds: [1] }),
    RangeError,
    /b must be a finite number, got NaN/,
  ],
  [
    "scaling is missing",
    () => unstandardize([1], 0, undefined as never),
    TypeError,
    /scaling must be \{ means, sds \}, got undefined/,
  ],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`conditioning helpers throw a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
