import { requireFunction, requireOptions, requirePositive } from "../_validate.ts";

/**
 * Internal helpers for the finite-difference functions: evaluate the caller's function and refuse anything
 * that is not a finite number, so NaN or Infinity never flows silently into an estimate.
 * @module
 */

/**
 * Evaluates `f` at `x` and throws if it does not return a finite number; the point where it went wrong is
 * the useful part of the message.
 * @param f The function.
 * @param x Where to evaluate it.
 * @param context What was being attempted, for the message.
 * @returns `f(x)`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluateFinite } from "./_evaluate.ts";
 * assert.equal(evaluateFinite(Math.sqrt, 4, "Cannot go"), 2);
 * assert.throws(() => evaluateFinite(Math.log, -1, "Cannot go"), /Cannot go: f\(-1\) is NaN/);
 * ```
 */
export function evaluateFinite(f: (x: number) => number, x: number, context: string): number {
  const y: unknown = f(x);
  if (typeof y !== "number") {
    throw new TypeError(`${context}: f(${x}) must return a number, got ${y === null ? "null" : typeof y}`);
  }
  if (!Number.isFinite(y)) throw new RangeError(`${context}: f(${x}) is ${y}, not a finite number`);
  return y;
}

/**
 * Returns `value` if it is finite, else throws a `RangeError` saying what produced it.
 * @param value The computed estimate.
 * @param what What produced it, for the message.
 * @param context What was being attempted, for the message.
 * @returns `value`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finiteResult } from "./_evaluate.ts";
 * assert.throws(() => finiteResult(Infinity, "the slope", "Cannot go"), /Cannot go: the slope is Infinity/);
 * ```
 */
export function finiteResult(value: number, what: string, context: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${context}: ${what} is ${value}, not a finite number`);
  return value;
}

/**
 * Throws a `RangeError` when `x + h` or `x − h` rounds back to `x`: the difference quotient would then be
 * `0 / h` and report a flat function whatever `f` is.
 * @param x The point.
 * @param h The step.
 * @param context What was being attempted, for the message.
 * @returns Nothing.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { assertStepResolves } from "./_evaluate.ts";
 * assertStepResolves(1, 1e-4, "Cannot go");
 * assert.throws(() => assertStepResolves(1e20, 1e-4, "Cannot go"), /h = 0.0001 is too small/);
 * ```
 */
export function assertStepResolves(x: number, h: number, context: string): void {
  if (x + h === x || x - h === x) {
    throw new RangeError(
      `${context}: h = ${h} is too small for x = ${x} (x + h rounds to x in double precision); use a larger h`,
    );
  }
}

/**
 * The checks every finite difference opens with: the options known, `f` a function, the step `h` > 0 (default
 * `hDefault`). Returns the options with `h` filled in.
 */
export function differenceOptions<O extends { h?: number }>(
  context: string,
  f: unknown,
  options: O | undefined,
  known: readonly string[],
  hDefault = 1e-4,
): O & { h: number } {
  const checked = requireOptions(context, options, known);
  requireFunction(context, "f", f);
  return { ...checked, h: requirePositive(context, "h", checked.h ?? hDefault) };
}
