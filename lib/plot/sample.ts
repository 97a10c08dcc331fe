/**
 * Sampling a one-variable function on a grid of x values, the way a lesson tabulates `f` before plotting it.
 * @module
 */
import { type Domain, evaluate, type Fn1, requireDomain, requireFunction, requirePositive } from "./_validate.ts";

/** A point of a curve or of a data set. */
export interface Point {
  /** The input. */
  x: number;
  /** The output. */
  y: number;
}

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

/** The most points a curve may have; a smaller step is almost surely a mistake (and slow to draw). */
export const MAX_SAMPLES = 100_000;

/**
 * Tabulate `f` at `x = min + i·step` (computed by multiplication, so no rounding drift builds up).
 *
 * Introduced in lesson 01, which plots `f(x) = 2x² − 3x + 4` on `[−5, 5)` with step 0.25.
 *
 * @param f the function, e.g. `(x) => 2 * x ** 2 - 3 * x + 4`
 * @param domain `[min, max]` with `min < max`, both finite
 * @param options `step` and `endpoint`
 * @returns the points `{x, y}` in increasing x
 * @throws {TypeError} when `f` is not a function or returns a non-number
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
 * assert.equal(points.at(-1)?.x, 4.75);
 * ```
 */
export function sampleFunction(f: Fn1, domain: Domain, options: SampleOptions = {}): Point[] {
  return sampleFor("Cannot sample the function", f, domain, options);
}

/**
 * {@link sampleFunction} with the start of its error messages chosen by the caller (a chart helper).
 * @param context what was being done, e.g. `"Cannot plot the curve"`
 * @param f the function
 * @param domain `[min, max]`
 * @param options `step` and `endpoint`
 * @returns the points
 */
export function sampleFor(context: string, f: Fn1, domain: Domain, options: SampleOptions = {}): Point[] {
  requireFunction(context, "f", f);
  const [min, max] = requireDomain(context, "domain", domain);
  const { step = (max - min) / 200, endpoint = true } = options ?? {};
  requirePositive(context, "step", step);
  if (typeof endpoint !== "boolean") throw new TypeError(`${context}: endpoint must be a boolean, got ${endpoint}`);
  const count = Math.ceil((max - min) / step);
  if (count > MAX_SAMPLES) {
    throw new RangeError(
      `${context}: step ${step} on [${min}, ${max}] gives ${count} points, more than ${MAX_SAMPLES}`,
    );
  }
  const points: Point[] = [];
  // Stop a hair before max so that rounding (e.g. -5 + 40 * 0.25) never adds a point at max twice.
  const last = max - step * 1e-9;
  for (let i = 0; min + i * step < last; i++) {
    const x = min + i * step;
    points.push({ x, y: evaluate(context, "f", f, x) });
  }
  if (endpoint) points.push({ x: max, y: evaluate(context, "f", f, max) });
  return points;
}
