/**
 * Optimizers and what governs them, each returning its answer with a `history` and the `status` it stopped
 * with: `gradientDescent` (standard and sign rules, lessons 01–05; momentum, Nesterov, AdaGrad, RMSProp and
 * Adam as its other rules, lesson 08), `newtonMethod` (lesson 13) and `randomRestarts` (lesson 12); stability limits and
 * power iteration (lesson 06), conditioning and standardisation (lesson 07), test landscapes (ravine,
 * Rosenbrock) and the step-size explorer (lesson 06). A light entry point: no mathjs, no Plot.
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
  type Rule,
  RULES,
  type Status,
} from "./gradient_descent.ts";
export type { OptimizerOptions } from "./optimizers.ts";
export type { DescentOptions, DescentResult } from "./_descent.ts";
export {
  contractionFactor,
  type QuadraticDescent,
  quadraticDescent,
  type QuadraticDescentOptions,
  stabilityLimit,
  STEP_REGIMES,
  type StepRegime,
  stepRegime,
} from "./stability.ts";
export {
  conditionNumber,
  type EigenEstimate,
  powerIteration,
  type PowerIterationOptions,
  smallestEigenvalue,
  type SquareMatrix,
  symmetricEigenvalues2x2,
} from "./power_iteration.ts";
export {
  regressionHessian,
  type RegressionHessianOptions,
  standardize,
  type Standardized,
  unstandardize,
} from "./conditioning.ts";
export {
  type Landscape,
  ravine,
  type RavineOptions,
  rosenbrock,
  type RosenbrockOptions,
} from "./landscapes.ts";
export {
  type HessianOf,
  type NewtonHistoryEntry,
  newtonMethod,
  type NewtonOptions,
  type NewtonResult,
} from "./newton.ts";
export {
  type Interval,
  randomRestarts,
  type RandomRestartsOptions,
  type RandomRestartsResult,
  type RestartRun,
} from "./restarts.ts";
export { type StepExplorer, type StepExplorerOptions, stepSizeExplorer } from "./step_explorer.ts";
