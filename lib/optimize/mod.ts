/**
 * Optimizers and what governs them: `gradientDescent` (lessons 01–05, optimizer rules 08), `newtonMethod` (13),
 * `randomRestarts` (12); stability, power iteration, landscapes, the step-size explorer (06); conditioning and
 * standardisation (07).
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
export * from "./power_iteration.ts";
export * from "./conditioning.ts";
export * from "./landscapes.ts";
export * from "./newton.ts";
export * from "./restarts.ts";
export * from "./step_explorer.ts";
