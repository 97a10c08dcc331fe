/**
 * Newton's method for minimizing: jump to the bottom of the local quadratic model, `x − f'(x)/f''(x)` for a
 * number and `x − H⁻¹·∇f(x)` for a vector, with an optional backtracking line search. Lesson 13.
 * @module
 */
import { factorSymmetric, solveFactored } from "../_linear.ts";
import { describe, requireBoolean, requireFunction, requireNumbers, requireOptions } from "../_validate.ts";
import { descend, DESCENT_OPTIONS, startVector, userFunctions } from "./_descent.ts";
import type { DescentOptions, DescentResult, HistoryEntry, Solver } from "./_descent.ts";

/** The second derivative (a number) for a function of a number, the Hessian (rows of numbers) for a vector. */
export type HessianOf<X> = X extends number ? number : number[][];

/** A Newton history entry: the shared entry plus how the step that led here was taken. */
export interface NewtonHistoryEntry<X = number | number[]> extends HistoryEntry<X> {
  /** `"newton"` (`d = −H⁻¹·g`) or `"gradient"` (`d = −g`, the line search's fallback); `null` at start. */
  direction: "newton" | "gradient" | null;
  /** The factor `t` of the step `x + t·d`: 1, halved by each backtrack; 0 at the start. */
  stepFactor: number;
  /** Whether the step set off uphill (`g·d > 0`): what plain Newton does where the curvature is negative. */
  uphill: boolean;
}

/** Options for {@linkcode newtonMethod}. */
export interface NewtonOptions<X = number | number[]> extends DescentOptions<X, NewtonHistoryEntry<X>> {
  /** `f''(x)`, or the Hessian for a vector. Defaults to central differences of `gradient` (step 1e-5). */
  hessian?: (x: X) => HessianOf<X>;
  /**
   * Damped Newton: halve the step until `f` decreases enough (Armijo, `f(x + t·d) <= f(x) + 1e-4·t·g·d`), and
   * step along `−gradient` where the Newton direction is not downhill. Needs `f`. Defaults to `false`.
   */
  lineSearch?: boolean;
}

/** What {@linkcode newtonMethod} returns: the shared result plus two counts. */
export interface NewtonResult<X = number | number[]> extends DescentResult<X, NewtonHistoryEntry<X>> {
  /** Steps that set off uphill; always 0 with `lineSearch`. */
  uphillSteps: number;
  /** Steps the line search took along `−gradient` instead of the Newton direction. */
  gradientSteps: number;
}

const CONTEXT = "Cannot run Newton's method";
const OPTIONS = ["hessian", "lineSearch", ...DESCENT_OPTIONS];
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, ai, i) => sum + ai * b[i], 0);

/**
 * Minimizes with Newton's method (lesson 13): one step on a quadratic, the error roughly squaring near a minimum.
 * Where the Hessian is not positive definite plain Newton heads for a maximum or saddle (counted in `uphillSteps`,
 * said in `reason`); where it is singular the step is infinite (`"diverged"`). `lineSearch: true` fixes both.
 * @param gradient The derivative (number start) or gradient (vector start).
 * @param options As {@linkcode NewtonOptions}, with `maxIterations` 100 and `tolerance` 1e-12 by default.
 * @example One step to the minimum of a quadratic
 * ```ts
 * import assert from "node:assert/strict";
 * import { newtonMethod } from "./newton.ts";
 *
 * assert.equal(newtonMethod((w) => 2 * w + 3, 10, { hessian: () => 2 }).history[1].x, -1.5);
 * ```
 */
export const newtonMethod: Solver<
  NewtonOptions<number>,
  NewtonOptions<number[]>,
  NewtonResult<number>,
  NewtonResult<number[]>
> = (gradient: unknown, start: unknown, options?: unknown): never => {
  const checked = requireOptions(CONTEXT, options as NewtonOptions, OPTIONS);
  const { hessian, f, lineSearch = false } = checked;
  if (hessian !== undefined) requireFunction(CONTEXT, "hessian", hessian);
  if (requireBoolean(CONTEXT, "lineSearch", lineSearch) && f === undefined) {
    throw new TypeError(`${CONTEXT}: lineSearch needs f, to check each step goes down`);
  }
  const scalar = typeof start === "number";
  const x0 = startVector(CONTEXT, start);
  const n = x0.length;
  const evaluate = userFunctions(CONTEXT, gradient, f, scalar, n);
  const hessianAt = (x: number[]): number[][] => {
    if (hessian === undefined) return numericalHessian((v) => evaluate(v).gradient, x);
    const H = (hessian as (x: unknown) => unknown)(scalar ? x[0] : x.slice());
    const rows = scalar ? [[H]] : H;
    if (!Array.isArray(rows) || rows.length !== n || !rows.every((r) => Array.isArray(r) && r.length === n)) {
      throw new TypeError(`${CONTEXT}: hessian must return ${n} rows of ${n} numbers, got ${describe(H)}`);
    }
    rows.forEach((row, i) => requireNumbers(CONTEXT, `hessian(x)[${i}]`, row, false));
    return rows as number[][];
  };

  const second = scalar ? "second derivative" : "Hessian";
  const finite = (H: number[][]) => H.every((row) => row.every(Number.isFinite));
  if (hessian !== undefined && !finite(hessianAt(x0))) {
    throw new RangeError(`${CONTEXT}: the ${second} at start is not finite`);
  }
  let last: Omit<NewtonHistoryEntry, keyof HistoryEntry> = { direction: null, stepFactor: 0, uphill: false };
  let uphillSteps = 0;
  let gradientSteps = 0;
  const step = (x: number[], g: number[], t: number, value: number | undefined) => {
    const at = `x = ${describe(scalar ? x[0] : x)} (step ${t})`;
    const H = hessianAt(x);
    if (!finite(H)) return { stop: "diverged" as const, reason: `the ${second} at ${at} is not finite` };
    const flat = g.every((gi) => gi === 0);
    const factor = flat ? undefined : factorSymmetric(H);
    let d = flat
      ? g.map(() => 0)
      : typeof factor === "number"
      ? null
      : solveFactored(factor!, g).map((v) => -v);
    let direction: "newton" | "gradient" = "newton";
    if (lineSearch && !flat && (d === null || !(dot(g, d) < 0))) {
      [d, direction] = [g.map((v) => -v), "gradient"];
    }
    if (d === null) {
      const reason = scalar
        ? `f''(x) = ${H[0][0]} at ${at}: the Newton step −f'/f'' is infinite`
        : `the Hessian is singular at ${at}: H·d = −g has no unique solution`;
      return { stop: "diverged" as const, reason };
    }
    const slope = dot(g, d);
    let stepFactor = 1;
    const move = (s: number) => x.map((xi, i) => xi + s * d![i]);
    for (let k = 0; lineSearch && !flat; k++, stepFactor /= 2) {
      if (k > 60) {
        return {
          stop: "converged" as const,
          reason: `the line search found no lower point from ${at}: round-off`,
        };
      }
      if (evaluate(move(stepFactor)).value! <= value! + 1e-4 * stepFactor * slope) break;
    }
    last = { direction, stepFactor, uphill: slope > 0 };
    return move(stepFactor);
  };
  const extra = (iteration: number) => {
    if (iteration === 0) return { direction: null, stepFactor: 0, uphill: false };
    if (last.uphill) uphillSteps++;
    if (last.direction === "gradient") gradientSteps++;
    return last;
  };
  const result = descend<NewtonHistoryEntry>(
    CONTEXT,
    { evaluate, step, extra },
    x0,
    scalar,
    checked as never,
    { maxIterations: 100, tolerance: 1e-12 },
  ) as unknown as NewtonResult;
  if (result.status === "converged") {
    result.reason += curvatureNote(hessianAt(scalar ? [result.x as number] : result.x as number[]), scalar);
  }
  return Object.assign(result, { uphillSteps, gradientSteps }) as never;
};

function curvatureNote(H: number[][], scalar: boolean): string {
  const factor = factorSymmetric(H);
  if (typeof factor !== "number" && factor.positiveDefinite) return "";
  if (scalar) {
    return H[0][0] < 0
      ? `; but f''(x) = ${H[0][0]} < 0 there: x is a maximum, not a minimum`
      : `; but f''(x) = ${H[0][0]} there, so the second-derivative test cannot confirm a minimum`;
  }
  const negated = factorSymmetric(H.map((row) => row.map((v) => -v)));
  return typeof negated !== "number" && negated.positiveDefinite
    ? "; but the Hessian is negative definite there: x is a maximum, not a minimum"
    : "; but the Hessian is not positive definite there: x is a saddle point or a flat spot, not a strict minimum";
}

// Central differences of the gradient, step `1e-5·max(1, |xᵢ|)`, symmetrised: `(H + Hᵀ) / 2`.
function numericalHessian(gradientAt: (v: number[]) => number[], x: readonly number[]): number[][] {
  const columns = x.map((xi, i) => {
    const hi = 1e-5 * Math.max(1, Math.abs(xi));
    const plus = x.slice();
    const minus = x.slice();
    plus[i] = xi + hi;
    minus[i] = xi - hi;
    const gMinus = gradientAt(minus);
    return gradientAt(plus).map((v, j) => (v - gMinus[j]) / (plus[i] - minus[i]));
  });
  return columns.map((column, i) => column.map((_, j) => (columns[i][j] + columns[j][i]) / 2));
}
