/**
 * An optimizer's path on a one-variable curve; several runs side by side are drawn by `plotRuns` with the same
 * pieces.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { requireFunction, requireNumbers } from "../_validate.ts";
import { type ChartOptions, chartOptions, type Domain, type Fn1, requireDomain } from "./_chart.ts";
import { curveMarks, sampleFor, yExtent } from "./_curve.ts";
import { formatNumber } from "./_format.ts";
import {
  checkMaxDots,
  cornerNote,
  MAX_DOTS,
  pathDomain,
  pathMarks,
  type PathPoint,
  thinned,
  thinningNote,
  type VisiblePath,
  visiblePath,
} from "./_path.ts";
import { type Figure, render, type RenderOptions } from "./figure.ts";

/** Options for {@link plotDescent}. */
export interface DescentOptions extends ChartOptions {
  /**
   * The x range of the curve. Defaults to the range of the iterates widened by 20% on each side (and to
   * `x ± 1` when they all coincide); a run whose value grows past 100 times its start (a diverging one) counts
   * only up to there. Iterates outside the range are not drawn: the path stops at the last one inside.
   */
  domain?: Domain;
  /** Sampling step of the curve; defaults to 1/200 of the domain's width. */
  step?: number;
  /** Label of the x axis; defaults to `"x"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"f(x)"`. */
  yLabel?: string;
  /** The most dots drawn on a path; defaults to 200. The line still passes through every visible iterate. */
  maxDots?: number;
}

/**
 * Plot an optimizer's iterates `x₀, x₁, …` on the curve `y = f(x)`: a line through them in order, dots on them,
 * the start marked by a green circle and the end by a dark diamond. Long paths are thinned for drawing (the
 * dots to at most `maxDots`, at least ~7 px apart; the line to vertices ~0.6 px apart). A path that blows up (a
 * non-finite iterate, one outside an explicit `domain`, or a value past 100 times the start's) is drawn up to
 * its last visible iterate, labelled "leaves the chart", so the axes stay readable.
 *
 * Introduced in lesson 01 (source lesson 000: 250 fixed-size steps from x = 2 on `2x² − 3x + 4`); used again
 * in lessons 02 and 04.
 *
 * @param f the function
 * @param path the iterates in order, e.g. an optimizer's history; at least one, the first finite
 * @param options `domain` (iterates' range + 20%), `step`, `xLabel` ("x"), `yLabel` ("f(x)"), `maxDots`
 * (200), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when `f` is not a function, `path` holds a non-number, or an option is unknown
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
 * ```
 */
export function plotDescent(f: Fn1, path: readonly number[], options: DescentOptions = {}): Figure {
  const context = "Cannot plot the descent";
  const drawn = drawRuns(context, f, { path }, options, false);
  const [{ points, cut }] = drawn.visible;
  const [first, last] = [points[0], points[points.length - 1]];
  const { xLabel = "x", yLabel = "f(x)" } = options ?? {};
  return render({
    ...chartOptions(
      context,
      options,
      OWN,
      `Descent path of ${path.length} iterates on the curve of ${yLabel}`,
      `Starts at ${xLabel} = ${formatNumber(first.x)} (${yLabel} = ${formatNumber(first.y)}); ` +
        (cut === undefined
          ? `ends at ${xLabel} = ${formatNumber(last.x)} (${yLabel} = ${
            formatNumber(last.y)
          }) after ${last.step} steps.`
          : `leaves the chart after step ${last.step}: ${cut}.`) +
        ` ${path.length} iterates; ${drawn.dots} drawn as dots.`,
    ),
    ...drawn.plot,
    marks: [...drawn.marks, ...thinningNote(points.length, drawn.dots)],
  });
}

/** The options of `plotDescent` and `plotRuns` besides the {@link ChartOptions}. */
export const OWN = ["domain", "step", "xLabel", "yLabel", "maxDots"];

// The shared part of `plotDescent` and `plotRuns`: check the runs, cut each to what can be shown, and build the
// curve, the paths and the axes (one panel per run when `faceted`).
export function drawRuns(
  context: string,
  f: Fn1,
  runs: Readonly<Record<string, readonly number[]>>,
  options: DescentOptions,
  faceted: boolean,
): { visible: VisiblePath[]; dots: number; plot: Partial<RenderOptions>; marks: Plot.Markish[] } {
  requireFunction(context, "f", f);
  const { xLabel = "x", yLabel = "f(x)", maxDots = MAX_DOTS, step } = options ?? {};
  checkMaxDots(context, maxDots);
  const given = options?.domain === undefined ? undefined : requireDomain(context, "domain", options.domain);
  const names = Object.keys(runs);
  const label = (name: string) => (faceted ? `runs["${name}"]` : "path");
  let visible = names.map((name) =>
    visiblePath(
      context,
      f,
      requireNumbers(context, label(name), runs[name], false),
      given,
      faceted ? name : undefined,
    )
  );
  if (given === undefined) visible = visible.map(untilGrowth);
  const domain = given ?? pathDomain(visible.map((v) => v.points));
  const curve = sampleFor(context, f, domain, step).points;
  const [yMin, yMax] = yExtent([...curve, ...visible.flatMap((v) => v.points)]);
  const xSpan = domain[1] - domain[0];
  const ySpan = yMax - yMin || 1;
  const lines: PathPoint[] = [];
  const dots: PathPoint[] = [];
  const notes: { run: string; text: string }[] = [];
  for (const { points } of visible) {
    const kept = thinned(points, xSpan, ySpan, maxDots);
    lines.push(...kept.line);
    dots.push(...kept.dots);
    if (faceted && kept.dots.length < points.length) {
      notes.push({ run: points[0].run!, text: `dots: ${kept.dots.length} of ${points.length}` });
    }
  }
  const cut = new Set(visible.filter((v) => v.cut !== undefined).map((v) => v.points[0].run));
  return {
    visible,
    dots: dots.length,
    plot: {
      x: { label: xLabel, grid: true, domain, ...(faceted ? { ticks: 5 } : {}) },
      // Room inside the frame for the "start" label above and the "end" label below the path.
      y: { label: yLabel, grid: true, nice: true, domain: [yMin, yMax], insetTop: 20, insetBottom: 22 },
    },
    marks: [
      ...(faceted ? [Plot.frame({ stroke: "#ddd" })] : []),
      ...curveMarks(curve, domain, [yMin, yMax]),
      ...pathMarks({
        line: lines,
        dots,
        starts: visible.map((v) => v.points[0]),
        ends: visible.map((v) => v.points[v.points.length - 1]),
        endLabel: (point) => (cut.has(point.run) ? "leaves the chart" : "end"),
        faceted,
        xDomain: domain,
      }),
      ...(faceted ? [cornerNote(notes, { fx: "run", text: "text", dx: -4, dy: 4 })] : []),
    ],
  };
}

// A run whose value grows past 100 times its start (by at least 100) is cut there: it diverges, and drawing
// all of it would squash the rest of the chart into a point.
function untilGrowth(run: VisiblePath): VisiblePath {
  const y0 = run.points[0].y;
  const k = run.points.findIndex((p) => p.y - y0 > 100 * Math.max(Math.abs(y0), 1));
  if (k < 0) return run;
  const p = run.points[k];
  return {
    points: run.points.slice(0, k),
    cut: `f(x) = ${formatNumber(p.y)} at step ${p.step} is past 100 times its start`,
  };
}
