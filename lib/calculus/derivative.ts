import { evaluate, requireFinite, requireOneOf } from "../_validate.ts";
import { assertStepResolves, differenceOptions } from "./_evaluate.ts";

/**
 * The finite difference: `"forward"` `(f(x + h) − f(x)) / h` or `"backward"` `(f(x) − f(x − h)) / h`, error
 * like `h`; or the symmetric `"central"` `(f(x + h) − f(x − h)) / (2h)`, error like `h²`.
 */
export type DifferenceMethod = "forward" | "backward" | "central";

/** The accepted {@linkcode DifferenceMethod} names, in the order error messages list them. */
export const DIFFERENCE_METHODS: readonly DifferenceMethod[] = ["forward", "backward", "central"];

/** Options for {@linkcode numericalDerivative}. */
export interface NumericalDerivativeOptions {
  /** The step `h`, a finite number > 0. Defaults to `1e-4` (seed 000 uses `h = 0.0001`). */
  h?: number;
  /** The finite difference to take. Defaults to `"forward"`, the formula lesson 01 starts from. */
  method?: DifferenceMethod;
}

/**
 * Estimates `f'(x)`, the slope of the tangent at `x`, from two nearby values of `f` (lesson 01).
 * @example Seed 000's slope of `f(x) = 2x² − 3x + 4` at 2 (exactly 5)
 * ```ts
 * import assert from "node:assert/strict";
 * import { numericalDerivative } from "./derivative.ts";
 *
 * assert.equal(numericalDerivative((x) => 2 * x ** 2 - 3 * x + 4, 2), 5.000200000004895);
 * ```
 */
export function numericalDerivative(
  f: (x: number) => number,
  x: number,
  options: NumericalDerivativeOptions = {},
): number {
  const context = "Cannot estimate the derivative";
  const { h, method = "forward" } = differenceOptions(context, f, options, ["h", "method"]);
  requireFinite(context, "x", x);
  requireOneOf(context, "method", method, DIFFERENCE_METHODS);
  assertStepResolves(x, h, context);
  const at = (t: number) => evaluate(context, "f", f, t); // f(t), refused unless finite

  let slope: number;
  if (method === "forward") slope = (at(x + h) - at(x)) / h;
  else if (method === "backward") slope = (at(x) - at(x - h)) / h;
  else slope = (at(x + h) - at(x - h)) / (2 * h);
  return requireFinite(context, `the ${method} difference at x = ${x} with h = ${h}`, slope);
}
