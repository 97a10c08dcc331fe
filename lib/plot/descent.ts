/**
 * An optimizer's path on a one-variable curve.
 * @module
 */
import { chartOptions } from "./_chart.ts";
import { formatDomain, formatNumber } from "./_format.ts";
import { DOT_GAP, LINE_GAP, MAX_DOTS, pathMarks, type PathPoint, thinPath } from "./_path.ts";
import {
  describe,
  type Domain,
  type Fn1,
  requireDomain,
  requireFunction,
  requireInteger,
  requireNumbers,
} from "./_validate.ts";
import * as Plot from "@observablehq/plot";
import { COLORS, haloText } from "./_chart.ts";
import { axesAtZero, yExtent } from "./curve.ts";
import { type Figure, render } from "./figure.ts";
import { sampleFor } from "./sample.ts";
import type { ChartOptions } from "./_chart.ts";

/** Options for {@link plotDescent}. */
export interface DescentOptions extends ChartOptions {
  /**
   * The x range of the curve. Defaults to the range of the iterates widened by 20% on each side (and to
   * `x ± 1` when they all coincide). Iterates outside it are not drawn: the path stops at the last one inside.
   */
  domain?: Domain;
  /** Sampling step of the curve; defaults to 1/200 of the domain's width. */
  step?: number;
  /** Label of the x axis; defaults to `"x"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"f(x)"`. */
  yLabel?: string;
  /** The most dots drawn on the path; defaults to 200. The line still passes through every visible iterate. */
  maxDots?: number;
}

/** A path cut to the part a chart can show. */
export interface VisiblePath {
  /** The iterates drawn, with their f values. */
  points: PathPoint[];
  /** Why the path was cut, or `undefined` when all of it is drawn. */
  cut?: string;
}

/**
 * The leading part of a 1-D path that can be drawn: it stops before the first iterate that is not finite, lies
 * outside `domain`, or has a non-finite `f` value.
 * @param context what is being drawn
 * @param f the function
 * @param path the iterates
 * @param domain the x range shown, or undefined for no limit
 * @param run the run name to attach
 * @returns the visible points and the reason for a cut
 */
export function visiblePath(
  context: string,
  f: Fn1,
  path: readonly number[],
  domain: Domain | undefined,
  run?: string,
): VisiblePath {
  const points: PathPoint[] = [];
  for (let step = 0; step < path.length; step++) {
    const x = path[step];
    let cut: string | undefined;
    if (!Number.isFinite(x)) cut = `x is ${x} at step ${step}`;
    else if (domain !== undefined && (x < domain[0] || x > domain[1])) {
      cut = `x = ${formatNumber(x)} at step ${step} lies outside ${formatDomain(domain)}`;
    }
    let y = NaN;
    if (cut === undefined) {
      y = f(x);
      if (typeof y !== "number") throw new TypeError(`${context}: f(${x}) must return a number, got ${describe(y)}`);
      if (!Number.isFinite(y)) cut = `f(x) is ${y} at step ${step}`;
    }
    if (cut !== undefined) {
      if (step === 0) throw new RangeError(`${context}: the path cannot be drawn from its start: ${cut}`);
      return { points, cut };
    }
    points.push(run === undefined ? { x, y, step } : { x, y, step, run });
  }
  return { points };
}

/**
 * The default x range for paths: the iterates' range widened by 20% each side.
 * @param paths the visible iterates
 * @returns the range
 */
export function pathDomain(paths: readonly (readonly PathPoint[])[]): Domain {
  let min = Infinity;
  let max = -Infinity;
  for (const path of paths) {
    for (const { x } of path) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const pad = (max - min) * 0.2 || Math.max(1, Math.abs(min) * 0.2);
  return [min - pad, max + pad];
}

/**
 * Check `maxDots`.
 * @param context what is being drawn
 * @param maxDots the option
 * @returns the checked value
 */
export function checkMaxDots(context: string, maxDots: unknown): number {
  return requireInteger(context, "maxDots", maxDots, 2);
}

/**
 * A note in the top-right corner when fewer dots than iterates are drawn, so no one counts dots as steps.
 * @param iterates how many iterates the path has
 * @param dots how many are drawn as dots
 * @returns a text mark, or nothing
 */
export function thinningNote(iterates: number, dots: number): Plot.Markish[] {
  if (dots >= iterates) return [];
  return [
    Plot.text([`dots: ${dots} of ${iterates} iterates`], {
      frameAnchor: "top-right",
      dx: -6,
      dy: 6,
      lineAnchor: "top",
      ...haloText("#555"),
    }),
  ];
}

/**
 * Plot an optimizer's iterates `x₀, x₁, …` on the curve `y = f(x)`: a line through them in order, dots on them,
 * the start marked by a green circle and the end by a dark diamond. Long paths are thinned for drawing (the
 * dots to at most `maxDots`, at least ~7 px apart; the line to vertices ~0.6 px apart), so a 10,000-step run
 * renders in well under a second. A path that blows up (a non-finite iterate, or one outside an explicit
 * `domain`) is drawn up to its last visible iterate, labelled "leaves the chart".
 *
 * Introduced in lesson 01 (250 fixed-size steps from x = 2 on `2x² − 3x + 4`); used again in lesson 04.
 *
 * @param f the function
 * @param path the iterates in order, e.g. an optimizer's history; at least one, the first finite
 * @param options `domain` (iterates' range + 20%), `step`, `xLabel` ("x"), `yLabel` ("f(x)"), `maxDots`
 * (200), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `f` is not a function or `path` holds a non-number
 * @throws {RangeError} on an empty path, a bad domain, a first iterate that cannot be drawn, or `maxDots` < 2
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotDescent } from "./mod.ts";
 * const f = (x: number) => (x - 1) ** 2;
 * const path = [3];
 * for (let i = 0; i < 20; i++) path.push(path[i] - 0.2 * 2 * (path[i] - 1));
 * const chart = plotDescent(f, path);
 * assert.match(chart.ariaDescription, /21 iterates/);
 * assert.match(chart.svg, />start</);
 * ```
 */
export function plotDescent(f: Fn1, path: readonly number[], options: DescentOptions = {}): Figure {
  const context = "Cannot plot the descent";
  requireFunction(context, "f", f);
  const iterates = requireNumbers(context, "path", path, false);
  const { xLabel = "x", yLabel = "f(x)", maxDots = MAX_DOTS, step } = options ?? {};
  checkMaxDots(context, maxDots);
  const given = options?.domain === undefined ? undefined : requireDomain(context, "domain", options.domain);
  const visible = visiblePath(context, f, iterates, given);
  const domain = given ?? pathDomain([visible.points]);
  const curve = sampleFor(context, f, domain, { step });

  const [cMin, cMax] = yExtent(curve);
  const [pMin, pMax] = yExtent(visible.points);
  const yMin = Math.min(cMin, pMin);
  const yMax = Math.max(cMax, pMax);
  const xSpan = domain[1] - domain[0];
  const ySpan = yMax - yMin || 1;
  const line = thinPath(visible.points, xSpan, ySpan, LINE_GAP);
  const dots = thinPath(visible.points, xSpan, ySpan, DOT_GAP, maxDots);
  const first = visible.points[0];
  const last = visible.points[visible.points.length - 1];

  const ariaLabel = `Descent path of ${iterates.length} iterates on the curve of ${yLabel}`;
  const ariaDescription = `Starts at ${xLabel} = ${formatNumber(first.x)} (${yLabel} = ${formatNumber(first.y)}); ` +
    (visible.cut === undefined
      ? `ends at ${xLabel} = ${formatNumber(last.x)} (${yLabel} = ${formatNumber(last.y)}) after ${last.step} steps.`
      : `leaves the chart after step ${last.step}: ${visible.cut}.`) +
    ` ${iterates.length} iterates; ${dots.length} drawn as dots.`;

  return render({
    ...chartOptions(context, options ?? {}, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true, domain },
    // Room inside the frame for the "start" label above and the "end" label below the path.
    y: { label: yLabel, grid: true, nice: true, insetTop: 20, insetBottom: 22 },
    marks: [
      ...axesAtZero(domain, [yMin, yMax]),
      Plot.line(curve, { x: "x", y: "y", stroke: COLORS.curve, strokeWidth: 2 }),
      ...pathMarks({
        line,
        dots,
        starts: [first],
        ends: [last],
        endLabel: () => (visible.cut === undefined ? "end" : "leaves the chart"),
        faceted: false,
        xDomain: domain,
      }),
      ...thinningNote(visible.points.length, dots.length),
    ],
  });
}
