import { requireModel } from "../_validate.ts";
import { predictInto } from "./predict.ts";
import type { MatrixLike, Vector } from "./matrix.ts";

/**
 * The squared-error cost `J(w, b) = 1/(2m) · Σ (yHat[i] − y[i])²`, `yHat = X·w + b`; the half makes the
 * gradient tidy (lesson 05; lesson 03 uses `univariateCost`).
 * @example Seed 004's data at w = 0: (4 + 16 + 36) / 6
 * ```ts
 * import assert from "node:assert/strict";
 * import { cost } from "./cost.ts";
 *
 * assert.equal(cost([[1], [2], [3]], [2, 4, 6], [0], 0), 56 / 6);
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
