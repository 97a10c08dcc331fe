import assert from "node:assert/strict";
import { column, loadCsv } from "../data/mod.ts";
import { makeLinearData } from "../data/synthetic.ts";
import { cost } from "./cost.ts";
import { type FitEntry, fitLinearRegression } from "./fit.ts";
import { computeGradient } from "./gradient.ts";
import { matrix, matrixFromColumns } from "./matrix.ts";
import { normalEquation } from "./normal_equation.ts";

const seedX = [[1], [2], [3]];
const seedY = [2, 4, 6];

/** z-scores, so that gradient descent converges in a reasonable number of steps. */
function standardize(values: number[]): number[] {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
  return values.map((v) => (v - mean) / sd);
}

Deno.test("fitLinearRegression() reproduces seed 004's figures to the last digit", () => {
  const fit = fitLinearRegression(seedX, seedY, { learningRate: 0.01, maxIterations: 1000, w: [0], b: 0 });
  assert.equal(fit.w[0], 1.9025923788441472);
  assert.equal(fit.b, 0.22143041851694578);
  assert.equal(fit.iterations, 1000);
  assert.equal(fit.status, "max-iterations");
});

Deno.test("fitLinearRegression() gives bit-identical results for plain rows and for the typed path", () => {
  const options = { learningRate: 0.01, maxIterations: 1000 };
  const plain = fitLinearRegression(seedX, seedY, options);
  const typed = fitLinearRegression(matrix(seedX), new Float64Array(seedY), {
    ...options,
    w: new Float64Array(1),
  });
  assert.deepEqual(typed, plain);

  const { X, y } = makeLinearData({ m: 300, w: [1, -2, 0.5], b: 2, seed: 9, xRange: [-1, 1] });
  const big = { learningRate: 0.3, maxIterations: 200, recordEvery: 50 };
  assert.deepEqual(fitLinearRegression(matrix(X), Float64Array.from(y), big), fitLinearRegression(X, y, big));
});

Deno.test("fitLinearRegression() one step equals the update rule applied by hand (simultaneous)", () => {
  const w0 = [0.3];
  const b0 = -0.2;
  const { dw, db } = computeGradient(seedX, seedY, w0, b0);
  const fit = fitLinearRegression(seedX, seedY, { learningRate: 0.05, maxIterations: 1, w: w0, b: b0 });
  assert.deepEqual(fit.w, [w0[0] - 0.05 * dw[0]]);
  assert.equal(fit.b, b0 - 0.05 * db); // db taken at the old w, not the new one
});

Deno.test("fitLinearRegression() with update 'sequential' moves b using the already-updated w", () => {
  const w0 = [0.3];
  const b0 = -0.2;
  const alpha = 0.05;
  const first = computeGradient(seedX, seedY, w0, b0);
  const w1 = w0[0] - alpha * first.dw[0];
  const second = computeGradient(seedX, seedY, [w1], b0); // gradient after w moved
  const fit = fitLinearRegression(seedX, seedY, {
    learningRate: alpha,
    maxIterations: 1,
    w: w0,
    b: b0,
    update: "sequential",
  });
  assert.deepEqual(fit.w, [w1]);
  assert.equal(fit.b, b0 - alpha * second.db);
  const simultaneous = fitLinearRegression(seedX, seedY, {
    learningRate: alpha,
    maxIterations: 1,
    w: w0,
    b: b0,
  });
  assert.notEqual(fit.b, simultaneous.b);
});

Deno.test("fitLinearRegression() 'sequential' still reaches the least-squares answer on a convex cost", () => {
  const exact = normalEquation(seedX, seedY);
  const fit = fitLinearRegression(seedX, seedY, {
    learningRate: 0.1,
    maxIterations: 20_000,
    tolerance: 1e-13,
    update: "sequential",
  });
  assert.equal(fit.status, "converged");
  assert.ok(Math.abs(fit.w[0] - exact.w[0]) < 1e-9 && Math.abs(fit.b - exact.b) < 1e-9);
});

Deno.test("fitLinearRegression() history starts at iteration 0 and each cost equals cost()", () => {
  const fit = fitLinearRegression(seedX, seedY, { maxIterations: 1000 });
  assert.equal(fit.history.length, 1001);
  const start = cost(seedX, seedY, [0], 0);
  assert.deepEqual(fit.history[0], {
    iteration: 0,
    x: [0, 0],
    value: start,
    gradient: [(1 / 3) * -28, (1 / 3) * -12],
    step: 0,
    cost: start,
    w: [0],
    b: 0,
  });
  fit.history.forEach((step, k) => {
    assert.equal(step.iteration, k);
    assert.equal(step.cost, cost(seedX, seedY, step.w, step.b));
  });
  const last = fit.history[fit.history.length - 1];
  assert.deepEqual({ w: last.w, b: last.b, cost: last.cost }, { w: fit.w, b: fit.b, cost: fit.cost });
  // With a small learning rate on a convex bowl, the cost never goes up.
  for (let k = 1; k < fit.history.length; k++) assert.ok(fit.history[k].cost <= fit.history[k - 1].cost);
});

Deno.test("fitLinearRegression() keeps every recordEvery-th step plus the last, without changing the answer", () => {
  const every = fitLinearRegression(seedX, seedY, { maxIterations: 250 });
  const sparse = fitLinearRegression(seedX, seedY, { maxIterations: 250, recordEvery: 100 });
  assert.deepEqual(sparse.history.map((step) => step.iteration), [0, 100, 200, 250]);
  assert.deepEqual(sparse.history, [0, 100, 200, 250].map((k) => every.history[k]));
  assert.deepEqual({ ...sparse, history: [] }, { ...every, history: [] });
});

Deno.test("fitLinearRegression() calls onIteration once per iteration, in order, with the history's numbers", () => {
  const seen: FitEntry[] = [];
  const fit = fitLinearRegression(seedX, seedY, {
    maxIterations: 30,
    recordEvery: 7,
    onIteration: (step) => seen.push(step),
  });
  assert.deepEqual(seen.map((step) => step.iteration), Array.from({ length: 31 }, (_, k) => k));
  for (const step of fit.history) assert.deepEqual(seen[step.iteration], step);
});

Deno.test("fitLinearRegression() stops with status 'converged' once no parameter moves more than tolerance", () => {
  const tolerance = 1e-4; // lesson 03's stopping rule |θ_t − θ_{t+1}| <= 0.0001
  const fit = fitLinearRegression(seedX, seedY, { learningRate: 0.1, maxIterations: 100_000, tolerance });
  assert.equal(fit.status, "converged");
  assert.ok(fit.iterations < 100_000);
  const [before, after] = fit.history.slice(-2);
  assert.equal(after.iteration, fit.iterations);
  assert.ok(Math.abs(after.w[0] - before.w[0]) <= tolerance && Math.abs(after.b - before.b) <= tolerance);
  const previous = fit.history[fit.history.length - 3];
  assert.ok(Math.abs(before.w[0] - previous.w[0]) > tolerance || Math.abs(before.b - previous.b) > tolerance);
});

Deno.test("fitLinearRegression() stops with status 'diverged' when the learning rate is too large", () => {
  const fit = fitLinearRegression(seedX, seedY, { learningRate: 1, maxIterations: 100_000 });
  assert.equal(fit.status, "diverged");
  assert.ok(fit.iterations < 100, `stopped after ${fit.iterations} iterations, not at overflow`);
  assert.ok(fit.cost > fit.history[0].cost);
  const costs = fit.history.map((step) => step.cost);
  for (let k = 1; k < costs.length; k++) assert.ok(costs[k] > costs[k - 1], "the cost grows every step");
  assert.equal(fit.history[fit.history.length - 1].iteration, fit.iterations);
});

Deno.test("fitLinearRegression() converges to normalEquation() on synthetic data with three features", () => {
  const { X, y } = makeLinearData({
    m: 500,
    w: [3, -1.5, 0.25],
    b: -2,
    noise: 0.5,
    seed: 21,
    xRange: [-2, 2],
  });
  const exact = normalEquation(X, y);
  const fit = fitLinearRegression(matrix(X), y, {
    learningRate: 0.3,
    maxIterations: 10_000,
    tolerance: 1e-14,
  });
  assert.equal(fit.status, "converged");
  fit.w.forEach((wj, j) => assert.ok(Math.abs(wj - exact.w[j]) < 1e-9, `w[${j}]`));
  assert.ok(Math.abs(fit.b - exact.b) < 1e-9);
});

Deno.test("fitLinearRegression() converges to normalEquation() on the penguins data (standardized flipper length)", async () => {
  const penguins = await loadCsv("penguins.csv");
  const x = standardize(column(penguins, "flipper_length_mm"));
  const y = column(penguins, "body_mass_g");
  const X = matrixFromColumns([x]);
  const exact = normalEquation(X, y);
  const fit = fitLinearRegression(X, y, { learningRate: 0.5, maxIterations: 10_000, tolerance: 1e-10 });
  assert.equal(fit.status, "converged");
  assert.ok(Math.abs(fit.w[0] - exact.w[0]) < 1e-6 && Math.abs(fit.b - exact.b) < 1e-6);
});

Deno.test("fitLinearRegression() converges to normalEquation() on the diamonds data (standardized features)", async () => {
  const diamonds = await loadCsv("diamonds.csv");
  const X = matrixFromColumns(["carat", "depth", "table"].map((name) => standardize(column(diamonds, name))));
  const y = column(diamonds, "price");
  const exact = normalEquation(X, y);
  const fit = fitLinearRegression(X, y, { learningRate: 0.5, maxIterations: 20_000, tolerance: 1e-10 });
  assert.equal(fit.status, "converged");
  fit.w.forEach((wj, j) => assert.ok(Math.abs(wj - exact.w[j]) < 1e-6, `w[${j}]: ${wj} vs ${exact.w[j]}`));
  assert.ok(Math.abs(fit.b - exact.b) < 1e-6);
});

Deno.test("fitLinearRegression() does not change its inputs", () => {
  const X = [[1], [2], [3]];
  const y = new Float64Array([2, 4, 6]);
  const w = new Float64Array([0.5]);
  fitLinearRegression(X, y, { w, maxIterations: 10 });
  assert.deepEqual(X, [[1], [2], [3]]);
  assert.deepEqual(y, new Float64Array([2, 4, 6]));
  assert.deepEqual(w, new Float64Array([0.5]));
});

Deno.test("fitLinearRegression() reports diverged when the cost keeps climbing, long before it overflows", () => {
  // Seed 004's data: the stable limit is 2/λmax ≈ 0.36. At 0.37 the parameters grow slowly (about 1e22
  // after 1000 iterations, still finite), which must not pass for "max-iterations".
  const fit = fitLinearRegression([[1], [2], [3]], [2, 4, 6], { learningRate: 0.37, maxIterations: 1000 });
  assert.equal(fit.status, "diverged");
  assert.ok(fit.iterations < 200, `stopped after ${fit.iterations} iterations`);
  assert.ok(Number.isFinite(fit.cost) && Math.abs(fit.w[0]) < 1e6);
  // Just below the limit the cost falls at every step and the run is not flagged.
  const stable = fitLinearRegression([[1], [2], [3]], [2, 4, 6], { learningRate: 0.35, maxIterations: 1000 });
  assert.notEqual(stable.status, "diverged");
});
