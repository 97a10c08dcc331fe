/**
 * Numbers in labels and descriptions, and the ticks of an axis, chosen by d3 the way Plot chooses them.
 * @module
 */
// @ts-types="npm:@types/d3-format@3.0.4"
import { format as d3Format } from "d3-format";
// @ts-types="npm:@types/d3-scale@4.0.9"
import { scaleLinear, scaleLog } from "d3-scale";

/** A number for a label: `digits` significant digits, a true minus (U+2212), exponents ≥ 10⁶ and < 10⁻⁴. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : "−∞";
  const magnitude = Math.abs(value);
  const text = magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-4)
    ? value.toExponential(digits - 1).replace(/\.?0+e/, "e").replace("e+", "e")
    : String(Number(value.toPrecision(digits)));
  return text.replace(/-/g, "−");
}

/** Format a point for a label, e.g. `(1.5, −2)`. */
export function formatPoint(x: number, y: number): string {
  return `(${formatNumber(x)}, ${formatNumber(y)})`;
}

/** Format a closed interval for a label, e.g. `[−5, 5]`. */
export function formatDomain(domain: readonly [number, number]): string {
  return `[${formatNumber(domain[0])}, ${formatNumber(domain[1])}]`;
}

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Whether `value` is a power of ten (10ⁿ for a whole n), and which. */
function tenToThe(value: number): number | undefined {
  const exponent = Math.round(Math.log10(value));
  return value > 0 && Math.abs(value / 10 ** exponent - 1) < 1e-9 ? exponent : undefined;
}

/** `10ⁿ` with the exponent in superscript digits. */
function power(exponent: number): string {
  return "10" + (exponent < 0 ? "⁻" : "") +
    [...String(Math.abs(exponent))].map((d) => SUPERSCRIPTS[+d]).join("");
}

/**
 * The labels of a log axis' ticks: when a tick is 10ⁿ with |n| ≥ 3, every power of ten is written `10ⁿ` (no
 * `0.01` next to `10⁻³`); other ticks by {@link formatNumber} (Plot's "100m" for 0.1 reads as a unit).
 */
export function logTickFormat(ticks: readonly number[]): (value: number) => string {
  const powers = ticks.some((t) => Math.abs(tenToThe(t) ?? 0) >= 3);
  return (value) => {
    const exponent = tenToThe(value);
    return powers && exponent !== undefined ? power(exponent) : formatNumber(value);
  };
}

/** Ticks for a log axis: d3's powers of ten (at most 10), or its 1-2-5 steps when fewer than three fit. */
export function logTicks(min: number, max: number): number[] {
  const leading = (t: number) => Number(t.toExponential(0)[0]);
  for (const count of [10, 5, 2]) {
    // Exact decimals (0.2, not 0.2000000000000000111) so that the labels read cleanly.
    const ticks = scaleLog().domain([min, max]).ticks(count).map((t) => Number(t.toPrecision(12)));
    const powers = ticks.filter((t) => leading(t) === 1);
    if (powers.length < 3) return ticks.filter((t) => [1, 2, 5].includes(leading(t)));
    if (powers.length <= 10) return powers;
  }
  return [min, max];
}

/** The domain a linear scale with `nice: true` ends up with, so labels can be placed before Plot renders. */
export function niceDomain(domain: readonly [number, number]): [number, number] {
  return scaleLinear().domain(domain).nice().domain() as [number, number];
}

type AxisOptions = Partial<Record<"type" | "domain" | "nice" | "ticks" | "tickFormat" | "axis", unknown>>;

/** The ticks and labels Plot will pick, when known before rendering; from `big` up labels read `2e24`. */
export function axisTicks(
  options: AxisOptions,
  count: number,
  big: number,
): { ticks: number[]; labels: string[]; format: (value: number) => string } | undefined {
  const { type, domain, nice, ticks, tickFormat, axis } = options;
  if (axis === null || (type !== undefined && type !== "linear" && !Array.isArray(ticks))) return undefined;
  if (typeof ticks === "number") count = ticks;
  const known = Array.isArray(domain) && domain.length === 2 && domain.every(Number.isFinite);
  if (!known && !Array.isArray(ticks)) return undefined;
  const scale = scaleLinear().domain(
    known ? domain as number[] : [Math.min(...ticks as number[]), Math.max(...ticks as number[])],
  );
  if (nice) scale.nice();
  const values = Array.isArray(ticks) ? ticks as number[] : scale.ticks(count);
  const [low, high] = scale.domain();
  const huge = Math.max(Math.abs(low), Math.abs(high)) >= big;
  let format: (value: number) => string;
  if (typeof tickFormat === "function") format = tickFormat as (value: number) => string;
  else if (typeof tickFormat === "string") format = d3Format(tickFormat);
  else if (type === "log") return undefined;
  else if (huge) format = (v) => (v === 0 ? "0" : scale.tickFormat(count, "~e")(v).replace("e+", "e"));
  else format = scale.tickFormat(count);
  return { ticks: values, labels: values.map((v) => format(v)), format };
}
