/**
 * Several descent runs side by side, one panel each (facets), on the same curve and axes.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type ChartOptions, chartOptions, COLORS, haloText } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import {
  checkMaxDots,
  DOT_GAP,
  LINE_GAP,
  MAX_DOTS,
  pathDomain,
  pathMarks,
  type PathPoint,
  thinPath,
  type VisiblePath,
  visiblePath,
} from "./_path.ts";
import {
  describe,
  type Domain,
  type Fn1,
  requireDomain,
  requireFunction,
  requireNumbers,
} from "./_validate.ts";
import { axesAtZero, sampleFor, yExtent } from "./_curve.ts";
import { type Figure, render } from "./figure.ts";

/** Options for {@link plotRuns}. */
export interface RunsOptions extends ChartOptions {
  /**
   * The x range of every panel. Defaults to the range of all drawn iterates widened by 20% each side; pass it
   * when a run diverges, so the others are not squeezed. Iterates outside it end their run ("leaves the
   * chart").
   */
  domain?: Domain;
  /** Sampling step of the curve; defaults to 1/200 of the domain's width. */
  step?: number;
  /** Label of the x axis; defaults to `"x"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"f(x)"`. */
  yLabel?: string;
  /** The most dots drawn per run; defaults to 200. */
  maxDots?: number;
}

/**
 * Plot several descent runs on the same function side by side: one panel per run, titled with its name, each
 * with the curve, the path (line and dots), a green "start" and a dark "end". Panels share their axes, so
 * step sizes compare at a glance; a run that blows up stops where it leaves the chart.
 *
 * Introduced in lesson 03 (source lesson 002: a learning rate too small, about right, too large).
 *
 * @param f the function
 * @param runs named paths in panel order, e.g. `{ "α = 0.01": a, "α = 0.1": b, "α = 0.6": c }`; at least one,
 * each non-empty with a finite first iterate
 * @param options `domain` (all iterates + 20%), `step`, `xLabel` ("x"), `yLabel` ("f(x)"), `maxDots` (200),
 * and the {@link ChartOptions}; `height` defaults to 300
 * @returns the chart
 * @throws {TypeError} when `f` is not a function or `runs` is not an object of number arrays
 * @throws {RangeError} when there are no runs, a run is empty or cannot be drawn from its start, or the
 * domain is bad
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotRuns } from "./mod.ts";
 * const f = (x: number) => x * x;
 * const run = (rate: number) => {
 *   const path = [2];
 *   for (let i = 0; i < 10; i++) path.push(path[i] - rate * 2 * path[i]);
 *   return path;
 * };
 * const chart = plotRuns(f, { slow: run(0.05), fast: run(0.4) });
 * assert.match(chart.svg, />slow</);
 * assert.match(chart.svg, />fast</);
 * ```
 */
export function plotRuns(
  f: Fn1,
  runs: Readonly<Record<string, readonly number[]>>,
  options: RunsOptions = {},
): Figure {
  const context = "Cannot plot the runs";
  requireFunction(context, "f", f);
  if (runs === null || typeof runs !== "object" || Array.isArray(runs)) {
    throw new TypeError(`${context}: runs must be an object of named paths, got ${describe(runs)}`);
  }
  const names = Object.keys(runs);
  if (names.length === 0) throw new RangeError(`${context}: runs must hold at least one named path, got {}`);
  const { xLabel = "x", yLabel = "f(x)", maxDots = MAX_DOTS, step } = options ?? {};
  checkMaxDots(context, maxDots);
  const given = options?.domain === undefined ? undefined : requireDomain(context, "domain", options.domain);
  const paths = names.map((name) => requireNumbers(context, `runs["${name}"]`, runs[name], false));
  const visible: VisiblePath[] = paths.map((path, k) => visiblePath(context, f, path, given, names[k]));
  const domain = given ?? pathDomain(visible.map((v) => v.points));
  const curve = sampleFor(context, f, domain, { step });

  const [cMin, cMax] = yExtent(curve);
  let yMin = cMin;
  let yMax = cMax;
  for (const v of visible) {
    const [lo, hi] = yExtent(v.points);
    yMin = Math.min(yMin, lo);
    yMax = Math.max(yMax, hi);
  }
  const xSpan = domain[1] - domain[0];
  const ySpan = yMax - yMin || 1;
  const lines: PathPoint[] = [];
  const dots: PathPoint[] = [];
  const notes: { run: string; text: string }[] = [];
  for (const v of visible) {
    lines.push(...thinPath(v.points, xSpan, ySpan, LINE_GAP));
    const kept = thinPath(v.points, xSpan, ySpan, DOT_GAP, maxDots);
    dots.push(...kept);
    if (kept.length < v.points.length) {
      notes.push({ run: v.points[0].run!, text: `dots: ${kept.length} of ${v.points.length}` });
    }
  }
  const starts = visible.map((v) => v.points[0]);
  const ends = visible.map((v) => v.points[v.points.length - 1]);
  const cuts = new Set(visible.flatMap((v) => (v.cut === undefined ? [] : [v.points[0].run!])));

  const ariaLabel = `${names.length} descent runs side by side on the curve of ${yLabel}: ${
    names.join(", ")
  }`;
  const ariaDescription = visible.map((v, k) => {
    const first = v.points[0];
    const last = v.points[v.points.length - 1];
    return `${names[k]}: ${paths[k].length} iterates from ${xLabel} = ${formatNumber(first.x)}, ` +
      (v.cut === undefined
        ? `ending at ${xLabel} = ${formatNumber(last.x)} after ${last.step} steps.`
        : `leaving the chart after step ${last.step} (${v.cut}).`);
  }).join(" ");

  return render({
    height: 300,
    ...chartOptions(context, options ?? {}, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true, domain, ticks: 5 },
    // Room inside the frame for the "start" label above and the "end" label below the path.
    y: { label: yLabel, grid: true, nice: true, insetTop: 20, insetBottom: 22 },
    fx: { domain: names, label: null, padding: 0.12 },
    marks: [
      Plot.frame({ stroke: "#ddd" }),
      ...axesAtZero(domain, [yMin, yMax]),
      Plot.line(curve, { x: "x", y: "y", stroke: COLORS.curve, strokeWidth: 2 }),
      ...pathMarks({
        line: lines,
        dots,
        starts,
        ends,
        endLabel: (point) => (cuts.has(point.run!) ? "leaves the chart" : "end"),
        faceted: true,
        xDomain: domain,
      }),
      Plot.text(notes, {
        fx: "run",
        text: "text",
        frameAnchor: "top-right",
        dx: -4,
        dy: 4,
        lineAnchor: "top",
        ...haloText("#555"),
      }),
    ],
  });
}
