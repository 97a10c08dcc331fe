/**
 * Number formatting for chart labels, axis ticks and accessible descriptions.
 * @module
 */
import { describe } from "./_validate.ts";

/**
 * Format a number for a label: at most `digits` significant digits, no trailing zeros, a true minus sign
 * (U+2212) as Plot's axes use, and exponent notation for very large or very small magnitudes.
 * @param value the number to format
 * @param digits significant digits; defaults to 4
 * @returns the label text, e.g. `"−6.9998"` → `"−7"` with 4 digits
 */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  let text: string;
  if (magnitude >= 1e6 || magnitude < 1e-4) {
    text = value.toExponential(digits - 1).replace(/\.?0+e/, "e").replace("e+", "e");
  } else {
    text = String(Number(value.toPrecision(digits)));
  }
  return text.replace(/-/g, "−");
}

/**
 * Format a closed interval for a label, e.g. `[−5, 5]`.
 * @param domain the interval's ends
 * @returns the interval as text
 */
export function formatDomain(domain: readonly [number, number]): string {
  return `[${formatNumber(domain[0])}, ${formatNumber(domain[1])}]`;
}

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/** The most ticks {@link logTicks} puts on an axis before it thins the powers of ten. */
export const MAX_LOG_TICKS = 10;

/**
 * Format a tick of a log axis: powers of ten from 10³ up or 10⁻³ down as `10ⁿ`, other values as
 * {@link formatNumber} does (Plot's default would print SI prefixes, "100m" for 0.1, which read as units).
 * Pass it as `tickFormat` of a log axis drawn with `render`, so a hand-made chart reads like
 * `plotCost`. Any number is accepted: 0, negative or non-finite values are written as {@link formatNumber}
 * writes them.
 *
 * Introduced in lesson 01 (through `plotCost(…, { scale: "log" })`); lessons 09, 10 and 14 draw log axes by
 * hand with `render`.
 *
 * @param value the tick value
 * @returns the label, e.g. `"10⁻⁶"` for 1e-6, `"0.01"` for 0.01, `"200"` for 200
 * @throws {TypeError} when `value` is not a number
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatLogTick, logTicks, Plot, render } from "./mod.ts";
 * assert.equal(formatLogTick(1e-6), "10⁻⁶");
 * assert.equal(formatLogTick(0.01), "0.01");
 * // A raw Plot chart with the helpers' log axis:
 * const values = [1, 0.1, 0.001, 1e-5, 1e-7];
 * const chart = render({
 *   ariaLabel: "Error per step, log scale",
 *   y: { type: "log", ticks: logTicks(1e-7, 1), tickFormat: formatLogTick },
 *   marks: [Plot.lineY(values)],
 * });
 * assert.match(chart.svg, />10⁻⁶</);
 * ```
 */
export function formatLogTick(value: number): string {
  if (typeof value !== "number") {
    throw new TypeError(`Cannot format a log tick: value must be a number, got ${describe(value)}`);
  }
  if (!(value > 0) || !Number.isFinite(value)) return formatNumber(value);
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(exponent) >= 3 && Math.abs(value / 10 ** exponent - 1) < 1e-9) {
    return "10" + String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
  }
  return formatNumber(value);
}

/**
 * Ticks for a log axis from `min` to `max`: the powers of ten inside, or, when fewer than three fit, the 1-2-5
 * sequence (1, 2, 5, 10, 20, …). Over a range too wide for {@link MAX_LOG_TICKS} (10) powers, only every 2nd,
 * 5th, 10th, 20th, 50th, … power is kept — the smallest spacing that leaves at most 10 ticks, counted from
 * 10⁰ so the kept exponents are multiples of it (10⁻²⁰, 10⁻¹⁰, 10⁰, …).
 *
 * Introduced in lesson 01 (through `plotCost(…, { scale: "log" })`); lesson 08 draws values down to 10⁻¹⁶.
 *
 * @param min the axis' lower end, a finite number > 0
 * @param max the axis' upper end, finite and ≥ `min`
 * @returns the tick values, increasing
 * @throws {TypeError} when `min` or `max` is not a number
 * @throws {RangeError} when `min` or `max` is not finite and > 0, or `max` < `min`
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logTicks } from "./mod.ts";
 * assert.deepEqual(logTicks(0.3, 12), [0.5, 1, 2, 5, 10]);
 * assert.deepEqual(logTicks(1, 1e4), [1, 10, 100, 1000, 1e4]);
 * // 25 decades: every 5th power.
 * assert.deepEqual(logTicks(1e-20, 1e5), [1e-20, 1e-15, 1e-10, 1e-5, 1, 1e5]);
 * ```
 */
export function logTicks(min: number, max: number): number[] {
  const context = "Cannot choose log ticks";
  for (const [name, value] of [["min", min], ["max", max]] as const) {
    if (typeof value !== "number") {
      throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
    }
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${context}: ${name} must be a finite number > 0, got ${describe(value)}`);
    }
  }
  if (max < min) throw new RangeError(`${context}: max must be ≥ min, got min ${min} and max ${max}`);
  const low = Math.floor(Math.log10(min));
  const high = Math.ceil(Math.log10(max));
  const exponents: number[] = [];
  const steps: number[] = [];
  for (let k = low; k <= high; k++) {
    for (const m of [1, 2, 5]) {
      // Exact decimals (0.2, not 0.2000000000000000111) so the labels read cleanly.
      const value = Number(`${m}e${k}`);
      if (value < min * (1 - 1e-12) || value > max * (1 + 1e-12)) continue;
      steps.push(value);
      if (m === 1) exponents.push(k);
    }
  }
  if (exponents.length < 3) return steps;
  // Keep every `spacing`-th power, spacing from 1, 2, 5, 10, 20, 50, …, the smallest that leaves ≤ 10 ticks.
  for (let scale = 1;; scale *= 10) {
    for (const m of [1, 2, 5]) {
      const spacing = m * scale;
      const kept = exponents.filter((k) => k % spacing === 0);
      if (kept.length <= MAX_LOG_TICKS) return kept.map((k) => Number(`1e${k}`));
    }
  }
}
