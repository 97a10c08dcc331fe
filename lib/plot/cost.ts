/**
 * A value (usually the cost) against the iteration, for one run or several.
 * @module
 */
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
import { formatLogTick, formatNumber, logTicks } from "./_format.ts";
import { cornerNote } from "./_path.ts";
import { type Figure, render } from "./figure.ts";

/** A value at a given iteration, e.g. `{ iteration: 100, value: 0.25 }` from a history kept with `recordEvery`. */
export interface CostPoint {
  /** The iteration (or epoch) the value belongs to; finite, increasing along a series. */
  iteration: number;
  /** The value, e.g. the cost; a non-finite value ends the series there. */
  value: number;
}

/**
 * One series or several named ones (drawn in the order given). A series is either values, one per iteration
 * (`start`, `start + every`, …), or points that carry their own iterations, for histories that skip some.
 */
export type CostSeries =
  | readonly number[]
  | readonly CostPoint[]
  | Readonly<Record<string, readonly number[] | readonly CostPoint[]>>;

/** Options for {@link plotCost}. */
export interface CostOptions extends ChartOptions {
  /**
   * `"linear"` or `"log"` y axis. Defaults to linear, or log when every series grows past 100 times the largest
   * starting value (diverging runs, which no linear axis shows readably) and all values are > 0. On a log axis
   * a value of exactly 0 (a run that converged exactly) ends its series there; a negative value is an error.
   */
  scale?: "linear" | "log";
  /**
   * Top of the y axis. Defaults to the largest value, except when a series grows past 100 times the
   * largest starting value (a diverging run): then the top is 1.5 times that starting value on a linear axis
   * (10⁶ times on a log axis) and the diverging series is cut where it crosses, marked with a triangle, so the
   * other series stay readable.
   */
  yMax?: number;
  /** Label of the x axis; defaults to `"iteration"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"cost"`. */
  yLabel?: string;
  /** Iteration of the first value of each array of numbers; defaults to 0 (the value before any step). */
  start?: number;
  /** Iterations between consecutive values of an array of numbers; defaults to 1 (see points for `recordEvery`). */
  every?: number;
}

/** A drawn value. */
interface Datum {
  series: string;
  iteration: number;
  value: number;
}

// The points of one series up to the first non-finite value or the first above `top`; a series that crosses
// `top` ends at the crossing (interpolated on the axis' own scale) with an `exit`; `note` says why it stopped.
function fit(name: string, points: readonly CostPoint[], top: number, log: boolean) {
  const data: Datum[] = [];
  const stop = (note: string, exit?: Datum) => ({ name, data, note, exit });
  for (const { iteration, value } of points) {
    if (!Number.isFinite(value)) return stop(`${name} becomes ${value} at iteration ${at(iteration)}`);
    if (log && value === 0) {
      return stop(`${name} reaches exactly 0 at iteration ${at(iteration)}, below any log axis`);
    }
    if (value > top) {
      const previous = data[data.length - 1];
      if (previous === undefined) return stop(`${name} starts above the chart, at ${value}`);
      const scale = log ? Math.log : (v: number) => v;
      const t = (scale(top) - scale(previous.value)) / (scale(value) - scale(previous.value));
      const exit = {
        series: name,
        iteration: previous.iteration + t * (iteration - previous.iteration),
        value: top,
      };
      data.push(exit);
      return stop(`${name} leaves the chart at iteration ${at(iteration)} (${formatNumber(value)})`, exit);
    }
    data.push({ series: name, iteration, value });
  }
  return { name, data, note: undefined, exit: undefined };
}

// An iteration for a description: whole numbers in full (1000000, not 1e6).
function at(iteration: number): string {
  return Number.isInteger(iteration) ? String(iteration) : formatNumber(iteration);
}

// A series as points: arrays of numbers are placed at start, start + every, …; points are checked.
function toPoints(
  context: string,
  name: string,
  values: unknown,
  start: number,
  every: number,
): { points: CostPoint[]; numbers: boolean } {
  const list = values as ArrayLike<unknown>;
  const first = (Array.isArray(values) || ArrayBuffer.isView(values)) ? list[0] : undefined;
  if (first === null || typeof first !== "object") {
    const numbers = requireNumbers(context, name, values, false);
    return {
      points: Array.from(numbers, (value, i) => ({ iteration: start + i * every, value })),
      numbers: true,
    };
  }
  const points: CostPoint[] = [];
  for (let i = 0; i < list.length; i++) {
    const point = list[i] as Partial<CostPoint> | null;
    const where = `${name}[${i}]`;
    if (point === null || typeof point !== "object" || Array.isArray(point)) {
      throw new TypeError(
        `${context}: ${where} must be a point { iteration, value } like ${name}[0], got ${describe(point)}`,
      );
    }
    const iteration = requireFinite(context, `${where}.iteration`, point.iteration);
    if (typeof point.value !== "number") {
      throw new TypeError(`${context}: ${where}.value must be a number, got ${describe(point.value)}`);
    }
    const previous = points[i - 1];
    if (previous !== undefined && !(iteration > previous.iteration)) {
      throw new RangeError(
        `${context}: ${where}.iteration must be greater than the one before (${previous.iteration}), got ${iteration}`,
      );
    }
    points.push({ iteration, value: point.value });
  }
  return { points, numbers: false };
}

/**
 * Plot values against the iteration: one line per series, coloured, with a swatch legend when there are
 * several (the legend makes the output a `<figure>`, shown as HTML). Diverging runs stay readable: a value that
 * is not finite ends its series there, and a series that shoots far above the others is cut at the top of the
 * axis and marked with a triangle (see `yMax`). The description says where each cut happened.
 *
 * Introduced in lesson 03 (source lesson 002: learning rate too small, right, too large); used for every
 * cost history.
 *
 * A history kept with `recordEvery` skips iterations and keeps its last value wherever the run stopped: pass it
 * as points, `history.map((h) => ({ iteration: h.iteration, value: h.cost }))`, so each value sits at its own
 * iteration.
 *
 * @param series the values, e.g. `history.map((h) => h.cost)`, or points `{ iteration, value }`, or named
 * series of either, such as `{ "α = 0.001": a, "α = 0.1": b, "α = 1.1": c }`
 * @param options `scale` ("linear"), `yMax` (automatic), `xLabel` ("iteration"), `yLabel` ("cost"), `start` (0),
 * `every` (1), and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when a series is neither an array of numbers nor of points `{ iteration, value }`, or
 * `start`/`every` is given when every series is points
 * @throws {RangeError} when there is no series, a series is empty, a point's iteration is not finite or not
 * above the one before, a log axis meets a value < 0, `start` is not an integer ≥ 0, `every` is not a finite
 * number > 0, or `yMax` is not a finite number > 0 (log) / not above the smallest value
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCost } from "./mod.ts";
 * const chart = plotCost({ small: [10, 9, 8.1, 7.3], large: [10, 100, 1000, 10000] });
 * assert.equal(chart.mime, "text/html"); // two series: a legend, so a <figure>
 * // 10000 > 100 × 10, so the axis stops at 1.5 × 10 and "large" is cut where it crosses 15.
 * assert.match(chart.ariaDescription, /large leaves the chart at iteration 1/);
 *
 * // A history kept every 100 iterations, stopped at iteration 250: points put each value where it belongs.
 * const history = [
 *   { iteration: 0, cost: 8 },
 *   { iteration: 100, cost: 2 },
 *   { iteration: 200, cost: 0.5 },
 *   { iteration: 250, cost: 0.3 },
 * ];
 * const kept = plotCost(history.map((h) => ({ iteration: h.iteration, value: h.cost })));
 * assert.match(kept.ariaDescription, /^4 values at iterations 0 to 250 from 8 to 0\.3\.$/);
 * ```
 */
export function plotCost(series: CostSeries, options: CostOptions = {}): Figure {
  const context = "Cannot plot the cost";
  const own = ["scale", "yMax", "xLabel", "yLabel", "start", "every"];
  const { scale, xLabel = "iteration", yLabel = "cost", start = 0, every = 1 } = options ?? {};
  if (scale !== undefined) requireOneOf(context, "scale", scale, ["linear", "log"]);
  requireInteger(context, "start", start, 0);
  requirePositive(context, "every", every);

  const named: [string, CostPoint[]][] = [];
  let anyNumbers = false;
  const add = (name: string, label: string, values: unknown) => {
    const { points, numbers } = toPoints(context, label, values, start, every);
    named.push([name, points]);
    anyNumbers ||= numbers;
  };
  if (Array.isArray(series) || ArrayBuffer.isView(series)) add(yLabel, "series", series);
  else if (series !== null && typeof series === "object") {
    for (const [name, values] of Object.entries(series)) add(name, `series["${name}"]`, values);
    if (named.length === 0) {
      throw new RangeError(`${context}: series must hold at least one named series, got {}`);
    }
  } else {
    throw new TypeError(
      `${context}: series must be an array of numbers or points, or an object of them, got ${
        describe(series)
      }`,
    );
  }
  // Points carry their own iterations; spacing options would be silently ignored.
  const spacing = anyNumbers
    ? undefined
    : (["start", "every"] as const).find((key) => options?.[key] !== undefined);
  if (spacing !== undefined) {
    throw new TypeError(
      `${context}: ${spacing} applies to arrays of numbers, but every series is points { iteration, value }; ` +
        `got ${spacing} ${describe(options[spacing])}`,
    );
  }

  // The extremes of each series up to its first non-finite value.
  const reference = Math.abs(Math.max(...named.map(([name, points]) => {
    if (!Number.isFinite(points[0].value)) {
      throw new RangeError(`${context}: the first value of ${name} must be finite, got ${points[0].value}`);
    }
    return points[0].value;
  }))) || 1;
  const finite = named.map(([, points]) => {
    const k = points.findIndex((p) => !Number.isFinite(p.value));
    return (k < 0 ? points : points.slice(0, k)).map((p) => p.value);
  });
  const diverging = finite.map((values) => values.some((v) => v > 100 * reference));
  const log = scale === undefined
    ? diverging.every(Boolean) && finite.flat().every((v) => v > 0)
    : scale === "log";
  let largest = -Infinity;
  let smallest = Infinity;
  named.forEach(([name, points], k) => {
    for (const [i, value] of finite[k].entries()) {
      if (log && value === 0) break; // an exact 0 (converged) ends the series
      if (log && value < 0) {
        throw new RangeError(
          `${context}: a log scale needs values > 0, but ${name} is ${value} at iteration ${
            points[i].iteration
          }`,
        );
      }
      largest = Math.max(largest, value);
      smallest = Math.min(smallest, value);
    }
  });
  let top: number;
  if (options?.yMax !== undefined) {
    top = log ? requirePositive(context, "yMax", options.yMax) : requireFinite(context, "yMax", options.yMax);
    if (!(top > smallest)) {
      throw new RangeError(`${context}: yMax must be above the smallest value ${smallest}, got ${top}`);
    }
  } else if (!diverging.some(Boolean)) top = largest;
  else top = log ? Math.min(largest, reference * 1e6) : 1.5 * reference;

  const drawn = named.map(([name, points]) => fit(name, points, top, log));
  const exits = drawn.flatMap((d) => (d.exit === undefined ? [] : [d.exit]));
  const several = named.length > 1;
  const names = named.map(([name]) => name);
  const ariaDescription = drawn.map((d, k) => {
    const points = named[k][1];
    const [first, last] = [points[0], d.data[d.data.length - 1]];
    // Say where the values sit when they are not simply 0, 1, 2, …
    const spread = points.every((p, i) => p.iteration === i)
      ? ""
      : ` at iterations ${at(first.iteration)} to ${at(points[points.length - 1].iteration)}`;
    return `${several ? d.name + ": " : ""}${points.length} values${spread} from ${
      formatNumber(first.value)
    }` +
      (d.note === undefined ? ` to ${formatNumber(last.value)}.` : `; ${d.note}.`);
  }).join(" ") + (log
    ? (scale === undefined ? " Log scale: the values grow too fast for a linear one." : " Log scale.")
    : "");

  const color = several ? "series" : COLORS.curve;
  // A short run of whole iterations gets one tick per iteration (Plot would label 0.2, 0.4, … for one step).
  const iterations = named.flatMap(([, points]) => points.map((p) => p.iteration));
  const lastIteration = Math.max(...iterations);
  const wholeTicks = iterations.every(Number.isInteger) && lastIteration <= 10
    ? { ticks: Array.from({ length: lastIteration + 1 }, (_, i) => i), tickFormat: "d" }
    : {};
  return render({
    ...chartOptions(
      context,
      options,
      own,
      several ? `${yLabel} against ${xLabel} for ${names.join(", ")}` : `${yLabel} against ${xLabel}`,
      ariaDescription,
    ),
    x: { label: xLabel, grid: true, ...wholeTicks },
    y: log
      // Powers of ten (or 1-2-5 steps over a short range), written as numbers, not Plot's SI prefixes.
      ? { label: yLabel, grid: true, type: "log", ticks: logTicks(smallest, top), tickFormat: formatLogTick }
      : { label: yLabel, grid: true, domain: [Math.min(0, smallest), top], nice: top === largest },
    color: several
      ? { domain: names, range: names.map((_, k) => COLORS.series[k % 8]), legend: true }
      : undefined,
    marks: [
      ...(log || smallest > 0 ? [] : [Plot.ruleY([0], { stroke: "#999" })]),
      Plot.line(drawn.flatMap((d) => d.data), {
        x: "iteration",
        y: "value",
        z: "series",
        stroke: color,
        strokeWidth: 2,
      }),
      Plot.dot(exits, { x: "iteration", y: "value", symbol: "triangle", r: 6, fill: color, stroke: "white" }),
      cornerNote(exits.length > 0 ? ["▲ cut: leaves the chart"] : []),
    ],
  });
}
