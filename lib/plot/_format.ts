/**
 * Number formatting for chart labels, axis ticks and accessible descriptions.
 * @module
 */

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

/**
 * Format a tick of a log axis: powers of ten from 10³ up or 10⁻³ down as `10ⁿ`, other values as
 * {@link formatNumber} does (Plot's default would print SI prefixes, "100m" for 0.1, which read as units).
 * @param value the tick value
 * @returns the label
 */
export function formatLogTick(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(exponent) >= 3 && Math.abs(value / 10 ** exponent - 1) < 1e-9) {
    return "10" + String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
  }
  return formatNumber(value);
}

/**
 * Ticks for a log axis from `min` to `max` (both > 0): the powers of ten inside, or, when fewer than three
 * fit, the 1-2-5 sequence.
 * @param min the axis' lower end
 * @param max the axis' upper end
 * @returns the tick values, increasing
 */
export function logTicks(min: number, max: number): number[] {
  const low = Math.floor(Math.log10(min));
  const high = Math.ceil(Math.log10(max));
  const powers: number[] = [];
  const steps: number[] = [];
  for (let k = low; k <= high; k++) {
    for (const m of [1, 2, 5]) {
      // Exact decimals (0.2, not 0.2000000000000000111) so the labels read cleanly.
      const value = Number(`${m}e${k}`);
      if (value < min * (1 - 1e-12) || value > max * (1 + 1e-12)) continue;
      steps.push(value);
      if (m === 1) powers.push(value);
    }
  }
  return powers.length >= 3 ? powers : steps;
}
