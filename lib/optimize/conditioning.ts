/**
 * The shape of linear regression's cost bowl, and how feature scaling rounds it: the Hessian `AᵀA/m`
 * (`A` = the features plus a column of ones for the bias), z-scores, and the way back to raw units.
 * @module
 */

import { describe, requireOptions } from "../_validate.ts";
import { toMatrix } from "../regression/matrix.ts";
import type { MatrixLike, Vector } from "../regression/matrix.ts";

/** Options for {@linkcode regressionHessian}. */
export interface RegressionHessianOptions {
  /** Whether the model has a bias `b` (a column of ones appended to `X`, last). */
  bias?: boolean;
}

/**
 * The Hessian of linear regression's cost `J(w, b) = 1/(2m)·Σ (X·w + b − y)²`: the matrix of its second
 * derivatives, `AᵀA / m` with `A = [X | 1]` (one row per example; the column of ones is the bias, and is
 * left out with `bias: false`). It does not depend on `y`, `w` or `b`: the cost is a quadratic bowl whose
 * curvature in every direction is fixed by the features alone. Its largest eigenvalue `L` gives the largest
 * stable learning rate `2 / L`, and the ratio of its largest to smallest eigenvalue is the condition number.
 * Entry `[j][k]` is the mean of `x_j · x_k` over the examples (with `x_n = 1` for the bias). Introduced in
 * lesson 06.
 * @param X Features, one row per example (`m × n`), as rows or a `Matrix`.
 * @param options `bias` (true).
 * @returns The `(n + 1) × (n + 1)` matrix (`n × n` without the bias) as rows; the bias comes last.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { regressionHessian } from "./conditioning.ts";
 *
 * // Mean of x² = (1 + 4 + 9)/3, mean of x = 2.
 * assert.deepEqual(regressionHessian([[1], [2], [3]]), [[14 / 3, 2], [2, 1]]);
 * assert.deepEqual(regressionHessian([[1], [2], [3]], { bias: false }), [[14 / 3]]);
 * ```
 */
export function regressionHessian(X: MatrixLike, options: RegressionHessianOptions = {}): number[][] {
  const context = "Cannot compute the Hessian";
  requireOptions(context, options, ["bias"]);
  const { bias = true } = options;
  if (typeof bias !== "boolean") {
    throw new TypeError(`${context}: bias must be true or false, got ${describe(bias)}`);
  }
  let M;
  try {
    M = toMatrix(X);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.replace("Cannot build a matrix", context);
    throw error;
  }
  const { rows: m, cols: n, data } = M;
  const p = bias ? n + 1 : n;
  const H: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      const xj = j < n ? data[i * n + j] : 1;
      for (let k = 0; k <= j; k++) {
        const xk = k < n ? data[i * n + k] : 1;
        H[j][k] += xj * xk;
      }
    }
  }
  for (let j = 0; j < p; j++) {
    for (let k = 0; k <= j; k++) {
      H[j][k] /= m;
      H[k][j] = H[j][k];
    }
  }
  return H;
}

/** The z-scores of some columns, with the means and standard deviations used to make them. */
export interface Standardized {
  /** One array per input column: `(x − mean) / sd`, mean 0 and standard deviation 1. */
  columns: number[][];
  /** The mean of each input column. */
  means: number[];
  /** The standard deviation of each input column (population: divided by `m`, not `m − 1`). */
  sds: number[];
}

/**
 * Standardizes each column to z-scores: subtract its mean, divide by its standard deviation, so every feature
 * has mean 0 and standard deviation 1. This makes the Hessian of linear regression's cost the correlation
 * matrix of the features (with 1 for the bias, and no coupling between the bias and the weights), so one
 * learning rate suits every direction. Introduced in lesson 07.
 * @param columns One array (or `Float64Array`) per feature, all the same non-zero length, finite numbers.
 * @returns `{ columns, means, sds }`, see {@linkcode Standardized}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { standardize } from "./conditioning.ts";
 *
 * const { columns, means, sds } = standardize([[1, 2, 3, 4]]);
 * assert.equal(means[0], 2.5);
 * assert.equal(sds[0], Math.sqrt(1.25));
 * assert.ok(Math.abs(columns[0].reduce((s, z) => s + z, 0)) < 1e-12);
 * ```
 */
export function standardize(columns: readonly Vector[]): Standardized {
  const context = "Cannot standardize";
  if (!Array.isArray(columns)) {
    throw new TypeError(
      `${context}: columns must be an array of arrays of numbers, got ${describe(columns)}`,
    );
  }
  if (columns.length === 0) throw new RangeError(`${context}: there must be at least one column, got []`);
  let m = -1;
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j];
    if (!(Array.isArray(column) || column instanceof Float64Array)) {
      throw new TypeError(`${context}: column ${j} must be an array of numbers, got ${describe(column)}`);
    }
    if (column.length === 0) throw new RangeError(`${context}: column ${j} is empty`);
    if (m === -1) m = column.length;
    if (column.length !== m) {
      throw new RangeError(`${context}: column 0 has ${m} values but column ${j} has ${column.length}`);
    }
    for (let i = 0; i < m; i++) {
      const value = column[i];
      if (typeof value !== "number") {
        throw new TypeError(`${context}: column ${j}, row ${i} must be a number, got ${describe(value)}`);
      }
      if (!Number.isFinite(value)) {
        throw new RangeError(`${context}: column ${j}, row ${i} must be a finite number, got ${value}`);
      }
    }
  }

  const result: Standardized = { columns: [], means: [], sds: [] };
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j];
    let sum = 0;
    for (let i = 0; i < m; i++) sum += column[i];
    const mean = sum / m;
    let squares = 0;
    for (let i = 0; i < m; i++) squares += (column[i] - mean) ** 2;
    const sd = Math.sqrt(squares / m);
    if (!(sd > 0)) {
      throw new RangeError(
        `${context}: column ${j} is constant (every value is ${column[0]}), so its sd is 0`,
      );
    }
    const z = new Array<number>(m);
    for (let i = 0; i < m; i++) z[i] = (column[i] - mean) / sd;
    result.columns.push(z);
    result.means.push(mean);
    result.sds.push(sd);
  }
  return result;
}

/**
 * Converts parameters fitted on standardized features back to raw units: the model
 * `b + Σ w_j·(x_j − mean_j)/sd_j` is the same line as `b_raw + Σ w_raw_j·x_j` with `w_raw_j = w_j / sd_j` and
 * `b_raw = b − Σ w_j·mean_j/sd_j`. Introduced in lesson 07.
 * @param w The weights fitted on the z-scores, one per column.
 * @param b The bias fitted on the z-scores.
 * @param scaling The `means` and `sds` from {@linkcode standardize}.
 * @returns `{ w, b }` in raw units.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unstandardize } from "./conditioning.ts";
 *
 * // y = 10 + 3·z with z = (x − 5)/2 is y = 2.5 + 1.5·x.
 * assert.deepEqual(unstandardize([3], 10, { means: [5], sds: [2] }), { w: [1.5], b: 2.5 });
 * ```
 */
export function unstandardize(
  w: Vector,
  b: number,
  scaling: { readonly means: Vector; readonly sds: Vector },
): { w: number[]; b: number } {
  const context = "Cannot unstandardize";
  if (!(Array.isArray(w) || w instanceof Float64Array)) {
    throw new TypeError(`${context}: w must be an array of numbers, got ${describe(w)}`);
  }
  if (scaling === null || typeof scaling !== "object") {
    throw new TypeError(`${context}: scaling must be { means, sds }, got ${describe(scaling)}`);
  }
  const { means, sds } = scaling;
  for (const [name, values] of [["means", means], ["sds", sds]] as const) {
    if (!(Array.isArray(values) || values instanceof Float64Array)) {
      throw new TypeError(`${context}: ${name} must be an array of numbers, got ${describe(values)}`);
    }
    if (values.length !== w.length) {
      throw new RangeError(`${context}: w has ${w.length} values but ${name} has ${values.length}`);
    }
  }
  const check = (name: string, value: unknown) => {
    if (typeof value !== "number") {
      throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
    }
    if (!Number.isFinite(value)) {
      throw new RangeError(`${context}: ${name} must be a finite number, got ${value}`);
    }
  };
  check("b", b);
  let rawB = b;
  const rawW: number[] = [];
  for (let j = 0; j < w.length; j++) {
    check(`w[${j}]`, w[j]);
    check(`means[${j}]`, means[j]);
    check(`sds[${j}]`, sds[j]);
    if (!(sds[j] > 0)) throw new RangeError(`${context}: sds[${j}] must be > 0, got ${sds[j]}`);
    rawW.push(w[j] / sds[j]);
    rawB -= w[j] * means[j] / sds[j];
  }
  return { w: rawW, b: rawB };
}
