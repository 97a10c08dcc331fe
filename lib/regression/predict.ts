import { plural, requireFinite, requireLength, requireMatrix, requireNumbers } from "../_validate.ts";
import { isMatrix, type Matrix, type MatrixLike, type Vector } from "./matrix.ts";

/**
 * Predictions of the linear model `yHat = X·w + b`: `yHat[i] = (X[i][0]·w[0] + … + X[i][n-1]·w[n-1]) + b`
 * (seed 004's `X @ w + b`, in that order). Introduced in lesson 05.
 * @param X Features, one row per example (`m × n`).
 * @param w Weights, one per column of `X`.
 * @param b Bias (intercept).
 * @returns `yHat`, one prediction per row of `X`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix } from "./matrix.ts";
 * import { predict } from "./predict.ts";
 *
 * assert.deepEqual(predict([[1], [2], [3]], [2], 0.5), [2.5, 4.5, 6.5]);
 * assert.deepEqual(predict(matrix([[1, 10]]), [2, 0.1], 0), new Float64Array([3]));
 * ```
 */
export function predict(X: Matrix, w: Vector, b: number): Float64Array;
export function predict(X: readonly (readonly number[])[], w: Vector, b: number): number[];
export function predict(X: MatrixLike, w: Vector, b: number): Float64Array | number[];
export function predict(X: MatrixLike, w: Vector, b: number): Float64Array | number[] {
  const context = "Cannot predict";
  const typed = isMatrix(X);
  const M = requireMatrix(context, "X", X);
  requireNumbers(context, "w", w);
  requireLength(context, "w", w, M.cols, `X has ${plural(M.cols, "column")}`);
  requireFinite(context, "b", b);
  return predictInto(M, w, b, typed ? new Float64Array(M.rows) : new Array<number>(M.rows));
}

/**
 * `X·w + b` into `yHat`, unchecked (the callers validate), in seed 004's order (the gradient pass fuses it).
 */
export function predictInto<T extends { [i: number]: number }>(
  M: Matrix,
  w: ArrayLike<number>,
  b: number,
  yHat: T,
): T {
  const { rows, cols, data } = M;
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) sum += data[i * cols + j] * w[j];
    yHat[i] = sum + b;
  }
  return yHat;
}
