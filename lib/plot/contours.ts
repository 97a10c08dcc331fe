/**
 * Contours of a two-parameter cost, with an optimizer's path over them.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type ChartOptions, chartOptions, haloText, interpolateStops } from "./_chart.ts";
import { formatDomain, formatNumber } from "./_format.ts";
import {
  checkMaxDots,
  DOT_GAP,
  edgeAwareText,
  LINE_GAP,
  MAX_DOTS,
  pathMarks,
  type PathPoint,
  thinningNote,
  thinPath,
} from "./_path.ts";
import {
  describe,
  type Domain,
  evaluate,
  requireDomain,
  requireFinite,
  requireFunction,
  requireInteger,
} from "./_validate.ts";
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

/** Options for {@link plotContours}. */
export interface ContourOptions extends ChartOptions {
  /** An optimizer's iterates `[x, y]` in order; defaults to none. */
  path?: readonly (readonly [number, number])[];
  /** How many contour levels, or the levels themselves; defaults to 12. */
  thresholds?: number | readonly number[];
  /**
   * Spacing of automatic levels between the lowest and highest sampled cost: `"log"` (default) spaces them
   * geometrically from the bottom (1/1000 of the range) to the top, so the narrow valley where descent ends
   * keeps several levels; `"quadratic"` puts the levels of a round quadratic bowl at evenly spaced distances
   * from its bottom; `"linear"` spaces the values evenly (crowding the rim, leaving the bottom blank).
   */
  spacing?: "quadratic" | "linear" | "log";
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
 * The levels {@link plotContours} draws: `count` values strictly between `low` and `high`, at fractions
 * `t = k / (count + 1)` of the range (`"linear"`), `t²` (`"quadratic"`), or `10^(−3(1 − t))` (`"log"`).
 * @param low the lowest sampled value
 * @param high the highest sampled value
 * @param count how many levels
 * @param spacing how they are spread
 * @returns increasing levels
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { contourLevels } from "./mod.ts";
 * assert.deepEqual(contourLevels(0, 4, 3, "linear"), [1, 2, 3]);
 * assert.deepEqual(contourLevels(0, 16, 3, "quadratic"), [1, 4, 9]);
 * ```
 */
export function contourLevels(
  low: number,
  high: number,
  count: number,
  spacing: "quadratic" | "linear" | "log",
): number[] {
  const levels: number[] = [];
  const range = high - low;
  for (let k = 1; k <= count; k++) {
    const t = k / (count + 1);
    if (spacing === "linear") levels.push(low + range * t);
    else if (spacing === "quadratic") levels.push(low + range * t * t);
    // Geometric from 1/1000 of the range to the top, measured from the lowest value.
    else levels.push(low + range * 10 ** (-3 * (1 - t)));
  }
  return levels;
}

/**
 * Plot filled contours of a cost `J(x, y)` over two ranges (darker = lower), the lowest sampled point marked
 * "+", and optionally an optimizer's path on top: a line through the iterates, dots, a green "start" and a
 * dark "end". The cost is sampled on a `gridSize × gridSize` grid (at cell centres) and contoured by Plot.
 * Iterates after the path leaves the ranges, or becomes non-finite, are not drawn ("leaves the chart").
 * No colour legend is drawn: Plot's continuous legends need a canvas.
 *
 * Introduced in lesson 03 (source lesson 002: the bowl `J(θ₀, θ₁)` and the path down into it).
 *
 * @param cost the cost, e.g. `(t0, t1) => mse(t0, t1)`; must be finite on the ranges
 * @param domain `{ x: [min, max], y: [min, max] }`
 * @param options `path` (none), `thresholds` (12), `spacing` ("log"), `gridSize` (100), `xLabel` ("θ₀"),
 * `yLabel` ("θ₁"), `maxDots` (200), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `cost` is not a function or returns a non-number, or `path` is not an array of pairs
 * @throws {RangeError} on a bad range, a non-finite cost value (naming the point), bad thresholds, `gridSize` < 2,
 * or a path whose start is not finite or not inside the ranges
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotContours } from "./mod.ts";
 * const cost = (t0: number, t1: number) => t0 ** 2 + 4 * t1 ** 2;
 * const path: [number, number][] = [[-3, 2]];
 * for (let i = 0; i < 30; i++) {
 *   const [a, b] = path[i];
 *   path.push([a - 0.1 * 2 * a, b - 0.1 * 8 * b]);
 * }
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
  const {
    thresholds = 12,
    spacing = "log",
    gridSize = 100,
    xLabel = "θ₀",
    yLabel = "θ₁",
    maxDots = MAX_DOTS,
  } = options ?? {};
  requireInteger(context, "gridSize", gridSize, 2);
  checkMaxDots(context, maxDots);
  if (spacing !== "quadratic" && spacing !== "linear" && spacing !== "log") {
    throw new RangeError(
      `${context}: spacing must be "quadratic", "linear" or "log", got ${describe(spacing)}`,
    );
  }

  // Sample at cell centres, row by row from y min: the layout Plot's contour mark expects.
  const values = new Float64Array(gridSize * gridSize);
  const dx = (xDomain[1] - xDomain[0]) / gridSize;
  const dy = (yDomain[1] - yDomain[0]) / gridSize;
  let low = { value: Infinity, x: 0, y: 0 };
  let high = -Infinity;
  for (let j = 0; j < gridSize; j++) {
    const y = yDomain[0] + (j + 0.5) * dy;
    for (let i = 0; i < gridSize; i++) {
      const x = xDomain[0] + (i + 0.5) * dx;
      const value = evaluate(context, "cost", cost, x, y);
      values[j * gridSize + i] = value;
      if (value < low.value) low = { value, x, y };
      if (value > high) high = value;
    }
  }

  let levels: number[];
  if (typeof thresholds === "number") {
    requireInteger(context, "thresholds", thresholds, 1);
    levels = high > low.value ? contourLevels(low.value, high, thresholds, spacing) : [];
  } else if (Array.isArray(thresholds)) {
    if (thresholds.length === 0) throw new RangeError(`${context}: thresholds must not be empty, got []`);
    levels = thresholds.map((t, i) => requireFinite(context, `thresholds[${i}]`, t)).sort((a, b) => a - b);
  } else {
    throw new TypeError(
      `${context}: thresholds must be a count or an array of levels, got ${describe(thresholds)}`,
    );
  }

  const path = options?.path === undefined
    ? undefined
    : visiblePath2(context, options.path, xDomain, yDomain);
  const marks: Plot.Markish[] = [
    // Below the lowest level: the darkest colour, so the bottom of the bowl reads as deepest.
    Plot.frame({ fill: ramp(0), stroke: null }),
    Plot.contour(values, {
      width: gridSize,
      height: gridSize,
      x1: xDomain[0],
      x2: xDomain[1],
      y1: yDomain[0],
      y2: yDomain[1],
      thresholds: levels,
      // The grid holds the values themselves; "value" then names each contour's level, for the fill.
      value: Plot.identity,
      fill: "value",
      stroke: "white",
      strokeOpacity: 0.5,
    }),
    Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke: "white", strokeWidth: 2.5 }),
    Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke: "#1a1a1a", strokeWidth: 1.5 }),
  ];
  let pathText = "";
  if (path !== undefined) {
    const xSpan = xDomain[1] - xDomain[0];
    const ySpan = yDomain[1] - yDomain[0];
    const { points, cut } = path;
    const dots = thinPath(points, xSpan, ySpan, DOT_GAP, maxDots);
    const first = points[0];
    const last = points[points.length - 1];
    marks.push(
      ...pathMarks({
        line: thinPath(points, xSpan, ySpan, LINE_GAP),
        dots,
        starts: [first],
        ends: [last],
        endLabel: () => (cut === undefined ? "end" : "leaves the chart"),
        faceted: false,
        xDomain,
      }),
      ...thinningNote(points.length, dots.length),
    );
    pathText =
      ` A path of ${options.path!.length} iterates starts at (${formatNumber(first.x)}, ${
        formatNumber(first.y)
      }) and ` +
      (cut === undefined
        ? `ends at (${formatNumber(last.x)}, ${formatNumber(last.y)}) after ${last.step} steps.`
        : `leaves the chart after step ${last.step}: ${cut}.`);
  } else {
    marks.push(
      ...edgeAwareText([low], xDomain, {
        x: "x",
        y: "y",
        text: () => "lowest",
        dy: 16,
        ...haloText("#1a1a1a"),
      }),
    );
  }

  const ariaLabel = `Contours of the cost over ${xLabel} in ${formatDomain(xDomain)} and ${yLabel} in ${
    formatDomain(yDomain)
  }${path === undefined ? "" : ", with a descent path"}`;
  const ariaDescription =
    `${levels.length} filled contour levels, darker where the cost is lower; the lowest ` +
    `sampled cost is ${formatNumber(low.value)} at (${formatNumber(low.x)}, ${
      formatNumber(low.y)
    }), marked +.` +
    pathText;

  return render({
    ...chartOptions(context, options ?? {}, ariaLabel, ariaDescription),
    x: { label: xLabel, domain: xDomain },
    y: { label: yLabel, domain: yDomain },
    // Evenly spaced colours per level (a piecewise scale), whatever the spacing of the level values; the
    // frame below all levels takes the first colour.
    color: {
      type: "linear",
      domain: levels.length > 1 ? levels : [low.value, high],
      range: levels.length > 1 ? levels.map((_, k) => ramp((k + 1) / levels.length)) : [ramp(0.5), ramp(1)],
      legend: false,
    },
    marks,
  });
}

// Dark blue (low cost) to pale yellow (high cost): the bottom of the bowl reads as deep.
const COST_STOPS = ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc"];

function ramp(t: number): string {
  return interpolateStops(COST_STOPS, t);
}

// The leading part of a 2-D path that lies inside the ranges and is finite.
function visiblePath2(
  context: string,
  path: unknown,
  xDomain: Domain,
  yDomain: Domain,
): { points: PathPoint[]; cut?: string } {
  if (!Array.isArray(path)) {
    throw new TypeError(`${context}: path must be an array of [x, y] pairs, got ${describe(path)}`);
  }
  if (path.length === 0) throw new RangeError(`${context}: path must not be empty, got []`);
  const points: PathPoint[] = [];
  for (let step = 0; step < path.length; step++) {
    const pair = path[step];
    if (
      !Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number" || typeof pair[1] !== "number"
    ) {
      throw new TypeError(
        `${context}: path[${step}] must be a pair of numbers [x, y], got ${describe(pair)}`,
      );
    }
    const [x, y] = pair;
    let cut: string | undefined;
    if (!Number.isFinite(x) || !Number.isFinite(y)) cut = `the iterate is [${x}, ${y}] at step ${step}`;
    else if (x < xDomain[0] || x > xDomain[1] || y < yDomain[0] || y > yDomain[1]) {
      cut = `(${formatNumber(x)}, ${formatNumber(y)}) at step ${step} lies outside the ranges`;
    }
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: the path cannot be drawn from its start: ${cut}`);
      return { points, cut };
    }
    points.push({ x, y, step });
  }
  return { points };
}
