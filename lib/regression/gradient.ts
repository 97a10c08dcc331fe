import {
  describe,
  plural,
  requireFinite,
  requireLength,
  requireMatrixShape,
  requireModel,
} from "../_validate.ts";
import { gradientPass } from "./_gradient_pass.ts";
import { isMatrix, type Matrix, type MatrixLike, type Vector } from "./matrix.ts";

/** The gradient of the cost: `dw[j] = ∂J/∂w[j]`, one per column of `X`, and `db = ∂J/∂b`. */
export interface RegressionGradient {
  dw: number[];
  db: number;
}

// Scratch space for the sums of the errors and of their squares (the hot path allocates nothing).
const totals = new Float64Array(2);

/**
 * The gradient of `J(w, b) = 1/(2m) Σ (X·w + b − y)²`: `dw[j] = (1/m) · Σ error[i] · X[i][j]` and
 * `db = (1/m) · Σ error[i]`, with `error = X·w + b − y` (lesson 05; lesson 03 uses `univariateGradient`).
 * @param X Features, one row per example (`m × n`).
 * @example Seed 004's first step, from w = 0, b = 0
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeGradient } from "./gradient.ts";
 *
 * assert.deepEqual(computeGradient([[1], [2], [3]], [2, 4, 6], [0], 0).dw, [(1 / 3) * -28]);
 * ```
 */
export function computeGradient(X: MatrixLike, y: Vector, w: Vector, b: number): RegressionGradient {
  const M = requireModel("Cannot compute the gradient", X, y, w, b);
  const sumXError = new Float64Array(M.cols);
  // Typed copies keep the shared loop monomorphic (one array type), which keeps it fast everywhere.
  gradientPass(M, toFloat64(y), toFloat64(w), b, sumXError, totals);
  const invM = 1 / M.rows;
  return { dw: Array.from(sumXError, (s) => invM * s), db: invM * totals[0] };
}

/**
 * The allocation-free {@linkcode computeGradient} for big data (lesson 09), bit for bit the same: writes
 * `∂J/∂w` into `dw` (`n` slots) and returns `∂J/∂b`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeGradient, computeGradientInto } from "./gradient.ts";
 * import { matrix } from "./matrix.ts";
 *
 * const X = matrix([[1], [2], [3]]);
 * const y = new Float64Array([2, 4, 6]);
 * const dw = new Float64Array(1);
 * const db = computeGradientInto(X, y, new Float64Array([0.5]), 0.1, dw);
 * assert.deepEqual({ dw: Array.from(dw), db }, computeGradient(X, y, [0.5], 0.1));
 * ```
 */
export function computeGradientInto(
  X: Matrix,
  y: Float64Array,
  w: Vector,
  b: number,
  dw: Float64Array,
): number {
  const context = "Cannot compute the gradient";
  if (!isMatrix(X)) {
    throw new TypeError(`${context}: X must be a Matrix on this fast path, got ${describe(X)}`);
  }
  requireMatrixShape(context, "X", X);
  if (!(dw instanceof Float64Array)) {
    throw new TypeError(`${context}: dw must be a Float64Array, got ${describe(dw)}`);
  }
  if (!(y instanceof Float64Array)) {
    throw new TypeError(`${context}: y must be a Float64Array on this fast path, got ${describe(y)}`);
  }
  if (!Array.isArray(w) && !(w instanceof Float64Array)) {
    throw new TypeError(`${context}: w must be an array of numbers, got ${describe(w)}`);
  }
  requireLength(context, "y", y, X.rows, `X has ${plural(X.rows, "row")}`);
  requireLength(context, "w", w, X.cols, `X has ${plural(X.cols, "column")}`);
  requireLength(context, "dw", dw, X.cols, `X has ${plural(X.cols, "column")}`);
  requireFinite(context, "b", b);
  gradientPass(X, y, toFloat64(w), b, dw, totals);
  const invM = 1 / X.rows;
  for (let j = 0; j < X.cols; j++) dw[j] = invM * dw[j];
  return invM * totals[0];
}

function toFloat64(values: ArrayLike<number>): Float64Array {
  return values instanceof Float64Array ? values : Float64Array.from(values);
}
