import * as Plot from "@observablehq/plot";
import { describe, evaluate, requireFunction, requireInteger, requireRange } from "../_validate.ts";
import { type ChartOptions, chartOptions, type Domain, haloText, interpolateStops } from "./_chart.ts";
import { formatDomain, formatNumber, formatPoint } from "./_format.ts";
import {
  edgeAwareText,
  leadingPath,
  MAX_DOTS,
  pathEnd,
  pathMarks,
  thinned,
  thinningNote,
  type VisiblePath,
} from "./_path.ts";
import { type Figure, render, type RenderOptions } from "./figure.ts";

/** A cost of two parameters, e.g. `J(θ₀, θ₁)` or `J(w, b)`. */
export type Fn2 = (x: number, y: number) => number;

/** The ranges of the two parameters: `x` horizontal, `y` vertical. */
export interface Domain2 {
  x: Domain;
  y: Domain;
}

/** An optimizer's iterates `[x, y]` in order. */
export type Path2 = readonly (readonly [number, number])[];

/** Options for {@link plotContours}: `gridSize` (100 per axis), `xLabel` ("θ₀"), `yLabel` ("θ₁"), `maxDots` (200). */
export interface ContourOptions extends ChartOptions {
  path?: Path2;
  gridSize?: number;
  xLabel?: string;
  yLabel?: string;
  maxDots?: number;
}

const LEVELS = 12;
/** Dark blue (low cost) to pale yellow (high): the bottom of the bowl reads as deep. */
const COST_STOPS = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc"];
/** The colour of a cost `t` of the way from the lowest to the highest. */
export const costColor = (t: number): string => interpolateStops(COST_STOPS, t);

/**
 * Filled contours of a cost `J(x, y)` (darker = lower), the lowest sampled point marked "+", and optionally a
 * path on top, cut where it leaves the ranges. Lesson 03; lessons 05, 07 and 08 draw their descents on it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotContours } from "./mod.ts";
 * const path: [number, number][] = [[-3, 2], [-2.4, 0.4], [-1.9, 0.1]];
 * const chart = plotContours((t0, t1) => t0 ** 2 + 4 * t1 ** 2, { x: [-4, 4], y: [-3, 3] }, { path });
 * assert.match(chart.ariaDescription, /3 iterates/);
 * ```
 */
export function plotContours(cost: Fn2, domain: Domain2, options: ContourOptions = {}): Figure {
  return contourChart("Cannot plot the contours", cost, domain, options, ["gridSize", "maxDots"]);
}

/** What `plotGradientField` draws over the contours, below the path. */
export interface Overlay {
  marks: Plot.Markish[];
  ariaLabel: string;
  /** The start of the description, before the contours' part. */
  text: string;
  plot: Partial<RenderOptions>;
}

/** The body of {@link plotContours}; `plotGradientField` passes its arrows as the `overlay`. */
export function contourChart(
  context: string,
  cost: Fn2,
  domain: Domain2,
  options: ContourOptions,
  own: string[],
  overlay?: (xDomain: Domain, yDomain: Domain) => Overlay,
): Figure {
  const { xDomain, yDomain } = requireDomain2(context, cost, domain);
  const { gridSize = 100, xLabel = "θ₀", yLabel = "θ₁", maxDots = MAX_DOTS } = options ?? {};
  requireInteger(context, "gridSize", gridSize, 2);
  requireInteger(context, "maxDots", maxDots, 2);
  const path = options?.path === undefined
    ? undefined
    : visiblePath2(context, options.path, xDomain, yDomain);
  const over = overlay?.(xDomain, yDomain);

  // Sample at cell centres, row by row from y min: the layout Plot's contour mark expects.
  const values = new Float64Array(gridSize * gridSize);
  const dx = (xDomain[1] - xDomain[0]) / gridSize;
  const dy = (yDomain[1] - yDomain[0]) / gridSize;
  let low = { value: Infinity, x: 0, y: 0 };
  let high = -Infinity;
  for (let j = 0; j < gridSize; j++) {
    for (let i = 0; i < gridSize; i++) {
      const [x, y] = [xDomain[0] + (i + 0.5) * dx, yDomain[0] + (j + 0.5) * dy];
      const value = values[j * gridSize + i] = evaluate(context, "cost", cost, x, y);
      if (value < low.value) low = { value, x, y };
      high = Math.max(high, value);
    }
  }
  // Level k of 12 sits k/13 of the way up a geometric scale from 1/1000 of the range above the lowest, so
  // the narrow valley where descent ends keeps several levels; it takes the (k + 1)/12-th colour.
  const levels = high > low.value
    ? Array.from(
      { length: LEVELS },
      (_, k) => low.value + (high - low.value) * 10 ** (-3 * (1 - (k + 1) / 13)),
    )
    : [];
  const marks: Plot.Markish[] = [
    Plot.frame({ fill: COST_STOPS[0], stroke: null }), // below the lowest level
    Plot.contour(values, {
      width: gridSize,
      height: gridSize,
      x1: xDomain[0],
      x2: xDomain[1],
      y1: yDomain[0],
      y2: yDomain[1],
      thresholds: levels,
      value: Plot.identity, // each contour's value is its level
      fill: ({ value }: { value: number }) => costColor((levels.indexOf(value) + 1) / LEVELS),
      stroke: "white",
      strokeOpacity: 0.5,
    }),
    ...(over?.marks ?? []),
    ...["white", "#1a1a1a"].map((stroke, k) =>
      Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke, strokeWidth: 2.5 - k })
    ),
  ];
  let pathText = "";
  if (path === undefined && over === undefined) {
    marks.push(
      ...edgeAwareText([low], { text: () => "lowest", dy: 16, ...haloText("#1a1a1a") }, xDomain, yDomain),
    );
  } else if (path !== undefined) {
    const { points, cut } = path;
    const { line, dots } = thinned(points, xDomain[1] - xDomain[0], yDomain[1] - yDomain[0], maxDots);
    const [first, last] = [points[0], points[points.length - 1]];
    const endLabel = () => (cut === undefined ? "end" : "leaves the chart");
    marks.push(
      ...pathMarks({ line, dots, starts: [first], ends: [last], endLabel, faceted: false, xDomain, yDomain }),
      ...thinningNote(points.length, dots.length),
    );
    pathText = ` A path of ${options.path!.length} iterates starts at ${formatPoint(first.x, first.y)} and ` +
      pathEnd(last, cut, formatPoint(last.x, last.y));
  }

  const ranges = `${xLabel} in ${formatDomain(xDomain)} and ${yLabel} in ${formatDomain(yDomain)}`;
  const ariaLabel = over?.ariaLabel ??
    `Contours of the cost over ${ranges}${path === undefined ? "" : ", with a descent path"}`;
  const ariaDescription =
    `${over?.text ?? ""}${levels.length} filled contour levels, darker where the cost ` +
    `is lower; the lowest sampled cost is ${formatNumber(low.value)} at ${formatPoint(low.x, low.y)}, ` +
    `marked +.${pathText}`;
  const known = ["path", "xLabel", "yLabel", ...own];
  return render({
    ...chartOptions(context, options, known, ariaLabel, ariaDescription),
    ...over?.plot,
    x: { label: xLabel, domain: xDomain },
    y: { label: yLabel, domain: yDomain },
    marks,
  });
}

/** Check a two-parameter cost and its ranges. */
export function requireDomain2(
  context: string,
  cost: unknown,
  domain: unknown,
): { xDomain: Domain; yDomain: Domain } {
  requireFunction(context, "cost", cost);
  if (domain === null || typeof domain !== "object" || Array.isArray(domain)) {
    throw new TypeError(
      `${context}: domain must be an object {x: [min, max], y: [min, max]}, got ${describe(domain)}`,
    );
  }
  const { x, y } = domain as Record<string, unknown>;
  return { xDomain: requireRange(context, "domain.x", x), yDomain: requireRange(context, "domain.y", y) };
}

// The leading part of a 2-D path that lies inside the ranges and is finite.
function visiblePath2(context: string, path: unknown, xDomain: Domain, yDomain: Domain): VisiblePath {
  if (!Array.isArray(path)) {
    throw new TypeError(`${context}: path must be an array of [x, y] pairs, got ${describe(path)}`);
  }
  if (path.length === 0) throw new RangeError(`${context}: path must not be empty, got []`);
  return leadingPath(context, path.length, (step) => {
    const pair = path[step];
    if (
      !Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number" || typeof pair[1] !== "number"
    ) {
      throw new TypeError(
        `${context}: path[${step}] must be a pair of numbers [x, y], got ${describe(pair)}`,
      );
    }
    const [x, y] = pair;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return `the iterate is [${x}, ${y}] at step ${step}`;
    if (x < xDomain[0] || x > xDomain[1] || y < yDomain[0] || y > yDomain[1]) {
      return `${formatPoint(x, y)} at step ${step} lies outside the ranges`;
    }
    return { x, y, step };
  });
}
