/**
 * The one linear solver of `lib/`, for the normal equation's `AᵀA`, Newton's Hessian and power iteration's inverse
 * steps: Cholesky's `A = L·D·Lᵀ`, square-root free so an indefinite Hessian factors too; `A` is positive definite
 * exactly when every pivot in `D` is > 0.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { factorSymmetric, solveFactored } from "./_linear.ts";
 * const factor = factorSymmetric([[4, 2], [2, 3]]);
 * assert.ok(typeof factor !== "number" && factor.positiveDefinite);
 * assert.deepEqual(solveFactored(factor, [6, 5]), [1, 1]);
 * assert.equal(factorSymmetric([[1, 1], [1, 1]]), 1); // pivot 1 vanishes: singular
 * ```
 * @module
 */

/** `A = L·D·Lᵀ`: `L` unit lower triangular (rows), `D` the pivots. */
export interface SymmetricFactor {
  readonly L: Float64Array[];
  readonly D: Float64Array;
  /** Every pivot > 0. */
  readonly positiveDefinite: boolean;
}

/**
 * Factors a symmetric matrix (rows; the lower triangle is read). Returns the index of the first pivot whose
 * size is within `relativeTolerance` of the largest diagonal entry — a singular matrix to working precision.
 */
export function factorSymmetric(
  A: ArrayLike<ArrayLike<number>>,
  relativeTolerance = 1e-14,
): SymmetricFactor | number {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Float64Array(n));
  const D = new Float64Array(n);
  let scale = 0;
  for (let k = 0; k < n; k++) scale = Math.max(scale, Math.abs(A[k][k]));
  for (let k = 0; k < n; k++) {
    let pivot = A[k][k];
    for (let j = 0; j < k; j++) pivot -= L[k][j] * L[k][j] * D[j];
    if (!(Math.abs(pivot) > relativeTolerance * scale)) return k;
    D[k] = pivot;
    L[k][k] = 1;
    for (let i = k + 1; i < n; i++) {
      let sum = A[i][k];
      for (let j = 0; j < k; j++) sum -= L[i][j] * L[k][j] * D[j];
      L[i][k] = sum / pivot;
    }
  }
  return { L, D, positiveDefinite: D.every((d) => d > 0) };
}

/** Solves `A·x = b` from `A`'s factor: `L·u = b`, `D·v = u`, `Lᵀ·x = v`. */
export function solveFactored({ L, D }: SymmetricFactor, b: ArrayLike<number>): number[] {
  const n = D.length;
  const x = Array.from(b);
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) x[i] -= L[i][j] * x[j];
  for (let i = 0; i < n; i++) x[i] /= D[i];
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) x[i] -= L[j][i] * x[j];
  return x;
}
