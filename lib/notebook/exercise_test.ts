import assert from "node:assert/strict";
import { checkChoice, checkFunction, checkValue, todo } from "./exercise.ts";

const reference = (w: number) => w ** 2 + 3 * w - 5;

Deno.test("checkFunction() says right when the learner's function agrees on every input", () => {
  const verdict = checkFunction((w: number) => w * w + 3 * w - 5, reference, { inputs: [-2, 0, 0.5, 10] });
  assert.equal(verdict.ok, true);
  assert.match(verdict.toString(), /agrees with the reference on 4 inputs/);
});

Deno.test("checkFunction() names the first input that differs and gives the hint", () => {
  const verdict = checkFunction((w: number) => w * w + 3 * w, reference, {
    inputs: [0, 1],
    name: "f",
    hint: "Did you keep the constant term?",
  });
  assert.equal(verdict.ok, false);
  assert.equal(verdict.attempted, true);
  assert.match(
    verdict.toString(),
    /f\(0\) should be -5, yours gave 0\. Hint: Did you keep the constant term\?/,
  );
});

Deno.test("checkFunction() says 'not written yet' for a function that still calls todo()", () => {
  const verdict = checkFunction((_w: number): number => todo(), reference, { inputs: [0] });
  assert.equal(verdict.ok, false);
  assert.equal(verdict.attempted, false);
  assert.match(verdict.toString(), /not written yet/);
});

Deno.test("checkFunction() reports NaN, non-numbers and exceptions from the learner's code", () => {
  assert.match(checkFunction((_w: number) => NaN, reference, { inputs: [1] }).toString(), /yours gave NaN/);
  assert.match(
    checkFunction((_w: number) => "3" as unknown as number, reference, { inputs: [1] }).toString(),
    /yours gave 3/,
  );
  assert.match(
    checkFunction(
      (_w: number): number => {
        throw new Error("oops");
      },
      reference,
      { inputs: [1] },
    ).toString(),
    /threw Error: oops/,
  );
});

Deno.test("checkFunction() accepts argument lists for functions of several variables", () => {
  const ref = (a: number, b: number) => 12 * a - 4 + b;
  assert.equal(
    checkFunction((a: number, b: number) => b + 12 * a - 4, ref, { inputs: [[1, 2], [0, 0]] }).ok,
    true,
  );
});

Deno.test("checkValue() and checkChoice() judge numbers and quiz answers", () => {
  assert.equal(checkValue(0.75, 3 / 4).ok, true);
  assert.equal(checkValue(() => todo(), 3 / 4).attempted, false);
  assert.match(
    checkValue(-0.75, 3 / 4, { hint: "Solve 4x − 3 = 0." }).toString(),
    /Hint: Solve 4x − 3 = 0\./,
  );
  assert.equal(checkChoice("left", "left", ["left", "right"]).ok, true);
  assert.equal(checkChoice("right", "left", ["left", "right"]).ok, false);
  assert.equal(checkChoice(() => todo(), "left", ["left", "right"]).attempted, false);
});

Deno.test("checkChoice() accepts any of several right choices and rejects the others", () => {
  const choices = ["a", "b", "c"] as const;
  assert.equal(checkChoice("a", ["a", "c"], choices).ok, true);
  assert.equal(checkChoice("c", ["a", "c"], choices).ok, true);
  assert.match(
    checkChoice("b", ["a", "c"], choices, { hint: "Think of two valleys." }).toString(),
    /not right\. Hint/,
  );
  assert.throws(() => checkChoice("a", [], choices), /expected no choice at all/);
  assert.throws(() => checkChoice("a", ["a", "d" as "a"], choices), /"d" is not one of a, b, c/);
  // A learner function that throws gets a verdict, as in checkValue, not an exception.
  const thrower = (): string => {
    throw new Error("oops");
  };
  const verdict = checkChoice(thrower, "a", choices);
  assert.equal(verdict.ok, false);
  assert.match(verdict.toString(), /computing your answer threw Error: oops/);
});

const bad: [string, () => unknown, RegExp][] = [
  [
    "a learner that is not a function",
    () => checkFunction(3 as never, reference, { inputs: [1] }),
    /learner must be a function, got 3/,
  ],
  [
    "no inputs",
    () => checkFunction(reference, reference, { inputs: [] }),
    /inputs must be a non-empty array, got \[\]/,
  ],
  [
    "a negative tolerance",
    () => checkFunction(reference, reference, { inputs: [1], tolerance: -1 }),
    /tolerance must be >= 0, got -1/,
  ],
  ["a non-finite expected value", () => checkValue(1, Infinity), /expected value is Infinity/],
  [
    "an expected choice outside the choices",
    () => checkChoice("a", "c" as "a", ["a", "b"]),
    /"c" is not one of a, b/,
  ],
];
for (const [what, call, message] of bad) {
  Deno.test(`exercise checkers reject ${what}`, () => {
    assert.throws(call, message);
  });
}
