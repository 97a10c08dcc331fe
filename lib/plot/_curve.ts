/**
 * Curves: sampling a function over a checked domain, the lines at zero, and where a point's label fits.
 * @module
 */
import * as Plot from "@observablehq/plot";
import {
  evaluate,
  requireBoolean,
  requireFunction,
  requireInterval,
  requireNumbers,
  requirePositive,
  requireRange,
} from "../_validate.ts";
import { COLORS, type Domain, type Fn1, type Point } from "./_chart.ts";

/** The most points a curve may have; a smaller step is almost surely a mistake. */
export const MAX_SAMPLES = 100_000;

/** Tabulate `f` at `x = min + i·step` over a checked domain. */
export function sampleFor(
  context: string,
  f: Fn1,
  domain: unknown,
  step?: number,
  endpoint = true,
): { domain: Domain; points: Point[] } {
  requireFunction(context, "f", f);
  const [min, max] = requireRange(context, "domain", domain);
  requirePositive(context, "step", step ??= (max - min) / 200);
  requireBoolean(context, "endpoint", endpoint);
  const count = Math.ceil((max - min) / step);
  if (count > MAX_SAMPLES) {
    throw new RangeError(
      `${context}: step ${step} on [${min}, ${max}] gives ${count} points, more than ${MAX_SAMPLES}`,
    );
  }
  const points: Point[] = [];
  // Stop a hair before max so that rounding (e.g. -5 + 40 * 0.25) never adds a point at max twice.
  for (let i = 0; min + i * step < max - step * 1e-9; i++) {
    const x = min + i * step;
    points.push({ x, y: evaluate(context, "f", f, x) });
  }
  if (endpoint) points.push({ x: max, y: evaluate(context, "f", f, max) });
  return { domain: [min, max], points };
}

/** Check x values on a curve: a non-empty array of finite numbers, each inside `[min, max]`. */
export function requireInside(context: string, name: string, xs: unknown, [min, max]: Domain): number[] {
  const values = Array.from(requireNumbers(context, name, xs));
  values.forEach((x, i) => requireInterval(context, `${name}[${i}]`, x, `[${min}, ${max}]`));
  return values;
}

/** The smallest and largest y of some points. */
export function yExtent(points: readonly { y: number }[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const { y } of points) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return [min, max];
}

/** Lines at zero, the frame a learner reads a curve against. */
export function curveMarks(points: readonly Point[], xDomain: Domain, yDomain: Domain): Plot.Markish[] {
  return [
    ...(yDomain[0] <= 0 && yDomain[1] >= 0 ? [Plot.ruleY([0], { stroke: "#999" })] : []),
    ...(xDomain[0] <= 0 && xDomain[1] >= 0 ? [Plot.ruleX([0], { stroke: "#999" })] : []),
    Plot.line(points, { x: "x", y: "y", stroke: COLORS.curve, strokeWidth: 2 }),
  ];
}

/** The fraction of a chart's frame a one-line label takes: 12 px glyphs about 0.6 em wide (0.66 em bold). */
export function labelReach(text: string, gap: number, width = 640, bold = false): number {
  return ([...text].length * 12 * (bold ? 0.66 : 0.6) + gap + 4) / Math.max(width - 84, 1);
}

/** The side of its point a label takes to stay inside the frame: the one asked for, turned inwards at an edge. */
export function inward(
  x: number,
  y: number,
  right: boolean,
  below: boolean,
  xDomain: Domain,
  yDomain: Domain,
  reach: number,
): { right: boolean; below: boolean } {
  const fx = (x - xDomain[0]) / (xDomain[1] - xDomain[0]);
  const fy = (y - yDomain[0]) / (yDomain[1] - yDomain[0]);
  return { right: right ? fx + reach <= 1 : fx < reach, below: below ? fy > 1 / 12 : fy > 11 / 12 };
}
