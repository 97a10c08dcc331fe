/**
 * A table-driven check for bad input: each call must throw the given error type with a message that starts
 * with what was being drawn and names the bad value.
 * @module
 */
import assert from "node:assert/strict";

/** One bad input: a description, the call, the expected error type and a pattern its message matches. */
export type BadInput = readonly [string, () => unknown, typeof TypeError | typeof RangeError, RegExp];

/**
 * Assert that every call in the table throws as described.
 * @param prefix the start every message must have, e.g. `"Cannot plot the curve: "`
 * @param table the bad inputs
 */
export function assertBadInputs(prefix: string, table: readonly BadInput[]): void {
  for (const [what, call, type, message] of table) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${what}: expected ${type.name}, got ${error}`);
      assert.ok(
        (error as Error).message.startsWith(prefix),
        `${what}: message "${(error as Error).message}"`,
      );
      assert.match((error as Error).message, message, what);
      return true;
    }, what);
  }
}
