/**
 * Contours of a two-parameter cost, with an optimizer's path over them.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { describe, evaluate, requireFunction, requireInteger } from "../_validate.ts";
import {
  type ChartOptions,
  chartOptions,
  type Domain,
  haloText,
  interpolateStops,
  requireDomain,
} from "./_chart.ts";
import { formatDomain, formatNumber } from "./_format.ts";
import {
  checkMaxDots,
  edgeAwareText,
  MAX_DOTS,
  pathMarks,
  type PathPoint,
  thinned,
  thinningNote,
} from "./_path.ts";
import { type Figure, render } from "./figure.ts";

/** A cost of two parameters, e.g. `J(θ₀, θ₁)` or `J(w, b)`. */
export type Fn2 = (x: number, y: number) => number;

/** The ranges of the two parameters. */
export interface Domain2 {
  /** Range of the first parameter (horizontal axis). */
  x: Domain;
  /** Range of the second parameter (vertical axis). */
  y: Domain;
}

/** An optimizer's iterates `[x, y]` in order. */
export type Path2 = readonly (readonly [number, number])[];

/** Options for {@link plotContours}. */
export interface ContourOptions extends ChartOptions {
  /** An optimizer's iterates `[x, y]` in order; defaults to none. */
  path?: Path2;
  /**
   * How many contour levels; defaults to 12. They are spaced geometrically from 1/1000 of the sampled range
   * above the lowest cost to the highest, so the narrow valley where descent ends keeps several levels.
   */
  thresholds?: number;
  /** Samples per axis of the cost grid; defaults to 100 (10,000 evaluations). */
  gridSize?: number;
  /** Label of the horizontal axis; defaults to `"θ₀"`. */
  xLabel?: string;
  /** Label of the vertical axis; defaults to `"θ₁"`. */
  yLabel?: string;
  /** The most dots drawn on the path; defaults to 200. */
  maxDots?: number;
}

/**
 * Plot filled contours of a cost `J(x, y)` over two ranges (darker = lower), the lowest sampled point marked
 * "+", and optionally an optimizer's path on top: a line through the iterates, dots, a green "start" and a
 * dark "end". The cost is sampled on a `gridSize × gridSize` grid (at cell centres) and contoured by Plot.
 * Iterates after the path leaves the ranges, or becomes non-finite, are not drawn ("leaves the chart").
 * No colour legend for the levels is drawn: Plot's continuous legends need a canvas.
 *
 * Introduced in lesson 03 (source lesson 002: the bowl `J(θ₀, θ₁)` and the path down into it); lessons 05, 07
 * and 08 draw their descents on it.
 *
 * @param cost the cost, e.g. `(t0, t1) => mse(t0, t1)`; must be finite on the ranges
 * @param domain `{ x: [min, max], y: [min, max] }`
 * @param options `path` (none), `thresholds` (12), `gridSize` (100), `xLabel` ("θ₀"), `yLabel` ("θ₁"),
 * `maxDots` (200), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `cost` is not a function or returns a non-number, `path` is not an array of pairs,
 * or an option is unknown
 * @throws {RangeError} on a bad range, a non-finite cost value (naming the point), `thresholds` < 1,
 * `gridSize` < 2, or a path that is empty or whose start is not finite or not inside the ranges
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotContours } from "./mod.ts";
 * const cost = (t0: number, t1: number) => t0 ** 2 + 4 * t1 ** 2;
 * const path: [number, number][] = [[-3, 2]];
 * for (let i = 0; i < 30; i++) path.push([path[i][0] * 0.8, path[i][1] * 0.2]);
 * const chart = plotContours(cost, { x: [-4, 4], y: [-3, 3] }, { path });
 * assert.match(chart.ariaDescription, /31 iterates/);
 * ```
 */
export function plotContours(cost: Fn2, domain: Domain2, options: ContourOptions = {}): Figure {
  const context = "Cannot plot the contours";
  requireFunction(context, "cost", cost);
  if (domain === null || typeof domain !== "object" || Array.isArray(domain)) {
    throw new TypeError(
      `${context}: domain must be an object {x: [min, max], y: [min, max]}, got ${describe(domain)}`,
    );
  }
  const xDomain = requireDomain(context, "domain.x", domain.x);
  const yDomain = requireDomain(context, "domain.y", domain.y);
  const { thresholds = 12, gridSize = 100, xLabel = "θ₀", yLabel = "θ₁", maxDots = MAX_DOTS } = options ?? {};
  requireInteger(context, "thresholds", thresholds, 1);
  requireInteger(context, "gridSize", gridSize, 2);
  checkMaxDots(context, maxDots);
  const path = options?.path === undefined
    ? undefined
    : visiblePath2(context, options.path, xDomain, yDomain);

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
  const levels = high > low.value ? geometricLevels(low.value, high, thresholds) : [];
  // Dark blue (low cost) to pale yellow (high): the bottom of the bowl reads as deep.
  const stops = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc"];

  const marks: Plot.Markish[] = [
    // Below the lowest level: the darkest colour.
    Plot.frame({ fill: stops[0], stroke: null }),
    // Level k of n takes the (k + 1)/n-th colour of the ramp.
    filledContours(
      values,
      gridSize,
      xDomain,
      yDomain,
      levels,
      (value) =>
        interpolateStops(stops, levels.length > 1 ? (levels.indexOf(value) + 1) / levels.length : 0.75),
    ),
    ...["white", "#1a1a1a"].map((stroke, k) =>
      Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke, strokeWidth: 2.5 - k })
    ),
  ];
  let pathText = "";
  if (path === undefined) {
    marks.push(
      ...edgeAwareText([low], { text: () => "lowest", dy: 16, ...haloText("#1a1a1a") }, xDomain, yDomain),
    );
  } else {
    const { points, cut } = path;
    const { line, dots } = thinned(points, xDomain[1] - xDomain[0], yDomain[1] - yDomain[0], maxDots);
    const [first, last] = [points[0], points[points.length - 1]];
    marks.push(
      ...pathMarks({
        line,
        dots,
        starts: [first],
        ends: [last],
        endLabel: () => (cut === undefined ? "end" : "leaves the chart"),
        faceted: false,
        xDomain,
        yDomain,
      }),
      ...thinningNote(points.length, dots.length),
    );
    const at = (p: PathPoint) => `(${formatNumber(p.x)}, ${formatNumber(p.y)})`;
    pathText = ` A path of ${options.path!.length} iterates starts at ${at(first)} and ` +
      (cut === undefined
        ? `ends at ${at(last)} after ${last.step} steps.`
        : `leaves the chart after step ${last.step}: ${cut}.`);
  }

  return render({
    ...chartOptions(
      context,
      options,
      ["path", "thresholds", "gridSize", "xLabel", "yLabel", "maxDots"],
      `Contours of the cost over ${xLabel} in ${formatDomain(xDomain)} and ${yLabel} in ${
        formatDomain(yDomain)
      }` +
        (path === undefined ? "" : ", with a descent path"),
      `${levels.length} filled contour levels, darker where the cost is lower; the lowest sampled cost is ` +
        `${formatNumber(low.value)} at (${formatNumber(low.x)}, ${
          formatNumber(low.y)
        }), marked +.${pathText}`,
    ),
    x: { label: xLabel, domain: xDomain },
    y: { label: yLabel, domain: yDomain },
    marks,
  });
}

// The leading part of a 2-D path that lies inside the ranges and is finite.
function visiblePath2(context: string, path: unknown, xDomain: Domain, yDomain: Domain) {
  if (!Array.isArray(path)) {
    throw new TypeError(`${context}: path must be an array of [x, y] pairs, got ${describe(path)}`);
  }
  if (path.length === 0) throw new RangeError(`${context}: path must not be empty, got []`);
  const points: PathPoint[] = [];
  for (const [step, pair] of path.entries()) {
    if (
      !Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number" || typeof pair[1] !== "number"
    ) {
      throw new TypeError(
        `${context}: path[${step}] must be a pair of numbers [x, y], got ${describe(pair)}`,
      );
    }
    const [x, y] = pair;
    const cut = !Number.isFinite(x) || !Number.isFinite(y)
      ? `the iterate is [${x}, ${y}] at step ${step}`
      : x < xDomain[0] || x > xDomain[1] || y < yDomain[0] || y > yDomain[1]
      ? `(${formatNumber(x)}, ${formatNumber(y)}) at step ${step} lies outside the ranges`
      : undefined;
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: path cannot be drawn from its start: ${cut}`);
      return { points, cut };
    }
    points.push({ x, y, step });
  }
  return { points, cut: undefined };
}

/**
 * `count` contour levels between `low` and `high`: level k of n sits at t = k/(n + 1) of the way up on a
 * geometric scale from (high − low)/1000 above `low`, so a narrow valley keeps several levels. Internal to
 * lib/plot (contours and the surface's contour map).
 */
export function geometricLevels(low: number, high: number, count: number): number[] {
  return Array.from(
    { length: count },
    (_, k) => low + (high - low) * 10 ** (-3 * (1 - (k + 1) / (count + 1))),
  );
}

/**
 * Filled contours of `values` (a `gridSize × gridSize` grid sampled over the two domains) at `levels`, each filled
 * by `fill(level)`, with thin white borders. Internal to lib/plot (contours and the surface's arrow map).
 */
export function filledContours(
  values: ArrayLike<number>,
  gridSize: number,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  levels: number[],
  fill: (level: number) => string,
): Plot.Markish {
  return Plot.contour(values, {
    width: gridSize,
    height: gridSize,
    x1: xDomain[0],
    x2: xDomain[1],
    y1: yDomain[0],
    y2: yDomain[1],
    thresholds: levels,
    value: Plot.identity, // each contour's value is its level
    fill: ({ value }: { value: number }) => fill(value),
    stroke: "white",
    strokeOpacity: 0.5,
  });
}
