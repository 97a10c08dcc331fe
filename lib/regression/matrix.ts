import { type Matrix, requireColumns, requireMatrix } from "../_validate.ts";

export type { Matrix };

/** A feature matrix given either as a {@linkcode Matrix} or as plain rows (`number[][]`). */
export type MatrixLike = Matrix | readonly (readonly number[])[];

/** A vector (`w`, `y`, `dw`, ...) given as a plain array or a `Float64Array`. */
export type Vector = readonly number[] | Float64Array;

/**
 * Builds a {@linkcode Matrix} (the fast form of `X`: row by row in one `Float64Array`) from plain rows,
 * checking
 * that there is at least one row and one column, that no row is ragged and that every entry is finite.
 * @param rows The rows of the matrix, e.g. `[[1], [2], [3]]` for three examples of one feature.
 * @returns A new matrix holding a copy of the entries.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix } from "./matrix.ts";
 *
 * const X = matrix([[1], [2], [3]]);
 * assert.deepEqual(Array.from(X.data), [1, 2, 3]);
 * assert.equal(matrix(X), X); // already a Matrix: no copy
 * assert.throws(() => matrix([[1, 2], [3]]), /X is ragged: row 0 has 2 values but row 1 has 1/);
 * ```
 */
export function matrix(rows: MatrixLike): Matrix {
  return requireMatrix("Cannot build a matrix", "X", rows);
}

/**
 * Builds a {@linkcode Matrix} from columns, e.g. feature arrays picked from a CSV table: column `j` of the
 * result is `columns[j]`. Introduced in lesson 07.
 * @param columns One array per feature, all of the same non-zero length.
 * @returns A matrix with `columns[0].length` rows and `columns.length` columns.
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

/** Whether `X` is a {@linkcode Matrix} (an object with a `Float64Array` `data`) rather than plain rows. */
export function isMatrix(X: unknown): X is Matrix {
  return X !== null && typeof X === "object" && (X as Matrix).data instanceof Float64Array;
}
