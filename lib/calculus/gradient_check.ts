import {
  evaluate,
  plural,
  requireFinite,
  requireFunction,
  requireLength,
  requireNonNegative,
  requireNumbers,
} from "../_validate.ts";
import { differenceOptions } from "./_evaluate.ts";
import { numericalDerivative } from "./derivative.ts";
import { numericalGradient } from "./gradient.ts";

/** Options for {@linkcode checkGradient}: the central differences' step `h` (1e-5) and `tolerance` (1e-6). */
export interface CheckGradientOptions {
  h?: number;
  tolerance?: number;
}

/**
 * What {@linkcode checkGradient} found: `analytic` and `numerical` gradients, their `relativeErrors`
 * `|a − n| / max(1, |a|, |n|)` (absolute below 1, so a true 0 is not judged by a ratio of rounding errors),
 * the largest and its index `worst`, and whether it is within `tolerance`.
 */
export interface GradientCheck {
  ok: boolean;
  maxRelativeError: number;
  worst: number;
  analytic: number[];
  numerical: number[];
  relativeErrors: number[];
}

/**
 * Checks a derivative of a function of one number against the central difference at `x` (lesson 10).
 * @example Seed 000's chain-rule slip: y = 3(2x² − x − 2) + 1 has dy/dx = 12x − 3, not 6x − 3
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkGradient } from "./gradient_check.ts";
 *
 * assert.equal(checkGradient((x) => 3 * (2 * x ** 2 - x - 2) + 1, (x) => 6 * x - 3, 2).ok, false);
 * ```
 */
export function checkGradient(
  f: (x: number) => number,
  derivative: (x: number) => number,
  x: number,
  options?: CheckGradientOptions,
): GradientCheck;
/**
 * Checks a gradient against central differences, one coordinate at a time, at `x` (lesson 10).
 * @example Seed 000's three variables, with ∂y/∂a slipped to 6a − 4
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkGradient } from "./gradient_check.ts";
 *
 * const y = ([a, b, c]: number[]) => 2 * (3 * a ** 2 - 2 * a + b ** 2 + 1) + c;
 * assert.equal(checkGradient(y, ([a, b]) => [6 * a - 4, 4 * b, 1], [1, 1, 1]).worst, 0);
 * ```
 */
export function checkGradient(
  f: (x: number[]) => number,
  gradient: (x: number[]) => number[],
  x: readonly number[],
  options?: CheckGradientOptions,
): GradientCheck;
export function checkGradient(
  f: ((x: number) => number) | ((x: number[]) => number),
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  x: number | readonly number[],
  options: CheckGradientOptions = {},
): GradientCheck {
  const context = "Cannot check the gradient";
  const { h, tolerance = 1e-6 } = differenceOptions(context, f, options, ["h", "tolerance"], 1e-5);
  requireFunction(context, "gradient", gradient);
  requireNonNegative(context, "tolerance", tolerance);

  let analytic: number[];
  let numerical: number[];
  if (typeof x === "number") {
    requireFinite(context, "x", x);
    analytic = [evaluate(context, "derivative", gradient as (x: number) => number, x)];
    numerical = [numericalDerivative(f as (x: number) => number, x, { h, method: "central" })];
  } else {
    requireNumbers(context, "x", x);
    analytic = Array.from(
      requireNumbers(context, "gradient(x)", (gradient as (x: number[]) => number[])(x.slice())),
    );
    requireLength(context, "gradient(x)", analytic, x.length, `x has ${plural(x.length, "value")}`);
    numerical = numericalGradient(f as (x: number[]) => number, x, { h });
  }

  const relativeErrors = analytic.map((a, i) => {
    const n = numerical[i];
    return Math.abs(a - n) / Math.max(1, Math.abs(a), Math.abs(n));
  });
  let worst = 0;
  for (let i = 1; i < relativeErrors.length; i++) if (relativeErrors[i] > relativeErrors[worst]) worst = i;
  const maxRelativeError = relativeErrors[worst];
  const ok = maxRelativeError <= tolerance;
  return { ok, maxRelativeError, worst, analytic, numerical, relativeErrors };
}
