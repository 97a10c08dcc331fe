/**
 * Charts for the lessons, drawn with Observable Plot and rendered without a browser. Every helper returns a
 * {@link Figure} that the Deno Jupyter kernel displays (SVG, or HTML when a title or legend needs a
 * `<figure>`) and that tests can inspect.
 *
 * Importing this module loads Plot and linkedom (about half a second); lessons without charts import
 * `lib/mod.ts` instead.
 * @module
 */
export * as Plot from "@observablehq/plot";
export { DEFAULT_FONT_SIZE, DEFAULT_HEIGHT, DEFAULT_WIDTH, Figure, JUPYTER_DISPLAY, render } from "./figure.ts";
export type { FigureMime, FigureParts, RenderOptions } from "./figure.ts";
export { MAX_SAMPLES, sampleFunction } from "./sample.ts";
export type { Point, SampleOptions } from "./sample.ts";
export type { ChartOptions } from "./_chart.ts";
export { plotCurve } from "./curve.ts";
export type { CurveOptions } from "./curve.ts";
export { plotTangents } from "./tangents.ts";
export type { TangentOptions } from "./tangents.ts";
export { plotDescent } from "./descent.ts";
export type { DescentOptions } from "./descent.ts";
export { plotCost } from "./cost.ts";
export type { CostOptions, CostSeries } from "./cost.ts";
export { plotFits } from "./fits.ts";
export type { FitLine, FitOptions } from "./fits.ts";
export { contourLevels, plotContours } from "./contours.ts";
export type { ContourOptions, Domain2, Fn2 } from "./contours.ts";
export { plotRuns } from "./runs.ts";
export type { RunsOptions } from "./runs.ts";
