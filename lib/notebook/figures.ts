/**
 * A source lesson's printed figures: a lesson computes each figure and compares it with the one the source
 * lesson printed — to the last digit when its parameters are the source's, not at all when a learner edited
 * them, so an edited run still completes and says so in words. Introduced in lesson 01.
 *
 * @module
 */
import { Verdict } from "./verdict.ts";

/**
 * Compares a figure the lesson computed with the one the source lesson printed. With the source's parameters
 * the two must be the same double (`Object.is`, so `0.7599999999999989` is not `0.76`), and any difference
 * throws, so headless execution fails loudly. With edited parameters nothing is compared: the verdict says
 * "not compared" and its `ok` is false — an edited run never claims to match.
 * @param name What the figure is, e.g. "x after 250 steps".
 * @param actual The value the lesson computed.
 * @param expected The value the source lesson printed.
 * @param withSourceParameters Whether the lesson runs with the source lesson's parameters.
 * @returns A one-line {@linkcode Verdict}: make it the cell's last expression, or print it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sourceFigure } from "./figures.ts";
 * const f = (x: number) => 2 * x ** 2 - 3 * x + 4;
 * assert.equal(String(sourceFigure("f(3)", f(3), 13, true)), "✓ f(3) = 13 matches the source lesson");
 * assert.throws(() => sourceFigure("f(3)", 12, 13, true), /f\(3\) is 12 but the source lesson printed 13/);
 * const edited = sourceFigure("f(3)", 12, 13, false);
 * assert.equal(edited.ok, false);
 * assert.match(String(edited), /f\(3\) = 12: not compared/);
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
      `Cannot compare a source figure: name must be a non-empty string, got ${JSON.stringify(name)}`,
    );
  }
  for (const [what, value] of [["actual", actual], ["expected", expected]] as const) {
    if (typeof value !== "number") {
      throw new TypeError(
        `Cannot compare ${name}: ${what} must be a number, got ${typeof value} ${String(value)}`,
      );
    }
  }
  if (typeof withSourceParameters !== "boolean") {
    throw new TypeError(
      `Cannot compare ${name}: withSourceParameters must be true or false, got ${
        String(withSourceParameters)
      }`,
    );
  }
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
