import assert from "node:assert/strict";
import { sourceFigure } from "./figures.ts";
import { $display } from "./verdict.ts";

Deno.test("sourceFigure() with the source's parameters passes an identical double in one line", () => {
  const verdict = sourceFigure("x after 250 steps", 0.7599999999999989, 0.7599999999999989, true);
  assert.equal(verdict.ok, true);
  assert.equal(String(verdict), "✓ x after 250 steps = 0.7599999999999989 matches the source lesson");
  assert.doesNotMatch(String(verdict), /\n/);
  assert.deepEqual(Object.keys(verdict[$display]()), ["text/markdown", "text/plain"]);
});

Deno.test("sourceFigure() with the source's parameters throws on the last digit, naming both numbers", () => {
  assert.throws(
    () => sourceFigure("x after 250 steps", 0.7599999999999988, 0.7599999999999989, true),
    (error: unknown) =>
      error instanceof Error &&
      /x after 250 steps is 0\.7599999999999988 but the source lesson printed 0\.7599999999999989/
        .test(error.message),
  );
  assert.throws(() => sourceFigure("x", 0.76, 0.7599999999999989, true), /x is 0\.76/);
  assert.throws(() => sourceFigure("x", -0, 0, true), /x is 0 but/);
  assert.throws(() => sourceFigure("x", NaN, 1, true), /x is NaN but the source lesson printed 1/);
});

Deno.test("sourceFigure() with edited parameters says 'not compared' with both numbers and is never ok", () => {
  for (const actual of [0.5, 0.7599999999999989]) {
    const verdict = sourceFigure("x", actual, 0.7599999999999989, false);
    assert.equal(verdict.ok, false);
    assert.match(String(verdict), new RegExp(`^x = ${actual}: not compared .*printed 0\\.7599999999999989`));
    assert.doesNotMatch(String(verdict), /✓|matches/);
  }
});

const bad: [string, () => unknown, RegExp][] = [
  ["an empty name", () => sourceFigure(" ", 1, 1, true), /name must be a non-empty string, got " "/],
  [
    "a string figure",
    () => sourceFigure("x", "1" as never, 1, true),
    /x: actual must be a number, got "1"/,
  ],
  [
    "a missing expected value",
    () => sourceFigure("x", 1, undefined as never, true),
    /expected must be a number/,
  ],
  [
    "a missing withSourceParameters",
    () => (sourceFigure as (...a: unknown[]) => unknown)("x", 1, 1),
    /withSourceParameters must be true or false, got undefined/,
  ],
];
for (const [what, call, message] of bad) {
  Deno.test(`sourceFigure() rejects ${what} with a TypeError`, () => {
    assert.throws(call, (error: unknown) => error instanceof TypeError && message.test(error.message));
  });
}
