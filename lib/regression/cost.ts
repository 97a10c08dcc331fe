import { requireModel } from "../_validate.ts";
import { predictInto } from "./predict.ts";
import type { MatrixLike, Vector } from "./matrix.ts";

/**
 * The squared-error cost of a linear model, `J(w, b) = 1/(2m) · Σ (yHat[i] − y[i])²` with
 * `yHat = X·w + b`: half the mean of the squared errors (the half makes the gradient tidy). Introduced in
 * lesson 03 (as `J(θ0, θ1)`, see `univariateCost`), for any number of features from lesson 05.
 * @param X Features, one row per example (`m × n`).
 * @param y Targets, one per row of `X`.
 * @param w Weights, one per column of `X`.
 * @param b Bias (intercept).
 * @returns The cost, a number >= 0.
 * @example Seed 004's data: the line y = 2x costs nothing, w = 0 costs (4 + 16 + 36) / 6
 * ```ts
 * import assert from "node:assert/strict";
 * import { cost } from "./cost.ts";
 *
 * const X = [[1], [2], [3]];
 * const y = [2, 4, 6];
 * assert.equal(cost(X, y, [2], 0), 0);
 * assert.equal(cost(X, y, [0], 0), 56 / 6);
 * ```
 */
export function cost(X: MatrixLike, y: Vector, w: Vector, b: number): number {
  const M = requireModel("Cannot compute cost", X, y, w, b);
  const yHat = predictInto(M, w, b, new Float64Array(M.rows));
  let sumSquaredError = 0;
  for (let i = 0; i < M.rows; i++) {
    const error = yHat[i] - y[i];
    sumSquaredError += error * error;
  }
  return sumSquaredError / (2 * M.rows);
}
