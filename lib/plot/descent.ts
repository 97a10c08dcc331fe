/**
 * An optimizer's path on a one-variable curve.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type ChartOptions, chartOptions, COLORS } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import {
  checkMaxDots,
  DOT_GAP,
  LINE_GAP,
  MAX_DOTS,
  pathDomain,
  pathMarks,
  thinningNote,
  thinPath,
  visiblePath,
} from "./_path.ts";
import { type Domain, type Fn1, requireDomain, requireFunction, requireNumbers } from "./_validate.ts";
import { axesAtZero, sampleFor, yExtent } from "./_curve.ts";
import { type Figure, render } from "./figure.ts";

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

/**
 * Plot an optimizer's iterates `x₀, x₁, …` on the curve `y = f(x)`: a line through them in order, dots on them,
 * the start marked by a green circle and the end by a dark diamond. Long paths are thinned for drawing (the
 * dots to at most `maxDots`, at least ~7 px apart; the line to vertices ~0.6 px apart), so a 10,000-step run
 * renders in well under a second. A path that blows up (a non-finite iterate, or one outside an explicit
 * `domain`) is drawn up to its last visible iterate, labelled "leaves the chart".
 *
 * Introduced in lesson 01 (source lesson 000: 250 fixed-size steps from x = 2 on `2x² − 3x + 4`); used again
 * in lessons 02 and 04.
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
  const ariaDescription =
    `Starts at ${xLabel} = ${formatNumber(first.x)} (${yLabel} = ${formatNumber(first.y)}); ` +
    (visible.cut === undefined
      ? `ends at ${xLabel} = ${formatNumber(last.x)} (${yLabel} = ${
        formatNumber(last.y)
      }) after ${last.step} steps.`
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
