// Lesson 03's one-feature model in the slides' notation (seed 002), h(x) = θ0 + θ1·x: thin wrappers with
// θ1 = w[0] and θ0 = b of the general functions, so both notations agree to the last bit.

import { plural, requireFinite, requireLength, requireNumbers } from "../_validate.ts";
import { cost } from "./cost.ts";
import { computeGradient } from "./gradient.ts";
import type { Matrix, Vector } from "./matrix.ts";

/** The two partial derivatives of `J(θ0, θ1)`: `dTheta0 = ∂J/∂θ0`, `dTheta1 = ∂J/∂θ1`. */
export interface UnivariateGradient {
  dTheta0: number;
  dTheta1: number;
}

/**
 * The one-feature hypothesis `h(x) = θ0 + θ1·x` (lesson 03).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hypothesis } from "./univariate.ts";
 *
 * assert.equal(hypothesis(2, 1, 3), 7);
 * ```
 */
export function hypothesis(x: number, theta0: number, theta1: number): number {
  const context = "Cannot evaluate h(x)";
  requireFinite(context, "theta0", theta0);
  requireFinite(context, "theta1", theta1);
  requireFinite(context, "x", x);
  return x * theta1 + theta0; // predict's order: X·w, then + b
}

/**
 * `J(θ0, θ1) = 1/(2m) Σ (h(x[i]) − y[i])²`, the cost of the line `h` on the data (lesson 03).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { univariateCost } from "./univariate.ts";
 *
 * assert.equal(univariateCost([1, 2, 3], [3, 5, 7], 0, 2), 3 / 6); // every error is -1
 * ```
 */
export function univariateCost(x: Vector, y: Vector, theta0: number, theta1: number): number {
  const X = column("Cannot compute J(θ0, θ1)", x, y, theta0, theta1);
  return cost(X, y, [theta1], theta0);
}

/**
 * `∂J/∂θ0 = (1/m) Σ (h(x[i]) − y[i])` and `∂J/∂θ1 = (1/m) Σ (h(x[i]) − y[i]) · x[i]` (lesson 03).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { univariateGradient } from "./univariate.ts";
 *
 * assert.deepEqual(univariateGradient([1, 2, 3], [3, 5, 7], 0, 2), { dTheta0: -1, dTheta1: -2 });
 * ```
 */
export function univariateGradient(x: Vector, y: Vector, theta0: number, theta1: number): UnivariateGradient {
  const X = column("Cannot compute the gradient of J(θ0, θ1)", x, y, theta0, theta1);
  const { dw, db } = computeGradient(X, y, [theta1], theta0);
  return { dTheta0: db, dTheta1: dw[0] };
}

/** Checks the inputs and returns x as a one-column Matrix. */
function column(context: string, x: Vector, y: Vector, theta0: number, theta1: number): Matrix {
  requireFinite(context, "theta0", theta0);
  requireFinite(context, "theta1", theta1);
  requireNumbers(context, "x", x);
  requireNumbers(context, "y", y);
  requireLength(context, "y", y, x.length, `x has ${plural(x.length, "value")}`);
  return { rows: x.length, cols: 1, data: Float64Array.from(x) };
}
