/**
 * Options and pieces shared by the chart helpers.
 * @module
 */
import type * as Plot from "@observablehq/plot";
import { describe, requirePositive } from "./_validate.ts";
import type { RenderOptions } from "./figure.ts";

/** Options every chart helper accepts. */
export interface ChartOptions {
  /** The accessible name announced by screen readers; each helper has a default that says what is drawn. */
  ariaLabel?: string;
  /** A longer accessible description; each helper has a default that states the key numbers. */
  ariaDescription?: string;
  /** A heading above the chart; makes the output a `<figure>` shown as HTML. Defaults to none. */
  title?: string;
  /** A smaller heading below the title; makes the output a `<figure>`. Defaults to none. */
  subtitle?: string;
  /** A caption below the chart; makes the output a `<figure>`. Defaults to none. */
  caption?: string;
  /** Width in pixels; defaults to 640, a notebook column. */
  width?: number;
  /** Height in pixels; defaults to 400 (300 for side-by-side runs). */
  height?: number;
  /** Font size in pixels; defaults to 12. */
  fontSize?: number;
}

/**
 * Colours of named series, in the order the helpers use them (Plot's categorical palette without its yellow
 * and pale colours, which vanish as thin lines on white; chosen to stay apart for colour-blind readers). Use
 * it as the `range` of a colour scale in a chart drawn with `render`, so it matches `plotCost`.
 *
 * Introduced in lesson 01 (the colours of `plotCost`'s named series); `plotContours` colours named paths with it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Plot, render, SERIES_COLORS } from "./mod.ts";
 * const runs = { batch: [3, 2, 1.5, 1.2, 1], "mini-batch": [3, 1.8, 1.3, 1.1, 1] };
 * const rows = Object.entries(runs).flatMap(([name, costs]) =>
 *   costs.map((cost, iteration) => ({ name, iteration, cost }))
 * );
 * const names = Object.keys(runs);
 * const chart = render({
 *   ariaLabel: "Cost of two runs",
 *   color: { domain: names, range: SERIES_COLORS.slice(0, names.length), legend: true },
 *   marks: [Plot.line(rows, { x: "iteration", y: "cost", stroke: "name" })],
 * });
 * assert.match(chart.svg, /stroke="#4269d0"/);
 * ```
 */
export const SERIES_COLORS: readonly string[] = Object.freeze([
  "#4269d0",
  "#ff725c",
  "#3ca951",
  "#a463f2",
  "#9c6b4e",
  "#ff8ab7",
  "#6cc5b0",
  "#97bbf5",
]);

/**
 * Colours of the parts the helpers draw: the curve (blue), an optimizer's path (orange-red), its start
 * (green) and end (near-black), and data points (near-black).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHART_COLORS, Plot, render } from "./mod.ts";
 * const chart = render({
 *   ariaLabel: "A start and an end",
 *   marks: [
 *     Plot.dot([[0, 0]], { r: 6, fill: CHART_COLORS.start }),
 *     Plot.dot([[1, 1]], { r: 7, symbol: "diamond", fill: CHART_COLORS.end }),
 *   ],
 * });
 * assert.match(chart.svg, /fill="#3ca951"/);
 * ```
 */
export const CHART_COLORS: Readonly<
  { curve: string; path: string; start: string; end: string; data: string }
> = Object.freeze({
  curve: "#4269d0",
  path: "#ff725c",
  start: "#3ca951",
  end: "#1a1a1a",
  data: "#1a1a1a",
});

/** Colours used across the charts. */
export const COLORS = {
  ...CHART_COLORS,
  series: SERIES_COLORS,
  /** For tangents and paths over contours: the series colours, starting with the path colour. */
  tangents: ["#ff725c", "#3ca951", "#a463f2", "#9c6b4e", "#ff8ab7", "#6cc5b0", "#97bbf5", "#4269d0"],
} as const;

/**
 * Check the shared options and turn them into render options.
 * @param context what is being drawn, for error messages
 * @param options the caller's options
 * @param ariaLabel the default accessible name
 * @param ariaDescription the default accessible description
 * @returns the options for `render`, without marks
 */
export function chartOptions(
  context: string,
  options: ChartOptions,
  ariaLabel: string,
  ariaDescription: string,
): RenderOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  for (const key of ["ariaLabel", "ariaDescription", "title", "subtitle", "caption"] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== "string") {
      throw new TypeError(`${context}: ${key} must be a string, got ${describe(value)}`);
    }
  }
  if (options.ariaLabel !== undefined && options.ariaLabel.trim() === "") {
    throw new TypeError(`${context}: ariaLabel must not be empty, got ""`);
  }
  for (const key of ["width", "height", "fontSize"] as const) {
    if (options[key] !== undefined) requirePositive(context, key, options[key]);
  }
  const { title, subtitle, caption, width, height, fontSize } = options;
  return {
    ariaLabel: options.ariaLabel ?? ariaLabel,
    ariaDescription: options.ariaDescription ?? ariaDescription,
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(caption === undefined ? {} : { caption }),
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
    ...(fontSize === undefined ? {} : { fontSize }),
  };
}

/**
 * Text that stays readable over lines: a white halo painted under the glyphs.
 * @param fill the text colour
 * @returns Plot text options
 */
export function haloText(fill: string): Plot.TextOptions {
  return { fill, stroke: "white", strokeWidth: 4, paintOrder: "stroke" };
}

/**
 * A colour between evenly spaced stops, interpolated in RGB.
 * @param stops colours as `#rrggbb`, at least two
 * @param t position from 0 (first stop) to 1 (last), clamped
 * @returns the colour as `#rrggbb`
 */
export function interpolateStops(stops: readonly string[], t: number): string {
  const rgb = stops.map((stop) => [1, 3, 5].map((k) => parseInt(stop.slice(k, k + 2), 16)));
  const scaled = Math.min(Math.max(t, 0), 1) * (rgb.length - 1);
  const k = Math.min(Math.floor(scaled), rgb.length - 2);
  const u = scaled - k;
  let hex = "#";
  for (let c = 0; c < 3; c++) {
    hex += Math.round(rgb[k][c] + (rgb[k + 1][c] - rgb[k][c]) * u).toString(16).padStart(2, "0");
  }
  return hex;
}
