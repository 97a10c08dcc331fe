import {
  describe,
  plural,
  requireFinite,
  requireInteger,
  requireLength,
  requireMatrix,
  requireNonNegative,
  requireNumbers,
  requirePositive,
} from "../_validate.ts";
import { gradientPass } from "./_gradient_pass.ts";
import type { MatrixLike, Vector } from "./matrix.ts";

/** Why a fit stopped: its step fell to `tolerance`, it used up `maxIterations`, or its numbers blew up. */
export type FitStatus = "converged" | "max-iterations" | "diverged";

/**
 * How many consecutive rises of the cost (ending above the starting cost) make {@linkcode fitLinearRegression}
 * report `"diverged"`: 20.
 */
export const DIVERGENCE_PATIENCE = 20;

/**
 * How the parameters are updated in one iteration.
 * - `"simultaneous"`: compute every partial derivative at the current `w` and `b`, then update them all
 *   (the correct rule, seed 004).
 * - `"sequential"`: update `w[0]`, then recompute the gradient and update `w[1]`, …, and `b` last, so each
 *   update already sees the parameters changed before it (the mistake lesson 05 warns about). Costs
 *   `n + 1` passes over the data per iteration instead of one.
 */
export type UpdateRule = "simultaneous" | "sequential";

/** The state of a fit after `iteration` updates (0 is the start). */
export interface LinearRegressionStep {
  /** How many updates have been made. */
  iteration: number;
  /** The cost `J(w, b)` at these parameters. */
  cost: number;
  /** The weights after `iteration` updates (a copy). */
  w: number[];
  /** The bias after `iteration` updates. */
  b: number;
}

/** Options of {@linkcode fitLinearRegression}. */
export interface LinearRegressionOptions {
  /** Step size α; must be > 0. Defaults to 0.01 (seed 004's `alpha`). */
  learningRate?: number;
  /** Most updates to make; an integer >= 1. Defaults to 1000 (seed 004's `num_iterations`). */
  maxIterations?: number;
  /** Starting weights, one per column of `X`. Defaults to all zeros. */
  w?: Vector;
  /** Starting bias. Defaults to 0. */
  b?: number;
  /**
   * Stop with status `"converged"` once no parameter moves by more than this in one update
   * (`|θ_t − θ_{t+1}| <= tolerance` for every θ, lesson 03's rule). Must be >= 0. Defaults to 0: run all
   * `maxIterations` unless an update changes nothing.
   */
  tolerance?: number;
  /**
   * Keep every `recordEvery`-th step in `history` (the start and the last step are always kept). An integer
   * >= 1; defaults to 1 (every step). Raise it for long runs.
   */
  recordEvery?: number;
  /** Simultaneous (default) or sequential updates; see {@linkcode UpdateRule}. */
  update?: UpdateRule;
  /** Called with every step, recorded or not, from iteration 0 to the last. Defaults to none. */
  onIteration?: (step: LinearRegressionStep) => void;
}

/** What {@linkcode fitLinearRegression} returns. */
export interface LinearRegressionResult {
  /** The final weights. */
  w: number[];
  /** The final bias. */
  b: number;
  /** The cost at the final `w` and `b`. */
  cost: number;
  /** Why it stopped. */
  status: FitStatus;
  /** How many updates were made. */
  iterations: number;
  /** Steps kept according to `recordEvery`, starting with iteration 0 and ending with the last. */
  history: LinearRegressionStep[];
}

const UPDATE_RULES: readonly string[] = ["simultaneous", "sequential"];

/**
 * Fits the linear model `yHat = X·w + b` by batch gradient descent on the cost
 * `J(w, b) = 1/(2m) Σ (yHat − y)²`: each iteration computes the whole gradient at the current `w` and `b`
 * and then moves every parameter at once, `w[j] = w[j] − learningRate · dw[j]` and
 * `b = b − learningRate · db`.
 *
 * The arithmetic follows seed 004's `gradient_descent` step for step, so its example reproduces the printed
 * figures exactly. A `Matrix` `X` takes the fast path: the data are checked once, then every iteration is
 * one pass over the rows that allocates nothing proportional to `m` (the cost of the current parameters
 * comes out of the same pass). Plain rows are copied into a `Matrix` first and give the same numbers.
 *
 * The run stops early with status `"diverged"` as soon as the cost or a parameter stops being finite, or
 * when the cost has risen for {@linkcode DIVERGENCE_PATIENCE} iterations in a row and stands above its start
 * (for this quadratic cost a simultaneous step with a stable learning rate never raises it, so a run that
 * keeps climbing is blowing up, long before it overflows); and with `"converged"` when no parameter moves by
 * more than `tolerance`.
 *
 * Introduced in lesson 03 for one feature (`w = [θ1]`, `b = θ0`) and in lesson 05 for several.
 *
 * @param X Features, one row per example (`m × n`).
 * @param y Targets, one per row of `X`.
 * @param options See {@linkcode LinearRegressionOptions}.
 * @returns The final `w`, `b`, `cost`, the `status`, the number of `iterations` and the `history`.
 * @throws {RangeError | TypeError} When the data or options are invalid, e.g.
 * `Cannot run gradient descent: learningRate must be > 0, got -0.1`.
 *
 * @example Seed 004: fitting y = 2x, α = 0.01, 1000 iterations from w = 0, b = 0
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLinearRegression } from "./fit.ts";
 *
 * const fit = fitLinearRegression([[1], [2], [3]], [2, 4, 6], { learningRate: 0.01, maxIterations: 1000 });
 * assert.equal(fit.w[0], 1.9025923788441472);
 * assert.equal(fit.b, 0.22143041851694578);
 * assert.equal(fit.status, "max-iterations");
 * assert.equal(fit.history.length, 1001); // iteration 0 to 1000
 * ```
 *
 * @example Too large a learning rate
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLinearRegression } from "./fit.ts";
 *
 * const fit = fitLinearRegression([[1], [2], [3]], [2, 4, 6], { learningRate: 1, maxIterations: 10_000 });
 * assert.equal(fit.status, "diverged");
 * assert.ok(fit.iterations < 10_000);
 * ```
 */
export function fitLinearRegression(
  X: MatrixLike,
  y: Vector,
  options: LinearRegressionOptions = {},
): LinearRegressionResult {
  const context = "Cannot run gradient descent";
  const {
    learningRate = 0.01,
    maxIterations = 1000,
    w: wStart,
    b: bStart = 0,
    tolerance = 0,
    recordEvery = 1,
    update = "simultaneous",
    onIteration,
  } = options;

  // ---- validate once, at the boundary ----
  const M = requireMatrix(context, "X", X);
  requireNumbers(context, "y", y);
  requireLength(context, "y", y, M.rows, `X has ${plural(M.rows, "row")}`);
  requirePositive(context, "learningRate", learningRate);
  requireInteger(context, "maxIterations", maxIterations);
  requireNonNegative(context, "tolerance", tolerance);
  requireInteger(context, "recordEvery", recordEvery);
  if (!UPDATE_RULES.includes(update)) {
    throw new RangeError(
      `${context}: update must be "simultaneous" or "sequential", got ${describe(update)}`,
    );
  }
  if (onIteration !== undefined && typeof onIteration !== "function") {
    throw new TypeError(`${context}: onIteration must be a function, got ${describe(onIteration)}`);
  }
  if (wStart !== undefined) {
    requireNumbers(context, "w", wStart);
    requireLength(context, "w", wStart, M.cols, `X has ${plural(M.cols, "column")}`);
  }
  requireFinite(context, "b", bStart);

  // ---- preallocate everything the loop needs ----
  const m = M.rows;
  const n = M.cols;
  const targets = y instanceof Float64Array ? y : Float64Array.from(y);
  const w = wStart === undefined ? new Float64Array(n) : Float64Array.from(wStart);
  let b = bStart;
  const sumXError = new Float64Array(n);
  const totals = new Float64Array(2);
  const invM = 1 / m;
  const history: LinearRegressionStep[] = [];

  // Reports the state after `iteration` updates (each iteration exactly once): to onIteration, and to the
  // history when it is a recorded one (`force` for the last).
  const report = (iteration: number, currentCost: number, force: boolean): void => {
    const keep = force || iteration % recordEvery === 0;
    if (!keep && onIteration === undefined) return;
    const step: LinearRegressionStep = { iteration, cost: currentCost, w: Array.from(w), b };
    if (keep) history.push(step);
    onIteration?.(step);
  };

  let status: FitStatus = "max-iterations";
  let iterations = 0;
  let finalCost = NaN; // the cost of the parameters after `iterations` updates
  let finalCostKnown = false;

  let startCost = NaN;
  let previousCost = NaN;
  let rises = 0; // consecutive iterations in which the cost went up

  for (let t = 1; t <= maxIterations; t++) {
    // Gradient and cost at the parameters after t - 1 updates, in one pass.
    gradientPass(M, targets, w, b, sumXError, totals);
    const currentCost = totals[1] / (2 * m);
    if (t === 1) startCost = currentCost;
    rises = currentCost > previousCost ? rises + 1 : 0;
    previousCost = currentCost;
    if (!Number.isFinite(currentCost) || (rises >= DIVERGENCE_PATIENCE && currentCost > startCost)) {
      status = "diverged";
      finalCost = currentCost;
      finalCostKnown = true;
      break;
    }
    report(t - 1, currentCost, false);

    let largestStep = 0;
    if (update === "simultaneous") {
      const db = invM * totals[0];
      for (let j = 0; j < n; j++) {
        const dwj = invM * sumXError[j];
        const next = w[j] - learningRate * dwj;
        largestStep = Math.max(largestStep, Math.abs(next - w[j]));
        w[j] = next;
      }
      const nextB = b - learningRate * db;
      largestStep = Math.max(largestStep, Math.abs(nextB - b));
      b = nextB;
    } else {
      // Sequential: each parameter's partial derivative is taken after the previous parameters moved.
      for (let j = 0; j < n; j++) {
        if (j > 0) gradientPass(M, targets, w, b, sumXError, totals);
        const dwj = invM * sumXError[j];
        const next = w[j] - learningRate * dwj;
        largestStep = Math.max(largestStep, Math.abs(next - w[j]));
        w[j] = next;
      }
      gradientPass(M, targets, w, b, sumXError, totals);
      const db = invM * totals[0];
      const nextB = b - learningRate * db;
      largestStep = Math.max(largestStep, Math.abs(nextB - b));
      b = nextB;
    }
    iterations = t;

    if (!allFinite(w) || !Number.isFinite(b)) {
      status = "diverged";
      break;
    }
    if (largestStep <= tolerance) {
      status = "converged";
      break;
    }
  }

  // The cost of the final parameters: one more pass, unless the loop stopped on that very cost.
  if (!finalCostKnown) {
    gradientPass(M, targets, w, b, sumXError, totals);
    finalCost = totals[1] / (2 * m);
  }
  if (!Number.isFinite(finalCost)) status = "diverged";
  report(iterations, finalCost, true);

  return { w: Array.from(w), b, cost: finalCost, status, iterations, history };
}

function allFinite(values: Float64Array): boolean {
  for (let j = 0; j < values.length; j++) {
    if (!Number.isFinite(values[j])) return false;
  }
  return true;
}
