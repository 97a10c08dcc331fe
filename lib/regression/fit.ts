import {
  type Matrix,
  requireMatrix,
  requireModel,
  requireOneOf,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import {
  descend,
  DESCENT_OPTIONS,
  type DescentOptions,
  type DescentResult,
  type HistoryEntry,
} from "../optimize/_descent.ts";
import { gradientPass } from "./_gradient_pass.ts";
import type { MatrixLike, Vector } from "./matrix.ts";

/** A fit's history entry: the shared entry (`x = [w…, b]`, `value` = the cost) with `w`, `b` and `cost` named. */
export interface FitEntry extends HistoryEntry<number[]> {
  w: number[];
  b: number;
  cost: number;
}

/** What the fits return: the driver's `status`, `reason`, `iterations`, `history`… plus the final `w`, `b`, `cost`. */
export interface FitResult<E = FitEntry> extends DescentResult<number[], E> {
  w: number[];
  b: number;
  cost: number;
}

/** Options for {@linkcode fitLinearRegression}; `tolerance` defaults to 0, `divergenceBound` to none. */
export interface LinearRegressionOptions extends Omit<DescentOptions<number[], FitEntry>, "f"> {
  /** The step size `α`, > 0. Defaults to `0.01` (seed 004's `alpha`); `maxIterations` to 1000. */
  learningRate?: number;
  /** Starting weights, one per column of `X` (default zeros), and bias (default 0). */
  w?: Vector;
  b?: number;
  /** `"simultaneous"` (default): all parameters move at once; `"sequential"`: one after another (lesson 05's trap). */
  update?: "simultaneous" | "sequential";
}

/** The regression's cost and gradient at `θ = [w…, b]`, from one pass, as the driver wants them. */
export function regressionModel(M: Matrix, y: Float64Array) {
  const n = M.cols;
  const sums = new Float64Array(n);
  const totals = new Float64Array(2);
  const w = new Float64Array(n);
  const invM = 1 / M.rows;
  const pass = (theta: readonly number[]) => {
    for (let j = 0; j < n; j++) w[j] = theta[j];
    gradientPass(M, y, w, theta[n], sums, totals);
  };
  const evaluate = (theta: number[]) => {
    pass(theta);
    const gradient = Array.from(sums, (s) => invM * s);
    gradient.push(invM * totals[0]);
    return { gradient, value: totals[1] / (2 * M.rows) };
  };
  const extra = (_: number, theta: number[], cost = NaN) => ({ w: theta.slice(0, n), b: theta[n], cost });
  return { evaluate, extra, pass, sums, totals, invM };
}

/** Checks `(X, y)` and the starting `w`, `b` of a fit; returns `X` as a `Matrix`, `y` typed and `θ₀`. */
export function fitInputs(context: string, X: unknown, y: unknown, w: unknown, b: unknown) {
  const M = requireMatrix(context, "X", X);
  const w0 = (w === undefined ? new Array<number>(M.cols).fill(0) : w) as Vector;
  requireModel(context, M, y, w0, b); // y, w (zeros by default) and b, in that order
  const targets = y as Vector;
  const start = [...w0, b as number];
  return { M, y: targets instanceof Float64Array ? targets : Float64Array.from(targets), start };
}

/**
 * Fits `yHat = X·w + b` by batch gradient descent, `w[j] ← w[j] − α·dw[j]`, `b ← b − α·db`, with seed 004's
 * arithmetic, so its printed figures come out exactly; stops as `gradientDescent` does (lessons 03, 05).
 * @example Seed 004: y = 2x, α = 0.01, 1000 iterations
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLinearRegression } from "./fit.ts";
 *
 * const fit = fitLinearRegression([[1], [2], [3]], [2, 4, 6], { learningRate: 0.01, maxIterations: 1000 });
 * assert.equal(fit.w[0], 1.9025923788441472);
 * ```
 */
export function fitLinearRegression(X: MatrixLike, y: Vector, options?: LinearRegressionOptions): FitResult {
  const context = "Cannot run gradient descent";
  const checked = requireOptions(context, options, ["learningRate", "w", "b", "update", ...DESCENT_OPTIONS]);
  const { learningRate = 0.01, w, b = 0, update = "simultaneous" } = checked;
  if ("f" in checked) throw new TypeError(`${context}: unknown option "f" (the fit's f is its cost)`);
  requireOneOf(context, "update", update, ["simultaneous", "sequential"]);
  const { M, y: targets, start } = fitInputs(context, X, y, w, b);
  requirePositive(context, "learningRate", learningRate);
  const model = regressionModel(M, targets);
  const n = M.cols;
  const step = (theta: number[], g: number[]) => {
    if (update === "simultaneous") return theta.map((v, j) => v - learningRate * g[j]);
    // Sequential: each partial derivative is taken after the parameters before it moved.
    const next = theta.slice();
    for (let j = 0; j <= n; j++) {
      if (j > 0) model.pass(next);
      next[j] = next[j] - learningRate * (model.invM * (j < n ? model.sums[j] : model.totals[0]));
    }
    return next;
  };
  const result = descend(
    context,
    { ...model, step, patience: 20, watch: "value", advice: "; try a smaller learningRate" },
    start,
    false,
    checked as DescentOptions<never, never>,
    { maxIterations: 1000, tolerance: 0, divergenceBound: Infinity },
  ) as DescentResult<number[], FitEntry>;
  return { ...result, w: result.x.slice(0, n), b: result.x[n], cost: result.value! };
}
