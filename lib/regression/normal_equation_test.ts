import assert from "node:assert/strict";
import fc from "fast-check";
import { column, loadCsv } from "../data/mod.ts";
import { makeLinearData } from "../data/synthetic.ts";
import { computeGradient } from "./gradient.ts";
import { matrixFromColumns } from "./matrix.ts";
import { normalEquation } from "./normal_equation.ts";

Deno.test("normalEquation() matches the textbook slope and intercept for one feature (penguins)", async () => {
  const penguins = await loadCsv("penguins.csv");
  const x = column(penguins, "flipper_length_mm");
  const y = column(penguins, "body_mass_g");
  // Oracle: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², intercept = ȳ − slope·x̄.
  const xMean = x.reduce((s, v) => s + v, 0) / x.length;
  const yMean = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - xMean) * (y[i] - yMean);
    sxx += (x[i] - xMean) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const { w, b } = normalEquation(matrixFromColumns([x]), y);
  assert.ok(Math.abs(w[0] - slope) < 1e-9 * Math.abs(slope), `${w[0]} vs ${slope}`);
  assert.ok(Math.abs(b - intercept) < 1e-9 * Math.abs(intercept), `${b} vs ${intercept}`);
});

Deno.test("normalEquation() recovers the exact w and b of noise-free data", () => {
  const w = [3, -1.5, 0.25, 7];
  const b = -2;
  const { X, y } = makeLinearData({ m: 60, w, b, noise: 0, seed: 3, xRange: [-4, 4] });
  const fit = normalEquation(X, y);
  fit.w.forEach((wj, j) => assert.ok(Math.abs(wj - w[j]) < 1e-10, `w[${j}] = ${wj}`));
  assert.ok(Math.abs(fit.b - b) < 1e-10);
});

Deno.test("normalEquation() copes with features on very different scales", () => {
  const w = [0.002, 500];
  const b = 40;
  const { X, y } = makeLinearData({
    m: 200,
    w,
    b,
    noise: 0,
    seed: 12,
    xRange: [[1000, 50_000], [0.001, 0.01]],
  });
  const fit = normalEquation(X, y);
  assert.ok(Math.abs(fit.w[0] - w[0]) < 1e-9 * w[0] * 1e3);
  assert.ok(Math.abs(fit.w[1] - w[1]) < 1e-6 * w[1]);
  assert.ok(Math.abs(fit.b - b) < 1e-6 * b);
});

Deno.test("normalEquation() lands where the gradient of the cost is zero, for any full-rank data (property)", () => {
  const value = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 }), value, (n, seed, b) => {
      const w = Array.from({ length: n }, (_, j) => j + 1);
      const { X, y } = makeLinearData({ m: 3 * n + 4, w, b, noise: 1, seed, xRange: [-5, 5] });
      const fit = normalEquation(X, y);
      const { dw, db } = computeGradient(X, y, fit.w, fit.b);
      for (const g of [...dw, db]) assert.ok(Math.abs(g) < 1e-9, `gradient ${g}`);
    }),
    { seed: 7, numRuns: 100 },
  );
});

Deno.test("normalEquation() throws a RangeError naming the dependent column when AᵀA is singular", () => {
  const cases: [string, number[][], number[], RegExp][] = [
    [
      "a constant feature",
      [[1], [1], [1]],
      [1, 2, 3],
      /singular: the column of ones for b .*is a feature constant/,
    ],
    ["a repeated column", [[1, 1], [2, 2], [3, 3]], [1, 2, 3], /singular: column 1 of X/],
    ["a column of zeros", [[0, 1], [0, 2], [0, 3]], [1, 2, 3], /singular: column 0 of X .*all zeros/],
    [
      "fewer rows than unknowns",
      [[1, 2], [3, 4]],
      [1, 2],
      /X has 2 rows but the 3 unknowns \(2 weights and b\)/,
    ],
    ["one row for one weight and b", [[5]], [1], /X has 1 row but the 2 unknowns/],
  ];
  for (const [label, X, y, message] of cases) {
    assert.throws(() => normalEquation(X, y), (error: Error) => {
      assert.ok(error instanceof RangeError, label);
      assert.match(error.message, /^Cannot solve the normal equation: AᵀA is singular/, label);
      assert.match(error.message, message, label);
      return true;
    });
  }
});
