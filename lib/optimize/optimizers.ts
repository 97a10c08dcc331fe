/**
 * Gradient descent and the optimizers built on it — momentum (heavy ball), Nesterov, AdaGrad, RMSProp and
 * Adam — written as plain loops, with the same result shape as {@linkcode gradientDescent}.
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
import type { GradientDescentResult, HistoryEntry, Status } from "./gradient_descent.ts";

/**
 * The update rules {@linkcode optimize} knows. With `g` the gradient at `x`, `α` the learning rate and every
 * operation taken component by component:
 * - `"gradient-descent"`: `x ← x − α·g`.
 * - `"momentum"` (Polyak's heavy ball): `v ← β·v + g`, `x ← x − α·v`. The velocity `v` is a running sum of
 *   past gradients, each one weighted down by `β` per step, so steady directions build up speed and
 *   alternating ones cancel.
 * - `"nesterov"`: `v ← β·v + g`, `x ← x − α·(g + β·v)`: momentum that looks ahead. This is the form PyTorch
 *   uses; it takes the same steps as evaluating the gradient at the look-ahead point `x − α·β·v` (see the
 *   tests), while recording the gradient at `x` itself.
 * - `"adagrad"`: `s ← s + g²`, `x ← x − α·g / (√s + ε)`: each coordinate gets its own step, shrunk by all
 *   the gradient it has seen. Steep coordinates slow down at once, and every step shrinks over time.
 * - `"rmsprop"`: `s ← β₂·s + (1 − β₂)·g²`, `x ← x − α·g / (√s + ε)`: AdaGrad with a fading memory, so the
 *   steps stop shrinking forever.
 * - `"adam"`: `m ← β₁·m + (1 − β₁)·g`, `s ← β₂·s + (1 − β₂)·g²`, `m̂ = m / (1 − β₁ᵗ)`, `ŝ = s / (1 − β₂ᵗ)`,
 *   `x ← x − α·m̂ / (√ŝ + ε)` at step `t = 1, 2, …`: momentum on the gradient (β₁) and RMSProp's scaling
 *   (β₂), with both averages corrected for starting at zero.
 */
export type OptimizerMethod = "gradient-descent" | "momentum" | "nesterov" | "adagrad" | "rmsprop" | "adam";

/** The accepted {@linkcode OptimizerMethod} names, in the order the lessons introduce them. */
export const OPTIMIZER_METHODS: readonly OptimizerMethod[] = [
  "gradient-descent",
  "momentum",
  "nesterov",
  "adagrad",
  "rmsprop",
  "adam",
];

/** Options for {@linkcode optimize}; every one is optional. */
export interface OptimizeOptions<X extends number | number[] = number | number[]> {
  /** The update rule; see {@linkcode OptimizerMethod}. Defaults to `"gradient-descent"`. */
  method?: OptimizerMethod;
  /** The step factor `α`, a finite number > 0. Defaults to `0.01`, for every method. */
  learningRate?: number;
  /**
   * `β` of `"momentum"` and `"nesterov"`: how much of the velocity survives each step, in `[0, 1)`.
   * Defaults to `0.9`. With `0` both methods take exactly the steps of plain gradient descent.
   */
  momentum?: number;
  /** `β₁` of `"adam"`: the decay of the average gradient, in `[0, 1)`. Defaults to `0.9`. */
  beta1?: number;
  /**
   * `β₂` of `"rmsprop"` and `"adam"`: the decay of the average squared gradient, in `[0, 1)`. Defaults to
   * `0.9` for RMSProp and `0.999` for Adam (the values their authors suggest).
   */
  beta2?: number;
  /**
   * `ε` of `"adagrad"`, `"rmsprop"` and `"adam"`, added to the square root in the denominator so that a zero
   * gradient gives a zero step rather than 0/0. A finite number > 0. Defaults to `1e-8`.
   */
  epsilon?: number;
  /** The most steps to take, an integer >= 1. Defaults to `1000`. */
  maxIterations?: number;
  /**
   * Stop with status `"converged"` as soon as a step's size (`|x_t − x_{t+1}|`, largest absolute component
   * for vectors) is `<= tolerance`. A finite number >= 0. Defaults to `0`: never stop early.
   */
  tolerance?: number;
  /** The function being minimized. Optional; when given, each history entry records `value: f(x)`. */
  f?: (x: X) => number;
  /** Called with each history entry as it is made, start included. */
  onIteration?: (entry: HistoryEntry<X>) => void;
  /** Whether to keep the history. Defaults to `true`; `onIteration` sees every entry either way. */
  recordHistory?: boolean;
  /**
   * Declare divergence when any component of `x` exceeds this in absolute value, a number > 0 (`Infinity`
   * turns the check off). Defaults to `1e12`.
   */
  divergenceBound?: number;
}

/** What {@linkcode optimize} returns: {@linkcode GradientDescentResult} plus the method used. */
export interface OptimizeResult<X extends number | number[] = number | number[]>
  extends GradientDescentResult<X> {
  /** The update rule that produced this run. */
  method: OptimizerMethod;
}

const CONTEXT = "Cannot run the optimizer";

// Which options each method reads; any other method-specific option is a mistake worth reporting.
const METHOD_OPTIONS: Record<OptimizerMethod, readonly string[]> = {
  "gradient-descent": [],
  momentum: ["momentum"],
  nesterov: ["momentum"],
  adagrad: ["epsilon"],
  rmsprop: ["beta2", "epsilon"],
  adam: ["beta1", "beta2", "epsilon"],
};
const SPECIFIC_OPTIONS = ["momentum", "beta1", "beta2", "epsilon"];
const COMMON_OPTIONS = [
  "method",
  "learningRate",
  "maxIterations",
  "tolerance",
  "f",
  "onIteration",
  "recordHistory",
  "divergenceBound",
];

/**
 * Minimizes a function from `start` with one of the update rules of {@linkcode OptimizerMethod}: plain
 * gradient descent, momentum, Nesterov, AdaGrad, RMSProp or Adam. Works on a number or on a vector (every
 * component updated at once from the same gradient). Returns the same shape as {@linkcode gradientDescent} —
 * `{ x, status, reason, iterations, value?, gradient, history }` — plus `method`, so the plot helpers draw
 * any of them.
 *
 * It stops with status `"diverged"` — and never records NaN — at the first non-finite `x`, gradient or `f(x)`,
 * or at the first component of `x` beyond `divergenceBound`; `x` is then the last good point. (Unlike
 * {@linkcode gradientDescent} it does not treat steps that reverse and grow as divergence: momentum overshoots
 * and swings back by design.)
 *
 * Introduced in lesson 08 (momentum and adaptive optimizers).
 *
 * @param gradient The derivative (for a number) or gradient (for a vector) of the function to minimize; for a
 *   vector it must return an array of the same length. It receives arrays it must not modify.
 * @param start The starting point: a finite number, or a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode OptimizeOptions}: `method` (`"gradient-descent"`), `learningRate` (0.01),
 *   `momentum` (0.9), `beta1` (0.9), `beta2` (0.9 for RMSProp, 0.999 for Adam), `epsilon` (1e-8),
 *   `maxIterations` (1000), `tolerance` (0), `f`, `onIteration`, `recordHistory` (true), `divergenceBound`
 *   (1e12). Passing an option the chosen method does not use (say `beta1` with `"momentum"`) is an error.
 * @returns An {@linkcode OptimizeResult}.
 * @throws {TypeError} If `gradient`, `f` or `onIteration` is not a function, `start` is not a number or an
 *   array, an option has the wrong type, an unknown name or does not apply to the method, or `gradient`
 *   returns the wrong shape.
 * @throws {RangeError} If `start` is not finite or is empty, `learningRate <= 0`, `momentum`, `beta1` or
 *   `beta2` is outside `[0, 1)`, `epsilon <= 0`, `maxIterations` is not an integer >= 1, `tolerance < 0`,
 *   `method` is unknown, or the gradient or `f` is not finite at `start`.
 * @example Momentum on a ravine: f(x, y) = 0.1x² + 2y²
 * ```ts
 * import assert from "node:assert/strict";
 * import { optimize } from "./optimizers.ts";
 *
 * const gradient = ([x, y]: number[]) => [0.2 * x, 4 * y];
 * const plain = optimize(gradient, [-5, -2], { learningRate: 0.4, tolerance: 1e-6 });
 * const heavy = optimize(gradient, [-5, -2], { method: "momentum", momentum: 0.5, learningRate: 0.4, tolerance: 1e-6 });
 * assert.equal(plain.status, "converged");
 * assert.equal(heavy.status, "converged");
 * assert.ok(heavy.iterations < plain.iterations);
 * ```
 * @example Adam on a number
 * ```ts
 * import assert from "node:assert/strict";
 * import { optimize } from "./optimizers.ts";
 *
 * const run = optimize((w) => 2 * w + 3, 10, { method: "adam", learningRate: 0.1, maxIterations: 2000 });
 * assert.ok(Math.abs(run.x - -1.5) < 1e-3);
 * assert.equal(run.history[0].x, 10);
 * ```
 */
export function optimize(
  gradient: (x: number) => number,
  start: number,
  options?: OptimizeOptions<number>,
): OptimizeResult<number>;
/**
 * {@linkcode optimize} on a vector; see the overload for numbers for the methods, options and stopping tests.
 *
 * @param gradient The gradient: takes an array like `start` and returns an array of the same length.
 * @param start The starting point, a non-empty array of finite numbers (not modified).
 * @param options See {@linkcode OptimizeOptions}.
 * @returns An {@linkcode OptimizeResult} whose `x`, `gradient` and history points are arrays.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { optimize } from "./optimizers.ts";
 *
 * const run = optimize(([x, y]) => [2 * x, 8 * y], [3, 1], { method: "rmsprop", learningRate: 0.01, maxIterations: 2000 });
 * assert.ok(Math.hypot(...run.x) < 0.05);
 * ```
 */
export function optimize(
  gradient: (x: number[]) => number[],
  start: readonly number[],
  options?: OptimizeOptions<number[]>,
): OptimizeResult<number[]>;
export function optimize(
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  start: number | readonly number[],
  options: OptimizeOptions<number> | OptimizeOptions<number[]> = {},
): OptimizeResult<number> | OptimizeResult<number[]> {
  requireOptions(CONTEXT, options, [...COMMON_OPTIONS, ...SPECIFIC_OPTIONS]);
  const { method = "gradient-descent" } = options;
  requireOneOf(CONTEXT, "method", method, OPTIMIZER_METHODS);
  for (const name of SPECIFIC_OPTIONS) {
    if ((options as Record<string, unknown>)[name] !== undefined && !METHOD_OPTIONS[method].includes(name)) {
      const used = METHOD_OPTIONS[method];
      throw new TypeError(
        `${CONTEXT}: option ${name} does not apply to method ${describe(method)}` +
          (used.length === 0
            ? " (it takes none of momentum, beta1, beta2, epsilon)"
            : ` (it uses ${used.join(", ")})`),
      );
    }
  }
  const {
    learningRate = 0.01,
    momentum = 0.9,
    beta1 = 0.9,
    beta2 = method === "adam" ? 0.999 : 0.9,
    epsilon = 1e-8,
    maxIterations = 1000,
    tolerance = 0,
    f,
    onIteration,
    recordHistory = true,
    divergenceBound = 1e12,
  } = options;
  requireFunction(CONTEXT, "gradient", gradient);
  requirePositive(CONTEXT, "learningRate", learningRate);
  assertDecay(momentum, "momentum");
  assertDecay(beta1, "beta1");
  assertDecay(beta2, "beta2");
  requirePositive(CONTEXT, "epsilon", epsilon);
  requireInteger(CONTEXT, "maxIterations", maxIterations);
  requireNonNegative(CONTEXT, "tolerance", tolerance);
  if (f !== undefined) requireFunction(CONTEXT, "f", f);
  if (onIteration !== undefined) requireFunction(CONTEXT, "onIteration", onIteration);
  if (typeof recordHistory !== "boolean") {
    throw new TypeError(`${CONTEXT}: recordHistory must be true or false, got ${describe(recordHistory)}`);
  }
  if (typeof divergenceBound !== "number" || !(divergenceBound > 0)) {
    throw new RangeError(`${CONTEXT}: divergenceBound must be > 0, got ${describe(divergenceBound)}`);
  }

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

  // The optimizer's memory, one number per component, all starting at zero.
  const velocity = new Array<number>(n).fill(0); // momentum, nesterov: the running sum of gradients
  const average = new Array<number>(n).fill(0); // adam: the running average of gradients
  const squares = new Array<number>(n).fill(0); // adagrad: sum of g²; rmsprop, adam: running average of g²

  let status: Status = "max-iterations";
  let reason = `took all ${maxIterations} steps`;
  let iterations = 0;
  let previousStep = 0;

  for (let t = 1; t <= maxIterations; t++) {
    const next: number[] = new Array(n);
    let step = 0;
    for (let i = 0; i < n; i++) {
      let move: number; // x[i] moves to x[i] − move
      switch (method) {
        case "gradient-descent":
          move = learningRate * g[i];
          break;
        case "momentum":
          velocity[i] = momentum * velocity[i] + g[i];
          move = learningRate * velocity[i];
          break;
        case "nesterov":
          velocity[i] = momentum * velocity[i] + g[i];
          move = learningRate * (g[i] + momentum * velocity[i]);
          break;
        case "adagrad":
          squares[i] = squares[i] + g[i] * g[i];
          move = learningRate * g[i] / (Math.sqrt(squares[i]) + epsilon);
          break;
        case "rmsprop":
          squares[i] = beta2 * squares[i] + (1 - beta2) * g[i] * g[i];
          move = learningRate * g[i] / (Math.sqrt(squares[i]) + epsilon);
          break;
        case "adam": {
          average[i] = beta1 * average[i] + (1 - beta1) * g[i];
          squares[i] = beta2 * squares[i] + (1 - beta2) * g[i] * g[i];
          // Both averages start at 0, so early on they are too small by the factor 1 − βᵗ; undo it.
          const averageHat = average[i] / (1 - Math.pow(beta1, t));
          const squaresHat = squares[i] / (1 - Math.pow(beta2, t));
          move = learningRate * averageHat / (Math.sqrt(squaresHat) + epsilon);
          break;
        }
      }
      next[i] = x[i] - move;
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

    x = next;
    g = nextGradient;
    value = nextValue;
    iterations = t;
    previousStep = step;
    record(t, step);

    if (tolerance > 0 && step <= tolerance) {
      status = "converged";
      reason = `step ${t} moved ${step}, within tolerance ${tolerance}`;
      break;
    }
  }
  if (status === "max-iterations" && tolerance > 0) {
    reason += `; the last step moved ${previousStep}, more than tolerance ${tolerance}`;
  }

  const result: OptimizeResult = {
    x: toPoint(x),
    status,
    reason,
    iterations,
    gradient: toPoint(g),
    history,
    method,
  };
  if (value !== undefined) result.value = value;
  return result as OptimizeResult<number> | OptimizeResult<number[]>;
}

/** Throws unless `value` is a number in `[0, 1)`: a decay rate that forgets at least a little each step. */
function assertDecay(value: unknown, name: string): void {
  if (typeof value !== "number") {
    throw new TypeError(`${CONTEXT}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!(value >= 0 && value < 1)) {
    throw new RangeError(`${CONTEXT}: ${name} must be >= 0 and < 1, got ${describe(value)}`);
  }
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
