/**
 * A one-variable function: tabulated on a grid of x values, and drawn as a curve.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { evaluate, requireFinite, requireOptions } from "../_validate.ts";
import {
  type ChartOptions,
  chartOptions,
  COLORS,
  type Domain,
  type Fn1,
  haloText,
  type Point,
} from "./_chart.ts";
import { curveMarks, inward, labelReach, sampleFor, yExtent } from "./_curve.ts";
import { formatNumber } from "./_format.ts";
import { type Figure, render } from "./figure.ts";

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
 * Lessons 01, 12 and 13 tabulate curves with it.
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

/** Options for {@link plotCurve}. */
export interface CurveOptions extends ChartOptions, SampleOptions {
  /** Label of the x axis; defaults to `"x"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"f(x)"`. */
  yLabel?: string;
  /**
   * x values to mark with a dot labelled `(x, f(x))`, e.g. `[3]` for `f(3) = 13`; defaults to none. A label
   * sits right of its dot, or left of it near the right edge.
   */
  highlight?: readonly number[];
}

/**
 * Plot the curve `y = f(x)` over a domain, with grid lines, lines at zero, and optional marked points.
 *
 * Introduced in lesson 01 (source lesson 000), which draws `f(x) = 2x² − 3x + 4` on `[−5, 5)` with step 0.25.
 *
 * @param f the function, e.g. `(x) => 2 * x ** 2 - 3 * x + 4`
 * @param domain `[min, max]`, finite, `min < max`
 * @param options sampling (`step`: 1/200 of the width; `endpoint`: true), labels (`xLabel`: "x", `yLabel`:
 * "f(x)"), `highlight` (none), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `f` is not a function or returns a non-number, or an option is unknown
 * @throws {RangeError} on a bad domain or step, a highlighted x outside the domain, or a non-finite f value
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCurve } from "./mod.ts";
 * const chart = plotCurve((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { step: 0.25, endpoint: false, highlight: [3] });
 * assert.equal(chart.ariaLabel, "Curve of f(x) for x from −5 to 4.75");
 * assert.match(chart.svg, /\(3, 13\)/);
 * ```
 */
export function plotCurve(f: Fn1, domain: Domain, options: CurveOptions = {}): Figure {
  const context = "Cannot plot the curve";
  const own = ["xLabel", "yLabel", "highlight", "step", "endpoint"];
  const { xLabel = "x", yLabel = "f(x)", highlight = [], step, endpoint } = options ?? {};
  const { domain: [min, max], points } = sampleFor(context, f, domain, step, endpoint);
  if (!Array.isArray(highlight)) {
    throw new TypeError(`${context}: highlight must be an array of x values, got ${String(highlight)}`);
  }
  const last = points[points.length - 1].x;
  const dots = highlight.map((x, i) => {
    requireFinite(context, `highlight[${i}]`, x);
    if (x < min || x > max) {
      throw new RangeError(`${context}: highlight[${i}] = ${x} lies outside [${min}, ${max}]`);
    }
    return { x, y: evaluate(context, "f", f, x) };
  });
  const xDomain: Domain = [min, Math.max(last, ...highlight)];
  const [yMin, yMax] = yExtent([...points, ...dots]);
  const marked = dots.map(({ x, y }) => {
    const label = `(${formatNumber(x)}, ${formatNumber(y)})`;
    return {
      x,
      y,
      label,
      ...inward(x, y, true, false, xDomain, [yMin, yMax], labelReach(label, options, 8)),
    };
  });
  const lowest = points.reduce((a, b) => (b.y < a.y ? b : a));
  const ariaDescription =
    `Line through ${points.length} points of ${yLabel}; it runs from ${formatNumber(yMin)} ` +
    `to ${formatNumber(yMax)} and is lowest (${formatNumber(lowest.y)}) at ${xLabel} = ${
      formatNumber(lowest.x)
    }.` +
    (marked.length > 0 ? ` Marked: ${marked.map((p) => p.label).join(", ")}.` : "");

  return render({
    ...chartOptions(
      context,
      options,
      own,
      `Curve of ${yLabel} for ${xLabel} from ${formatNumber(min)} to ${formatNumber(last)}`,
      ariaDescription,
    ),
    x: { label: xLabel, grid: true, domain: xDomain },
    y: { label: yLabel, grid: true, nice: true, domain: [yMin, yMax] },
    marks: [
      ...curveMarks(points, xDomain, [yMin, yMax]),
      Plot.dot(marked, { x: "x", y: "y", r: 4.5, fill: COLORS.path, stroke: "white" }),
      ...[true, false].map((right) =>
        Plot.text(marked.filter((p) => p.right === right), {
          x: "x",
          y: "y",
          text: "label",
          dx: right ? 8 : -8,
          textAnchor: right ? "start" : "end",
          ...haloText(COLORS.end),
        })
      ),
    ],
  });
}
