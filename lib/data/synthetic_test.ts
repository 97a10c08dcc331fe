import assert from "node:assert/strict";
import { normalEquation } from "../regression/normal_equation.ts";
import { predict } from "../regression/predict.ts";
import { makeLinearData } from "./synthetic.ts";

Deno.test("makeLinearData() with noise 0 puts every point exactly on y = X·w + b", () => {
  const w = [2, -0.5, 3];
  const { X, y } = makeLinearData({ m: 80, w, b: 1.5, noise: 0, seed: 4 });
  assert.deepEqual(y, predict(X, w, 1.5));
});

Deno.test("makeLinearData() draws each feature inside its range", () => {
  const { X } = makeLinearData({ m: 500, w: [1, 1], xRange: [[-1, 1], [100, 200]], seed: 6 });
  for (const [a, c] of X) {
    assert.ok(a >= -1 && a < 1);
    assert.ok(c >= 100 && c < 200);
  }
  const shared = makeLinearData({ m: 500, w: [1, 1], xRange: [5, 6], seed: 6 });
  assert.ok(shared.X.every((row) => row.every((v) => v >= 5 && v < 6)));
});

Deno.test("makeLinearData() gives the same data for the same seed and other data for another seed", () => {
  const options = { m: 40, w: [1, 2], b: 3, noise: 0.7, seed: 12 };
  assert.deepEqual(makeLinearData(options), makeLinearData(options));
  assert.notDeepEqual(makeLinearData(options).X, makeLinearData({ ...options, seed: 13 }).X);
});

Deno.test("makeLinearData() gives the same numbers in typed and plain form", () => {
  const options = { m: 30, w: [0.5, -1], b: 2, seed: 9 };
  const plain = makeLinearData(options);
  const typed = makeLinearData({ ...options, typed: true });
  assert.deepEqual(typed.X, { rows: 30, cols: 2, data: Float64Array.from(plain.X.flat()) });
  assert.deepEqual(typed.y, Float64Array.from(plain.y));
});

Deno.test("makeLinearData() keeps X when only noise, w or b change", () => {
  const base = makeLinearData({ m: 25, w: 2, b: 1, noise: 1, seed: 31 });
  assert.deepEqual(makeLinearData({ m: 25, w: 2, b: 1, noise: 0, seed: 31 }).X, base.X);
  assert.deepEqual(makeLinearData({ m: 25, w: -7, b: 10, noise: 3, seed: 31 }).X, base.X);
});

Deno.test("makeLinearData() noise has the requested standard deviation and a fit recovers w and b", () => {
  const w = [3, -2];
  const b = 5;
  const noise = 0.5;
  const { X, y } = makeLinearData({ m: 20_000, w, b, noise, seed: 77 });
  const line = predict(X, w, b);
  const residuals = y.map((v, i) => v - line[i]);
  const mean = residuals.reduce((s, v) => s + v, 0) / residuals.length;
  const sd = Math.sqrt(residuals.reduce((s, v) => s + (v - mean) ** 2, 0) / residuals.length);
  assert.ok(Math.abs(mean) < 0.02, `mean ${mean}`);
  assert.ok(Math.abs(sd - noise) < 0.02, `sd ${sd}`);
  const fit = normalEquation(X, y);
  fit.w.forEach((wj, j) => assert.ok(Math.abs(wj - w[j]) < 0.01, `w[${j}] = ${wj}`));
  assert.ok(Math.abs(fit.b - b) < 0.05, `b = ${fit.b}`);
});

Deno.test("makeLinearData() defaults to 100 points around y = 2x + 1 on [0, 10)", () => {
  const { X, y } = makeLinearData();
  assert.equal(X.length, 100);
  assert.equal(y.length, 100);
  assert.ok(X.every((row) => row.length === 1 && row[0] >= 0 && row[0] < 10));
  const fit = normalEquation(X, y);
  assert.ok(Math.abs(fit.w[0] - 2) < 0.2 && Math.abs(fit.b - 1) < 1);
});
