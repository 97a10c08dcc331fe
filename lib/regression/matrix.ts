import { describe, type Matrix, requireFinite, requireMatrix } from "../_validate.ts";

export type { Matrix };

/**
 * A dense matrix stored row by row in one `Float64Array`: the entry in row `i`, column `j` is
 * `data[i * cols + j]`. This is the fast form of a feature matrix `X` (one row per example, one column per
 * feature); the regression functions also accept a plain `number[][]`. Introduced in lesson 05 (vectorised gradient descent).
 * @example Reading an entry
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix } from "./matrix.ts";
 *
 * const X = matrix([[1, 2], [3, 4], [5, 6]]);
 * assert.equal(X.rows, 3);
 * assert.equal(X.cols, 2);
 * assert.equal(X.data[2 * X.cols + 1], 6); // row 2, column 1
 * ```
 */

/** A feature matrix given either as a {@linkcode Matrix} or as plain rows (`number[][]`). */
export type MatrixLike = Matrix | readonly (readonly number[])[];

/** A vector (`w`, `y`, `dw`, ...) given as a plain array or a `Float64Array`. */
export type Vector = readonly number[] | Float64Array;

/**
 * Builds a {@linkcode Matrix} from plain rows, checking that there is at least one row and one column, that
 * every row has the same length and that every entry is a finite number. Introduced in lesson 05.
 * @param rows The rows of the matrix, e.g. `[[1], [2], [3]]` for three examples of one feature.
 * @returns A new matrix holding a copy of the entries.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix } from "./matrix.ts";
 *
 * const X = matrix([[1], [2], [3]]);
 * assert.deepEqual(Array.from(X.data), [1, 2, 3]);
 * assert.throws(() => matrix([[1, 2], [3]]), /X is ragged: row 0 has 2 values but row 1 has 1/);
 * ```
 */
export function matrix(rows: readonly (readonly number[])[]): Matrix {
  return requireMatrix("Cannot build a matrix", "X", rows);
}

/**
 * Returns `X` as a {@linkcode Matrix}: a `number[][]` is checked and copied with {@linkcode matrix}; a
 * `Matrix` is checked (shape and finite entries) and returned as it is, without copying. Introduced in lesson 05.
 * @param X A feature matrix, as rows or as a `Matrix`.
 * @returns The same data as a `Matrix`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrix, toMatrix } from "./matrix.ts";
 *
 * const X = matrix([[1, 2]]);
 * assert.equal(toMatrix(X), X); // already a Matrix: no copy
 * assert.deepEqual(toMatrix([[1, 2]]), X);
 * ```
 */
export function toMatrix(X: MatrixLike): Matrix {
  return requireMatrix("Cannot build a matrix", "X", X);
}

/**
 * Builds a {@linkcode Matrix} from columns, e.g. feature arrays picked from a CSV table: column `j` of the
 * result is `columns[j]`. All columns must have the same, non-zero length. Introduced in lesson 05.
 * @param columns One array per feature.
 * @returns A matrix with `columns[0].length` rows and `columns.length` columns.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matrixFromColumns } from "./matrix.ts";
 *
 * const carat = [0.23, 0.3];
 * const depth = [61.5, 64];
 * const X = matrixFromColumns([carat, depth]);
 * assert.deepEqual(Array.from(X.data), [0.23, 61.5, 0.3, 64]);
 * ```
 */
export function matrixFromColumns(columns: readonly Vector[]): Matrix {
  const context = "Cannot build a matrix from columns";
  if (!Array.isArray(columns)) {
    throw new TypeError(`${context}: columns must be an array of arrays, got ${describe(columns)}`);
  }
  if (columns.length === 0) throw new RangeError(`${context}: there must be at least one column, got 0`);
  const cols = columns.length;
  let rows = -1;
  for (let j = 0; j < cols; j++) {
    const column = columns[j];
    if (!(Array.isArray(column) || column instanceof Float64Array)) {
      throw new TypeError(`${context}: column ${j} must be an array of numbers, got ${describe(column)}`);
    }
    if (column.length === 0) throw new RangeError(`${context}: column ${j} is empty`);
    if (rows === -1) rows = column.length;
    if (column.length !== rows) {
      throw new RangeError(`${context}: column 0 has ${rows} values but column ${j} has ${column.length}`);
    }
  }
  const data = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) {
    const column = columns[j];
    for (let i = 0; i < rows; i++) {
      data[i * cols + j] = requireFinite(context, `column ${j}[${i}]`, column[i]);
    }
  }
  return { rows, cols, data };
}

/**
 * Whether `X` is a {@linkcode Matrix} (an object with a `Float64Array` `data`) rather than plain rows.
 * @param X Anything.
 * @returns `true` for a `Matrix`, `false` otherwise (for example for a `number[][]`).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isMatrix, matrix } from "./matrix.ts";
 *
 * assert.equal(isMatrix(matrix([[1]])), true);
 * assert.equal(isMatrix([[1]]), false);
 * ```
 */
export function isMatrix(X: unknown): X is Matrix {
  return X !== null && typeof X === "object" && (X as Matrix).data instanceof Float64Array;
}
