import * as Plot from "@observablehq/plot";
import { describe, requireFinite, requireInteger, requireRange } from "../_validate.ts";
import {
  type ChartOptions,
  chartOptions,
  COLORS,
  type Domain,
  interpolateStops,
  type Point,
} from "./_chart.ts";
import { yExtent } from "./_curve.ts";
import { formatNumber } from "./_format.ts";
import { type Figure, render } from "./figure.ts";

/** The line `y = w·x + b` a model held after `iteration` steps (0 = the starting guess). */
export interface FitLine {
  iteration: number;
  w: number;
  b: number;
}

/** Options for {@link plotFits}: `domain` (data x range + 5% each side), `xLabel` ("x"), `yLabel` ("y"). */
export interface FitOptions extends ChartOptions {
  domain?: Domain;
  xLabel?: string;
  yLabel?: string;
}

/**
 * Data points and the fitted line `y = w·x + b` at chosen (distinct) iterations, light (early) to dark
 * (late), with a legend, so a `<figure>`. Lessons 03 and 05.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotFits } from "./mod.ts";
 * const data = [{ x: 1, y: 2 }, { x: 2, y: 4 }, { x: 3, y: 6 }];
 * const chart = plotFits(data, [{ iteration: 0, w: 0, b: 0 }, { iteration: 1000, w: 1.9, b: 0.22 }]);
 * assert.match(chart.html, />iteration 1000</);
 * ```
 */
export function plotFits(data: readonly Point[], fits: readonly FitLine[], options: FitOptions = {}): Figure {
  const context = "Cannot plot the fitted lines";
  const { xLabel = "x", yLabel = "y" } = options ?? {};
  const records = <T>(name: string, value: readonly T[], shape: string): readonly T[] => {
    if (!Array.isArray(value)) {
      throw new TypeError(`${context}: ${name} must be an array of ${shape}, got ${describe(value)}`);
    }
    if (value.length === 0) throw new RangeError(`${context}: ${name} must not be empty, got []`);
    value.forEach((item, i) => {
      if (item === null || typeof item !== "object") {
        throw new TypeError(`${context}: ${name}[${i}] must be an object ${shape}, got ${describe(item)}`);
      }
    });
    return value;
  };
  const points = records("data", data, "{x, y}").map((point, i) => ({
    x: requireFinite(context, `data[${i}].x`, point.x),
    y: requireFinite(context, `data[${i}].y`, point.y),
  }));
  const seen = new Set<number>();
  const lines = records("fits", fits, "{iteration, w, b}").map((line, i) => {
    const iteration = requireInteger(context, `fits[${i}].iteration`, line.iteration, 0);
    if (seen.has(iteration)) {
      throw new RangeError(`${context}: fits[${i}].iteration ${iteration} appears twice`);
    }
    seen.add(iteration);
    return {
      iteration,
      w: requireFinite(context, `fits[${i}].w`, line.w),
      b: requireFinite(context, `fits[${i}].b`, line.b),
    };
  }).sort((a, b) => a.iteration - b.iteration);

  const [min, max] = [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))];
  const pad = (max - min) * 0.05 || 1;
  const domain: Domain = options?.domain === undefined
    ? [min - pad, max + pad]
    : requireRange(context, "domain", options.domain);
  const segments = lines.flatMap((line) =>
    domain.map((x) => ({ x, y: line.w * x + line.b, iteration: String(line.iteration) }))
  );
  const iterations = lines.map((line) => String(line.iteration));
  // Light orange to dark navy: early guesses fade, the latest line stands out, and neighbours differ in hue.
  const ramp = (t: number) => interpolateStops(["#fdae61", "#d7301f", "#7a0177", "#081d58"], t);

  const noun = lines.length === 1 ? "iteration" : "iterations";
  const ariaLabel = `${points.length} data points with the fitted line at ${noun} ${iterations.join(", ")}`;
  const ariaDescription = lines
    .map((line) => `Iteration ${line.iteration}: y = ${formatNumber(line.w)}·x + ${formatNumber(line.b)}.`)
    .join(" ");

  // Data under the lines; hundreds of points are drawn smaller and translucent so the lines stay visible.
  const dotStyle = points.length > 100
    ? { r: 3, fillOpacity: 0.55, stroke: "none" }
    : { r: 4.5, fillOpacity: 1, stroke: "white" };
  return render({
    ...chartOptions(context, options, ["domain", "xLabel", "yLabel"], ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true, domain },
    y: { label: yLabel, grid: true, nice: true, domain: yExtent([...points, ...segments]) },
    color: {
      type: "ordinal",
      domain: iterations,
      range: iterations.map((_, i) => ramp(iterations.length === 1 ? 1 : i / (iterations.length - 1))),
      legend: true,
      tickFormat: (iteration: string) => `iteration ${iteration}`,
    },
    marks: [
      Plot.dot(points, { x: "x", y: "y", fill: COLORS.data, ...dotStyle }),
      Plot.line(segments, { x: "x", y: "y", z: "iteration", stroke: "iteration", strokeWidth: 2.5 }),
    ],
  });
}
