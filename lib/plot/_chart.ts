/**
 * Options, colours, checks and pieces shared by the chart helpers.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { describe, evaluate, requireFunction, requireOptions, requirePositive } from "../_validate.ts";
import type { RenderOptions } from "./figure.ts";

/** A one-variable function such as `f(x) = 2x² − 3x + 4`. */
export type Fn1 = (x: number) => number;

/** A closed interval `[min, max]` with `min < max`. */
export type Domain = readonly [number, number];

/** A point of a curve or of a data set. */
export interface Point {
  /** The input. */
  x: number;
  /** The output. */
  y: number;
}

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

const TEXT_KEYS = ["ariaLabel", "ariaDescription", "title", "subtitle", "caption"] as const;
const SIZE_KEYS = ["width", "height", "fontSize"] as const;

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

/**
 * Check a helper's options (unknown keys are rejected, naming the nearest known one) and turn the shared ones
 * into render options.
 */
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

/** Check that a value is an interval `[min, max]` of finite numbers with `min < max`. */
export function requireDomain(context: string, name: string, value: unknown): Domain {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new TypeError(`${context}: ${name} must be an array [min, max], got ${describe(value)}`);
  }
  const [min, max] = value;
  if (typeof min !== "number" || typeof max !== "number") {
    throw new TypeError(`${context}: ${name} must hold two numbers, got ${describe(value)}`);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`${context}: ${name} must be finite, got ${describe(value)}`);
  }
  if (!(min < max)) throw new RangeError(`${context}: ${name} must have min < max, got ${describe(value)}`);
  return [min, max];
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

/** The most points a curve may have; a smaller step is almost surely a mistake (and slow to draw). */
export const MAX_SAMPLES = 100_000;

/** Tabulate `f` at `x = min + i·step` over a checked domain. */
export function sampleFor(
  context: string,
  f: Fn1,
  domain: unknown,
  step?: number,
  endpoint = true,
): { domain: Domain; points: Point[] } {
  requireFunction(context, "f", f);
  const [min, max] = requireDomain(context, "domain", domain);
  requirePositive(context, "step", step ??= (max - min) / 200);
  if (typeof endpoint !== "boolean") {
    throw new TypeError(`${context}: endpoint must be a boolean, got ${describe(endpoint)}`);
  }
  const count = Math.ceil((max - min) / step);
  if (count > MAX_SAMPLES) {
    throw new RangeError(
      `${context}: step ${step} on [${min}, ${max}] gives ${count} points, more than ${MAX_SAMPLES}`,
    );
  }
  const points: Point[] = [];
  // Stop a hair before max so that rounding (e.g. -5 + 40 * 0.25) never adds a point at max twice.
  for (let i = 0; min + i * step < max - step * 1e-9; i++) {
    const x = min + i * step;
    points.push({ x, y: evaluate(context, "f", f, x) });
  }
  if (endpoint) points.push({ x: max, y: evaluate(context, "f", f, max) });
  return { domain: [min, max], points };
}

/** The smallest and largest y of some points. */
export function yExtent(points: readonly { y: number }[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const { y } of points) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return [min, max];
}

/** Lines at zero, the frame a learner reads a curve against. */
export function axesAtZero(xDomain: Domain, yDomain: Domain): Plot.Markish[] {
  return [
    ...(yDomain[0] <= 0 && yDomain[1] >= 0 ? [Plot.ruleY([0], { stroke: "#999" })] : []),
    ...(xDomain[0] <= 0 && xDomain[1] >= 0 ? [Plot.ruleX([0], { stroke: "#999" })] : []),
  ];
}

/**
 * How much of the frame's width a one-line label takes, with its gap to the point: an average glyph of the
 * system sans-serif font is about 0.6 em wide (0.66 em in bold), and the frame is the chart's width less the
 * default margins (84 px). Plot measures text only to wrap it, so the estimate is made here, on the generous side.
 */
export function labelReach(
  text: string,
  options: ChartOptions | undefined,
  gap: number,
  bold = false,
): number {
  const { width = 640, fontSize = 12 } = options ?? {};
  return ([...text].length * fontSize * (bold ? 0.66 : 0.6) + gap + 4) / Math.max(width - 84, 1);
}

/**
 * Which side of its point a label takes so that it stays inside the frame: the side asked for, turned inwards
 * when the label would reach past the left or right edge, or when the point lies in the outer twelfth of the y
 * range on the side asked for (a line of text).
 */
export function inward(
  x: number,
  y: number,
  right: boolean,
  below: boolean,
  xDomain: Domain,
  yDomain: Domain,
  reach: number,
): { right: boolean; below: boolean } {
  const fx = (x - xDomain[0]) / (xDomain[1] - xDomain[0]);
  const fy = (y - yDomain[0]) / (yDomain[1] - yDomain[0]);
  return { right: right ? fx + reach <= 1 : fx < reach, below: below ? fy > 1 / 12 : fy > 11 / 12 };
}
