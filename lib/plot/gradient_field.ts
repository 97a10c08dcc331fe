import * as Plot from "@observablehq/plot";
import { requireFunction, requireInteger } from "../_validate.ts";
import type { Domain } from "./_chart.ts";
import { contourChart, type ContourOptions, type Domain2, type Fn2 } from "./contours.ts";
import type { Figure } from "./figure.ts";

/** The gradient `[∂J/∂x, ∂J/∂y]` of a cost of two parameters. */
export type Gradient2 = (x: number, y: number) => readonly [number, number];

/** Options for {@link plotGradientField}: `gradient` (central differences), `arrows` per axis (2 to 40, 12). */
export interface GradientFieldOptions extends Omit<ContourOptions, "gridSize" | "maxDots"> {
  gradient?: Gradient2;
  arrows?: number;
}

/**
 * `−∇J` as equal-length arrows on the contours of {@link plotContours}, one per cell of an `arrows × arrows` grid (a
 * dot where it is 0), in parameter units: on a stretched axis they do not cross contours at right angles. Lesson 03.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotGradientField } from "./mod.ts";
 * const bowl = (x: number, y: number) => x ** 2 + 4 * y ** 2;
 * const chart = plotGradientField(bowl, { x: [-2, 2], y: [-1, 1] }, { arrows: 8 });
 * assert.match(chart.ariaDescription, /64 arrows/);
 * ```
 */
export function plotGradientField(cost: Fn2, domain: Domain2, options: GradientFieldOptions = {}): Figure {
  const context = "Cannot plot the gradient field";
  const { arrows = 12, xLabel = "θ₀", yLabel = "θ₁", width = 640, height = 400 } = options ?? {};
  return contourChart(context, cost, domain, options, ["gradient", "arrows"], (xDomain, yDomain) => {
    requireInteger(context, "arrows", arrows, 2, 40);
    const gradient = gradientOf(context, cost, options.gradient, xDomain, yDomain);
    const margins = { marginTop: 32, marginRight: 28, marginBottom: 44, marginLeft: 64 };
    const frameWidth = width - margins.marginLeft - margins.marginRight;
    const frameHeight = height - margins.marginTop - margins.marginBottom;
    const xSpan = xDomain[1] - xDomain[0];
    const ySpan = yDomain[1] - yDomain[0];

    // In pixels, a step of −g moves by −g/span of the frame along each axis; every arrow gets one length.
    const length = 0.8 * Math.min(frameWidth, frameHeight) / arrows / 2;
    const raw = Array.from({ length: arrows * arrows }, (_, k) => {
      const x = xDomain[0] + ((Math.floor(k / arrows) + 0.5) * xSpan) / arrows;
      const y = yDomain[0] + (((k % arrows) + 0.5) * ySpan) / arrows;
      const [gx, gy] = gradient(x, y);
      if (!Number.isFinite(gx) || !Number.isFinite(gy)) {
        throw new RangeError(`${context}: the gradient at (${x}, ${y}) is [${gx}, ${gy}], not finite`);
      }
      const [px, py] = [(-gx / xSpan) * frameWidth, (-gy / ySpan) * frameHeight];
      return { x, y, px, py, size: Math.hypot(px, py) };
    });
    // A zero (or next to zero) gradient gets a dot, the others an arrow centred on their point.
    const largest = Math.max(...raw.map((p) => p.size));
    const flat = raw.filter((p) => largest === 0 || !(p.size > 1e-12 * largest));
    const field = raw.filter((p) => !flat.includes(p)).map(({ x, y, px, py, size }) => {
      const dx = ((px / size) * length * xSpan) / frameWidth;
      const dy = ((py / size) * length * ySpan) / frameHeight;
      return { x1: x - dx, y1: y - dy, x2: x + dx, y2: y + dy };
    });
    return {
      marks: [
        ...[["white", 3.5], ["#1a1a1a", 1.4]].map(([stroke, strokeWidth]) =>
          Plot.arrow(field, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke, strokeWidth, headLength: 7 })
        ),
        Plot.dot(flat, { x: "x", y: "y", r: 2.5, fill: "#1a1a1a" }),
      ],
      ariaLabel: `Downhill arrows on the contours of the cost over ${xLabel} and ${yLabel}`,
      text: `${field.length} arrows of one length point along −∇J, the way a descent step moves; `,
      plot: { width, height, ...margins },
    };
  });
}

/** The given gradient, checked, or central differences with a step of 1e-4 of each range. */
export function gradientOf(
  context: string,
  cost: Fn2,
  gradient: Gradient2 | undefined,
  xDomain: Domain,
  yDomain: Domain,
): Gradient2 {
  if (gradient !== undefined) return requireFunction(context, "gradient", gradient);
  const hx = 1e-4 * (xDomain[1] - xDomain[0]);
  const hy = 1e-4 * (yDomain[1] - yDomain[0]);
  return (x, y) => [
    (cost(x + hx, y) - cost(x - hx, y)) / (2 * hx),
    (cost(x, y + hy) - cost(x, y - hy)) / (2 * hy),
  ];
}
