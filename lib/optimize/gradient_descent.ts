/**
 * Gradient descent on a number or a vector, `x ← x − learningRate · gradient(x)`; `rule` picks lesson 01's
 * sign rule or an optimizer of lesson 08 instead.
 * @module
 */
import { requireInteger, requireOneOf, requireOptions, requirePositive } from "../_validate.ts";
import {
  descend,
  DESCENT_OPTIONS,
  type DescentOptions,
  type DescentResult,
  type HistoryEntry,
  type Solver,
  startVector,
  userFunctions,
} from "./_descent.ts";
import { OPTIMIZER_OPTIONS, type OptimizerOptions, optimizerStep } from "./optimizers.ts";

export type { HistoryEntry, Status } from "./_descent.ts";

/** The update rule: `"standard"` (lesson 02), `"sign"` (01) or an optimizer of lesson 08; see `optimizers.ts`. */
export type Rule = "standard" | "sign" | "momentum" | "nesterov" | "adagrad" | "rmsprop" | "adam";

/** Every {@linkcode Rule}, in lesson order. */
export const RULES: readonly Rule[] = [
  "standard",
  "sign",
  "momentum",
  "nesterov",
  "adagrad",
  "rmsprop",
  "adam",
];

/** Options for {@linkcode gradientDescent}; see `lib/README.md` for the shared vocabulary. */
export interface GradientDescentOptions<X = number | number[]> extends DescentOptions<X>, OptimizerOptions {
  /** The step factor `α`, a number > 0. Defaults to `0.01`. */
  learningRate?: number;
  /** The update rule; see {@linkcode Rule}. Defaults to `"standard"`. */
  rule?: Rule;
  /**
   * Growing, reversing steps in a row that count as divergence (what a rate above `2/L` does). Defaults to
   * `20` for `"standard"` and `"sign"`, `Infinity` for the optimizers (whose momentum zigzags by design).
   */
  overshootPatience?: number;
}

/** What {@linkcode gradientDescent} returns: `{ x, status, reason, iterations, value?, gradient, history }`. */
export type GradientDescentResult<X = number | number[]> = DescentResult<X, HistoryEntry<X>>;

const CONTEXT = "Cannot run gradient descent";
/** Every option {@linkcode gradientDescent} reads. */
export const GRADIENT_DESCENT_OPTIONS = [
  "learningRate",
  "rule",
  "overshootPatience",
  ...OPTIMIZER_OPTIONS,
  ...DESCENT_OPTIONS,
];

/**
 * Minimizes a function from `start` by stepping against its gradient with `rule` (lessons 01 sign, 02 standard,
 * 08 optimizers). Stops with `"converged"` once a step is within `tolerance`, or `"diverged"` (never recording
 * NaN) when a value is not finite, passes `divergenceBound`, or overshoots `overshootPatience` times in a row.
 * @param gradient The derivative (number start) or gradient (vector start, same length) to descend.
 * @param options `learningRate` (0.01), `rule` ("standard"), `maxIterations` (1000), `tolerance` (0), `f`,
 *   `onIteration`, `recordEvery` (1), `divergenceBound` (1e12), `overshootPatience`, and the optimizers' options.
 * @example Seed 003: 1000 steps of 0.01 on f(w) = w² + 3w − 5 from w = 10
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./gradient_descent.ts";
 *
 * const run = gradientDescent((w) => 2 * w + 3, 10, { learningRate: 0.01, maxIterations: 1000 });
 * assert.equal(run.x, -1.4999999806458753);
 * ```
 */
export const gradientDescent: Solver<
  GradientDescentOptions<number>,
  GradientDescentOptions<number[]>,
  GradientDescentResult<number>,
  GradientDescentResult<number[]>
> = (gradient: unknown, start: unknown, options?: unknown): never => {
  const checked = requireOptions(CONTEXT, options as GradientDescentOptions, GRADIENT_DESCENT_OPTIONS);
  const { learningRate = 0.01, rule = "standard", f } = checked;
  requirePositive(CONTEXT, "learningRate", learningRate);
  requireOneOf(CONTEXT, "rule", rule, RULES);
  const { overshootPatience = rule === "standard" || rule === "sign" ? 20 : Infinity } = checked;
  if (overshootPatience !== Infinity) requireInteger(CONTEXT, "overshootPatience", overshootPatience);
  const x0 = startVector(CONTEXT, start);
  const step = optimizerStep(CONTEXT, rule, learningRate, x0.length, checked);
  const evaluate = userFunctions(CONTEXT, gradient, f, typeof start === "number", x0.length);
  return descend(
    CONTEXT,
    { evaluate, step, patience: overshootPatience, advice: "; try a smaller learningRate" },
    x0,
    typeof start === "number",
    checked,
    { maxIterations: 1000, tolerance: 0 },
  ) as never;
};
