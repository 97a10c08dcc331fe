/**
 * Boundary checks shared by the chart helpers. Each throws a TypeError (wrong kind of value) or a RangeError
 * (right kind, bad value) whose message starts with what was being drawn and names the bad value.
 * @module
 */

/** A one-variable function such as `f(x) = 2x² − 3x + 4`. */
export type Fn1 = (x: number) => number;

/** A closed interval `[min, max]` with `min < max`. */
export type Domain = readonly [number, number];

/**
 * Describe a value for an error message: numbers as JavaScript prints them (`NaN`, `Infinity`), strings
 * quoted, arrays element by element (first 6), functions and other objects by kind.
 * @param value anything
 * @returns a short description
 */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === "function") return `a function${value.name ? ` (${value.name})` : ""}`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map((item) => (Array.isArray(item) ? "[…]" : describe(item)));
    return `[${shown.join(", ")}${value.length > 6 ? `, … (${value.length} items)` : ""}]`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value).slice(0, 4);
    return keys.length === 0 ? "{}" : `{${keys.join(", ")}${Object.keys(value).length > 4 ? ", …" : ""}}`;
  }
  return typeof value;
}

/**
 * Check that a value is a function.
 * @param context what was being drawn, e.g. `"Cannot plot a curve"`
 * @param name the argument's name
 * @param value the argument
 */
export function requireFunction(
  context: string,
  name: string,
  value: unknown,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== "function") {
    throw new TypeError(`${context}: ${name} must be a function, got ${describe(value)}`);
  }
}

/**
 * Check that a value is a finite number.
 * @param context what was being drawn
 * @param name the value's name
 * @param value the value
 * @returns the number
 */
export function requireFinite(context: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

/**
 * Check that a value is a finite number greater than zero.
 * @param context what was being drawn
 * @param name the value's name
 * @param value the value
 * @returns the number
 */
export function requirePositive(context: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${context}: ${name} must be a finite number > 0, got ${describe(value)}`);
  }
  return value;
}

/**
 * Check that a value is an integer ≥ `min`.
 * @param context what was being drawn
 * @param name the value's name
 * @param value the value
 * @param min the smallest allowed value
 * @returns the integer
 */
export function requireInteger(context: string, name: string, value: unknown, min: number): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${context}: ${name} must be an integer ≥ ${min}, got ${describe(value)}`);
  }
  return value;
}

/**
 * Check that a value is an interval `[min, max]` of finite numbers with `min < max`.
 * @param context what was being drawn
 * @param name the argument's name
 * @param value the argument
 * @returns the interval
 */
export function requireDomain(context: string, name: string, value: unknown): Domain {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new TypeError(`${context}: ${name} must be an array [min, max], got ${describe(value)}`);
  }
  const [min, max] = value;
  if (typeof min !== "number" || typeof max !== "number") {
    throw new TypeError(`${context}: ${name} must hold two numbers, got ${describe(value)}`);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`${context}: ${name} must be finite, got ${describe(value)}`);
  }
  if (!(min < max)) throw new RangeError(`${context}: ${name} must have min < max, got ${describe(value)}`);
  return [min, max];
}

/**
 * Check that a value is a non-empty array of numbers. Non-finite entries are allowed only when `finite` is
 * false (a descent path may blow up; the chart then shows where).
 * @param context what was being drawn
 * @param name the argument's name
 * @param value the argument
 * @param finite whether every entry must be finite
 * @returns the array
 */
export function requireNumbers(
  context: string,
  name: string,
  value: unknown,
  finite: boolean,
): readonly number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new TypeError(`${context}: ${name} must be an array of numbers, got ${describe(value)}`);
  }
  const values = value as ArrayLike<unknown>;
  if (values.length === 0) throw new RangeError(`${context}: ${name} must not be empty, got []`);
  for (let i = 0; i < values.length; i++) {
    const item = values[i];
    if (typeof item !== "number") {
      throw new TypeError(`${context}: ${name}[${i}] must be a number, got ${describe(item)}`);
    }
    if (finite && !Number.isFinite(item)) {
      throw new RangeError(`${context}: ${name}[${i}] must be a finite number, got ${describe(item)}`);
    }
  }
  return Array.from(values as ArrayLike<number>);
}

/**
 * Call `f(...args)` and check that it returned a finite number.
 * @param context what was being drawn
 * @param name the function's name, e.g. `"f"` or `"cost"`
 * @param f the function
 * @param args its arguments
 * @returns the value
 */
export function evaluate(
  context: string,
  name: string,
  f: (...args: number[]) => unknown,
  ...args: number[]
): number {
  const value = f(...args);
  const call = `${name}(${args.map((arg) => String(arg)).join(", ")})`;
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${call} must return a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: ${call} must be a finite number, got ${describe(value)}`);
  }
  return value;
}
