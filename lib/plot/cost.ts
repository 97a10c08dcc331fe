import * as Plot from "@observablehq/plot";
import {
  describe,
  requireFinite,
  requireInteger,
  requireNumbers,
  requireOneOf,
  requirePositive,
} from "../_validate.ts";
import { type ChartOptions, chartOptions, COLORS } from "./_chart.ts";
import { formatNumber, logTickFormat, logTicks } from "./_format.ts";
import { cornerNote } from "./_path.ts";
import { type Figure, render } from "./figure.ts";

/** One series of values, one per iteration, or several named ones (drawn in the order given). */
export type CostSeries = readonly number[] | Readonly<Record<string, readonly number[]>>;

/** Options for {@link plotCost}: `scale` ("linear"), `xLabel` ("iteration"), `yLabel` ("cost"). */
export interface CostOptions extends ChartOptions {
  scale?: "linear" | "log";
  /** Top of the y axis: the largest value, or if a series diverges 1.5 × the largest start (10⁶ × on log). */
  yMax?: number;
  xLabel?: string;
  yLabel?: string;
  /** The iteration of the first value (0). */
  start?: number;
}

interface Datum {
  series: string;
  iteration: number;
  value: number;
}

// The points of one series up to the first non-finite value or the first above `top`; a series that crosses
// `top` ends at the crossing (interpolated on the axis' own scale) with an `exit`; `note` says why it stopped.
function fit(name: string, points: readonly Datum[], top: number, log: boolean) {
  const data: Datum[] = [];
  const stop = (note?: string, exit?: Datum) => ({ name, data, note, exit });
  for (const { iteration, value } of points) {
    if (!Number.isFinite(value)) return stop(`${name} becomes ${value} at iteration ${iteration}`);
    if (log && value === 0) {
      return stop(`${name} reaches exactly 0 at iteration ${iteration}, below any log axis`);
    }
    if (value > top) {
      const previous = data[data.length - 1];
      if (previous === undefined) return stop(`${name} starts above the chart, at ${value}`);
      const scale = log ? Math.log : (v: number) => v;
      const t = (scale(top) - scale(previous.value)) / (scale(value) - scale(previous.value));
      const crossing = previous.iteration + t * (iteration - previous.iteration);
      const exit = { series: name, iteration: crossing, value: top };
      data.push(exit);
      return stop(`${name} leaves the chart at iteration ${iteration} (${formatNumber(value)})`, exit);
    }
    data.push({ series: name, iteration, value });
  }
  return stop();
}

/**
 * Values against the iteration, one line per series (several get a legend, so a `<figure>`). A non-finite
 * value ends its series; one that shoots far above the others is cut at the top and marked ▲ (see `yMax`).
 * Lesson 03, then every cost history.
 * @param series e.g. `history.map((h) => h.cost)`, or named: `{ "α = 0.001": a, "α = 0.1": b }`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCost } from "./mod.ts";
 * const chart = plotCost({ small: [10, 9, 8.1, 7.3], large: [10, 100, 1000, 10000] });
 * assert.match(chart.ariaDescription, /large leaves the chart at iteration 1/);
 * ```
 */
export function plotCost(series: CostSeries, options: CostOptions = {}): Figure {
  const context = "Cannot plot the cost";
  const { scale = "linear", yMax, xLabel = "iteration", yLabel = "cost", start = 0 } = options ?? {};
  const log = requireOneOf(context, "scale", scale, ["linear", "log"]) === "log";
  requireInteger(context, "start", start, 0);

  const named: [string, Datum[]][] = [];
  const add = (name: string, label: string, values: unknown) => {
    const numbers = requireNumbers(context, label, values, false);
    named.push([name, Array.from(numbers, (value, i) => ({ series: name, iteration: start + i, value }))]);
  };
  if (Array.isArray(series) || ArrayBuffer.isView(series)) add(yLabel, "series", series);
  else if (series !== null && typeof series === "object") {
    for (const [name, values] of Object.entries(series)) add(name, `series["${name}"]`, values);
    if (named.length === 0) {
      throw new RangeError(`${context}: series must hold at least one named series, got {}`);
    }
  } else {
    throw new TypeError(
      `${context}: series must be an array of numbers, or an object of them, got ${describe(series)}`,
    );
  }
  // Each series starts finite; a series diverges when it passes 100 × the largest start.
  for (const [name, points] of named) requireFinite(context, `the first value of ${name}`, points[0].value);
  const reference = Math.abs(Math.max(...named.map(([, points]) => points[0].value))) || 1;
  const finite = named.map(([, points]) => {
    const k = points.findIndex((p) => !Number.isFinite(p.value));
    return (k < 0 ? points : points.slice(0, k)).map((p) => p.value);
  });
  const diverging = finite.map((values) => values.some((v) => v > 100 * reference));
  let largest = -Infinity;
  let smallest = Infinity;
  named.forEach(([name], k) => {
    for (const [i, value] of finite[k].entries()) {
      if (log && value === 0) break; // an exact 0 (converged) ends the series
      if (log && value < 0) {
        throw new RangeError(
          `${context}: a log scale needs values > 0, but ${name} is ${value} at iteration ${start + i}`,
        );
      }
      largest = Math.max(largest, value);
      smallest = Math.min(smallest, value);
    }
  });
  let top: number;
  if (yMax !== undefined) {
    top = log ? requirePositive(context, "yMax", yMax) : requireFinite(context, "yMax", yMax);
    if (!(top > smallest)) {
      throw new RangeError(`${context}: yMax must be above the smallest value ${smallest}, got ${top}`);
    }
  } else if (!diverging.some(Boolean)) top = largest;
  else top = log ? Math.min(largest, reference * 1e6) : 1.5 * reference;

  const drawn = named.map(([name, points]) => fit(name, points, top, log));
  const yTicks = log ? logTicks(smallest, top) : [];
  const exits = drawn.flatMap((d) => (d.exit === undefined ? [] : [d.exit]));
  const several = named.length > 1;
  const names = named.map(([name]) => name);
  const ariaDescription = drawn.map((d, k) => {
    const points = named[k][1];
    const head = several ? `${d.name}: ` : "";
    const spread = start === 0 ? "" : ` at iterations ${start} to ${start + points.length - 1}`;
    return `${head}${points.length} values${spread} from ${formatNumber(points[0].value)}` +
      (d.note === undefined ? ` to ${formatNumber(d.data[d.data.length - 1].value)}.` : `; ${d.note}.`);
  }).join(" ") + (log ? " Log scale." : "");

  const color = several ? "series" : COLORS.curve;
  // A short run of whole iterations gets one tick per iteration (Plot would label 0.2, 0.4, … for one step).
  const lastIteration = start + Math.max(...named.map(([, points]) => points.length)) - 1;
  const wholeTicks = lastIteration <= 10
    ? { ticks: Array.from({ length: lastIteration + 1 }, (_, i) => i), tickFormat: "d" }
    : {};
  const ariaLabel = `${yLabel} against ${xLabel}${several ? ` for ${names.join(", ")}` : ""}`;
  const at = { x: "iteration", y: "value" };
  return render({
    ...chartOptions(
      context,
      options,
      ["scale", "yMax", "xLabel", "yLabel", "start"],
      ariaLabel,
      ariaDescription,
    ),
    x: { label: xLabel, grid: true, ...wholeTicks },
    y: log
      // Powers of ten (or 1-2-5 steps over a short range), written as numbers, not Plot's SI prefixes.
      ? { label: yLabel, grid: true, type: "log", ticks: yTicks, tickFormat: logTickFormat(yTicks) }
      : { label: yLabel, grid: true, domain: [Math.min(0, smallest), top], nice: top === largest },
    color: several
      ? { domain: names, range: names.map((_, k) => COLORS.series[k % 8]), legend: true }
      : undefined,
    marks: [
      ...(log || smallest > 0 ? [] : [Plot.ruleY([0], { stroke: "#999" })]),
      Plot.line(drawn.flatMap((d) => d.data), { ...at, z: "series", stroke: color, strokeWidth: 2 }),
      Plot.dot(exits, { ...at, symbol: "triangle", r: 6, fill: color, stroke: "white" }),
      cornerNote(exits.length > 0 ? ["▲ cut: leaves the chart"] : []),
    ],
  });
}
