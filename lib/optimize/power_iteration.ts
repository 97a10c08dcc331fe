/**
 * Eigenvalues of a symmetric matrix by power iteration: `2 / λmax` is the largest stable learning rate, and
 * `λmax / λmin`, the condition number, says how slow the slowest direction is at that rate.
 * @module
 */
import { factorSymmetric, solveFactored } from "../_linear.ts";
import {
  requireFinite,
  requireInteger,
  requireMatrix,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import { createRandom } from "../data/random.ts";

/** A square matrix as plain rows, e.g. `[[2, 1], [1, 3]]`. */
export type SquareMatrix = readonly (readonly number[])[];

/** Options for {@linkcode powerIteration} and {@linkcode smallestEigenvalue}. */
export interface PowerIterationOptions {
  /** The most iterations, an integer >= 1. Defaults to `10000`. */
  maxIterations?: number;
  /** Stop when the estimate changes by no more than `tolerance` times its size. Defaults to `1e-13`. */
  tolerance?: number;
  /** Seed of the random starting vector (see `createRandom`), an integer in `[0, 2³²)`. Defaults to `1`. */
  seed?: number;
}

/** An eigenvalue, a unit eigenvector, and how the iteration ended. */
export interface EigenEstimate {
  eigenvalue: number;
  eigenvector: number[];
  iterations: number;
  status: "converged" | "max-iterations";
}

/**
 * The largest eigenvalue of a symmetric matrix: from a seeded random unit vector repeat `v ← A·v / |A·v|`; the
 * Rayleigh quotient `vᵀ·A·v` estimates `λmax`. For `XᵀX/m` it is the curvature `L` of the cost (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerIteration } from "./power_iteration.ts";
 *
 * assert.ok(Math.abs(powerIteration([[2, 1], [1, 2]]).eigenvalue - 3) < 1e-12);
 * ```
 */
export function powerIteration(A: SquareMatrix, options: PowerIterationOptions = {}): EigenEstimate {
  const context = "Cannot run power iteration";
  const settings = readOptions(options, context);
  return iterate(checkSymmetric(A, context), (v) => multiply(A, v), A, settings);
}

/**
 * The smallest eigenvalue of a symmetric positive definite matrix (else a `RangeError`): power iteration on `A⁻¹`,
 * whose largest eigenvalue is `1/λmin`; each step solves `A·z = v` with one factorisation of `A` (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { smallestEigenvalue } from "./power_iteration.ts";
 *
 * assert.ok(Math.abs(smallestEigenvalue([[2, 1], [1, 2]]).eigenvalue - 1) < 1e-12);
 * ```
 */
export function smallestEigenvalue(A: SquareMatrix, options: PowerIterationOptions = {}): EigenEstimate {
  const context = "Cannot find the smallest eigenvalue";
  const settings = readOptions(options, context);
  const n = checkSymmetric(A, context);
  const factor = factorSymmetric(A, 0);
  if (typeof factor === "number" || !factor.positiveDefinite) {
    const k = typeof factor === "number" ? factor : factor.D.findIndex((d) => !(d > 0));
    const pivot = typeof factor === "number" ? 0 : factor.D[k];
    throw new RangeError(
      `${context}: the matrix is singular or not positive definite (pivot ${k} is ${pivot})`,
    );
  }
  return iterate(n, (v) => solveFactored(factor, v), A, settings);
}

/**
 * The condition number `κ = λmax / λmin` of a symmetric positive semi-definite matrix such as `XᵀX/m`: at
 * `α < 2/λmax` each step removes at most about `2/κ` of the error along the flattest direction (lesson 06).
 * @returns `λmax / λmin` >= 1, or `Infinity` for a matrix singular to working precision.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { conditionNumber } from "./power_iteration.ts";
 *
 * assert.ok(Math.abs(conditionNumber([[2, 1], [1, 2]]) - 3) < 1e-9);
 * ```
 */
export function conditionNumber(A: SquareMatrix, options: PowerIterationOptions = {}): number {
  const context = "Cannot compute the condition number";
  const settings = readOptions(options, context);
  const n = checkSymmetric(A, context);
  const largest = iterate(n, (v) => multiply(A, v), A, settings);
  const factor = factorSymmetric(A, 0);
  if (typeof factor === "number" || !factor.positiveDefinite) return Infinity;
  const smallest = iterate(n, (v) => solveFactored(factor, v), A, settings);
  return smallest.eigenvalue > 0 ? largest.eigenvalue / smallest.eigenvalue : Infinity;
}

/**
 * Both eigenvalues of `[[a, b], [b, c]]`, `[larger, smaller]` = `(a + c)/2 ± √(((a − c)/2)² + b²)`: the exact
 * curvatures of a cost of two parameters (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { symmetricEigenvalues2x2 } from "./power_iteration.ts";
 *
 * assert.deepEqual(symmetricEigenvalues2x2(2, 1, 2), [3, 1]);
 * ```
 */
export function symmetricEigenvalues2x2(a: number, b: number, c: number): [number, number] {
  const context = "Cannot compute the eigenvalues";
  for (const [name, value] of [["a", a], ["b", b], ["c", c]] as const) requireFinite(context, name, value);
  const mean = (a + c) / 2;
  const radius = Math.hypot((a - c) / 2, b);
  return [mean + radius, mean - radius];
}

interface IterationSettings {
  maxIterations: number;
  tolerance: number;
  seed: number;
}

function readOptions(options: PowerIterationOptions, context: string): IterationSettings {
  requireOptions(context, options, ["maxIterations", "tolerance", "seed"]);
  const { maxIterations = 10000, tolerance = 1e-13, seed = 1 } = options ?? {};
  requireInteger(context, "maxIterations", maxIterations);
  requirePositive(context, "tolerance", tolerance);
  requireInteger(context, "seed", seed, 0, 4294967295);
  return { maxIterations, tolerance, seed };
}

// Checks that A is a non-empty square, symmetric (up to accumulation round-off) matrix of finite numbers.
function checkSymmetric(A: unknown, context: string): number {
  const { rows: n, cols, data } = requireMatrix(context, "the matrix", A);
  if (cols !== n) throw new RangeError(`${context}: the matrix must be square, got ${n}x${cols}`);
  const largest = data.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(data[i * n + j] - data[j * n + i]) > 1e-12 * largest) {
        const [a, b] = [data[i * n + j], data[j * n + i]];
        throw new RangeError(
          `${context}: the matrix must be symmetric, but entry [${i}][${j}] is ${a} and [${j}][${i}] is ${b}`,
        );
      }
    }
  }
  return n;
}

// Power iteration with `apply` (A·v, or A⁻¹·v); the estimate is the Rayleigh quotient vᵀ·A·v of a unit v.
function iterate(
  n: number,
  apply: (v: number[]) => number[],
  A: SquareMatrix,
  { maxIterations, tolerance, seed }: IterationSettings,
): EigenEstimate {
  const estimate = (v: number[]) => multiply(A, v).reduce((sum, Avi, i) => sum + v[i] * Avi, 0);
  const random = createRandom(seed);
  const start = Array.from({ length: n }, () => random.uniform(-1, 1));
  let v = normalize(start) ?? start;
  let eigenvalue = estimate(v);
  for (let t = 1; t <= maxIterations; t++) {
    const w = normalize(apply(v));
    // A·v = 0: v lies in the null space, so 0 is an eigenvalue and v its eigenvector.
    if (w === undefined) return { eigenvalue: 0, eigenvector: v, iterations: t, status: "converged" };
    v = w;
    const next = estimate(v);
    const settled = Math.abs(next - eigenvalue) <= tolerance * Math.abs(next);
    eigenvalue = next;
    if (settled) return { eigenvalue, eigenvector: v, iterations: t, status: "converged" };
  }
  return { eigenvalue, eigenvector: v, iterations: maxIterations, status: "max-iterations" };
}

function multiply(A: SquareMatrix, v: readonly number[]): number[] {
  return A.map((row) => row.reduce((sum, aij, j) => sum + aij * v[j], 0));
}

function normalize(v: readonly number[]): number[] | undefined {
  let norm = 0;
  for (const component of v) norm = Math.hypot(norm, component);
  if (norm === 0) return undefined;
  return v.map((component) => component / norm);
}
