import { plural, requireFinite, requireLength, requireMatrix, requireNumbers } from "../_validate.ts";
import { isMatrix, type Matrix, type MatrixLike, type Vector } from "./matrix.ts";

/**
 * Predictions `yHat = X·w + b`, one per row, summed in seed 004's order, `(X[i][0]·w[0] + … ) + b` (lesson 05).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predict } from "./predict.ts";
 *
 * assert.deepEqual(predict([[1], [2], [3]], [2], 0.5), [2.5, 4.5, 6.5]);
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

/** `X·w + b` into `yHat`, unchecked, in seed 004's order (the gradient pass fuses it). */
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
