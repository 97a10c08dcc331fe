/**
 * Linear regression, in the vocabulary of the lessons: a feature matrix `X` (one row per example), targets
 * `y`, weights `w`, bias `b`, predictions `yHat = X·w + b` and the cost `J(w, b) = 1/(2m) Σ (yHat − y)²`.
 *
 * - {@linkcode matrix}, {@linkcode matrixFromColumns}: the fast `Matrix` form of `X`
 *   (every function also takes plain `number[][]` rows).
 * - {@linkcode predict}, {@linkcode cost}, {@linkcode computeGradient}, {@linkcode computeGradientInto}.
 * - {@linkcode fitLinearRegression}: batch gradient descent with `history` and `status`.
 * - {@linkcode normalEquation}: the closed-form least-squares answer, the oracle for gradient descent.
 * - {@linkcode hypothesis}, {@linkcode univariateCost}, {@linkcode univariateGradient}: lesson 03's
 *   one-feature notation `h(x) = θ0 + θ1·x` (θ1 is `w[0]`, θ0 is `b`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLinearRegression, normalEquation } from "./mod.ts";
 *
 * const X = [[1], [2], [3]];
 * const y = [3, 5, 7];
 * const fit = fitLinearRegression(X, y, { learningRate: 0.1, maxIterations: 5000, tolerance: 1e-12 });
 * const exact = normalEquation(X, y);
 * assert.equal(fit.status, "converged");
 * assert.ok(Math.abs(fit.w[0] - exact.w[0]) < 1e-9 && Math.abs(fit.b - exact.b) < 1e-9);
 * ```
 *
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
