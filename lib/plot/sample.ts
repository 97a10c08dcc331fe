/**
 * Sampling a one-variable function on a grid of x values, the way a lesson tabulates `f` before plotting it.
 * @module
 */
import { requireOptions } from "../_validate.ts";
import type { Domain, Fn1, Point } from "./_chart.ts";
import { sampleFor } from "./_curve.ts";

/** Options for {@link sampleFunction}. */
export interface SampleOptions {
  /** Distance between neighbouring x values; defaults to 1/200 of the domain's width. */
  step?: number;
  /**
   * Whether the domain's upper end is included. Defaults to true: the last x is `max` even when `step` does
   * not divide the width. With `false` the grid is half-open like NumPy's `arange(min, max, step)`.
   */
  endpoint?: boolean;
}

/**
 * Tabulate `f` at `x = min + i·step` (computed by multiplication, so no rounding drift builds up).
 *
 * Introduced in lesson 01 (source lesson 000), which plots `f(x) = 2x² − 3x + 4` on `[−5, 5)` with step 0.25;
 * lessons 12 and 13 tabulate curves for their own charts.
 *
 * @param f the function, e.g. `(x) => 2 * x ** 2 - 3 * x + 4`
 * @param domain `[min, max]` with `min < max`, both finite
 * @param options `step` and `endpoint`
 * @returns the points `{x, y}` in increasing x
 * @throws {TypeError} when `f` is not a function or returns a non-number, or an option is unknown
 * @throws {RangeError} when the domain is not finite or `min ≥ max`, `step ≤ 0`, there would be more than
 * 100,000 points, or `f` returns a non-finite value (the message names the x)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sampleFunction } from "./mod.ts";
 * const points = sampleFunction((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { step: 0.25, endpoint: false });
 * assert.equal(points.length, 40);
 * assert.deepEqual(points[0], { x: -5, y: 69 });
 * ```
 */
export function sampleFunction(f: Fn1, domain: Domain, options: SampleOptions = {}): Point[] {
  const context = "Cannot sample the function";
  const { step, endpoint } = requireOptions(context, options, ["step", "endpoint"]);
  return sampleFor(context, f, domain, step, endpoint).points;
}
