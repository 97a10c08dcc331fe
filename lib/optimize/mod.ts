/**
 * Optimizers: gradient descent with its history and the reason it stopped. A light entry point.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gradientDescent } from "./mod.ts";
 *
 * // Seed 000: 250 fixed steps of 0.01 against the sign of f'(x) = 4x − 3, from x = 2.
 * const run = gradientDescent((x) => 4 * x - 3, 2, { rule: "sign", learningRate: 0.01, maxIterations: 250 });
 * assert.equal(run.x, 0.7599999999999989);
 * ```
 *
 * @module
 */

export {
  gradientDescent,
  type GradientDescentOptions,
  type GradientDescentResult,
  type HistoryEntry,
  type Status,
  STEP_RULES,
  type StepRule,
} from "./gradient_descent.ts";
