/**
 * Gradient descent on a number or a vector, with its history and the reason it stopped.
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
  requireOneOf,
  requireOptions,
  requirePositive,
} from "../_validate.ts";

/**
 * How a step is computed from the gradient `g` at `x`:
 * - `"standard"`: `x − learningRate · g` — the step is proportional to the slope, so it shrinks near a minimum;
 * - `"sign"`: `x − learningRate · sign(g)` — a fixed step of `learningRate` against the slope's sign (no move
 *   when `g` is exactly 0), as seed 000's loop does. It cannot settle closer than one step from the minimum.
 */
export type StepRule = "standard" | "sign";

/** The accepted {@linkcode StepRule} names. */
export const STEP_RULES: readonly StepRule[] = ["standard", "sign"];

/**
 * Why a run stopped:
 * - `"converged"`: a step was no larger than `tolerance` (only when `tolerance > 0`);
 * - `"max-iterations"`: it took all `maxIterations` steps;
 * - `"diverged"`: it blew up — see {@linkcode gradientDescent} for the three signs it watches for.
 */
export type Status = "converged" | "max-iterations" | "diverged";

/**
 * One point on the path. Entry `t` holds the point *after* `t` steps: `history[0]` is the start
 * (`iteration: 0`, `step: 0`), and `history[t].step` is the size of the step that led from
 * `history[t − 1].x` to `history[t].x`. So `history.map((e) => e.x)` is the whole path, start included.
 */
export interface HistoryEntry<X extends number | number[] = number | number[]> {
  /** How many steps were taken to reach `x` (0 for the start). */
  iteration: number;
  /** The point after `iteration` steps. */
  x: X;
  /** `f(x)`; present only when the `f` option was given. */
  value?: number;
  /** The gradient at `x` (the one the next step uses). */
  gradient: X;
  /** The size `|x_previous − x|` of the step that led here (largest absolute component for vectors); 0 at the start. */
  step: number;
}

/** Options for {@linkcode gradientDescent}; every one is optional. */
export interface GradientDescentOptions<X extends number | number[] = number | number[]> {
  /** The step factor `α`, a finite number > 0. Defaults to `0.01`. */
  learningRate?: number;
  /** The most steps to take, an integer >= 1. Defaults to `1000`. */
  maxIterations?: number;
  /**
   * Stop with status `"converged"` as soon as a step's size (`|x_t − x_{t+1}|`, largest absolute component
   * for vectors) is `<= tolerance`. A finite number >= 0. Defaults to `0`, which never stops early: the run
   * takes all `maxIterations` steps, as the source lessons' loops do.
   */
  tolerance?: number;
  /** The step rule, `"standard"` or `"sign"`; see {@linkcode StepRule}. Defaults to `"standard"`. */
  rule?: StepRule;
  /** The function being minimized. Optional; when given, each history entry records `value: f(x)`. */
  f?: (x: X) => number;
  /** Called with each history entry as it is made, start included — e.g. to print progress. */
  onIteration?: (entry: HistoryEntry<X>) => void;
  /**
   * Whether to keep the history. Defaults to `true`; with `false` the history stays empty (for long runs
   * where only the answer matters) and `onIteration` still sees every entry.
   */
  recordHistory?: boolean;
  /**
   * Declare divergence when any component of `x` exceeds this in absolute value, a number > 0 (`Infinity`
   * turns the check off). Defaults to `1e12`, far beyond any parameter in these lessons.
   */
  divergenceBound?: number;
  /**
   * Declare divergence after this many consecutive steps that each reverse direction *and* grow, while `x`
   * moves farther from where it was two steps before (the signature of a learning rate too large for the
   * curvature; a stable 2-cycle does not count). An integer >= 1 or `Infinity`. Defaults to `20`.
   */
  overshootPatience?: number;
}

/** What {@linkcode gradientDescent} returns. */
export interface GradientDescentResult<X extends number | number[] = number | number[]> {
  /** The last accepted point (always finite). Equals `history.at(-1).x` when the history is recorded. */
  x: X;
  /** Why the run stopped; see {@linkcode Status}. */
  status: Status;
  /** A sentence saying why, with the numbers involved — for a lesson to print. */
  reason: string;
  /** How many steps led to `x`. */
  iterations: number;
  /** `f(x)` at the final point; present only when `f` was given. */
  value?: number;
  /** The gradient at the final point. */
  gradient: X;
  /** One entry per point, start included (empty when `recordHistory` is `false`); see {@linkcode HistoryEntry}. */
  history: HistoryEntry<X>[];
}

const OPTION_NAMES = [
  "learningRate",
  "maxIterations",
  "tolerance",
  "rule",
  "f",
  "onIteration",
  "recordHistory",
  "divergenceBound",
  "overshootPatience",
];

const CONTEXT = "Cannot run gradient descent";

/**
 * Minimizes a function by repeatedly stepping against its gradient, starting from `start`:
 * `x ← x − learningRate · gradient(x)` (rule `"standard"`), or a fixed step against the gradient's sign (rule
 * `"sign"`). Works on a single number or on a vector (an array, one number per parameter, all updated
 * simultaneously from the same gradient). Introduced in lesson 01 (sign rule) and lesson 02 (standard rule).
 *
 * It stops with status `"diverged"` — and never records NaN — at the first of:
 * 1. a non-finite `x`, gradient or `f(x)` after a step;
 * 2. a component of `x` beyond `divergenceBound` (default `1e12`);
 * 3. `overshootPatience` (default 20) consecutive steps that each reverse direction and grow, while the point
 *    also moves farther from where it was two steps before. On `f = L/2·x²` a step multiplies the distance
 *    to the minimum by `1 − αL`: below `α = 2/L` the steps shrink; above it each step jumps over the minimum
 *    and lands farther away, so the steps reverse and grow every time, and so does `|x_t − x_{t−2}|`.
 *    Escaping a hilltop makes steps grow without reversing, and settling into a narrow valley makes them
 *    reverse while shrinking; neither counts. Nor does settling into a stable oscillation between two points
 *    (a 2-cycle, e.g. `±√(ln 1.1)` on `1 − e^(−x²)` with `α = 1.1`): its steps reverse and grow while it
 *    settles, but `x_t` returns ever closer to `x_{t−2}`, so that run ends with `"max-iterations"` — it
 *    neither converges nor diverges.
 * A point that is non-finite or beyond the bound is not accepted: `x` is then the last good point.
 *
 * @param gradient The derivative (for a number) or gradient (for a vector) of the function to minimize. For a
 *   vector it must return an array of the same length. It receives arrays it must not modify.
 * @param start The starting point: a finite number, or a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode GradientDescentOptions}: `learningRate` (0.01), `maxIterations` (1000),
 *   `tolerance` (0: never stop early), `rule` (`"standard"`), `f`, `onIteration`, `recordHistory` (true),
 *   `divergenceBound` (1e12), `overshootPatience` (20).
 * @returns A {@linkcode GradientDescentResult} `{ x, status, reason, iterations, value?, gradient, history }`.
 * @throws {TypeError} If `gradient` (or `f`, `onIteration`) is not a function, `start` is not a number or an
 *   array, an option has the wrong type or an unknown name, or `gradient` returns the wrong shape (the message
 *   names both lengths).
 * @throws {RangeError} If `start` is not finite or is empty, `learningRate <= 0`, `maxIterations` is not an
 *   integer >= 1, `tolerance < 0`, `rule` is unknown, or the gradient or `f` is not finite at `start`.
 * @example Seed 003: 1000 steps of 0.01 on f(w) = w² + 3w − 5 from w = 10
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./gradient_descent.ts";
 *
 * const run = gradientDescent((w) => 2 * w + 3, 10, { learningRate: 0.01, maxIterations: 1000 });
 * assert.equal(run.x, -1.4999999806458753);
 * assert.equal(run.status, "max-iterations");
 * assert.equal(run.history.length, 1001); // the start and one point per step
 * assert.equal(run.history[0].x, 10);
 * ```
 * @example Seed 000: a fixed step against the sign of the slope, on three variables
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./gradient_descent.ts";
 *
 * const gradient = ([a, b, _c]: number[]) => [12 * a - 4, 4 * b, 1];
 * const run = gradientDescent(gradient, [1, 1, 1], { rule: "sign", learningRate: 0.05, maxIterations: 250 });
 * assert.deepEqual(run.x, [0.29999999999999966, -3.191891195797325e-16, -11.50000000000003]);
 * ```
 * @example Too large a learning rate
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./gradient_descent.ts";
 *
 * const run = gradientDescent((w) => 2 * w + 3, 10, { learningRate: 1.1 }); // above 2/L = 1
 * assert.equal(run.status, "diverged");
 * assert.ok(run.iterations < 1000);
 * ```
 */
export function gradientDescent(
  gradient: (x: number) => number,
  start: number,
  options?: GradientDescentOptions<number>,
): GradientDescentResult<number>;
/**
 * Gradient descent on a vector; see the overload for numbers for the rule, the options and the stopping tests.
 *
 * @param gradient The gradient: takes an array like `start` and returns an array of the same length.
 * @param start The starting point, a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode GradientDescentOptions}.
 * @returns A {@linkcode GradientDescentResult} whose `x`, `gradient` and history points are arrays.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./gradient_descent.ts";
 *
 * // f(x, y) = x² + 4y², minimum at (0, 0)
 * const run = gradientDescent(([x, y]) => [2 * x, 8 * y], [3, 1], { learningRate: 0.1, tolerance: 1e-10 });
 * assert.equal(run.status, "converged");
 * assert.ok(Math.abs(run.x[0]) < 1e-8 && Math.abs(run.x[1]) < 1e-8);
 * ```
 */
export function gradientDescent(
  gradient: (x: number[]) => number[],
  start: readonly number[],
  options?: GradientDescentOptions<number[]>,
): GradientDescentResult<number[]>;
export function gradientDescent(
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  start: number | readonly number[],
  options: GradientDescentOptions<number> | GradientDescentOptions<number[]> = {},
): GradientDescentResult<number> | GradientDescentResult<number[]> {
  requireOptions(CONTEXT, options, OPTION_NAMES);
  const {
    learningRate = 0.01,
    maxIterations = 1000,
    tolerance = 0,
    rule = "standard",
    f,
    onIteration,
    recordHistory = true,
    divergenceBound = 1e12,
    overshootPatience = 20,
  } = options;
  requireFunction(CONTEXT, "gradient", gradient);
  requirePositive(CONTEXT, "learningRate", learningRate);
  requireInteger(CONTEXT, "maxIterations", maxIterations);
  requireNonNegative(CONTEXT, "tolerance", tolerance);
  requireOneOf(CONTEXT, "rule", rule, STEP_RULES);
  if (f !== undefined) requireFunction(CONTEXT, "f", f);
  if (onIteration !== undefined) requireFunction(CONTEXT, "onIteration", onIteration);
  if (typeof recordHistory !== "boolean") {
    throw new TypeError(`${CONTEXT}: recordHistory must be true or false, got ${describe(recordHistory)}`);
  }
  if (typeof divergenceBound !== "number" || !(divergenceBound > 0)) {
    throw new RangeError(`${CONTEXT}: divergenceBound must be > 0, got ${describe(divergenceBound)}`);
  }
  if (overshootPatience !== Infinity) requireInteger(CONTEXT, "overshootPatience", overshootPatience);

  // Work on arrays throughout; a number start is a vector of length 1 that is unwrapped on the way out.
  const scalar = typeof start === "number";
  if (scalar) requireFinite(CONTEXT, "start", start);
  else requireNumbers(CONTEXT, "start", start);
  const x0: number[] = scalar ? [start] : start.slice();
  const n = x0.length;
  const toPoint = (v: number[]) => (scalar ? v[0] : v);
  const valueOf = f === undefined ? undefined : (v: number[]) => (f as (x: unknown) => unknown)(toPoint(v));
  const gradientOf = (v: number[]): number[] => {
    const g: unknown = (gradient as (x: unknown) => unknown)(toPoint(v));
    return scalar ? [checkNumber(g, `gradient(${describe(v[0])})`)] : checkShape(g, n);
  };

  if (largestMagnitude(x0) > divergenceBound) {
    const shown = describe(toPoint(x0));
    throw new RangeError(`${CONTEXT}: start ${shown} is beyond divergenceBound ${divergenceBound}; raise it`);
  }
  let x = x0;
  let g = gradientOf(x);
  if (!allFinite(g)) throw new RangeError(`${CONTEXT}: the gradient at start is ${describe(toPoint(g))}`);
  let value = valueOf === undefined ? undefined : checkNumber(valueOf(x), "f(start)");
  if (value !== undefined && !Number.isFinite(value)) {
    throw new RangeError(`${CONTEXT}: f(start) is ${value}, not a finite number`);
  }

  const history: HistoryEntry[] = [];
  const record = (iteration: number, step: number) => {
    if (!recordHistory && onIteration === undefined) return;
    const entry: HistoryEntry = { iteration, x: toPoint(x), gradient: toPoint(g), step };
    if (value !== undefined) entry.value = value;
    if (recordHistory) history.push(entry);
    if (onIteration !== undefined) (onIteration as (e: HistoryEntry) => void)(entry);
  };
  record(0, 0);

  let status: Status = "max-iterations";
  let reason = `took all ${maxIterations} steps`;
  let iterations = 0;
  let before: number[] | undefined; // the point before x, to tell whether a step reversed direction
  let previousStep = 0;
  let previousDrift: number | undefined; // |x − (the point two steps before x)|, once there is one
  let overshoots = 0;

  for (let t = 1; t <= maxIterations; t++) {
    // The step, computed from the gradient at x; every component moves at once.
    const next: number[] = new Array(n);
    let step = 0;
    for (let i = 0; i < n; i++) {
      const direction = rule === "sign" ? Math.sign(g[i]) : g[i];
      next[i] = x[i] - learningRate * direction;
      step = Math.max(step, Math.abs(x[i] - next[i]));
    }

    // Refuse a point that blew up; x stays the last good point.
    if (!allFinite(next)) {
      status = "diverged";
      reason = `step ${t} gave x = ${describe(toPoint(next))}; try a smaller learningRate`;
      break;
    }
    if (largestMagnitude(next) > divergenceBound) {
      status = "diverged";
      reason = `step ${t} gave x = ${describe(toPoint(next))}, beyond divergenceBound ${divergenceBound}` +
        "; try a smaller learningRate";
      break;
    }
    const nextGradient = gradientOf(next);
    if (!allFinite(nextGradient)) {
      status = "diverged";
      const shown = describe(toPoint(nextGradient));
      reason = `the gradient at x = ${describe(toPoint(next))} (step ${t}) is ${shown}`;
      break;
    }
    const nextValue = valueOf === undefined ? undefined : checkNumber(valueOf(next), `f(x) at step ${t}`);
    if (nextValue !== undefined && !Number.isFinite(nextValue)) {
      status = "diverged";
      reason = `f(x) at x = ${describe(toPoint(next))} (step ${t}) is ${nextValue}`;
      break;
    }

    // An overshoot: this step points against the previous one and is longer than it, and `next` lands
    // farther from `before` (two steps back) than x did from its own point two steps back. The last test
    // tells a growing zigzag from one settling into a 2-cycle, where x_t comes back ever closer to x_{t−2}.
    let drift: number | undefined;
    if (before !== undefined) {
      let dot = 0;
      drift = 0;
      for (let i = 0; i < n; i++) {
        dot += (next[i] - x[i]) * (x[i] - before[i]);
        drift = Math.max(drift, Math.abs(next[i] - before[i]));
      }
      const drifting = previousDrift === undefined || drift > previousDrift;
      overshoots = dot < 0 && step > previousStep && drifting ? overshoots + 1 : 0;
    }

    before = x;
    x = next;
    g = nextGradient;
    value = nextValue;
    iterations = t;
    previousStep = step;
    previousDrift = drift;
    record(t, step);

    if (tolerance > 0 && step <= tolerance) {
      status = "converged";
      reason = `step ${t} moved ${step}, within tolerance ${tolerance}`;
      break;
    }
    if (overshoots >= overshootPatience) {
      status = "diverged";
      reason =
        `the last ${overshoots} steps each jumped over the minimum and grew (step ${t} moved ${step})` +
        `; try a smaller learningRate`;
      break;
    }
  }
  if (status === "max-iterations" && tolerance > 0) {
    reason += `; the last step moved ${previousStep}, more than tolerance ${tolerance}`;
  }

  const result: GradientDescentResult = {
    x: toPoint(x),
    status,
    reason,
    iterations,
    gradient: toPoint(g),
    history,
  };
  if (value !== undefined) result.value = value;
  return result as GradientDescentResult<number> | GradientDescentResult<number[]>;
}

/** Throws a `TypeError` unless `value` is a number (NaN and Infinity pass: they mean divergence, not misuse). */
function checkNumber(value: unknown, what: string): number {
  if (typeof value !== "number") {
    throw new TypeError(`${CONTEXT}: ${what} is ${describe(value)}, not a number`);
  }
  return value;
}

/** Checks that a vector gradient is an array of `n` numbers and returns a copy (the caller may reuse its array). */
function checkShape(value: unknown, n: number): number[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${CONTEXT}: gradient must return an array of ${n} numbers, got ${describe(value)}`);
  }
  if (value.length !== n) {
    throw new TypeError(`${CONTEXT}: gradient returned ${value.length} values but x has ${n}`);
  }
  const copy: number[] = new Array(n);
  for (let i = 0; i < n; i++) copy[i] = checkNumber(value[i], `gradient(x)[${i}]`);
  return copy;
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
