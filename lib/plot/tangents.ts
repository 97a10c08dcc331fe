import * as Plot from "@observablehq/plot";
import { evaluate, requireFunction, requirePositive } from "../_validate.ts";
import { type ChartOptions, chartOptions, COLORS, type Domain, type Fn1, haloText } from "./_chart.ts";
import { curveMarks, inward, labelReach, requireInside, sampleFor, yExtent } from "./_curve.ts";
import { formatNumber, niceDomain } from "./_format.ts";
import { type Figure, render } from "./figure.ts";

/**
 * Options for {@link plotTangents}: the x values `at` which to draw tangents and the `derivative` that gives
 * their slopes (both required), `halfWidth` (1/10 of the width), `xLabel` ("x"), `yLabel` ("f(x)").
 */
export interface TangentOptions extends ChartOptions {
  xLabel?: string;
  yLabel?: string;
  at: readonly number[];
  derivative: Fn1;
  halfWidth?: number;
}

// Distance of a slope label from its point, in pixels: vertically (to its centre) and horizontally.
const LABEL_DY = 14;
const LABEL_DX = 10;

/**
 * `y = f(x)` with its tangent `g(x) = f'(x0)(x − x0) + f(x0)` at each `x0` as a dashed segment, the slope
 * written where the tangent and curve leave room. Lesson 02 (which way is downhill); used in 01 and 03.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotTangents } from "./mod.ts";
 * const chart = plotTangents((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5], { at: [-1, 2], derivative: (x) => 4 * x - 3 });
 * assert.match(chart.svg, />slope −7</);
 * ```
 */
export function plotTangents(f: Fn1, domain: Domain, options: TangentOptions): Figure {
  const context = "Cannot plot the tangents";
  const { at, derivative, xLabel = "x", yLabel = "f(x)" } = options ?? {};
  const { domain: [min, max], points } = sampleFor(context, f, domain);
  const { halfWidth = (max - min) / 10 } = options ?? {};
  requirePositive(context, "halfWidth", halfWidth);
  const xs = requireInside(context, "at", at, [min, max]);
  requireFunction(context, "derivative", derivative);

  // The y axis follows the curve (with a margin); tangents are clipped to it.
  const [yMin, yMax] = yExtent(points);
  const pad = (yMax - yMin) * 0.05 || 1;
  const yDomain: Domain = [yMin - pad, yMax + pad];
  const shownY = niceDomain(yDomain);
  const last = points[points.length - 1].x;
  const tangents = xs.map((x0, i) => {
    const y0 = evaluate(context, "f", f, x0);
    const slope = evaluate(context, "derivative", derivative, x0);
    if (!Number.isFinite(slope)) throw new RangeError(`${context}: the slope at x = ${x0} is ${slope}`);
    // The label goes below where the curve bends up (it lies above its tangent), above where it bends down,
    // on the side the tangent runs away from; near an edge, the opposite quadrant (also free), or one that fits.
    const below = !(bendAt(f, x0, y0, halfWidth / 2, min, max) < 0);
    const right = below === slope >= 0;
    const label = `slope ${formatNumber(slope, 3)}`;
    const reach = labelReach(label, LABEL_DX, options?.width, true);
    const turned = inward(x0, y0, right, below, [min, last], shownY, reach);
    const side = turned.right === right ? turned : inward(x0, y0, !right, !below, [min, last], shownY, reach);
    return { x0, y0, slope, label, color: COLORS.tangents[i % COLORS.tangents.length], ...side };
  });
  const segments = tangents.flatMap(({ x0, y0, slope, color }) =>
    [x0 - halfWidth, x0 + halfWidth].map((x) => ({ x, y: slope * (x - x0) + y0, x0, color }))
  );
  const ariaLabel = `Curve of ${yLabel} with tangent lines at ${xLabel} = ` +
    tangents.map((t) => formatNumber(t.x0)).join(", ");
  const ariaDescription = tangents.map(({ x0, y0, slope }) =>
    `At ${xLabel} = ${formatNumber(x0)}, ${yLabel} = ${formatNumber(y0)} ` +
    `and the slope is ${formatNumber(slope, 3)}.`
  ).join(" ");
  const own = ["at", "derivative", "halfWidth", "xLabel", "yLabel"];
  return render({
    ...chartOptions(context, options, own, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true, domain: [min, last] },
    y: { label: yLabel, grid: true, domain: yDomain, nice: true },
    marks: [
      ...curveMarks(points, [min, last], [yMin, yMax]),
      Plot.line(segments, {
        x: "x",
        y: "y",
        z: "x0",
        stroke: "color",
        strokeWidth: 2,
        strokeDasharray: "6,3",
        clip: true,
      }),
      Plot.dot(tangents, { x: "x0", y: "y0", r: 5, fill: "color", stroke: "white", strokeWidth: 1.5 }),
      // One text mark per quadrant in use.
      ...[true, false].flatMap((below) =>
        [true, false].map((right) =>
          Plot.text(tangents.filter((t) => t.below === below && t.right === right), {
            x: "x0",
            y: "y0",
            text: "label",
            dx: right ? LABEL_DX : -LABEL_DX,
            dy: below ? LABEL_DY : -LABEL_DY,
            textAnchor: right ? "start" : "end",
            fontWeight: "bold",
            ...haloText("currentColor"),
            fill: "color",
          })
        )
      ),
    ],
  });
}

// The second difference f(x0 + d) + f(x0 − d) − 2 f(x0), > 0 where the curve bends up; near an end one-sided,
// pointing inwards, since clamping only one point would measure the slope instead of the bend.
function bendAt(f: Fn1, x0: number, y0: number, d: number, min: number, max: number): number {
  const room = Math.min(x0 - min, max - x0);
  if (room >= d / 4) {
    const h = Math.min(d, room);
    return f(x0 + h) + f(x0 - h) - 2 * y0;
  }
  const inwards = x0 - min < max - x0 ? 1 : -1;
  const h = Math.min(d, (max - min) / 2);
  return y0 - 2 * f(x0 + inwards * h) + f(x0 + 2 * inwards * h);
}
