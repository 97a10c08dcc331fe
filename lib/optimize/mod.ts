/**
 * Optimizers and what governs them (no mathjs, no Plot): `gradientDescent` (lessons 01–05, its optimizer
 * rules 08), `newtonMethod` (13), `randomRestarts` (12); stability limits, power iteration, landscapes and
 * the step-size explorer (06); conditioning and standardisation (07).
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
