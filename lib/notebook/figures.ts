/**
 * A lesson's figures compared with the ones the source lesson printed (lesson 01).
 * @module
 */
import { describe, requireBoolean, requireNumber } from "../_validate.ts";
import { Verdict } from "./verdict.ts";

/**
 * Compares a figure `name` (e.g. "x after 250 steps") with the one the source lesson printed. With the
 * source's parameters they must be the same double (`Object.is`: `0.7599999999999989` is not `0.76`) or it
 * throws, so headless runs fail loudly; otherwise the {@linkcode Verdict} says "not compared" and is not ok.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sourceFigure } from "./figures.ts";
 * assert.throws(() => sourceFigure("f(3)", 12, 13, true), /f\(3\) is 12 but the source lesson printed 13/);
 * ```
 */
export function sourceFigure(
  name: string,
  actual: number,
  expected: number,
  withSourceParameters: boolean,
): Verdict {
  if (typeof name !== "string" || name.trim() === "") {
    throw new TypeError(
      `Cannot compare a source figure: name must be a non-empty string, got ${describe(name)}`,
    );
  }
  const context = `Cannot compare ${name}`;
  requireNumber(context, "actual", actual);
  requireNumber(context, "expected", expected);
  requireBoolean(context, "withSourceParameters", withSourceParameters);
  if (!withSourceParameters) {
    return new Verdict(
      false,
      `${name} = ${actual}: not compared — your parameters differ from the source lesson's, ` +
        `which printed ${expected} with its own`,
    );
  }
  if (!Object.is(actual, expected)) {
    throw new Error(`Check failed: ${name} is ${actual} but the source lesson printed ${expected}`);
  }
  return new Verdict(true, `✓ ${name} = ${actual} matches the source lesson`);
}
