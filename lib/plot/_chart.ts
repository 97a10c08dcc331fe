/**
 * Options, colours, checks and pieces shared by the chart helpers.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { describe, requireOptions, requirePositive } from "../_validate.ts";
import type { RenderOptions } from "./figure.ts";

/** A one-variable function such as `f(x) = 2x² − 3x + 4`. */
export type Fn1 = (x: number) => number;

/** A closed interval `[min, max]` with `min < max`. */
export type Domain = readonly [number, number];

/** A point of a curve or of a data set. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Options every chart helper accepts. Each helper defaults the accessible `ariaLabel` and writes the description
 * from the data; a `title` or `caption` makes an HTML `<figure>`. In px: `width` 640, `height` 400 (`plotRuns`: 300).
 */
export interface ChartOptions {
  ariaLabel?: string;
  title?: string;
  caption?: string;
  width?: number;
  height?: number;
}

const TEXT_KEYS = ["ariaLabel", "title", "caption"] as const;
const SIZE_KEYS = ["width", "height"] as const;

/** Colours: the curve (blue), a path (orange-red), its start (green) and end, data, named series, tangents. */
export const COLORS = {
  curve: "#4269d0",
  path: "#ff725c",
  start: "#3ca951",
  end: "#1a1a1a",
  data: "#1a1a1a",
  // Plot's categorical palette without its yellow and pale colours, which vanish as thin lines on white.
  series: ["#4269d0", "#ff725c", "#3ca951", "#a463f2", "#9c6b4e", "#ff8ab7", "#6cc5b0", "#97bbf5"],
  tangents: ["#ff725c", "#3ca951", "#a463f2", "#9c6b4e", "#ff8ab7", "#6cc5b0", "#97bbf5", "#4269d0"],
} as const;

/** Check a helper's options (unknown keys rejected) and turn the shared ones into render options. */
export function chartOptions(
  context: string,
  options: ChartOptions | undefined,
  own: readonly string[],
  ariaLabel: string,
  ariaDescription: string,
): RenderOptions {
  const checked = requireOptions(context, options, [...own, ...TEXT_KEYS, ...SIZE_KEYS]);
  const chosen: Record<string, unknown> = { ariaLabel, ariaDescription };
  for (const key of TEXT_KEYS) {
    const value = checked[key];
    if (value === undefined) continue;
    if (typeof value !== "string") {
      throw new TypeError(`${context}: ${key} must be a string, got ${describe(value)}`);
    }
    chosen[key] = value;
  }
  if ((chosen.ariaLabel as string).trim() === "") {
    throw new TypeError(`${context}: ariaLabel must not be empty, got ""`);
  }
  for (const key of SIZE_KEYS) {
    if (checked[key] !== undefined) chosen[key] = requirePositive(context, key, checked[key]);
  }
  return chosen as unknown as RenderOptions;
}

/** Text that stays readable over lines: a white halo under the glyphs. */
export function haloText(fill: string): Plot.TextOptions {
  return { fill, stroke: "white", strokeWidth: 4, paintOrder: "stroke" };
}

/** A colour between evenly spaced stops, interpolated in RGB. */
export function interpolateStops(stops: readonly string[], t: number): string {
  const scaled = Math.min(Math.max(t, 0), 1) * (stops.length - 1);
  const k = Math.min(Math.floor(scaled), stops.length - 2);
  const [a, b] = [stops[k], stops[k + 1]].map((s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16)));
  return `rgb(${a.map((c, i) => Math.round(c + (b[i] - c) * (scaled - k))).join(", ")})`;
}
