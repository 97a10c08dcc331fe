/**
 * Sampling and framing shared by the curve charts.
 * @module
 */
import * as Plot from "@observablehq/plot";
import {
  type Domain,
  evaluate,
  type Fn1,
  requireDomain,
  requireFunction,
  requirePositive,
} from "./_validate.ts";
import type { Point, SampleOptions } from "./sample.ts";

/** The most points a curve may have; a smaller step is almost surely a mistake (and slow to draw). */
export const MAX_SAMPLES = 100_000;

/**
 * `sampleFunction` with the start of its error messages chosen by the caller (a chart helper).
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
  if (typeof endpoint !== "boolean") {
    throw new TypeError(`${context}: endpoint must be a boolean, got ${endpoint}`);
  }
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

/**
 * Lines at zero and grid lines: the frame a learner reads a curve against.
 * @param xDomain the x extent drawn
 * @param yExtent the y extent of the data
 * @returns Plot marks
 */
export function axesAtZero(xDomain: Domain, yExtent: Domain): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  if (yExtent[0] <= 0 && yExtent[1] >= 0) marks.push(Plot.ruleY([0], { stroke: "#999" }));
  if (xDomain[0] <= 0 && xDomain[1] >= 0) marks.push(Plot.ruleX([0], { stroke: "#999" }));
  return marks;
}

/**
 * The smallest and largest y of some points.
 * @param points the points
 * @returns `[min, max]`
 */
export function yExtent(points: readonly Point[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const { y } of points) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return [min, max];
}

/**
 * Check and prepare the arguments shared by the curve charts.
 * @param context what is being drawn, for error messages
 * @param f the function
 * @param domain its domain
 * @param options sampling options
 * @returns the checked domain and the sampled points
 */
export function curvePoints(
  context: string,
  f: Fn1,
  domain: Domain,
  options: SampleOptions,
): { domain: Domain; points: Point[] } {
  requireFunction(context, "f", f);
  const checked = requireDomain(context, "domain", domain);
  return { domain: checked, points: sampleFor(context, f, checked, options) };
}
