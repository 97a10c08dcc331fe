/**
 * The curve of a one-variable function.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type ChartOptions, chartOptions, COLORS, haloText } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import { axesAtZero, curvePoints, yExtent } from "./_curve.ts";
import { estimateFrame, fraction, placeLabel, textWidth } from "./_label.ts";
import { type Domain, evaluate, type Fn1, requireFinite } from "./_validate.ts";
import { type Figure, render } from "./figure.ts";
import type { Point, SampleOptions } from "./sample.ts";

/** Options for {@link plotCurve}. */
export interface CurveOptions extends ChartOptions, SampleOptions {
  /** Label of the x axis; defaults to `"x"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"f(x)"`. */
  yLabel?: string;
  /**
   * x values to mark with a dot labelled `(x, f(x))`, e.g. `[3]` for `f(3) = 13`; defaults to none. A label
   * sits right of its dot, or left of it where the right edge of the frame is too close.
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
 * "f(x)"), `highlight` (none), and the {@link ChartOptions}; `ariaLabel` defaults to "Curve of f(x) for x from
 * min to max"
 * @returns the chart
 * @throws {TypeError} when `f` is not a function or returns a non-number
 * @throws {RangeError} on a bad domain or step, a highlighted x outside the domain, or a non-finite f value
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCurve } from "./mod.ts";
 * const chart = plotCurve((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { step: 0.25, endpoint: false, highlight: [3] });
 * assert.equal(chart.mime, "image/svg+xml");
 * assert.equal(chart.ariaLabel, "Curve of f(x) for x from −5 to 4.75");
 * assert.match(chart.svg, /\(3, 13\)/);
 * ```
 */
export function plotCurve(f: Fn1, domain: Domain, options: CurveOptions = {}): Figure {
  const context = "Cannot plot the curve";
  const { xLabel = "x", yLabel = "f(x)", highlight = [], step, endpoint } = options ?? {};
  const { domain: [min, max], points } = curvePoints(context, f, domain, { step, endpoint });
  if (!Array.isArray(highlight)) {
    throw new TypeError(`${context}: highlight must be an array of x values, got ${String(highlight)}`);
  }
  const marked = highlight.map((x, i) => {
    requireFinite(context, `highlight[${i}]`, x);
    if (x < min || x > max) {
      throw new RangeError(`${context}: highlight[${i}] = ${x} lies outside [${min}, ${max}]`);
    }
    return { x, y: evaluate(context, "f", f, x) };
  });

  const [yMin, yMax] = yExtent(points);
  let lowest = points[0];
  for (const point of points) if (point.y < lowest.y) lowest = point;
  const last = points[points.length - 1].x;
  // Labels right of their dots, or left where they would run past the frame's right edge.
  const frame = estimateFrame(options ?? {});
  let xHigh = last;
  for (const point of marked) xHigh = Math.max(xHigh, point.x);
  const labelled = marked.map((point) => {
    const label = pointLabel(point);
    const box = {
      fx: fraction(point.x, min, xHigh),
      fy: 0.5,
      width: textWidth(label, frame.fontSize) + 4,
      dx: 8,
    };
    const { right } = placeLabel(box, [{ right: true, dy: 0 }, { right: false, dy: 0 }], frame);
    return { ...point, label, right };
  });
  const ariaLabel = `Curve of ${yLabel} for ${xLabel} from ${formatNumber(min)} to ${formatNumber(last)}`;
  const ariaDescription =
    `Line through ${points.length} points of ${yLabel}; it runs from ${formatNumber(yMin)} ` +
    `to ${formatNumber(yMax)} and is lowest (${formatNumber(lowest.y)}) at ${xLabel} = ${
      formatNumber(lowest.x)
    }.` +
    (marked.length > 0 ? ` Marked: ${marked.map(pointLabel).join(", ")}.` : "");

  return render({
    ...chartOptions(context, options ?? {}, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true },
    y: { label: yLabel, grid: true, nice: true },
    marks: [
      ...axesAtZero([min, last], [yMin, yMax]),
      Plot.line(points, { x: "x", y: "y", stroke: COLORS.curve, strokeWidth: 2 }),
      Plot.dot(marked, { x: "x", y: "y", r: 4.5, fill: COLORS.path, stroke: "white" }),
      ...[true, false].map((right) =>
        Plot.text(labelled.filter((point) => point.right === right), {
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

function pointLabel(point: Point): string {
  return `(${formatNumber(point.x)}, ${formatNumber(point.y)})`;
}
