/**
 * A value (usually the cost) against the iteration, for one run or several.
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type ChartOptions, chartOptions, COLORS, haloText } from "./_chart.ts";
import { formatLogTick, formatNumber, logTicks } from "./_format.ts";
import { describe, requireFinite, requireInteger, requireNumbers, requirePositive } from "./_validate.ts";
import { type Figure, render } from "./figure.ts";

/** One series of values, one per iteration, or several named ones (drawn in the order given). */
export type CostSeries = readonly number[] | Readonly<Record<string, readonly number[]>>;

/** Options for {@link plotCost}. */
export interface CostOptions extends ChartOptions {
  /**
   * `"linear"` or `"log"` y axis; defaults to `"linear"`. On a log axis a value of exactly 0 (a run that
   * converged exactly) ends its series there; a negative value is an error.
   */
  scale?: "linear" | "log";
  /**
   * Top of the y axis. Defaults to the largest value, except when a series grows past 100 times the
   * largest starting value (a diverging run): then the top is 1.5 times that starting value on a linear axis
   * (10⁶ times on a log axis) and the diverging series is cut where it crosses, marked with a triangle.
   */
  yMax?: number;
  /** Label of the x axis; defaults to `"iteration"`. */
  xLabel?: string;
  /** Label of the y axis; defaults to `"cost"`. */
  yLabel?: string;
  /** Iteration number of each series' first value; defaults to 0 (the value before any step). */
  start?: number;
}

/** A drawn value. */
interface Datum {
  series: string;
  iteration: number;
  value: number;
}

/** What happened to a series when it was fitted to the chart. */
interface Drawn {
  name: string;
  data: Datum[];
  /** The point where the series left the chart (at the top), if it did. */
  exit?: Datum;
  /** Why the series stops early, if it does. */
  note?: string;
}

// The values of one series up to the first non-finite one or the first above `top`; a series that crosses
// `top` ends at the crossing (interpolated on the axis' own scale).
function fit(name: string, values: readonly number[], start: number, top: number, log: boolean): Drawn {
  const data: Datum[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const iteration = start + i;
    if (!Number.isFinite(value)) {
      return { name, data, note: `${name} becomes ${value} at iteration ${iteration}` };
    }
    if (log && value === 0) {
      return { name, data, note: `${name} reaches exactly 0 at iteration ${iteration}, below any log axis` };
    }
    if (value > top) {
      const previous = data[data.length - 1];
      if (previous === undefined) return { name, data, note: `${name} starts above the chart, at ${value}` };
      const t = log
        ? (Math.log(top) - Math.log(previous.value)) / (Math.log(value) - Math.log(previous.value))
        : (top - previous.value) / (value - previous.value);
      const exit = { series: name, iteration: previous.iteration + t, value: top };
      data.push(exit);
      return {
        name,
        data,
        exit,
        note: `${name} leaves the chart at iteration ${iteration} (${formatNumber(value)})`,
      };
    }
    data.push({ series: name, iteration, value });
  }
  return { name, data };
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
 * @param series the values, e.g. `history.map((h) => h.cost)`, or named series such as
 * `{ "α = 0.001": a, "α = 0.1": b, "α = 1.1": c }`
 * @param options `scale` ("linear"), `yMax` (automatic), `xLabel` ("iteration"), `yLabel` ("cost"), `start` (0),
 * and the {@link ChartOptions}
 * @returns the chart
 * @throws {TypeError} when a series is not an array of numbers
 * @throws {RangeError} when there is no series, a series is empty, a log axis meets a value < 0, or `yMax` is
 * not a finite number > 0 (log) / not above the smallest value
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plotCost } from "./mod.ts";
 * const chart = plotCost({ small: [10, 9, 8.1, 7.3], large: [10, 100, 1000, 10000] });
 * assert.equal(chart.mime, "text/html"); // two series: a legend, so a <figure>
 * // 10000 > 100 × 10, so the axis stops at 1.5 × 10 and "large" is cut where it crosses 15.
 * assert.match(chart.ariaDescription, /large leaves the chart at iteration 1/);
 * ```
 */
export function plotCost(series: CostSeries, options: CostOptions = {}): Figure {
  const context = "Cannot plot the cost";
  const { scale = "linear", xLabel = "iteration", yLabel = "cost", start = 0 } = options ?? {};
  if (scale !== "linear" && scale !== "log") {
    throw new RangeError(`${context}: scale must be "linear" or "log", got ${describe(scale)}`);
  }
  requireInteger(context, "start", start, 0);
  const log = scale === "log";

  const named: [string, readonly number[]][] = [];
  if (Array.isArray(series) || ArrayBuffer.isView(series)) {
    named.push([yLabel, requireNumbers(context, "series", series, false)]);
  } else if (series !== null && typeof series === "object") {
    for (const [name, values] of Object.entries(series)) {
      named.push([name, requireNumbers(context, `series["${name}"]`, values, false)]);
    }
    if (named.length === 0) {
      throw new RangeError(`${context}: series must hold at least one named series, got {}`);
    }
  } else {
    throw new TypeError(
      `${context}: series must be an array of numbers or an object of them, got ${describe(series)}`,
    );
  }

  let largest = -Infinity;
  let smallest = Infinity;
  let startMax = -Infinity;
  for (const [name, values] of named) {
    if (!Number.isFinite(values[0])) {
      throw new RangeError(`${context}: the first value of ${name} must be finite, got ${values[0]}`);
    }
    startMax = Math.max(startMax, values[0]);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (!Number.isFinite(value) || (log && value === 0)) break; // an exact 0 (converged) ends the series
      if (log && value < 0) {
        throw new RangeError(
          `${context}: a log scale needs values > 0, but ${name} is ${value} at iteration ${start + i}`,
        );
      }
      largest = Math.max(largest, value);
      smallest = Math.min(smallest, value);
    }
  }
  let top: number;
  if (options?.yMax !== undefined) {
    top = log ? requirePositive(context, "yMax", options.yMax) : requireFinite(context, "yMax", options.yMax);
    if (!(top > smallest)) {
      throw new RangeError(`${context}: yMax must be above the smallest value ${smallest}, got ${top}`);
    }
  } else {
    const reference = Math.abs(startMax) || 1;
    if (!(largest > 100 * reference)) top = largest;
    else if (log) top = Math.min(largest, reference * 1e6);
    else top = 1.5 * reference;
  }

  const drawn = named.map(([name, values]) => fit(name, values, start, top, log));
  const data = drawn.flatMap((d) => d.data);
  const exits = drawn.flatMap((d) => (d.exit === undefined ? [] : [d.exit]));
  const several = named.length > 1;
  const names = named.map(([name]) => name);

  const ariaLabel = several
    ? `${yLabel} against ${xLabel} for ${names.join(", ")}`
    : `${yLabel} against ${xLabel}`;
  const ariaDescription = drawn
    .map((d) => {
      const values = named.find(([name]) => name === d.name)![1];
      const first = values[0];
      const last = d.data[d.data.length - 1];
      return `${several ? d.name + ": " : ""}${values.length} values from ${formatNumber(first)}` +
        (d.note === undefined ? ` to ${formatNumber(last.value)}.` : `; ${d.note}.`);
    })
    .join(" ") + (log ? " Log scale." : "");

  const seriesColor = several ? { stroke: "series" } : { stroke: COLORS.curve };
  return render({
    ...chartOptions(context, options ?? {}, ariaLabel, ariaDescription),
    x: { label: xLabel, grid: true },
    y: {
      label: yLabel,
      grid: true,
      type: log ? "log" : "linear",
      // Plot's log ticks use SI prefixes ("100m" for 0.1), which read as units, and crowd wide ranges with
      // minor ticks; use powers of ten (or 1-2-5 steps over a short range), written as numbers.
      ...(log ? { tickFormat: formatLogTick, ticks: logTicks(smallest, top) } : {}),
      ...(log ? {} : { domain: [Math.min(0, smallest), top], nice: top === largest }),
    },
    color: several
      ? { domain: names, range: names.map((_, k) => COLORS.series[k % COLORS.series.length]), legend: true }
      : undefined,
    marks: [
      ...(log || smallest > 0 ? [] : [Plot.ruleY([0], { stroke: "#999" })]),
      Plot.line(data, { x: "iteration", y: "value", z: "series", ...seriesColor, strokeWidth: 2 }),
      Plot.dot(exits, {
        x: "iteration",
        y: "value",
        symbol: "triangle",
        r: 6,
        ...(several ? { fill: "series" } : { fill: COLORS.curve }),
        stroke: "white",
      }),
      Plot.text(exits.length > 0 ? ["▲ cut: leaves the chart"] : [], {
        frameAnchor: "top-right",
        dx: -6,
        dy: 6,
        lineAnchor: "top",
        ...haloText("#555"),
      }),
    ],
  });
}
