/**
 * Charts for the lessons, drawn with Observable Plot without a browser. Every helper returns a {@link Figure}
 * that Jupyter displays and tests inspect.
 *
 * | helper | draws | lessons |
 * | --- | --- | --- |
 * | {@link plotCurve} | `y = f(x)` over a domain | 01 |
 * | {@link plotTangents} | the curve with tangent lines, labelled with their slopes | 01–03 |
 * | {@link plotDescent} | an optimizer's iterates on the curve, start and end marked | 01, 02, 04 |
 * | {@link plotRuns} | several descent runs side by side | 01–03, 06, 13 |
 * | {@link plotCost} | cost per iteration, one or several runs, linear or log | 01–09, 11–13 |
 * | {@link plotFits} | data points with the fitted line at chosen iterations | 03, 05 |
 * | {@link plotContours} | contours of `J(θ₀, θ₁)` with a descent path | 05, 07, 08, 13 |
 * | {@link plotSurface} | `J(θ₀, θ₁)` as a bowl, with the slices through a point | 03 |
 * | {@link plotGradientField} | `−∇J` as arrows on the contours, with a descent path | 03 |
 * | {@link plotGraph} | the computation graph of an autodiff `Value` | 11 |
 * | {@link plotPanels} | labelled charts in a grid of three columns, as one output | 08, 13 |
 * | {@link sharedDomain} | one x and y range for several 2-D paths, for panels | 08, 13 |
 * | {@link sampleFunction} | `f` tabulated on a grid of x values | 12, 13 |
 * | {@link render} | any Plot specification, with the same defaults | 03, 06, 08–10, 12–14 |
 *
 * Charts are 640 px wide, 12 px text, with an accessible name and description; a run that blows up is cut
 * where it leaves the chart. Importing loads Plot and linkedom (~0.5 s); chartless lessons use `lib/mod.ts`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCurve } from "./mod.ts";
 * const chart = plotCurve((x) => 2 * x ** 2 - 3 * x + 4, [-5, 5]);
 * assert.equal(chart.mime, "image/svg+xml");
 * ```
 * @module
 */
export * as Plot from "@observablehq/plot";
export { Figure, render, type RenderOptions } from "./figure.ts";
export type { ChartOptions, Domain, Fn1, Point } from "./_chart.ts";
export { type CurveOptions, plotCurve, sampleFunction, type SampleOptions } from "./curve.ts";
export { plotTangents, type TangentOptions } from "./tangents.ts";
export { type DescentOptions, plotDescent, plotRuns } from "./descent.ts";
export { type CostOptions, type CostSeries, plotCost } from "./cost.ts";
export { type FitLine, type FitOptions, plotFits } from "./fits.ts";
export { type ContourOptions, type Domain2, type Fn2, type Path2, plotContours } from "./contours.ts";
export { plotGraph } from "./graph.ts";
export { plotSurface, type SurfaceOptions } from "./surface.ts";
export { type Gradient2, type GradientFieldOptions, plotGradientField } from "./gradient_field.ts";
export { type Panel, type Panels, plotPanels, sharedDomain } from "./panels.ts";
