// Lesson 03's one-feature model in the notation of the slides (seed 002): h(x) = θ0 + θ1·x and
// J(θ0, θ1) = 1/(2m) Σ (h(x) − y)². These are thin wrappers: θ1 is the single weight w[0] and θ0 is the bias
// b of the general functions, so both notations give the same numbers to the last bit.

import { plural, requireFinite, requireNumbers } from "../_validate.ts";
import { cost } from "./cost.ts";
import { computeGradient } from "./gradient.ts";
import type { Matrix, Vector } from "./matrix.ts";

/** The two partial derivatives of `J(θ0, θ1)`: `dTheta0 = ∂J/∂θ0`, `dTheta1 = ∂J/∂θ1`. */
export interface UnivariateGradient {
  dTheta0: number;
  dTheta1: number;
}

/**
 * The one-feature hypothesis `h(x) = θ0 + θ1·x`, for one `x` or for each value of an array. Introduced in lesson 03.
 * @param x One input, or an array of inputs.
 * @param theta0 The intercept θ0 (the general functions' `b`).
 * @param theta1 The slope θ1 (the general functions' `w[0]`).
 * @returns `h(x)`: a number for a number, an array for an array.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hypothesis } from "./univariate.ts";
 *
 * assert.equal(hypothesis(2, 1, 3), 7);
 * assert.deepEqual(hypothesis([0, 1, 2], 1, 3), [1, 4, 7]);
 * ```
 */
export function hypothesis(x: number, theta0: number, theta1: number): number;
export function hypothesis(x: Vector, theta0: number, theta1: number): number[];
export function hypothesis(x: number | Vector, theta0: number, theta1: number): number | number[] {
  const context = "Cannot evaluate h(x)";
  requireFinite(context, "theta0", theta0);
  requireFinite(context, "theta1", theta1);
  if (typeof x === "number") {
    requireFinite(context, "x", x);
    return x * theta1 + theta0; // predict's order: X·w, then + b
  }
  requireNumbers(context, "x", x);
  const h = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) h[i] = x[i] * theta1 + theta0;
  return h;
}

/**
 * The cost of the line `h(x) = θ0 + θ1·x` on the data `(x, y)`: `J(θ0, θ1) = 1/(2m) Σ (h(x[i]) − y[i])²`.
 * Introduced in lesson 03.
 * @param x Inputs, one per example.
 * @param y Targets, one per input.
 * @param theta0 The intercept θ0.
 * @param theta1 The slope θ1.
 * @returns `J(θ0, θ1)`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { univariateCost } from "./univariate.ts";
 *
 * assert.equal(univariateCost([1, 2, 3], [3, 5, 7], 1, 2), 0);
 * assert.equal(univariateCost([1, 2, 3], [3, 5, 7], 0, 2), 3 / 6); // every error is -1
 * ```
 */
export function univariateCost(x: Vector, y: Vector, theta0: number, theta1: number): number {
  const X = column("Cannot compute J(θ0, θ1)", x, y, theta0, theta1);
  return cost(X, y, [theta1], theta0);
}

/**
 * The partial derivatives of `J(θ0, θ1)`: `∂J/∂θ0 = (1/m) Σ (h(x[i]) − y[i])` and
 * `∂J/∂θ1 = (1/m) Σ (h(x[i]) − y[i]) · x[i]`. Introduced in lesson 03.
 * @param x Inputs, one per example.
 * @param y Targets, one per input.
 * @param theta0 The intercept θ0.
 * @param theta1 The slope θ1.
 * @returns `{ dTheta0, dTheta1 }`.
 * @example At the best line the gradient is zero; below it both partials are negative
 * ```ts
 * import assert from "node:assert/strict";
 * import { univariateGradient } from "./univariate.ts";
 *
 * assert.deepEqual(univariateGradient([1, 2, 3], [3, 5, 7], 1, 2), { dTheta0: 0, dTheta1: 0 });
 * assert.deepEqual(univariateGradient([1, 2, 3], [3, 5, 7], 0, 2), { dTheta0: -1, dTheta1: -2 });
 * ```
 */
export function univariateGradient(
  x: Vector,
  y: Vector,
  theta0: number,
  theta1: number,
): UnivariateGradient {
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
  if (x.length !== y.length) {
    throw new RangeError(
      `${context}: x has ${plural(x.length, "value")} but y has ${plural(y.length, "value")}`,
    );
  }
  return { rows: x.length, cols: 1, data: Float64Array.from(x) };
}
