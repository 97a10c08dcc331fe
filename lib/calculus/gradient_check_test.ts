import assert from "node:assert/strict";
import fc from "fast-check";
import { checkGradient } from "./gradient_check.ts";

// Seed 000's chain-rule example: y = 3u + 1 with u = 2x² − x − 2, so dy/dx = 3(4x − 1) = 12x − 3.
const y = (x: number) => 3 * (2 * x ** 2 - x - 2) + 1;
const right = (x: number) => 12 * x - 3;
const slipped = (x: number) => 6 * x - 3; // the seed's du/dx = 2x − 1

Deno.test("checkGradient() passes seed 000's correct chain-rule derivative and fails its slip", () => {
  for (const x of [-1, 0.5, 2, 10]) {
    const good = checkGradient(y, right, x);
    assert.equal(good.ok, true);
    assert.ok(good.maxRelativeError < 1e-9, `${good.maxRelativeError} at ${x}`);
    const bad = checkGradient(y, slipped, x);
    assert.equal(bad.ok, false, `the slip passed at x = ${x}`);
    // |6x − 12x| / max(1, |12x − 3|, |6x − 3|): large, not a rounding matter.
    assert.ok(bad.maxRelativeError > 0.1);
  }
});

Deno.test("checkGradient() cannot tell the slip at x = 0, where both formulas give −3", () => {
  assert.equal(checkGradient(y, slipped, 0).ok, true);
});

Deno.test("checkGradient() reports each component and which one is worst", () => {
  const f = ([a, b, c]: number[]) => 2 * (3 * a ** 2 - 2 * a + b ** 2 + 1) + c;
  const check = checkGradient(f, ([a, b]) => [12 * a - 4, 2 * b, 1], [1, 3, 1]);
  assert.equal(check.ok, false);
  assert.equal(check.worst, 1);
  assert.deepEqual(check.analytic, [8, 6, 1]);
  assert.ok(Math.abs(check.numerical[1] - 12) < 1e-8);
  assert.ok(Math.abs(check.relativeErrors[1] - 0.5) < 1e-9); // |6 − 12| / 12
  assert.ok(check.relativeErrors[0] < 1e-9 && check.relativeErrors[2] < 1e-9);
  assert.equal(check.maxRelativeError, check.relativeErrors[1]);
});

Deno.test("checkGradient() passes a correct gradient at random points and fails one off by a factor", () => {
  const f = ([x, z]: number[]) => Math.sin(x) * Math.exp(z) + x * x * z;
  const gradient = (
    [x, z]: number[],
  ) => [Math.cos(x) * Math.exp(z) + 2 * x * z, Math.sin(x) * Math.exp(z) + x * x];
  const coordinate = fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1000);
  fc.assert(
    fc.property(coordinate, coordinate, (x, z) => {
      const good = checkGradient(f, gradient, [x, z]);
      const scaled = checkGradient(f, (p) => gradient(p).map((g) => 1.01 * g), [x, z]);
      // 1% off is caught wherever a component is not tiny.
      const large = gradient([x, z]).some((g) => Math.abs(g) > 1e-3);
      return good.ok && (!large || !scaled.ok);
    }),
    { seed: 10 },
  );
});

Deno.test("checkGradient() measures the error of a zero gradient absolutely", () => {
  // At the minimum of x² the true slope is 0 and the central difference is 0 up to rounding.
  const check = checkGradient((x: number) => x * x, (x: number) => 2 * x, 0);
  assert.equal(check.ok, true);
  assert.ok(check.maxRelativeError < 1e-12);
});

Deno.test("checkGradient() uses the tolerance and step it is given", () => {
  const loose = checkGradient(y, (x) => right(x) + 1e-4, 2, { tolerance: 1e-3 });
  assert.equal(loose.ok, true);
  assert.equal(checkGradient(y, (x) => right(x) + 1e-4, 2).ok, false);
  // A huge step still gives the exact slope of a quadratic (central differences are exact for it).
  assert.ok(checkGradient(y, right, 2, { h: 0.5 }).maxRelativeError < 1e-12);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "f is not a function",
    () => checkGradient(3 as never, right, 1),
    TypeError,
    /f must be a function, got 3/,
  ],
  [
    "gradient is not a function",
    () => checkGradient(y, null as never, 1),
    TypeError,
    /gradient must be a function, got null/,
  ],
  ["x is NaN", () => checkGradient(y, right, NaN), RangeError, /x must be a finite number, got NaN/],
  [
    "x is a string",
    () => checkGradient(y, right, "1" as never),
    TypeError,
    /x must be an array of numbers, got "1"/,
  ],
  ["x is empty", () => checkGradient(([a]: number[]) => a, () => [1], []), RangeError, /x must not be empty/],
  ["h is 0", () => checkGradient(y, right, 1, { h: 0 }), RangeError, /h must be > 0, got 0/],
  [
    "tolerance is negative",
    () => checkGradient(y, right, 1, { tolerance: -1 }),
    RangeError,
    /tolerance must be >= 0, got -1/,
  ],
  [
    "an option is misspelt",
    () => checkGradient(y, right, 1, { tol: 1 } as never),
    TypeError,
    /unknown option "tol"/,
  ],
  [
    "the derivative returns NaN",
    () => checkGradient(y, () => NaN, 2),
    RangeError,
    /derivative\(2\) must be a finite number, got NaN/,
  ],
  [
    "the gradient returns a number",
    () => checkGradient(([a]: number[]) => a, (() => 1) as never, [1]),
    TypeError,
    /gradient\(x\) must be an array of numbers, got 1/,
  ],
  [
    "the gradient returns too few values",
    () => checkGradient(([a, b]: number[]) => a + b, () => [1], [1, 2]),
    RangeError,
    /x has 2 values but gradient\(x\) has 1 value/,
  ],
  [
    "the gradient returns Infinity",
    () => checkGradient(([a]: number[]) => a, () => [Infinity], [1]),
    RangeError,
    /gradient\(x\)\[0\] must be a finite number, got Infinity/,
  ],
  [
    "f returns NaN",
    () => checkGradient(() => NaN, () => 0, 1),
    RangeError,
    /must be a finite number, got NaN/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`checkGradient() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
    assert.throws(call, (e: unknown) => (e as Error).message.startsWith("Cannot "));
  });
}
