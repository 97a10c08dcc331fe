import * as Plot from "@observablehq/plot";
import { describe, plural, requireFunction, requireNumbers, requireRange } from "../_validate.ts";
import { type ChartOptions, chartOptions, type Domain, type Fn1 } from "./_chart.ts";
import { curveMarks, sampleFor, yExtent } from "./_curve.ts";
import { formatNumber } from "./_format.ts";
import {
  cornerNote,
  MAX_DOTS,
  pathDomain,
  pathEnd,
  pathMarks,
  type PathPoint,
  thinned,
  thinningNote,
  type VisiblePath,
  visiblePath,
} from "./_path.ts";
import { type Figure, render } from "./figure.ts";

/** Options for {@link plotDescent}: `xLabel` ("x"), `yLabel` ("f(x)"). */
export interface DescentOptions extends ChartOptions {
  /** Defaults to the iterates' range + 20% each side, a diverging run counting only up to 100 × its start. */
  domain?: Domain;
  xLabel?: string;
  yLabel?: string;
}

/**
 * An optimizer's iterates `x₀, x₁, …` on the curve `y = f(x)`: a line, dots (at most 200), a green "start" and a
 * dark "end"; a path that blows up stops at its last visible iterate ("leaves the chart"). Lesson 01 (also 02, 04).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotDescent } from "./mod.ts";
 * const chart = plotDescent((x) => (x - 1) ** 2, [3, 2.2, 1.72, 1.43]);
 * assert.match(chart.ariaDescription, /4 iterates/);
 * ```
 */
export function plotDescent(f: Fn1, path: readonly number[], options: DescentOptions = {}): Figure {
  const context = "Cannot plot the descent";
  const { visible, dots, plot, marks, xLabel, yLabel } = drawRuns(context, f, { path }, options, false);
  const [{ points, cut }] = visible;
  const [first, last] = [points[0], points[points.length - 1]];
  const at = (p: PathPoint) => `${xLabel} = ${formatNumber(p.x)} (${yLabel} = ${formatNumber(p.y)})`;
  const ariaLabel = `Descent path of ${path.length} iterates on the curve of ${yLabel}`;
  const ariaDescription = `Starts at ${at(first)}; ${pathEnd(last, cut, at(last))} ` +
    `${path.length} iterates; ${dots} drawn as dots.`;
  return render({
    ...chartOptions(context, options, OWN, ariaLabel, ariaDescription),
    ...plot,
    marks: [...marks, ...thinningNote(points.length, dots)],
  });
}

/**
 * Several descent runs on `f`, one panel each as in {@link plotDescent}, on shared axes so step sizes compare at a
 * glance; `plotDescent`'s options, `height` 300. Lesson 03 (learning rate too small, about right, too large).
 * @param runs named paths in panel order, e.g. `{ "α = 0.01": a, "α = 0.6": b }`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotRuns } from "./mod.ts";
 * const chart = plotRuns((x) => x * x, { slow: [2, 1.8, 1.62], fast: [2, 0.4, 0.08] });
 * assert.match(chart.svg, />slow</);
 * ```
 */
export function plotRuns(
  f: Fn1,
  runs: Readonly<Record<string, readonly number[]>>,
  options: DescentOptions = {},
): Figure {
  const context = "Cannot plot the runs";
  if (runs === null || typeof runs !== "object" || Array.isArray(runs)) {
    throw new TypeError(`${context}: runs must be an object of named paths, got ${describe(runs)}`);
  }
  const names = Object.keys(runs);
  if (names.length === 0) throw new RangeError(`${context}: runs must hold at least one named path, got {}`);
  const { visible, plot, marks, xLabel, yLabel } = drawRuns(context, f, runs, options, true);
  const ariaDescription = visible.map(({ points, cut }, k) => {
    const [first, last] = [points[0], points[points.length - 1]];
    return `${names[k]}: ${runs[names[k]].length} iterates from ${xLabel} = ${formatNumber(first.x)}, ` +
      (cut === undefined
        ? `ending at ${xLabel} = ${formatNumber(last.x)} after ${plural(last.step, "step")}.`
        : `leaving the chart after step ${last.step} (${cut}).`);
  }).join(" ");
  const ariaLabel = `${names.length} descent runs side by side on the curve of ${yLabel}: ` +
    names.join(", ");
  return render({
    height: 300,
    ...chartOptions(context, options, OWN, ariaLabel, ariaDescription),
    ...plot,
    fx: { domain: names, label: null, padding: 0.12 },
    marks,
  });
}

const OWN = ["domain", "xLabel", "yLabel"];

// Check the runs, cut each to what can be shown, build the curve, paths and axes (panels if `faceted`).
function drawRuns(
  context: string,
  f: Fn1,
  runs: Readonly<Record<string, readonly number[]>>,
  options: DescentOptions,
  faceted: boolean,
) {
  requireFunction(context, "f", f);
  const { xLabel = "x", yLabel = "f(x)" } = options ?? {};
  const given = options?.domain === undefined ? undefined : requireRange(context, "domain", options.domain);
  const names = Object.keys(runs);
  let visible = names.map((name) => {
    const path = requireNumbers(context, faceted ? `runs["${name}"]` : "path", runs[name], false);
    return visiblePath(context, f, path, given, faceted ? name : undefined);
  });
  if (given === undefined) visible = visible.map(untilGrowth);
  const domain = given ?? pathDomain(visible.map((v) => v.points));
  const curve = sampleFor(context, f, domain).points;
  const [yMin, yMax] = yExtent([...curve, ...visible.flatMap((v) => v.points)]);
  const xSpan = domain[1] - domain[0];
  const ySpan = yMax - yMin || 1;
  const line: PathPoint[] = [];
  const dots: PathPoint[] = [];
  const notes: { run: string; text: string }[] = [];
  for (const { points } of visible) {
    const kept = thinned(points, xSpan, ySpan, MAX_DOTS);
    line.push(...kept.line);
    dots.push(...kept.dots);
    if (faceted && kept.dots.length < points.length) {
      notes.push({ run: points[0].run!, text: `dots: ${kept.dots.length} of ${points.length}` });
    }
  }
  const cut = new Set(visible.filter((v) => v.cut !== undefined).map((v) => v.points[0].run));
  const endLabel = (point: PathPoint) => (cut.has(point.run) ? "leaves the chart" : "end");
  const starts = visible.map((v) => v.points[0]);
  const ends = visible.map((v) => v.points[v.points.length - 1]);
  return {
    visible,
    dots: dots.length,
    xLabel,
    yLabel,
    plot: {
      x: { label: xLabel, grid: true, domain, ...(faceted ? { ticks: 5 } : {}) },
      // Room inside the frame for the "start" label above and the "end" label below the path.
      y: { label: yLabel, grid: true, nice: true, domain: [yMin, yMax], insetTop: 20, insetBottom: 22 },
    },
    marks: [
      ...(faceted ? [Plot.frame({ stroke: "#ddd" })] : []),
      ...curveMarks(curve, domain, [yMin, yMax]),
      ...pathMarks({ line, dots, starts, ends, endLabel, faceted, xDomain: domain }),
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
