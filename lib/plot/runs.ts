/**
 * Several descent runs side by side, one panel each (facets), on the same curve and axes.
 * @module
 */
import { describe } from "../_validate.ts";
import { chartOptions, type Fn1 } from "./_chart.ts";
import { formatNumber } from "./_format.ts";
import { type DescentOptions, drawRuns, OWN } from "./descent.ts";
import { type Figure, render } from "./figure.ts";

/** Options for {@link plotRuns}: those of `plotDescent`; `height` defaults to 300. */
export type RunsOptions = DescentOptions;

/**
 * Plot several descent runs on the same function side by side: one panel per run, titled with its name, each
 * with the curve, the path (line and dots), a green "start" and a dark "end". Panels share their axes, so
 * step sizes compare at a glance; a run that blows up stops where it leaves the chart (see `domain`).
 *
 * Introduced in lesson 03 (source lesson 002: a learning rate too small, about right, too large).
 *
 * @param f the function
 * @param runs named paths in panel order, e.g. `{ "α = 0.01": a, "α = 0.1": b, "α = 0.6": c }`; at least one,
 * each non-empty with a finite first iterate
 * @param options `domain` (all iterates + 20%), `step`, `xLabel` ("x"), `yLabel` ("f(x)"), `maxDots` (200),
 * and the {@link ChartOptions}; `height` defaults to 300
 * @returns the chart
 * @throws {TypeError} when `f` is not a function, `runs` is not an object of number arrays, or an option is
 * unknown
 * @throws {RangeError} when there are no runs, a run is empty or cannot be drawn from its start, or the
 * domain is bad
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotRuns } from "./mod.ts";
 * const run = (rate: number) => {
 *   const path = [2];
 *   for (let i = 0; i < 10; i++) path.push(path[i] - rate * 2 * path[i]);
 *   return path;
 * };
 * const chart = plotRuns((x) => x * x, { slow: run(0.05), fast: run(0.4) });
 * assert.match(chart.svg, />slow</);
 * ```
 */
export function plotRuns(
  f: Fn1,
  runs: Readonly<Record<string, readonly number[]>>,
  options: RunsOptions = {},
): Figure {
  const context = "Cannot plot the runs";
  if (runs === null || typeof runs !== "object" || Array.isArray(runs)) {
    throw new TypeError(`${context}: runs must be an object of named paths, got ${describe(runs)}`);
  }
  const names = Object.keys(runs);
  if (names.length === 0) throw new RangeError(`${context}: runs must hold at least one named path, got {}`);
  const drawn = drawRuns(context, f, runs, options, true);
  const { xLabel = "x", yLabel = "f(x)" } = options ?? {};
  const ariaDescription = drawn.visible.map(({ points, cut }, k) => {
    const [first, last] = [points[0], points[points.length - 1]];
    return `${names[k]}: ${runs[names[k]].length} iterates from ${xLabel} = ${formatNumber(first.x)}, ` +
      (cut === undefined
        ? `ending at ${xLabel} = ${formatNumber(last.x)} after ${last.step} steps.`
        : `leaving the chart after step ${last.step} (${cut}).`);
  }).join(" ");
  return render({
    height: 300,
    ...chartOptions(
      context,
      options,
      OWN,
      `${names.length} descent runs side by side on the curve of ${yLabel}: ${names.join(", ")}`,
      ariaDescription,
    ),
    ...drawn.plot,
    fx: { domain: names, label: null, padding: 0.12 },
    marks: drawn.marks,
  });
}
