/**
 * The shape of linear regression's cost bowl, and how feature scaling rounds it: the Hessian `AᵀA/m` (lesson 06),
 * z-scores and the way back to raw units (lesson 07).
 * @module
 */
import {
  describe,
  plural,
  requireBoolean,
  requireColumns,
  requireFinite,
  requireLength,
  requireMatrix,
  requireNumbers,
  requireOptions,
} from "../_validate.ts";
import type { MatrixLike, Vector } from "../regression/matrix.ts";

/** Options for {@linkcode regressionHessian}. */
export interface RegressionHessianOptions {
  /** Whether the model has a bias `b` (a column of ones appended to `X`, last). Defaults to `true`. */
  bias?: boolean;
}

/**
 * The Hessian of linear regression's cost: `AᵀA / m` with `A = [X | 1]` (no ones column with `bias: false`).
 * It depends on the features alone; its largest eigenvalue `L` gives the limit `2 / L` (lesson 06).
 * @param X Features, one row per example, as rows or a `Matrix`.
 * @returns The `(n + 1) × (n + 1)` matrix (`n × n` without the bias) as rows; the bias comes last.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { regressionHessian } from "./conditioning.ts";
 *
 * assert.deepEqual(regressionHessian([[1], [2], [3]]), [[14 / 3, 2], [2, 1]]); // means of x², x and 1
 * ```
 */
export function regressionHessian(X: MatrixLike, options: RegressionHessianOptions = {}): number[][] {
  const context = "Cannot compute the Hessian";
  const { bias = true } = requireOptions(context, options, ["bias"]);
  requireBoolean(context, "bias", bias);
  const { rows: m, cols: n, data } = requireMatrix(context, "X", X);
  const p = bias ? n + 1 : n;
  const H: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      const xj = j < n ? data[i * n + j] : 1;
      for (let k = 0; k < p; k++) H[j][k] += xj * (k < n ? data[i * n + k] : 1);
    }
  }
  return H.map((row) => row.map((sum) => sum / m));
}

/** The z-scores of some columns, with the means and (population) standard deviations used to make them. */
export interface Standardized {
  columns: number[][];
  means: number[];
  sds: number[];
}

/**
 * Standardizes each column to z-scores, `(x − mean) / sd`, so one learning rate suits every direction (lesson 07).
 * @param columns One array (or `Float64Array`) per feature, all the same non-zero length; none constant.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { standardize } from "./conditioning.ts";
 *
 * assert.equal(standardize([[1, 2, 3, 4]]).means[0], 2.5);
 * ```
 */
export function standardize(columns: readonly Vector[]): Standardized {
  const context = "Cannot standardize";
  const m = requireColumns(context, columns)[0].length;
  const result: Standardized = { columns: [], means: [], sds: [] };
  columns.forEach((column, j) => {
    const values = Array.from(column);
    const mean = values.reduce((sum, x) => sum + x, 0) / m;
    const sd = Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / m);
    if (!(sd > 0)) {
      throw new RangeError(
        `${context}: column ${j} is constant (every value is ${values[0]}), so its sd is 0`,
      );
    }
    result.columns.push(values.map((x) => (x - mean) / sd));
    result.means.push(mean);
    result.sds.push(sd);
  });
  return result;
}

/**
 * Converts `w`, `b` fitted on z-scores to raw units (lesson 07): `w_raw_j = w_j/sd_j`, `b_raw = b − Σ w_j·mean_j/sd_j`.
 * @param scaling The `means` and `sds` from {@linkcode standardize}.
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
  requireNumbers(context, "w", w);
  requireFinite(context, "b", b);
  if (scaling === null || typeof scaling !== "object") {
    throw new TypeError(`${context}: scaling must be { means, sds }, got ${describe(scaling)}`);
  }
  const { means, sds } = scaling;
  for (const [name, values] of [["means", means], ["sds", sds]] as const) {
    requireNumbers(context, name, values);
    requireLength(context, name, values, w.length, `w has ${plural(w.length, "value")}`);
  }
  let rawB = b;
  const rawW = Array.from(w, (wj, j) => {
    if (!(sds[j] > 0)) throw new RangeError(`${context}: sds[${j}] must be > 0, got ${sds[j]}`);
    rawB -= wj * means[j] / sds[j];
    return wj / sds[j];
  });
  return { w: rawW, b: rawB };
}
