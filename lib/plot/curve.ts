import * as Plot from "@observablehq/plot";
import { evaluate, requireOptions } from "../_validate.ts";
import {
  type ChartOptions,
  chartOptions,
  COLORS,
  type Domain,
  type Fn1,
  haloText,
  type Point,
} from "./_chart.ts";
import { curveMarks, inward, labelReach, requireInside, sampleFor, yExtent } from "./_curve.ts";
import { formatNumber, formatPoint } from "./_format.ts";
import { type Figure, render } from "./figure.ts";

/**
 * Options for {@link sampleFunction}: `step` (1/200 of the width) and `endpoint` (true: the last x is `max`
 * even when `step` does not divide the width; `false` is half-open like NumPy's `arange(min, max, step)`).
 */
export interface SampleOptions {
  step?: number;
  endpoint?: boolean;
}

/**
 * Tabulate `f` at `x = min + i·step` (by multiplication, so no rounding drift builds up), at most 100,000
 * points. Lessons 01, 12 and 13.
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

/** Options for {@link plotCurve}: `xLabel` ("x"), `yLabel` ("f(x)"), `highlight` (x values to mark `(x, f(x))`). */
export interface CurveOptions extends ChartOptions, SampleOptions {
  xLabel?: string;
  yLabel?: string;
  highlight?: readonly number[];
}

/**
 * The curve `y = f(x)` over a domain, with grid lines, lines at zero, and optional marked points. Lesson 01
 * draws `2x² − 3x + 4` on `[−5, 5)` with step 0.25.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCurve } from "./mod.ts";
 * const chart = plotCurve((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { step: 0.25, endpoint: false, highlight: [3] });
 * assert.match(chart.svg, /\(3, 13\)/);
 * ```
 */
export function plotCurve(f: Fn1, domain: Domain, options: CurveOptions = {}): Figure {
  const context = "Cannot plot the curve";
  const own = ["xLabel", "yLabel", "highlight", "step", "endpoint"];
  const { xLabel = "x", yLabel = "f(x)", highlight = [], step, endpoint } = options ?? {};
  const { domain: [min, max], points } = sampleFor(context, f, domain, step, endpoint);
  const xs = Array.isArray(highlight) && highlight.length === 0
    ? []
    : requireInside(context, "highlight", highlight, [min, max]);
  const last = points[points.length - 1].x;
  const dots = xs.map((x) => ({ x, y: evaluate(context, "f", f, x) }));
  const xDomain: Domain = [min, Math.max(last, ...xs)];
  const [yMin, yMax] = yExtent([...points, ...dots]);
  const marked = dots.map((p) => {
    const label = formatPoint(p.x, p.y);
    const reach = labelReach(label, 8, options?.width);
    return { ...p, label, ...inward(p.x, p.y, true, false, xDomain, [yMin, yMax], reach) };
  });
  const lowest = points.reduce((a, b) => (b.y < a.y ? b : a));
  const ariaLabel = `Curve of ${yLabel} for ${xLabel} from ${formatNumber(min)} to ${formatNumber(last)}`;
  const ariaDescription = `Line through ${points.length} points of ${yLabel}; it runs from ` +
    `${formatNumber(yMin)} to ${formatNumber(yMax)} and is lowest (${formatNumber(lowest.y)}) at ` +
    `${xLabel} = ${formatNumber(lowest.x)}.` +
    (marked.length > 0 ? ` Marked: ${marked.map((p) => p.label).join(", ")}.` : "");
  return render({
    ...chartOptions(context, options, own, ariaLabel, ariaDescription),
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
