/**
 * Checking the figures a source lesson printed: a notebook computes each figure, prints it, and compares it to
 * the source's — but only when its parameters are the source's, so an edited run still completes.
 *
 * @module
 */
import { Verdict } from "./verdict.ts";

/**
 * Compares a computed figure with the one the source lesson printed, to the last digit (strict `===`).
 *
 * With `compare` true (the parameters are the source's) a mismatch throws, so headless execution of the
 * notebook fails loudly. With `compare` false the figure is only shown, marked as not compared.
 *
 * @param name What the figure is, e.g. "x after 250 sign steps".
 * @param actual The computed value.
 * @param expected The value the source printed.
 * @param compare Whether the parameters are the source's; defaults to true.
 * @returns A {@linkcode Verdict} to display.
 * @throws {Error} When `compare` is true and the values differ.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSourceFigure } from "./figures.ts";
 * assert.equal(checkSourceFigure("f(3)", 2 * 3 ** 2 - 3 * 3 + 4, 13).ok, true);
 * assert.throws(() => checkSourceFigure("f(3)", 12, 13), /f\(3\) is 12 but the source printed 13/);
 * assert.match(checkSourceFigure("f(3)", 12, 13, false).toString(), /not compared/);
 * ```
 */
export function checkSourceFigure(name: string, actual: number, expected: number, compare = true): Verdict {
  if (!compare) {
    return new Verdict(
      true,
      `${name} = ${actual} (parameters edited: not compared with the source's ${expected})`,
    );
  }
  if (!Object.is(actual, expected)) {
    throw new Error(`Check failed: ${name} is ${actual} but the source printed ${expected}`);
  }
  return new Verdict(true, `✓ ${name} = ${actual}, exactly as the source printed`);
}
