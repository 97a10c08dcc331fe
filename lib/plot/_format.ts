/**
 * Number formatting for chart labels and accessible descriptions.
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
