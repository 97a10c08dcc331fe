import assert from "node:assert/strict";
import { makeLinearData } from "../data/synthetic.ts";
import { cost } from "./cost.ts";
import { matrix } from "./matrix.ts";
import { predict } from "./predict.ts";

Deno.test("cost() is half the mean squared difference between predict() and y", () => {
  const { X, y } = makeLinearData({ m: 40, w: [1.5, -2], b: 3, noise: 2, seed: 11, xRange: [-5, 5] });
  const w = [1, -1];
  const b = 0.5;
  const yHat = predict(X, w, b);
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += (yHat[i] - y[i]) ** 2;
  assert.ok(Math.abs(cost(X, y, w, b) - sum / (2 * y.length)) <= 1e-12 * sum);
});

Deno.test("cost() is zero for a perfect fit and grows when the line moves away", () => {
  const X = [[1], [2], [3]];
  const y = [2, 4, 6];
  assert.equal(cost(X, y, [2], 0), 0);
  assert.ok(cost(X, y, [2], 0.1) > 0);
  assert.ok(cost(X, y, [2], 0.2) > cost(X, y, [2], 0.1));
  // Seed 004's start, w = 0 and b = 0: every prediction is 0, so J = (2² + 4² + 6²) / (2·3).
  assert.equal(cost(X, y, [0], 0), (2 ** 2 + 4 ** 2 + 6 ** 2) / (2 * 3));
});

Deno.test("cost() gives the same number for plain rows and for a Matrix", () => {
  const { X, y } = makeLinearData({ m: 25, w: [3, 0.5, -1], seed: 2 });
  assert.equal(
    cost(X, y, [1, 1, 1], 2),
    cost(matrix(X), Float64Array.from(y), new Float64Array([1, 1, 1]), 2),
  );
});
