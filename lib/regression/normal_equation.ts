import { factorSymmetric, solveFactored } from "../_linear.ts";
import { plural, requireLength, requireMatrix, requireNumbers } from "../_validate.ts";
import type { MatrixLike, Vector } from "./matrix.ts";

/** The least-squares weights (one per column of `X`) and bias found by {@linkcode normalEquation}. */
export interface LeastSquares {
  w: number[];
  b: number;
}

// A pivot of the scaled system below this counts as zero: the column is a combination of the earlier ones
// to about 12 significant digits, beyond what the normal equations can resolve.
const SINGULAR_PIVOT = 1e-12;

/**
 * The exact minimiser of the cost in closed form, the oracle for gradient descent: with `A = [X | 1]` and
 * `θ = [w; b]`, solves `(AᵀA)·θ = Aᵀy` (lesson 05).
 * @param X Features, one row per example (`m × n`), with `m >= n + 1`.
 * @example The line through (1, 3), (2, 5), (3, 7) is y = 2x + 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { normalEquation } from "./normal_equation.ts";
 *
 * assert.ok(Math.abs(normalEquation([[1], [2], [3]], [3, 5, 7]).b - 1) < 1e-12);
 * ```
 */
export function normalEquation(X: MatrixLike, y: Vector): LeastSquares {
  const context = "Cannot solve the normal equation";
  const M = requireMatrix(context, "X", X);
  requireNumbers(context, "y", y);
  requireLength(context, "y", y, M.rows, `X has ${plural(M.rows, "row")}`);
  const { rows: m, cols: n, data } = M;
  const p = n + 1; // unknowns: n weights and the bias
  if (m < p) {
    throw new RangeError(
      `${context}: AᵀA is singular: X has ${plural(m, "row")} but the ${p} unknowns ` +
        `(${plural(n, "weight")} and b) need at least ${p}`,
    );
  }

  // AᵀA (lower triangle) and Aᵀy, where row i of A is [X[i][0], …, X[i][n-1], 1].
  const G = new Float64Array(p * p);
  const r = new Float64Array(p);
  for (let i = 0; i < m; i++) {
    for (let a = 0; a < p; a++) {
      const xa = a < n ? data[i * n + a] : 1;
      r[a] += xa * y[i];
      for (let c = 0; c <= a; c++) {
        const xc = c < n ? data[i * n + c] : 1;
        G[a * p + c] += xa * xc;
      }
    }
  }

  // Scale row and column k by 1/sqrt(G[k][k]) so the diagonal becomes 1.
  const scale = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    if (G[k * p + k] === 0) throw singular(context, k, n);
    scale[k] = 1 / Math.sqrt(G[k * p + k]);
  }
  for (let a = 0; a < p; a++) {
    r[a] *= scale[a];
    for (let c = 0; c <= a; c++) G[a * p + c] *= scale[a] * scale[c];
  }

  // G = L·D·Lᵀ (lib's one symmetric solver); a pivot at or below SINGULAR_PIVOT of the unit diagonal is zero.
  const rows = Array.from({ length: p }, (_, a) => G.subarray(a * p, a * p + p));
  const factor = factorSymmetric(rows, SINGULAR_PIVOT);
  if (typeof factor === "number") throw singular(context, factor, n);
  const bad = factor.D.findIndex((d) => !(d > SINGULAR_PIVOT));
  if (bad !== -1) throw singular(context, bad, n);
  const theta = solveFactored(factor, r);
  return { w: theta.slice(0, n).map((t, j) => t * scale[j]), b: theta[n] * scale[n] };
}

function singular(context: string, k: number, n: number): RangeError {
  const which = k < n ? `column ${k} of X` : "the column of ones for b";
  const hint = k < n
    ? "(is it all zeros, or a repeat or combination of earlier columns?)"
    : "(is a feature constant?)";
  return new RangeError(
    `${context}: AᵀA is singular: ${which} is (nearly) a combination of the columns before it in [X | 1] ${hint}`,
  );
}
