import { evaluate, requireFinite, requireNumbers } from "../_validate.ts";
import { assertStepResolves, differenceOptions } from "./_evaluate.ts";

/** Options for {@linkcode numericalGradient}: the step `h` along each coordinate (> 0, default `1e-4`). */
export interface NumericalGradientOptions {
  h?: number;
}

/**
 * Estimates the gradient `∇f(x)`, the partial derivatives `∂f/∂xᵢ`, by nudging one coordinate at a time by
 * `h` either way: the central difference `(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h` (lesson 03).
 * @example Seed 000's y = 2(3a² − 2a + b² + 1) + c: exactly [12a − 4, 4b, 1]
 * ```ts
 * import assert from "node:assert/strict";
 * import { numericalGradient } from "./gradient.ts";
 *
 * const [da] = numericalGradient(([a, b, c]) => 2 * (3 * a ** 2 - 2 * a + b ** 2 + 1) + c, [1, 1, 1]);
 * assert.ok(Math.abs(da - 8) < 1e-8);
 * ```
 */
export function numericalGradient(
  f: (x: number[]) => number,
  x: readonly number[],
  options: NumericalGradientOptions = {},
): number[] {
  const context = "Cannot estimate the gradient";
  const { h } = differenceOptions(context, f, options, ["h"]);
  requireNumbers(context, "x", x);
  const at = (point: number[]) => evaluate(context, "f", f, point);
  const gradient: number[] = [];
  for (let i = 0; i < x.length; i++) {
    assertStepResolves(x[i], h, `${context} along x[${i}]`);
    const plus = x.slice();
    plus[i] = x[i] + h;
    const minus = x.slice();
    minus[i] = x[i] - h;
    const partial = (at(plus) - at(minus)) / (2 * h);
    gradient.push(requireFinite(context, `the central difference along x[${i}]`, partial));
  }
  return gradient;
}
