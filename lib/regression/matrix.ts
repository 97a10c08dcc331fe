import { isMatrix, type Matrix, requireColumns, requireMatrix } from "../_validate.ts";

export { isMatrix, type Matrix };

/** A feature matrix given either as a {@linkcode Matrix} or as plain rows (`number[][]`). */
export type MatrixLike = Matrix | readonly (readonly number[])[];

/** A vector (`w`, `y`, `dw`, ...) given as a plain array or a `Float64Array`. */
export type Vector = readonly number[] | Float64Array;

/**
 * Builds a {@linkcode Matrix} (row by row in one `Float64Array`) from non-empty, non-ragged, finite rows; a
 * `Matrix` is returned as it is.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix } from "./matrix.ts";
 *
 * assert.deepEqual(Array.from(matrix([[1], [2], [3]]).data), [1, 2, 3]);
 * ```
 */
export function matrix(rows: MatrixLike): Matrix {
  return requireMatrix("Cannot build a matrix", "X", rows);
}

/**
 * Builds a {@linkcode Matrix} from columns of one non-zero length, e.g. CSV features (lesson 07).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrixFromColumns } from "./matrix.ts";
 *
 * const X = matrixFromColumns([[0.23, 0.3], [61.5, 64]]);
 * assert.deepEqual(Array.from(X.data), [0.23, 61.5, 0.3, 64]);
 * ```
 */
export function matrixFromColumns(columns: readonly Vector[]): Matrix {
  requireColumns("Cannot build a matrix from columns", columns);
  const [rows, cols] = [columns[0].length, columns.length];
  const data = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    for (let i = 0; i < rows; i++) data[i * cols + j] = columns[j][i];
  }
  return { rows, cols, data };
}
