/**
 * Derivatives by finite differences: slopes, gradients, tangent lines and the second-derivative test.
 * A light entry point (no mathjs); symbolic derivatives live in `lib/symbolic/mod.ts`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { numericalDerivative, secondDerivativeTest, tangentLine } from "./mod.ts";
 *
 * const f = (x: number) => 2 * x ** 2 - 3 * x + 4;
 * assert.equal(numericalDerivative(f, 2), 5.000200000004895);
 * assert.equal(tangentLine(f, 2, { derivative: (x) => 4 * x - 3 }).at(3), 11);
 * assert.equal(secondDerivativeTest(f, 0.75), "minimum");
 * ```
 *
 * @module
 */

export { type DifferenceMethod, numericalDerivative, type NumericalDerivativeOptions } from "./derivative.ts";
export { numericalGradient, type NumericalGradientOptions } from "./gradient.ts";
export { type TangentLine, tangentLine, type TangentLineOptions } from "./tangent.ts";
export {
  type CurvatureTestOptions,
  secondDerivative,
  type SecondDerivativeOptions,
  secondDerivativeTest,
  type SecondDerivativeTestOptions,
  type StationaryPointKind,
} from "./second_derivative.ts";
export { checkGradient, type CheckGradientOptions, type GradientCheck } from "./gradient_check.ts";
export { type StepError, stepErrors, type StepErrorsOptions } from "./step_error.ts";
