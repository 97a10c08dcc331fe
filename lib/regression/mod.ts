/**
 * Linear regression in the lessons' vocabulary: features `X` (one row per example), targets `y`, weights `w`,
 * bias `b`, predictions `yHat = X·w + b`, cost `J(w, b) = 1/(2m) Σ (yHat − y)²` (lessons 03, 05, 07, 09, 14).
 *
 * - {@linkcode matrix}, {@linkcode matrixFromColumns}: the fast `Matrix` form of `X` (rows work too).
 * - {@linkcode predict}, {@linkcode cost}, {@linkcode computeGradient}, {@linkcode computeGradientInto}.
 * - {@linkcode fitLinearRegression}: batch gradient descent; {@linkcode normalEquation}: its exact oracle.
 * - {@linkcode hypothesis}, {@linkcode univariateCost}, {@linkcode univariateGradient}: lesson 03's
 *   `h(x) = θ0 + θ1·x`.
 * @module
 */

export { matrix, matrixFromColumns } from "./matrix.ts";
export type { Matrix, MatrixLike, Vector } from "./matrix.ts";
export { predict } from "./predict.ts";
export { cost } from "./cost.ts";
export { computeGradient, computeGradientInto } from "./gradient.ts";
export type { RegressionGradient } from "./gradient.ts";
export { fitLinearRegression } from "./fit.ts";
export type { FitEntry, FitResult, LinearRegressionOptions } from "./fit.ts";
export { normalEquation } from "./normal_equation.ts";
export type { LeastSquares } from "./normal_equation.ts";
export { hypothesis, univariateCost, univariateGradient } from "./univariate.ts";
export type { UnivariateGradient } from "./univariate.ts";
