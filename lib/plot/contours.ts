/**
 * Contours of a two-parameter cost, with an optimizer's path over them.
 * @module
 */
import * as Plot from "@observablehq/plot";
import {
  describe,
  evaluate,
  requireFinite,
  requireFunction,
  requireInteger,
  requireOneOf,
} from "../_validate.ts";
import {
  type ChartOptions,
  chartOptions,
  COLORS,
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
  type VisiblePath,
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
  /** An optimizer's iterates `[x, y]` in order; defaults to none. Give `path` or `paths`, not both. */
  path?: Path2;
  /**
   * Several named paths, e.g. `{ "gradient descent": a, momentum: b }`, each drawn in its own colour (those of
   * `plotCost`'s series colours, in the order given) with a swatch legend; at most
   * 8. Defaults to none. Give `path` or `paths`, not both.
   */
  paths?: Readonly<Record<string, Path2>>;
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

// The levels: `count` values strictly between `low` and `high`, at fractions `t = k / (count + 1)` of the range
// ("linear"), `t²` ("quadratic"), or `10^(−3(1 − t))` ("log": geometric from 1/1000 of the range to the top).
function contourLevels(
  low: number,
  high: number,
  count: number,
  spacing: "quadratic" | "linear" | "log",
): number[] {
  const levels: number[] = [];
  const range = high - low;
  for (let k = 1; k <= count; k++) {
    const t = k / (count + 1);
    levels.push(
      low + range * (spacing === "linear" ? t : spacing === "quadratic" ? t * t : 10 ** (-3 * (1 - t))),
    );
  }
  return levels;
}

/**
 * Plot filled contours of a cost `J(x, y)` over two ranges (darker = lower), the lowest sampled point marked
 * "+", and optionally an optimizer's path on top: a line through the iterates, dots, a green "start" and a
 * dark "end". The cost is sampled on a `gridSize × gridSize` grid (at cell centres) and contoured by Plot.
 * Iterates after the path leaves the ranges, or becomes non-finite, are not drawn ("leaves the chart").
 * No colour legend for the levels is drawn: Plot's continuous legends need a canvas.
 *
 * Several optimizers on one cost: give `paths`, named. Each path gets its colour (the `plotCost` colours, in
 * the same order, so a cost chart of the same runs matches) and a swatch legend, which makes the output a
 * `<figure>` shown as HTML. The levels turn grey so that every colour stands out; lines have a white casing;
 * earlier paths are drawn wider, so paths that run together show as stripes side by side. Each path ends in a
 * diamond of its colour ("leaves the chart" where it does); starts closer than 1% of the ranges share one
 * "start" circle, white ringed in black (green is a path colour here).
 *
 * Introduced in lesson 03 (source lesson 002: the bowl `J(θ₀, θ₁)` and the path down into it); lesson 08 races
 * six optimizers on one cost and lesson 12 sends two runs past a saddle, with `paths`.
 *
 * @param cost the cost, e.g. `(t0, t1) => mse(t0, t1)`; must be finite on the ranges
 * @param domain `{ x: [min, max], y: [min, max] }`
 * @param options `path` (none), `paths` (none), `thresholds` (12), `spacing` ("log"), `gridSize` (100),
 * `xLabel` ("θ₀"), `yLabel` ("θ₁"), `maxDots` (200, per path), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `cost` is not a function or returns a non-number, `path` (or a path of `paths`) is
 * not an array of pairs, `paths` is not an object, or both `path` and `paths` are given
 * @throws {RangeError} on a bad range, a non-finite cost value (naming the point), bad thresholds, `gridSize` < 2,
 * a path that is empty or whose start is not finite or not inside the ranges, `paths` with no path, more than
 * 8 paths, or an empty name
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotContours } from "./mod.ts";
 * const cost = (t0: number, t1: number) => t0 ** 2 + 4 * t1 ** 2;
 * const descend = (learningRate: number) => {
 *   const path: [number, number][] = [[-3, 2]];
 *   for (let i = 0; i < 30; i++) {
 *     const [a, b] = path[i];
 *     path.push([a - learningRate * 2 * a, b - learningRate * 8 * b]);
 *   }
 *   return path;
 * };
 * const chart = plotContours(cost, { x: [-4, 4], y: [-3, 3] }, { path: descend(0.1) });
 * assert.match(chart.ariaDescription, /31 iterates/);
 *
 * // Two learning rates on one chart, with a legend.
 * const race = plotContours(cost, { x: [-4, 4], y: [-3, 3] }, {
 *   paths: { "α = 0.1": descend(0.1), "α = 0.2": descend(0.2) },
 * });
 * assert.equal(race.mime, "text/html");
 * assert.match(race.html, />α = 0\.2<\/span>/);
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
  requireOneOf(context, "spacing", spacing, ["quadratic", "linear", "log"]);
  if (options?.path !== undefined && options?.paths !== undefined) {
    throw new TypeError(
      `${context}: give either path (one path) or paths (named paths), not both; got paths ${
        describe(options.paths)
      }`,
    );
  }
  const path = options?.path === undefined
    ? undefined
    : visiblePath2(context, "path", options.path, xDomain, yDomain);
  const named = options?.paths === undefined
    ? undefined
    : namedPaths(context, options.paths, xDomain, yDomain);

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

  // Dark blue (low cost) to pale yellow (high): the bottom of the bowl reads as deep. Greys under named paths,
  // so that every path colour stands out (a blue path would sink into the dark blue bottom).
  const stops = named === undefined
    ? ["#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc"]
    : ["#8c8c8c", "#b0b0b0", "#cfcfcf", "#e6e6e6", "#f7f7f7"];
  const marks: Plot.Markish[] = [
    // Below the lowest level: the darkest colour.
    Plot.frame({ fill: stops[0], stroke: null }),
    Plot.contour(values, {
      width: gridSize,
      height: gridSize,
      x1: xDomain[0],
      x2: xDomain[1],
      y1: yDomain[0],
      y2: yDomain[1],
      thresholds: levels,
      // Each contour's value is its level; level k of n takes the (k + 1)/n-th colour of the ramp, whatever the
      // spacing of the level values (given as colours: the colour scale stays free for the paths' names).
      value: Plot.identity,
      fill: ({ value }: { value: number }) =>
        interpolateStops(stops, levels.length > 1 ? (levels.indexOf(value) + 1) / levels.length : 0.75),
      stroke: "white",
      strokeOpacity: 0.5,
    }),
    ...["white", "#1a1a1a"].map((stroke, k) =>
      Plot.dot([low], { x: "x", y: "y", symbol: "plus", r: 7, stroke, strokeWidth: 2.5 - k })
    ),
  ];
  const spans = [xDomain[1] - xDomain[0], yDomain[1] - yDomain[0]] as const;
  let pathText = "";
  if (path !== undefined) {
    const { points, cut } = path;
    const { line, dots } = thinned(points, ...spans, maxDots);
    marks.push(
      ...pathMarks({
        line,
        dots,
        starts: [points[0]],
        ends: [points[points.length - 1]],
        endLabel: () => (cut === undefined ? "end" : "leaves the chart"),
        faceted: false,
        xDomain,
        yDomain,
      }),
      ...thinningNote(points.length, dots.length),
    );
    pathText = ` A path of ${options.path!.length} iterates ${pathSummary(path)}`;
  } else if (named !== undefined) {
    marks.push(...namedPathMarks(named, xDomain, yDomain, maxDots));
    pathText = " " + named.map((p) => `${p.name}: ${p.length} iterates; ${pathSummary(p)}`).join(" ");
  } else {
    marks.push(
      ...edgeAwareText([low], { text: () => "lowest", dy: 16, ...haloText("#1a1a1a") }, xDomain, yDomain),
    );
  }

  const names = named?.map((p) => p.name) ?? [];
  const drawnPaths = path !== undefined
    ? ", with a descent path"
    : named !== undefined
    ? `, with ${names.length === 1 ? "a descent path" : `${names.length} descent paths`}: ${names.join(", ")}`
    : "";
  const own = ["path", "paths", "thresholds", "spacing", "gridSize", "xLabel", "yLabel", "maxDots"];
  return render({
    ...chartOptions(
      context,
      options,
      own,
      `Contours of the cost over ${xLabel} in ${formatDomain(xDomain)} and ${yLabel} in ${
        formatDomain(yDomain)
      }${drawnPaths}`,
      `${levels.length} filled contour levels, darker where the cost is lower; the lowest sampled cost is ` +
        `${formatNumber(low.value)} at (${formatNumber(low.x)}, ${
          formatNumber(low.y)
        }), marked +.${pathText}`,
    ),
    x: { label: xLabel, domain: xDomain },
    y: { label: yLabel, domain: yDomain },
    // Only named paths use the colour scale: its swatch legend names them.
    color: named &&
      { type: "ordinal", domain: names, range: COLORS.series.slice(0, names.length), legend: true },
    marks,
  });
}

// How a path went, for the description: "starts at (…) and ends at (…) after k steps."
function pathSummary({ points, cut }: VisiblePath): string {
  const at = (p: PathPoint) => `(${formatNumber(p.x)}, ${formatNumber(p.y)})`;
  const last = points[points.length - 1];
  return `starts at ${at(points[0])} and ` +
    (cut === undefined
      ? `ends at ${at(last)} after ${last.step} steps.`
      : `leaves the chart after step ${last.step}: ${cut}.`);
}

// Several named paths, each in its colour: a white casing under each line so it reads on dark and pale bands
// alike, dots on the iterates, a diamond at each end (labelled only where the path leaves the chart), and one
// ringed "start" circle per distinct start (paths raced from one point share it).
function namedPathMarks(
  named: readonly NamedPath[],
  xDomain: Domain,
  yDomain: Domain,
  maxDots: number,
): Plot.Markish[] {
  const spans = [xDomain[1] - xDomain[0], yDomain[1] - yDomain[0]] as const;
  const at = { x: "x", y: "y" };
  const casings: Plot.Markish[] = [];
  const lines: Plot.Markish[] = [];
  const dotMarks: Plot.Markish[] = [];
  let drawn = 0;
  named.forEach((path, k) => {
    const { line, dots } = thinned(path.points.map((p) => ({ ...p, run: path.name })), ...spans, maxDots);
    drawn += dots.length;
    // Earlier paths are wider, so where paths run together each still shows as a stripe along the next.
    const width = 2 + (3 * (named.length - 1 - k)) / Math.max(named.length - 1, 1);
    casings.push(Plot.line(line, { ...at, stroke: "white", strokeWidth: width + 2, strokeOpacity: 0.8 }));
    lines.push(Plot.line(line, { ...at, stroke: "run", strokeWidth: width }));
    dotMarks.push(Plot.dot(dots, { ...at, r: 2.5, fill: "run", stroke: "white", strokeWidth: 0.75 }));
  });
  // Starts closer than 1% of the ranges are one start.
  const starts: PathPoint[] = [];
  for (const { points: [p] } of named) {
    if (!starts.some((q) => Math.abs(q.x - p.x) < 0.01 * spans[0] && Math.abs(q.y - p.y) < 0.01 * spans[1])) {
      starts.push(p);
    }
  }
  const ends = named.map((path) => ({ ...path.points[path.points.length - 1], run: path.name }));
  const label = { fontWeight: "bold", ...haloText(COLORS.end) } as const;
  return [
    ...casings,
    ...lines,
    ...dotMarks,
    // A white ring, not the green dot of a single path: green is also a path colour here.
    Plot.dot(starts, { ...at, r: 6, fill: "white", stroke: COLORS.end, strokeWidth: 2 }),
    ...edgeAwareText(starts, { text: () => "start", dy: -14, ...label }, xDomain, yDomain),
    Plot.dot(ends, { ...at, r: 7, symbol: "diamond", fill: "run", stroke: "white", strokeWidth: 1.5 }),
    ...edgeAwareText(
      ends.filter((_, k) => named[k].cut !== undefined),
      { text: () => "leaves the chart", dy: 16, ...label },
      xDomain,
      yDomain,
    ),
    ...thinningNote(named.reduce((n, p) => n + p.points.length, 0), drawn),
  ];
}

/** A named path, cut to the ranges. */
interface NamedPath extends VisiblePath {
  name: string;
  /** How many iterates it has in all. */
  length: number;
}

// Check `paths` and cut each to the ranges.
function namedPaths(context: string, paths: unknown, xDomain: Domain, yDomain: Domain): NamedPath[] {
  if (paths === null || typeof paths !== "object" || Array.isArray(paths)) {
    throw new TypeError(
      `${context}: paths must be an object of named paths, e.g. { "gradient descent": [[x, y], …] }, got ${
        describe(paths)
      }`,
    );
  }
  const entries = Object.entries(paths);
  if (entries.length === 0) {
    throw new RangeError(`${context}: paths must hold at least one named path, got {}`);
  }
  if (entries.length > COLORS.series.length) {
    throw new RangeError(
      `${context}: paths holds ${entries.length} paths; at most ${COLORS.series.length} get colours apart`,
    );
  }
  return entries.map(([name, path]) => {
    if (name.trim() === "") throw new RangeError(`${context}: a path's name must not be empty, got ""`);
    return {
      name,
      length: (path as unknown[]).length,
      ...visiblePath2(context, `paths["${name}"]`, path, xDomain, yDomain),
    };
  });
}

// The leading part of a 2-D path that lies inside the ranges and is finite.
function visiblePath2(
  context: string,
  name: string,
  path: unknown,
  xDomain: Domain,
  yDomain: Domain,
): VisiblePath {
  if (!Array.isArray(path)) {
    throw new TypeError(`${context}: ${name} must be an array of [x, y] pairs, got ${describe(path)}`);
  }
  if (path.length === 0) throw new RangeError(`${context}: ${name} must not be empty, got []`);
  const points: PathPoint[] = [];
  for (const [step, pair] of path.entries()) {
    if (
      !Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "number" || typeof pair[1] !== "number"
    ) {
      throw new TypeError(
        `${context}: ${name}[${step}] must be a pair of numbers [x, y], got ${describe(pair)}`,
      );
    }
    const [x, y] = pair;
    const cut = !Number.isFinite(x) || !Number.isFinite(y)
      ? `the iterate is [${x}, ${y}] at step ${step}`
      : x < xDomain[0] || x > xDomain[1] || y < yDomain[0] || y > yDomain[1]
      ? `(${formatNumber(x)}, ${formatNumber(y)}) at step ${step} lies outside the ranges`
      : undefined;
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: ${name} cannot be drawn from its start: ${cut}`);
      return { points, cut };
    }
    points.push({ x, y, step });
  }
  return { points };
}
