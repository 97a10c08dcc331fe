/**
 * Derivatives by finite differences (no mathjs): slopes (lesson 01), gradients (03), tangent lines (02), the
 * second-derivative test (04), gradient checking and step errors (10). Symbolic ones: `lib/symbolic/mod.ts`.
 * @module
 */

export { type DifferenceMethod, numericalDerivative, type NumericalDerivativeOptions } from "./derivative.ts";
export { numericalGradient, type NumericalGradientOptions } from "./gradient.ts";
export { type TangentLine, tangentLine, type TangentLineOptions } from "./tangent.ts";
export * from "./second_derivative.ts";
export { checkGradient, type CheckGradientOptions, type GradientCheck } from "./gradient_check.ts";
export { type StepError, stepErrors, type StepErrorsOptions } from "./step_error.ts";
