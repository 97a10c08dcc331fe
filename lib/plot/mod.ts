/**
 * Charts for the lessons, drawn with Observable Plot and rendered without a browser. Every helper returns a
 * {@link Figure} that the Deno Jupyter kernel displays (SVG, or HTML when a title or legend needs a
 * `<figure>`) and that tests can inspect.
 *
 * | helper | draws |
 * | --- | --- |
 * | {@link plotCurve} | `y = f(x)` over a domain |
 * | {@link plotTangents} | the curve with tangent lines, labelled with their slopes |
 * | {@link plotDescent} | an optimizer's iterates on the curve, start and end marked |
 * | {@link plotCost} | cost per iteration (or at kept iterations), one or several runs, linear or log |
 * | {@link plotFits} | data points with the fitted line at chosen iterations |
 * | {@link plotContours} | contours of `J(θ₀, θ₁)` with a descent path, or several named ones |
 * | {@link plotRuns} | several descent runs side by side |
 * | {@link render} | any Plot specification, with the same defaults |
 *
 * For charts drawn with {@link render}, {@link SERIES_COLORS}, {@link CHART_COLORS}, {@link logTicks} and
 * {@link formatLogTick} give the helpers' colours and log axis.
 *
 * Every chart is 640 px wide with 12 px text and has an accessible name (`ariaLabel`, defaulted by each
 * helper) and description. Importing this module loads Plot and linkedom (about half a second); lessons
 * without charts import `lib/mod.ts` instead.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCurve } from "./mod.ts";
 * // In a notebook, the chart shows when it is the cell's last expression.
 * const chart = plotCurve((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5]);
 * assert.equal(chart.mime, "image/svg+xml");
 * ```
 * @module
 */
export * as Plot from "@observablehq/plot";
export {
  DEFAULT_FONT_SIZE,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  Figure,
  JUPYTER_DISPLAY,
  render,
} from "./figure.ts";
export type { FigureMime, FigureParts, RenderOptions } from "./figure.ts";
export { MAX_SAMPLES, sampleFunction } from "./sample.ts";
export type { Point, SampleOptions } from "./sample.ts";
export type { ChartOptions } from "./_chart.ts";
export { CHART_COLORS, SERIES_COLORS } from "./_chart.ts";
export { formatLogTick, logTicks, MAX_LOG_TICKS } from "./_format.ts";
export type { Domain, Fn1 } from "./_validate.ts";
export { plotCurve } from "./curve.ts";
export type { CurveOptions } from "./curve.ts";
export { plotTangents } from "./tangents.ts";
export type { TangentOptions } from "./tangents.ts";
export { plotDescent } from "./descent.ts";
export type { DescentOptions } from "./descent.ts";
export { plotCost } from "./cost.ts";
export type { CostOptions, CostPoint, CostSeries } from "./cost.ts";
export { plotFits } from "./fits.ts";
export type { FitLine, FitOptions } from "./fits.ts";
export { contourLevels, plotContours } from "./contours.ts";
export type { ContourOptions, Domain2, Fn2, Path2 } from "./contours.ts";
export { plotRuns } from "./runs.ts";
export type { RunsOptions } from "./runs.ts";
export { plotGraph } from "./graph.ts";
export type { GraphOptions } from "./graph.ts";
export * from "./surface.ts";
