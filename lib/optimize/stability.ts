/**
 * Why a learning rate converges, crawls, zig-zags or blows up: gradient descent on a quadratic of curvature
 * `L`, where every step multiplies the distance to the minimum by the same factor `1 − α·L`.
 * @module
 */
import { requireFinite, requireInteger, requireOptions, requirePositive } from "../_validate.ts";

/**
 * How gradient descent with rate `α` behaves on a quadratic of curvature `L`: `"monotone"` (`αL < 1`, same
 * side every step), `"one-step"` (`αL = 1`), `"oscillating"` (`1 < αL < 2`, jumps over and lands closer),
 * `"bouncing"` (`αL = 2`, between `x₀` and `−x₀` for ever), `"diverging"` (`αL > 2`).
 */
export type StepRegime = "monotone" | "one-step" | "oscillating" | "bouncing" | "diverging";

/** The {@linkcode StepRegime} names, from the smallest learning rate to the largest. */
export const STEP_REGIMES: readonly StepRegime[] = [
  "monotone",
  "one-step",
  "oscillating",
  "bouncing",
  "diverging",
];

/**
 * The largest stable learning rate `2 / L` on a quadratic of curvature `L` (`f''`, or the Hessian's largest
 * eigenvalue): descent converges for `0 < α < 2 / L` (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stabilityLimit } from "./stability.ts";
 *
 * assert.equal(stabilityLimit(4), 0.5); // f(x) = 2x² has f'' = 4
 * ```
 */
export function stabilityLimit(curvature: number): number {
  requirePositive("Cannot compute the stability limit", "curvature", curvature);
  return 2 / curvature;
}

/**
 * The factor `1 − α·L` by which one step multiplies the distance to the minimum of a quadratic of curvature
 * `L`; the error shrinks exactly when `|1 − α·L| < 1` (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contractionFactor } from "./stability.ts";
 *
 * assert.equal(contractionFactor(0.25, 2), 0.5); // each step halves the error
 * ```
 */
export function contractionFactor(learningRate: number, curvature: number): number {
  const context = "Cannot compute the contraction factor";
  requirePositive(context, "learningRate", learningRate);
  requirePositive(context, "curvature", curvature);
  return 1 - learningRate * curvature;
}

/**
 * The {@linkcode StepRegime} of rate `α` on curvature `L`, from `α·L` compared with exactly 1 and 2 (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { stepRegime } from "./stability.ts";
 *
 * assert.equal(stepRegime(0.4, 4), "oscillating");
 * ```
 */
export function stepRegime(learningRate: number, curvature: number): StepRegime {
  const context = "Cannot name the step regime";
  requirePositive(context, "learningRate", learningRate);
  requirePositive(context, "curvature", curvature);
  return regimeOf(curvature, learningRate);
}

// The two rules below are plain functions with no imports: the step-size explorer ships their source text
// (`String(regimeOf)`) to the browser, so the widget and the lesson run the very same code.

/** The regime of `α` on curvature `L` (unchecked; see {@linkcode stepRegime}). */
export function regimeOf(L: number, alpha: number): StepRegime {
  const product = alpha * L;
  if (product < 1) return "monotone";
  if (product === 1) return "one-step";
  if (product < 2) return "oscillating";
  if (product === 2) return "bouncing";
  return "diverging";
}

/** `steps` steps of `x ← x − α·(L·x)` from `x0`, start included (unchecked; see {@linkcode quadraticDescent}). */
export function descentPath(L: number, alpha: number, x0: number, steps: number): number[] {
  const xs = [x0];
  let x = x0;
  for (let t = 1; t <= steps; t++) {
    x = x - alpha * (L * x);
    xs.push(x);
  }
  return xs;
}

/** Options for {@linkcode quadraticDescent}: `learningRate` (0.1) and `maxIterations` (20, all taken). */
export interface QuadraticDescentOptions {
  learningRate?: number;
  maxIterations?: number;
}

/** The iterates `x ← x − α·(L·x)`, the closed form `(1 − α·L)ᵗ·x₀` and the factor `1 − α·L`. */
export interface QuadraticDescent {
  iterates: number[];
  predicted: number[];
  factor: number;
}

/**
 * Gradient descent on `f(x) = L/2·x²` (`L` = `curvature` > 0) from `x₀` = `start`, step by step (as
 * `gradientDescent((x) => L * x, …)`) and in closed form; the iterates are not cut at divergence, that is the
 * point (lesson 06).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quadraticDescent } from "./stability.ts";
 *
 * const run = quadraticDescent(4, 1, { learningRate: 0.375, maxIterations: 3 }); // factor 1 − 1.5 = −0.5
 * assert.deepEqual(run.iterates, [1, -0.5, 0.25, -0.125]);
 * ```
 */
export function quadraticDescent(
  curvature: number,
  start: number,
  options: QuadraticDescentOptions = {},
): QuadraticDescent {
  const context = "Cannot run descent on the quadratic";
  const { learningRate = 0.1, maxIterations = 20 } = requireOptions(context, options, [
    "learningRate",
    "maxIterations",
  ]);
  requirePositive(context, "curvature", curvature);
  requireFinite(context, "start", start);
  requirePositive(context, "learningRate", learningRate);
  requireInteger(context, "maxIterations", maxIterations);
  const factor = 1 - learningRate * curvature;
  const iterates = descentPath(curvature, learningRate, start, maxIterations);
  const predicted = iterates.map((_, t) => Math.pow(factor, t) * start);
  return { iterates, predicted, factor };
}
