/**
 * Internal checks shared by the `lib/` areas: validate at the boundary and throw a `TypeError` (wrong kind of
 * value) or `RangeError` (right kind, bad value) whose message starts with what was being attempted and names
 * the bad value, e.g. `Cannot run gradient descent: learningRate must be > 0, got -0.1`.
 *
 * Not part of the public API (the leading underscore marks the file as internal).
 *
 * @module
 */

/**
 * Renders a value for an error message: numbers and booleans as they print, strings quoted, arrays with their
 * first few items, functions and objects by kind.
 *
 * @param value Any value.
 * @returns A short, readable description.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describe } from "./_validate.ts";
 * assert.equal(describe(-0.1), "-0.1");
 * assert.equal(describe("x"), '"x"');
 * assert.equal(describe([1, NaN]), "[1, NaN]");
 * ```
 */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "function") return "a function";
  if (value === null) return "null";
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map(describe).join(", ");
    return `[${shown}${value.length > 6 ? `, … (${value.length} values)` : ""}]`;
  }
  if (typeof value === "object") return "an object";
  return String(value);
}

/**
 * Throws a `TypeError` unless `value` is a function.
 *
 * @param value The value to check.
 * @param name How the message names the value (e.g. `"gradient"`).
 * @param context What was being attempted (e.g. `"Cannot run gradient descent"`).
 * @returns Nothing; narrows `value` to a function.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertFunction } from "./_validate.ts";
 * assert.throws(() => assertFunction(3, "f", "Cannot go"), /Cannot go: f must be a function, got 3/);
 * ```
 */
export function assertFunction(
  value: unknown,
  name: string,
  context: string,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== "function") {
    throw new TypeError(`${context}: ${name} must be a function, got ${describe(value)}`);
  }
}

/**
 * Throws a `TypeError` unless `value` is a number, and a `RangeError` if it is `NaN` or infinite.
 *
 * @param value The value to check.
 * @param name How the message names the value.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to `number`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertFiniteNumber } from "./_validate.ts";
 * assert.throws(() => assertFiniteNumber(NaN, "x", "Cannot go"), RangeError);
 * assert.throws(() => assertFiniteNumber("1", "x", "Cannot go"), TypeError);
 * ```
 */
export function assertFiniteNumber(value: unknown, name: string, context: string): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be a finite number, got ${describe(value)}`);
  }
}

/**
 * Throws unless `value` is a finite number greater than 0.
 *
 * @param value The value to check.
 * @param name How the message names the value.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to `number`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertPositive } from "./_validate.ts";
 * assert.throws(
 *   () => assertPositive(-0.1, "learningRate", "Cannot run gradient descent"),
 *   { name: "RangeError", message: "Cannot run gradient descent: learningRate must be > 0, got -0.1" },
 * );
 * ```
 */
export function assertPositive(value: unknown, name: string, context: string): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be > 0, got ${describe(value)}`);
  }
}

/**
 * Throws unless `value` is a finite number greater than or equal to 0.
 *
 * @param value The value to check.
 * @param name How the message names the value.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to `number`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertNonNegative } from "./_validate.ts";
 * assertNonNegative(0, "tolerance", "Cannot go");
 * assert.throws(() => assertNonNegative(-1, "tolerance", "Cannot go"), RangeError);
 * ```
 */
export function assertNonNegative(value: unknown, name: string, context: string): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be >= 0, got ${describe(value)}`);
  }
}

/**
 * Throws unless `value` is an integer greater than or equal to 1.
 *
 * @param value The value to check.
 * @param name How the message names the value.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to `number`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertPositiveInteger } from "./_validate.ts";
 * assert.throws(() => assertPositiveInteger(2.5, "maxIterations", "Cannot go"), /got 2.5/);
 * ```
 */
export function assertPositiveInteger(
  value: unknown,
  name: string,
  context: string,
): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${context}: ${name} must be an integer >= 1, got ${describe(value)}`);
  }
}

/**
 * Throws a `RangeError` unless `value` is one of `allowed`.
 *
 * @param value The value to check.
 * @param allowed The accepted values.
 * @param name How the message names the value.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to the union of `allowed`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertOneOf } from "./_validate.ts";
 * assert.throws(
 *   () => assertOneOf("centre", ["forward", "central"], "method", "Cannot go"),
 *   /method must be one of "forward", "central", got "centre"/,
 * );
 * ```
 */
export function assertOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
  context: string,
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    const list = allowed.map(describe).join(", ");
    const error = typeof value === "string" ? RangeError : TypeError;
    throw new error(`${context}: ${name} must be one of ${list}, got ${describe(value)}`);
  }
}

/**
 * Throws unless `value` is a non-empty array of finite numbers; the message names the first bad index.
 *
 * @param value The value to check.
 * @param name How the message names the array.
 * @param context What was being attempted.
 * @returns Nothing; narrows `value` to `readonly number[]`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertFiniteVector } from "./_validate.ts";
 * assert.throws(() => assertFiniteVector([1, NaN], "start", "Cannot go"), /start\[1\] must be a finite number, got NaN/);
 * assert.throws(() => assertFiniteVector([], "start", "Cannot go"), /start must not be empty/);
 * ```
 */
export function assertFiniteVector(
  value: unknown,
  name: string,
  context: string,
): asserts value is readonly number[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${context}: ${name} must be an array of numbers, got ${describe(value)}`);
  }
  if (value.length === 0) throw new RangeError(`${context}: ${name} must not be empty, got []`);
  for (let i = 0; i < value.length; i++) assertFiniteNumber(value[i], `${name}[${i}]`, context);
}

/**
 * Throws unless `options` is `undefined` or a plain object whose keys are all in `known` — catches typos such
 * as `learningrate` in a notebook, where nothing type-checks the call.
 *
 * @param options The options object passed by the caller.
 * @param known The option names the function understands.
 * @param context What was being attempted.
 * @returns Nothing.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertKnownOptions } from "./_validate.ts";
 * assert.throws(
 *   () => assertKnownOptions({ learningrate: 0.1 }, ["learningRate"], "Cannot go"),
 *   /unknown option "learningrate" \(known: "learningRate"\)/,
 * );
 * ```
 */
export function assertKnownOptions(options: unknown, known: readonly string[], context: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `${context}: unknown option ${describe(key)} (known: ${known.map(describe).join(", ")})`,
      );
    }
  }
}
