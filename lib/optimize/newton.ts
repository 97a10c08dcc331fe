/**
 * Newton's method for minimizing: jump to the bottom of the local quadratic model, `x − f'(x)/f''(x)` for a
 * number and `x − H⁻¹·∇f(x)` for a vector, with optional damping and a backtracking line search.
 *
 * @module
 */

import {
  describe,
  requireFinite,
  requireFunction,
  requireInteger,
  requireNonNegative,
  requireNumbers,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import type { HistoryEntry, Status } from "./gradient_descent.ts";

/** The second derivative (a number) for a function of a number, the Hessian (rows of numbers) for a vector. */
export type HessianOf<X extends number | number[]> = X extends number ? number : number[][];

/**
 * Which way a step went:
 * - `"newton"`: `d = −H⁻¹·g`, the step to the stationary point of the local quadratic model;
 * - `"gradient"`: `d = −g`, the fallback of the line-search method where the Newton direction does not point
 *   downhill (curvature zero or negative along it).
 */
export type NewtonDirection = "newton" | "gradient";

/** One point of a Newton run: a gradient-descent {@linkcode HistoryEntry} plus how the step that led here was taken. */
export interface NewtonHistoryEntry<X extends number | number[] = number | number[]> extends HistoryEntry<X> {
  /** The direction of the step that led here; `null` at the start. */
  direction: NewtonDirection | null;
  /** The factor `t` of that step `x + t·d`: `damping`, halved by each backtrack; 0 at the start. */
  stepFactor: number;
  /**
   * Whether that step set off uphill: its direction `d` had `g·d > 0` at the previous point. The undamped
   * Newton step does this exactly where the curvature along it is negative (`f'' < 0` for a number).
   */
  uphill: boolean;
}

/** Options for {@linkcode newtonMethod}; every one is optional. */
export interface NewtonOptions<X extends number | number[] = number | number[]> {
  /**
   * The second derivative `f''(x)` (for a number) or the Hessian matrix of second partial derivatives (for a
   * vector: `n` rows of `n` numbers). Defaults to central differences of `gradient` with step `h`.
   */
  hessian?: (x: X) => HessianOf<X>;
  /**
   * The function being minimized. Needed by `lineSearch`; when given, each history entry records `value: f(x)`.
   */
  f?: (x: X) => number;
  /** The step factor `t` in `x + t·d`, in `(0, 1]`. Defaults to `1`, the full Newton step. */
  damping?: number;
  /**
   * Damped Newton: `true` halves the step factor (from `damping`) until `f` decreases enough (the Armijo
   * condition `f(x + t·d) <= f(x) + 0.0001·t·g·d`), and steps along `−gradient` wherever the Newton direction
   * does not point downhill. Needs `f`. Defaults to `false`, plain Newton, which goes wherever the quadratic
   * model's stationary point is — uphill too.
   */
  lineSearch?: boolean;
  /** The most steps, an integer >= 1. Defaults to `100`. */
  maxIterations?: number;
  /**
   * Stop with status `"converged"` when a step's size (largest absolute component) is `<= tolerance`. A finite
   * number >= 0. Defaults to `1e-12`; `0` stops only on a step that changes nothing.
   */
  tolerance?: number;
  /**
   * The step of the central differences that estimate the Hessian when `hessian` is not given, a number > 0
   * (scaled by `|xᵢ|` where that exceeds 1). Defaults to `1e-5`, near the best step for a central
   * difference of a gradient in double precision (about `ε^(1/3) ≈ 6e-6`).
   */
  h?: number;
  /** Declare divergence when a component of `x` exceeds this in absolute value, a number > 0. Defaults to `1e12`. */
  divergenceBound?: number;
}

/** What {@linkcode newtonMethod} returns. */
export interface NewtonResult<X extends number | number[] = number | number[]> {
  /** The last accepted point (always finite). */
  x: X;
  /**
   * Why the run stopped. `"converged"` says the steps became tiny, not that `x` is a minimum: plain Newton
   * converges to maxima and saddle points too, and then `reason` says so. `"diverged"` includes a zero
   * second derivative (a singular Hessian), where the Newton step would be infinite.
   */
  status: Status;
  /** A sentence saying why, with the numbers involved. */
  reason: string;
  /** How many steps led to `x`. */
  iterations: number;
  /** `f(x)` at the final point; present only when `f` was given. */
  value?: number;
  /** The gradient at the final point. */
  gradient: X;
  /** One entry per point, start included; `history.map((e) => e.x)` is the path. */
  history: NewtonHistoryEntry<X>[];
  /** How many steps set off uphill (see {@linkcode NewtonHistoryEntry.uphill}); always 0 with `lineSearch`. */
  uphillSteps: number;
  /** How many steps the line-search method took along `−gradient` instead of the Newton direction. */
  gradientSteps: number;
}

const OPTION_NAMES = [
  "hessian",
  "f",
  "damping",
  "lineSearch",
  "maxIterations",
  "tolerance",
  "h",
  "divergenceBound",
];
const CONTEXT = "Cannot run Newton's method";
/** Sufficient decrease asked of a line-search step, as a fraction of the decrease the slope promises. */
const ARMIJO = 1e-4;
/** Halvings of the step factor before the line search gives up (2⁻⁶⁰ is below round-off of any step). */
const MAX_HALVINGS = 60;

/**
 * Minimizes a function with Newton's method: at each point, fit the quadratic that has the same value, slope
 * and curvature, and jump to its stationary point, `x ← x − f'(x)/f''(x)` (for a vector,
 * `x ← x − H(x)⁻¹·∇f(x)`, solving `H·d = −∇f` by Gaussian elimination). On a quadratic that is the minimum
 * in one step; near a minimum with `f'' > 0` the error roughly squares each step (quadratic convergence).
 * Introduced in lesson 13.
 *
 * Two failures it reports instead of hiding:
 * - where `f'' < 0` (a Hessian that is not positive definite) the quadratic model has a maximum or a saddle,
 *   and plain Newton jumps towards it: such steps are counted in `uphillSteps`, and a run that converges
 *   where the Hessian is not positive definite says in its `reason` that the point is not (or may not be) a
 *   minimum;
 * - where `f'' = 0` (a singular Hessian) the step is infinite: status `"diverged"`.
 *
 * `lineSearch: true` (damped Newton) fixes both: it steps along `−gradient` where the Newton direction does
 * not point downhill, and halves each step until `f` decreases, so `f` never goes up.
 *
 * It also stops with status `"diverged"` at a non-finite `x`, gradient, Hessian or `f(x)`, or a component of
 * `x` beyond `divergenceBound`; `x` is then the last good point.
 *
 * @param gradient The derivative (for a number) or gradient (for a vector) of the function to minimize.
 * @param start The starting point: a finite number, or a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode NewtonOptions}: `hessian` (central differences of `gradient`), `f`,
 *   `damping` (1), `lineSearch` (false), `maxIterations` (100), `tolerance` (1e-12), `h` (1e-5),
 *   `divergenceBound` (1e12).
 * @returns A {@linkcode NewtonResult} `{ x, status, reason, iterations, value?, gradient, history,
 *   uphillSteps, gradientSteps }`.
 * @throws {TypeError} If `gradient`, `hessian` or `f` is not a function, `start` is not a number or an array,
 *   an option has the wrong type or an unknown name, `lineSearch` is on without `f`, or `gradient`/`hessian`
 *   return the wrong shape (the message names both sizes).
 * @throws {RangeError} If `start` is not finite or is empty, `damping` is not in `(0, 1]`, `maxIterations` is
 *   not an integer >= 1, `tolerance < 0`, `h <= 0`, `divergenceBound <= 0`, or the gradient, Hessian or `f`
 *   is not finite at `start`.
 * @example One step lands on the minimum of a quadratic
 * ```ts
 * import assert from "node:assert/strict";
 * import { newtonMethod } from "./newton.ts";
 *
 * // f(w) = w² + 3w − 5: f'(w) = 2w + 3, f''(w) = 2, minimum at −1.5.
 * const run = newtonMethod((w) => 2 * w + 3, 10, { hessian: () => 2 });
 * assert.equal(run.history[1].x, -1.5);
 * assert.equal(run.status, "converged");
 * ```
 * @example Plain Newton climbs to a maximum; damped Newton goes down
 * ```ts
 * import assert from "node:assert/strict";
 * import { newtonMethod } from "./newton.ts";
 *
 * // f(x) = x⁴/4 − x²/2 has a maximum at 0 and minima at ±1; f''(x) = 3x² − 1 < 0 near 0.
 * const f = (x: number) => x ** 4 / 4 - x ** 2 / 2;
 * const gradient = (x: number) => x ** 3 - x;
 * const hessian = (x: number) => 3 * x ** 2 - 1;
 * const plain = newtonMethod(gradient, 0.3, { hessian, f });
 * assert.ok(Math.abs(plain.x) < 1e-12 && plain.uphillSteps > 0);
 * assert.match(plain.reason, /a maximum, not a minimum/);
 * const damped = newtonMethod(gradient, 0.3, { hessian, f, lineSearch: true });
 * assert.ok(Math.abs(damped.x - 1) < 1e-12 && damped.uphillSteps === 0);
 * ```
 */
export function newtonMethod(
  gradient: (x: number) => number,
  start: number,
  options?: NewtonOptions<number>,
): NewtonResult<number>;
/**
 * Newton's method on a vector; see the overload for numbers for the rule, the options and the stopping tests.
 *
 * @param gradient The gradient: takes an array like `start` and returns an array of the same length.
 * @param start The starting point, a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode NewtonOptions}; `hessian` returns `n` rows of `n` numbers.
 * @returns A {@linkcode NewtonResult} whose `x`, `gradient` and history points are arrays.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { newtonMethod } from "./newton.ts";
 *
 * // f(x, y) = x² + 10y² + xy: one Newton step solves H·d = −g exactly, landing on (0, 0).
 * const gradient = ([x, y]: number[]) => [2 * x + y, 20 * y + x];
 * const run = newtonMethod(gradient, [3, -2], { hessian: () => [[2, 1], [1, 20]] });
 * assert.ok(Math.abs(run.history[1].x[0]) < 1e-15 && Math.abs(run.history[1].x[1]) < 1e-15);
 * ```
 */
export function newtonMethod(
  gradient: (x: number[]) => number[],
  start: readonly number[],
  options?: NewtonOptions<number[]>,
): NewtonResult<number[]>;
export function newtonMethod(
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  start: number | readonly number[],
  options: NewtonOptions<number> | NewtonOptions<number[]> = {},
): NewtonResult<number> | NewtonResult<number[]> {
  requireOptions(CONTEXT, options, OPTION_NAMES);
  const {
    hessian,
    f,
    damping = 1,
    lineSearch = false,
    maxIterations = 100,
    tolerance = 1e-12,
    h = 1e-5,
    divergenceBound = 1e12,
  } = options as NewtonOptions;
  requireFunction(CONTEXT, "gradient", gradient);
  if (hessian !== undefined) requireFunction(CONTEXT, "hessian", hessian);
  if (f !== undefined) requireFunction(CONTEXT, "f", f);
  requirePositive(CONTEXT, "damping", damping);
  if (damping > 1) throw new RangeError(`${CONTEXT}: damping must be in (0, 1], got ${describe(damping)}`);
  if (typeof lineSearch !== "boolean") {
    throw new TypeError(`${CONTEXT}: lineSearch must be true or false, got ${describe(lineSearch)}`);
  }
  if (lineSearch && f === undefined) {
    throw new TypeError(`${CONTEXT}: lineSearch needs f, to check that each step goes down; pass f`);
  }
  requireInteger(CONTEXT, "maxIterations", maxIterations);
  requireNonNegative(CONTEXT, "tolerance", tolerance);
  requirePositive(CONTEXT, "h", h);
  requirePositive(CONTEXT, "divergenceBound", divergenceBound);

  // Work on arrays throughout; a number start is a vector of length 1 that is unwrapped on the way out.
  const scalar = typeof start === "number";
  if (scalar) requireFinite(CONTEXT, "start", start);
  else requireNumbers(CONTEXT, "start", start);
  const x0: number[] = scalar ? [start] : start.slice();
  const n = x0.length;
  const toPoint = (v: number[]) => (scalar ? v[0] : v);
  const gradientOf = (v: number[]): number[] => {
    const g: unknown = (gradient as (x: unknown) => unknown)(toPoint(v.slice()));
    return scalar ? [checkNumber(g, `gradient(${describe(v[0])})`)] : checkVectorShape(g, n);
  };
  const hessianOf = (v: number[]): number[][] => {
    if (hessian === undefined) return numericalHessian(gradientOf, v, h);
    const H: unknown = (hessian as (x: unknown) => unknown)(toPoint(v.slice()));
    return scalar ? [[checkNumber(H, `hessian(${describe(v[0])})`)]] : checkMatrixShape(H, n);
  };
  const valueOf = (v: number[]): number | undefined =>
    f === undefined ? undefined : checkNumber((f as (x: unknown) => unknown)(toPoint(v.slice())), "f(x)");

  if (largestMagnitude(x0) > divergenceBound) {
    throw new RangeError(
      `${CONTEXT}: start ${describe(toPoint(x0))} is beyond divergenceBound ${divergenceBound}; raise it`,
    );
  }
  let x = x0;
  let g = gradientOf(x);
  if (!allFinite(g)) throw new RangeError(`${CONTEXT}: the gradient at start is ${describe(toPoint(g))}`);
  let H = hessianOf(x);
  if (!H.every(allFinite)) {
    throw new RangeError(
      `${CONTEXT}: the ${scalar ? "second derivative" : "Hessian"} at start is not finite`,
    );
  }
  let value = valueOf(x);
  if (value !== undefined && !Number.isFinite(value)) {
    throw new RangeError(`${CONTEXT}: f(start) is ${value}, not a finite number`);
  }

  const history: NewtonHistoryEntry[] = [];
  const record = (
    iteration: number,
    step: number,
    direction: NewtonDirection | null,
    t: number,
    up: boolean,
  ) => {
    const entry: NewtonHistoryEntry = {
      iteration,
      x: toPoint(x),
      gradient: toPoint(g),
      step,
      direction,
      stepFactor: t,
      uphill: up,
    };
    if (value !== undefined) entry.value = value;
    history.push(entry);
  };
  record(0, 0, null, 0, false);

  let status: Status = "max-iterations";
  let reason = `took all ${maxIterations} steps`;
  let iterations = 0;
  let uphillSteps = 0;
  let gradientSteps = 0;
  let previousStep = 0;
  const at = () => `x = ${describe(toPoint(x))}`;

  for (let t = 1; t <= maxIterations; t++) {
    // The Newton direction solves H·d = −g; a zero gradient needs no solve (and a singular H is then harmless).
    const isZero = g.every((component) => component === 0);
    let d: number[] | null = isZero ? new Array(n).fill(0) : solve(H, g.map((component) => -component));
    let direction: NewtonDirection = "newton";
    if (lineSearch && (d === null || !(dot(g, d) < 0)) && !isZero) {
      d = g.map((component) => -component);
      direction = "gradient";
    }
    if (d === null) {
      status = "diverged";
      reason = scalar
        ? `f''(x) = ${H[0][0]} at ${at()} (step ${t}): the Newton step −f'/f'' is infinite`
        : `the Hessian is singular at ${at()} (step ${t}): H·d = −g has no unique solution`;
      break;
    }
    const slope = dot(g, d); // the rate of change of f along d at x
    const up = slope > 0;

    // The step factor: damping, halved until f decreases enough (line search only).
    let factor = damping;
    let next = step(x, d, factor);
    if (lineSearch && !isZero) {
      let accepted = false;
      for (let k = 0; k <= MAX_HALVINGS; k++) {
        next = step(x, d, factor);
        const candidate = valueOf(next);
        if (candidate !== undefined && candidate <= value! + ARMIJO * factor * slope) {
          accepted = true;
          break;
        }
        factor /= 2;
      }
      if (!accepted) {
        status = "converged";
        reason = `the line search found no lower point along the step from ${at()} after ${MAX_HALVINGS} ` +
          `halvings: f cannot be lowered beyond round-off here`;
        break;
      }
    }
    let size = 0;
    for (let i = 0; i < n; i++) size = Math.max(size, Math.abs(next[i] - x[i]));

    // Refuse a point that blew up; x stays the last good point.
    if (!allFinite(next) || largestMagnitude(next) > divergenceBound) {
      status = "diverged";
      reason = `step ${t} gave x = ${describe(toPoint(next))}` +
        (allFinite(next) ? `, beyond divergenceBound ${divergenceBound}` : "");
      break;
    }
    const nextGradient = gradientOf(next);
    const nextHessian = hessianOf(next);
    const nextValue = valueOf(next);
    if (!allFinite(nextGradient) || !nextHessian.every(allFinite)) {
      status = "diverged";
      reason = `the gradient or ${scalar ? "second derivative" : "Hessian"} at x = ${
        describe(toPoint(next))
      } (step ${t}) is not finite`;
      break;
    }
    if (nextValue !== undefined && !Number.isFinite(nextValue)) {
      status = "diverged";
      reason = `f(x) at x = ${describe(toPoint(next))} (step ${t}) is ${nextValue}`;
      break;
    }

    x = next;
    g = nextGradient;
    H = nextHessian;
    value = nextValue;
    iterations = t;
    previousStep = size;
    if (up) uphillSteps++;
    if (direction === "gradient") gradientSteps++;
    record(t, size, direction, factor, up);

    if (size <= tolerance) {
      status = "converged";
      reason = `step ${t} moved ${size}, within tolerance ${tolerance}`;
      break;
    }
  }
  if (status === "max-iterations") {
    reason += `; the last step moved ${previousStep}, more than tolerance ${tolerance}`;
  }
  if (status === "converged") reason += curvatureNote(H, scalar);

  const result: NewtonResult = {
    x: toPoint(x),
    status,
    reason,
    iterations,
    gradient: toPoint(g),
    history,
    uphillSteps,
    gradientSteps,
  };
  if (value !== undefined) result.value = value;
  return result as NewtonResult<number> | NewtonResult<number[]>;
}

/**
 * What the curvature at a converged point says, for the reason: nothing when the Hessian is positive definite
 * (a minimum); otherwise why the point is not (or may not be) a minimum.
 */
function curvatureNote(H: number[][], scalar: boolean): string {
  if (isPositiveDefinite(H)) return "";
  const negated = H.map((row) => row.map((entry) => -entry));
  if (scalar) {
    const curvature = H[0][0];
    return curvature < 0
      ? `; but f''(x) = ${curvature} < 0 there: x is a maximum, not a minimum`
      : `; but f''(x) = ${curvature} there, so the second-derivative test cannot confirm a minimum`;
  }
  return isPositiveDefinite(negated)
    ? "; but the Hessian is negative definite there: x is a maximum, not a minimum"
    : "; but the Hessian is not positive definite there: x is a saddle point or a flat spot, not a strict minimum";
}

/** `x + t·d`, a new array. */
function step(x: readonly number[], d: readonly number[], t: number): number[] {
  const next: number[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) next[i] = x[i] + t * d[i];
  return next;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * Solves `A·d = b` by Gaussian elimination with partial pivoting (on copies). Returns `null` when `A` is
 * singular: a pivot no larger than `n·ε` times the largest entry of `A` (so in one dimension, exactly 0).
 */
function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  // Typed rows: the elimination below is the O(n³) part of a Newton step.
  const M = A.map((row) => Float64Array.from(row));
  const r = Float64Array.from(b);
  let largest = 0;
  for (const row of A) largest = Math.max(largest, largestMagnitude(row));
  const tiny = n * Number.EPSILON * largest;
  for (let k = 0; k < n; k++) {
    // Bring up the row with the largest entry in column k, for stability.
    let pivotRow = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(M[i][k]) > Math.abs(M[pivotRow][k])) pivotRow = i;
    if (!(Math.abs(M[pivotRow][k]) > tiny)) return null;
    const swapped = M[k];
    M[k] = M[pivotRow];
    M[pivotRow] = swapped;
    const swappedValue = r[k];
    r[k] = r[pivotRow];
    r[pivotRow] = swappedValue;
    const pivot = M[k];
    for (let i = k + 1; i < n; i++) {
      const row = M[i];
      const factor = row[k] / pivot[k];
      for (let j = k; j < n; j++) row[j] -= factor * pivot[j];
      r[i] -= factor * r[k];
    }
  }
  const d: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = r[i];
    for (let j = i + 1; j < n; j++) sum -= M[i][j] * d[j];
    d[i] = sum / M[i][i];
  }
  return d;
}

/** Whether the symmetric part of `A` is positive definite: its Cholesky factorisation succeeds. */
function isPositiveDefinite(A: readonly (readonly number[])[]): boolean {
  const n = A.length;
  const L: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let k = 0; k < n; k++) {
    let pivot = A[k][k];
    for (let j = 0; j < k; j++) pivot -= L[k][j] * L[k][j];
    if (!(pivot > 0)) return false;
    L[k][k] = Math.sqrt(pivot);
    for (let i = k + 1; i < n; i++) {
      let sum = (A[i][k] + A[k][i]) / 2;
      for (let j = 0; j < k; j++) sum -= L[i][j] * L[k][j];
      L[i][k] = sum / L[k][k];
    }
  }
  return true;
}

/**
 * The Hessian by central differences of the gradient, column by column, then symmetrised:
 * `H[i][j] ≈ (∂ᵢgⱼ + ∂ⱼgᵢ) / 2`, with `∂ᵢg ≈ (g(x + hᵢ·eᵢ) − g(x − hᵢ·eᵢ)) / (2hᵢ)` and `hᵢ = h·max(1, |xᵢ|)`.
 */
function numericalHessian(
  gradientOf: (v: number[]) => number[],
  x: readonly number[],
  h: number,
): number[][] {
  const n = x.length;
  const columns: number[][] = [];
  for (let i = 0; i < n; i++) {
    const hi = h * Math.max(1, Math.abs(x[i]));
    const plus = x.slice();
    plus[i] = x[i] + hi;
    const minus = x.slice();
    minus[i] = x[i] - hi;
    const width = plus[i] - minus[i]; // the step actually taken, after rounding
    const gPlus = gradientOf(plus);
    const gMinus = gradientOf(minus);
    columns.push(gPlus.map((value, j) => (value - gMinus[j]) / width));
  }
  const H: number[][] = [];
  for (let i = 0; i < n; i++) {
    H.push([]);
    for (let j = 0; j < n; j++) H[i].push((columns[i][j] + columns[j][i]) / 2);
  }
  return H;
}

/** Throws a `TypeError` unless `value` is a number (NaN and Infinity pass: they mean divergence, not misuse). */
function checkNumber(value: unknown, what: string): number {
  if (typeof value !== "number") {
    throw new TypeError(`${CONTEXT}: ${what} is ${describe(value)}, not a number`);
  }
  return value;
}

function checkVectorShape(value: unknown, n: number): number[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${CONTEXT}: gradient must return an array of ${n} numbers, got ${describe(value)}`);
  }
  if (value.length !== n) {
    throw new TypeError(`${CONTEXT}: gradient returned ${value.length} values but x has ${n}`);
  }
  const copy: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // The message is built only on failure: this runs on every entry of every step.
    if (typeof value[i] !== "number") checkNumber(value[i], `gradient(x)[${i}]`);
    copy[i] = value[i];
  }
  return copy;
}

function checkMatrixShape(value: unknown, n: number): number[][] {
  const shape = `${n} rows of ${n} numbers`;
  if (!Array.isArray(value) || !value.every(Array.isArray)) {
    throw new TypeError(`${CONTEXT}: hessian must return ${shape}, got ${describe(value)}`);
  }
  if (value.length !== n) {
    throw new TypeError(`${CONTEXT}: hessian returned ${value.length} rows but x has ${n}`);
  }
  const rows: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: unknown[] = value[i];
    if (row.length !== n) {
      throw new TypeError(`${CONTEXT}: hessian row ${i} has ${row.length} values but x has ${n}`);
    }
    const copy: number[] = new Array(n);
    for (let j = 0; j < n; j++) {
      if (typeof row[j] !== "number") checkNumber(row[j], `hessian(x)[${i}][${j}]`);
      copy[j] = row[j] as number;
    }
    rows[i] = copy;
  }
  return rows;
}

function allFinite(v: readonly number[]): boolean {
  for (const component of v) if (!Number.isFinite(component)) return false;
  return true;
}

function largestMagnitude(v: readonly number[]): number {
  let largest = 0;
  for (const component of v) largest = Math.max(largest, Math.abs(component));
  return largest;
}
