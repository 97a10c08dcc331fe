/**
 * A curve with its tangent lines at chosen points.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { chartOptions, COLORS, haloText } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import {
  describe,
  type Domain,
  evaluate,
  type Fn1,
  requireFinite,
  requireFunction,
  requirePositive,
} from "./_validate.ts";
import { axesAtZero, curvePoints, yExtent } from "./_curve.ts";
import type { CurveOptions } from "./curve.ts";
import { type Figure, render } from "./figure.ts";

/** Options for {@link plotTangents}. */
export interface TangentOptions extends Omit<CurveOptions, "highlight"> {
  /** The x values where tangents are drawn (required, at least one, inside the domain). */
  at: readonly number[];
  /**
   * The derivative `f'`, when known. Defaults to the central difference `(f(x + h) − f(x − h)) / 2h`.
   */
  derivative?: Fn1;
  /** Step of the central difference; defaults to 1e-5. */
  h?: number;
  /** Each tangent spans `x0 ± halfWidth`; defaults to 1/10 of the domain's width. */
  halfWidth?: number;
  /** Significant digits of the slope labels; defaults to 3. */
  digits?: number;
}

/** One tangent: where it touches, the value there, and its slope. */
interface Tangent {
  x0: number;
  y0: number;
  slope: number;
  label: string;
  color: string;
  /** Where the label goes: below the point where the curve bends up (it lies above its tangent there). */
  below: boolean;
}

/**
 * Plot `y = f(x)` with its tangent line `g(x) = f'(x0)(x − x0) + f(x0)` at each chosen `x0`: a short segment
 * around the point, the point marked, and the slope written beside it. Segments are clipped to the frame so a
 * steep tangent does not stretch the y axis.
 *
 * Introduced in lesson 02 (source lesson 001: the tangent line tells which way is downhill); lesson 01
 * (source lesson 000) evaluates the slope of `2x² − 3x + 4` at `x = −1` (−7) and `x = 2` (5).
 *
 * @param f the function
 * @param domain `[min, max]`, finite, `min < max`
 * @param options `at` (required), `derivative` (central difference), `h` (1e-5), `halfWidth` (width / 10),
 * `digits` (3), sampling and labels as in {@link plotCurve}, and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `f` or `derivative` is not a function, or `at` is not an array of numbers
 * @throws {RangeError} on a bad domain, an empty `at`, a point outside the domain, `h` or `halfWidth` ≤ 0, or
 * a non-finite value or slope
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotTangents } from "./mod.ts";
 * const chart = plotTangents((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { at: [-1, 2], derivative: (x) => 4 * x - 3 });
 * assert.match(chart.svg, />slope −7</);
 * assert.match(chart.svg, />slope 5</);
 * ```
 */
export function plotTangents(f: Fn1, domain: Domain, options: TangentOptions): Figure {
  const context = "Cannot plot the tangents";
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `${context}: options with "at" (the tangent points) are required, got ${describe(options)}`,
    );
  }
  const { at, derivative, h = 1e-5, digits = 3, xLabel = "x", yLabel = "f(x)", step, endpoint } = options;
  const { domain: [min, max], points } = curvePoints(context, f, domain, { step, endpoint });
  const { halfWidth = (max - min) / 10 } = options;
  requirePositive(context, "h", h);
  requirePositive(context, "halfWidth", halfWidth);
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new RangeError(`${context}: digits must be an integer from 1 to 17, got ${describe(digits)}`);
  }
  if (derivative !== undefined) requireFunction(context, "derivative", derivative);
  if (!Array.isArray(at)) {
    throw new TypeError(`${context}: at must be an array of x values, got ${describe(at)}`);
  }
  if (at.length === 0) throw new RangeError(`${context}: at must hold at least one x value, got []`);

  const tangents: Tangent[] = at.map((x0, i) => {
    requireFinite(context, `at[${i}]`, x0);
    if (x0 < min || x0 > max) {
      throw new RangeError(`${context}: at[${i}] = ${x0} lies outside [${min}, ${max}]`);
    }
    const y0 = evaluate(context, "f", f, x0);
    const slope = derivative === undefined
      ? (evaluate(context, "f", f, x0 + h) - evaluate(context, "f", f, x0 - h)) / (2 * h)
      : evaluate(context, "derivative", derivative, x0);
    if (!Number.isFinite(slope)) throw new RangeError(`${context}: the slope at x = ${x0} is ${slope}`);
    const color = COLORS.tangents[i % COLORS.tangents.length];
    const d = halfWidth / 2;
    const bend = f(Math.min(x0 + d, max)) + f(Math.max(x0 - d, min)) - 2 * y0;
    return { x0, y0, slope, label: `slope ${formatNumber(slope, digits)}`, color, below: !(bend < 0) };
  });
  const segments = tangents.flatMap((t) =>
    [t.x0 - halfWidth, t.x0 + halfWidth].map((x) => ({ x, y: t.slope * (x - t.x0) + t.y0, tangent: t }))
  );

  // The y axis follows the curve (with a margin); tangents are clipped to it.
  const [yMin, yMax] = yExtent(points);
  const pad = (yMax - yMin) * 0.05 || 1;
  const last = points[points.length - 1].x;
  const ariaLabel = `Curve of ${yLabel} with tangent lines at ${xLabel} = ` +
    tangents.map((t) => formatNumber(t.x0)).join(", ");
  const ariaDescription = tangents
    .map((t) =>
      `At ${xLabel} = ${formatNumber(t.x0)}, ${yLabel} = ${formatNumber(t.y0)} and the slope is ${
        formatNumber(t.slope, digits)
      }.`
    )
    .join(" ");

  return render({
    ...chartOptions(context, options, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true, domain: [min, last] },
    y: { label: yLabel, grid: true, domain: [yMin - pad, yMax + pad], nice: true },
    marks: [
      ...axesAtZero([min, last], [yMin, yMax]),
      Plot.line(points, { x: "x", y: "y", stroke: COLORS.curve, strokeWidth: 2 }),
      Plot.line(segments, {
        x: "x",
        y: "y",
        z: (d: { tangent: Tangent }) => d.tangent.x0,
        stroke: (d: { tangent: Tangent }) => d.tangent.color,
        strokeWidth: 2,
        strokeDasharray: "6,3",
        clip: true,
      }),
      Plot.dot(tangents, { x: "x0", y: "y0", r: 5, fill: "color", stroke: "white", strokeWidth: 1.5 }),
      ...slopeLabels(tangents),
    ],
  });
}

// The label sits in a quadrant that the tangent and the curve leave free: below the point where the curve
// bends up (it lies above its tangent), above where it bends down; and on the side where the tangent runs
// away from the label (below: right for slope ≥ 0, left otherwise; above: the opposite).
function slopeLabels(tangents: readonly Tangent[]): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  for (const below of [true, false]) {
    for (const right of [true, false]) {
      const group = tangents.filter((t) => t.below === below && (t.slope >= 0) === (below ? right : !right));
      if (group.length === 0) continue;
      marks.push(Plot.text(group, {
        x: "x0",
        y: "y0",
        text: "label",
        dx: right ? 10 : -10,
        dy: below ? 14 : -14,
        textAnchor: right ? "start" : "end",
        fontWeight: "bold",
        ...haloText("currentColor"),
        fill: "color",
      }));
    }
  }
  return marks;
}
