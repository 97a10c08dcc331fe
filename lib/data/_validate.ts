// Internal helpers for lib/data's error messages.

/** Formats a value for an error message: strings quoted, arrays summarised, everything else as String(). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** "1 field", "3 fields": a count with its noun, for messages. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
