import { evaluate, requireFinite } from "../_validate.ts";
import { assertStepResolves, differenceOptions } from "./_evaluate.ts";

/** Options for {@linkcode secondDerivative}: the step `h` (> 0, default `1e-4`). */
export interface SecondDerivativeOptions {
  h?: number;
}

/** What the second-derivative test concludes about a stationary point. */
export type StationaryPointKind = "minimum" | "maximum" | "inconclusive";

/**
 * Estimates `f''(x)`, the rate of change of the slope, by `(f(x + h) − 2·f(x) + f(x − h)) / h²` (lesson 04).
 * @example Lesson 04's f(w) = w² + 3w − 5 has f''(w) = 2 everywhere
 * ```ts
 * import assert from "node:assert/strict";
 * import { secondDerivative } from "./second_derivative.ts";
 *
 * const f = (w: number) => w ** 2 + 3 * w - 5;
 * assert.ok(Math.abs(secondDerivative(f, -1.5) - 2) < 1e-6);
 * ```
 */
export function secondDerivative(
  f: (x: number) => number,
  x: number,
  options: SecondDerivativeOptions = {},
): number {
  const context = "Cannot estimate the second derivative";
  const { h } = differenceOptions(context, f, options, ["h"]);
  requireFinite(context, "x", x);
  assertStepResolves(x, h, context);
  const at = (t: number) => evaluate(context, "f", f, t); // f(t), refused unless finite
  const estimate = (at(x + h) - 2 * at(x) + at(x - h)) / (h * h);
  return requireFinite(context, `the second difference at x = ${x} with h = ${h}`, estimate);
}

/**
 * The second-derivative test at a stationary point: `f'' > 0` bends up, a minimum; `f'' < 0` a maximum;
 * `f'' = 0` decides nothing (`x³` and `x⁴` both have `f''(0) = 0`) (lesson 04).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { secondDerivativeTest } from "./second_derivative.ts";
 *
 * assert.equal(secondDerivativeTest(2), "minimum"); // f(w) = w² + 3w − 5: f''(w) = 2 > 0
 * ```
 */
export function secondDerivativeTest(secondDerivativeValue: number): StationaryPointKind;
/**
 * The second-derivative test with `f''(x)` estimated from `f` (step `1e-4`; see the other overload for the
 * rule): values within the estimate's own error count as zero.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { secondDerivativeTest } from "./second_derivative.ts";
 * assert.equal(secondDerivativeTest((x) => -(x ** 2), 0), "maximum");
 * ```
 */
export function secondDerivativeTest(f: (x: number) => number, x: number): StationaryPointKind;
export function secondDerivativeTest(f: number | ((x: number) => number), x?: number): StationaryPointKind {
  const context = "Cannot run the second-derivative test";
  if (typeof f !== "function") return classify(requireFinite(context, "the second derivative", f), 0);
  x = requireFinite(context, "x", x);
  const h = 1e-4;
  const estimate = secondDerivative(f, x, { h });
  // Error: truncation (the change when h doubles) plus rounding (a few ulps of the largest |f|, over h²).
  const coarse = secondDerivative(f, x, { h: 2 * h });
  let largest = 0;
  for (const point of [x - 2 * h, x - h, x, x + h, x + 2 * h]) {
    largest = Math.max(largest, Math.abs(evaluate(context, "f", f, point)));
  }
  const errorEstimate = Math.abs(estimate - coarse) + 8 * Number.EPSILON * largest / (h * h);
  return classify(estimate, errorEstimate);
}

function classify(value: number, tolerance: number): StationaryPointKind {
  if (value > tolerance) return "minimum";
  if (value < -tolerance) return "maximum";
  return "inconclusive";
}
