import assert from "node:assert/strict";
import fc from "fast-check";
import { secondDerivative, secondDerivativeTest, type StationaryPointKind } from "./second_derivative.ts";

Deno.test("secondDerivative() matches known second derivatives", () => {
  const cases: [string, (x: number) => number, number, number][] = [
    ["w² + 3w − 5 (lesson 04)", (w) => w ** 2 + 3 * w - 5, -1.5, 2],
    ["2x² − 3x + 4", (x) => 2 * x ** 2 - 3 * x + 4, 0.75, 4],
    ["x³ at 2", (x) => x ** 3, 2, 12],
    ["exp at 1", Math.exp, 1, Math.E],
    ["sin at 0.5", Math.sin, 0.5, -Math.sin(0.5)],
    ["log at 2", Math.log, 2, -0.25],
  ];
  for (const [name, f, x, exact] of cases) {
    const estimate = secondDerivative(f, x);
    assert.ok(Math.abs(estimate - exact) < 1e-5, `${name}: ${estimate} vs ${exact}`);
  }
});

Deno.test("secondDerivativeTest() classifies an exact value by its sign", () => {
  assert.equal(secondDerivativeTest(2), "minimum");
  assert.equal(secondDerivativeTest(-0.5), "maximum");
  assert.equal(secondDerivativeTest(0), "inconclusive");
  assert.equal(secondDerivativeTest(1e-300), "minimum");
});

Deno.test("secondDerivativeTest() classifies stationary points from f alone", () => {
  const cases: [string, (x: number) => number, number, StationaryPointKind][] = [
    ["w² + 3w − 5 at −1.5 (lesson 04)", (w) => w ** 2 + 3 * w - 5, -1.5, "minimum"],
    ["2x² − 3x + 4 at 3/4 (seed 000)", (x) => 2 * x ** 2 - 3 * x + 4, 0.75, "minimum"],
    ["−x² at 0", (x) => -(x ** 2), 0, "maximum"],
    ["sin at π/2", Math.sin, Math.PI / 2, "maximum"],
    ["cosh at 0", Math.cosh, 0, "minimum"],
    ["a very flat bowl 1e-9·x² at 0", (x) => 1e-9 * x * x, 0, "minimum"],
    ["a bowl far from zero, x² + 1e6, at 0", (x) => x * x + 1e6, 0, "minimum"],
    ["x⁴ + 0.001x² at 0", (x) => x ** 4 + 1e-3 * x * x, 0, "minimum"],
    // f'' = 0: the test decides nothing, even though x⁴ has a minimum and x³ has none.
    ["x³ at 0", (x) => x ** 3, 0, "inconclusive"],
    ["x⁴ at 0", (x) => x ** 4, 0, "inconclusive"],
    ["−x⁴ at 0", (x) => -(x ** 4), 0, "inconclusive"],
    ["x⁵ at 0", (x) => x ** 5, 0, "inconclusive"],
    ["a straight line 3x + 1 at 5", (x) => 3 * x + 1, 5, "inconclusive"],
    ["a constant", () => 42, 1, "inconclusive"],
  ];
  for (const [name, f, x, expected] of cases) {
    assert.equal(secondDerivativeTest(f, x), expected, name);
  }
});

Deno.test("secondDerivativeTest() does not mistake rounding noise on a straight line for curvature", () => {
  // Rounding makes the estimate for 7.3x − 2.2 at 1.1 about −1.8e-7, not 0: the bare sign would say "maximum".
  const line = (x: number) => 7.3 * x - 2.2;
  const estimate = secondDerivative(line, 1.1);
  assert.ok(estimate < 0);
  assert.equal(secondDerivativeTest(estimate), "maximum");
  assert.equal(secondDerivativeTest(line, 1.1), "inconclusive");
});

Deno.test("secondDerivativeTest() calls every straight line inconclusive", () => {
  const number = fc.double({ min: -1e3, max: 1e3, noNaN: true });
  fc.assert(
    fc.property(
      number,
      number,
      number,
      (a, b, x) => secondDerivativeTest((t) => a * t + b, x) === "inconclusive",
    ),
  );
});

Deno.test("secondDerivativeTest() finds the minimum of any upward parabola and the maximum of any downward one", () => {
  const curvature = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
  const center = fc.double({ min: -100, max: 100, noNaN: true });
  fc.assert(
    fc.property(curvature, center, (a, c) => {
      const up = secondDerivativeTest((x) => a * (x - c) ** 2, c);
      const down = secondDerivativeTest((x) => -a * (x - c) ** 2 + 5, c);
      return up === "minimum" && down === "maximum";
    }),
  );
});

const square = (x: number) => x * x;
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "secondDerivative: f is not a function",
    () => secondDerivative(1 as never, 1),
    TypeError,
    /f must be a function/,
  ],
  [
    "secondDerivative: x is Infinity",
    () => secondDerivative(square, Infinity),
    RangeError,
    /x must be a finite/,
  ],
  [
    "secondDerivative: h is 0",
    () => secondDerivative(square, 1, { h: 0 }),
    RangeError,
    /h must be > 0, got 0/,
  ],
  [
    "secondDerivative: h too small",
    () => secondDerivative(square, 1e20),
    RangeError,
    /h = 0.0001 is too small/,
  ],
  [
    "secondDerivative: f is NaN",
    () => secondDerivative(Math.sqrt, 0),
    RangeError,
    /f\(-0.0001\) must be a finite number, got NaN/,
  ],
  [
    "secondDerivative: option misspelt",
    () => secondDerivative(square, 1, { step: 1 } as never),
    TypeError,
    /step/,
  ],
  [
    "test: the value is NaN",
    () => secondDerivativeTest(NaN),
    RangeError,
    /the second derivative must be a finite number/,
  ],
  [
    "test: the value is a string",
    () => secondDerivativeTest("2" as never),
    TypeError,
    /must be a number, got "2"/,
  ],
  [
    "test: f and no x",
    () => secondDerivativeTest(square, undefined as never),
    TypeError,
    /x must be a number/,
  ],
  [
    "test: f is NaN near x",
    () => secondDerivativeTest(Math.log, 0),
    RangeError,
    /must be a finite number, got (-Infinity|NaN)/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`second derivative throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
