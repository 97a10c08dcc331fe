import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalGradient } from "./gradient.ts";

/** Equal lengths and every component within `tolerance`, relative to the component's size when it exceeds 1. */
const close = (actual: number[], expected: number[], tolerance: number) =>
  actual.length === expected.length &&
  actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance * Math.max(1, Math.abs(expected[i])));

Deno.test("numericalGradient() agrees with hand-derived gradients", () => {
  const cases: [string, (x: number[]) => number, (x: number[]) => number[], number[]][] = [
    [
      "seed 000's y(a, b, c)",
      ([a, b, c]) => 2 * (3 * a ** 2 - 2 * a + b ** 2 + 1) + c,
      ([a, b]) => [12 * a - 4, 4 * b, 1],
      [
        1,
        1,
        1,
      ],
    ],
    ["x·e^y", ([x, y]) => x * Math.exp(y), ([x, y]) => [Math.exp(y), x * Math.exp(y)], [0.5, -1.2]],
    ["sin(x)·cos(y)", ([x, y]) => Math.sin(x) * Math.cos(y), ([x, y]) => [
      Math.cos(x) * Math.cos(y),
      -Math.sin(x) * Math.sin(y),
    ], [0.3, 2]],
    [
      "Rosenbrock",
      ([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
      ([x, y]) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
      [-1.2, 1],
    ],
    ["log(1 + x² + y²)", ([x, y]) => Math.log(1 + x * x + y * y), ([x, y]) => {
      const s = 1 + x * x + y * y;
      return [2 * x / s, 2 * y / s];
    }, [0.7, -0.4]],
  ];
  for (const [name, f, exact, x] of cases) {
    const estimate = numericalGradient(f, x);
    assert.ok(close(estimate, exact(x), 1e-6), `${name}: ${estimate} vs ${exact(x)}`);
  }
});

Deno.test("numericalGradient() agrees with the gradient of a random quadratic at random points", () => {
  // f(x) = Σ cᵢ·xᵢ² + Σ dᵢ·xᵢ has ∂f/∂xᵢ = 2cᵢxᵢ + dᵢ.
  const vector = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 });
  fc.assert(
    fc.property(vector, vector, vector, (c, d, x) => {
      const f = (v: number[]) => v.reduce((sum, vi, i) => sum + c[i] * vi * vi + d[i] * vi, 0);
      const exact = x.map((xi, i) => 2 * c[i] * xi + d[i]);
      return close(numericalGradient(f, x), exact, 1e-6);
    }),
  );
});

Deno.test("numericalGradient() takes central differences: exact on a sum of squares", () => {
  const f = (v: number[]) => v[0] * v[0] + v[1] * v[1];
  assert.ok(close(numericalGradient(f, [1, -2], { h: 1e-3 }), [2, -4], 1e-9));
});

Deno.test("numericalGradient() leaves the caller's array unchanged", () => {
  const x = [1, 2, 3];
  numericalGradient((v) => {
    v[0] = 99; // a careless f that writes to its argument
    return v[1] + v[2];
  }, x);
  assert.deepEqual(x, [1, 2, 3]);
});

const f = (v: number[]) => v[0] + v[1];
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "f is not a function",
    () => numericalGradient(null as never, [1]),
    TypeError,
    /f must be a function, got null/,
  ],
  [
    "x is not an array",
    () => numericalGradient(f, 3 as never),
    TypeError,
    /x must be an array of numbers, got 3/,
  ],
  ["x is empty", () => numericalGradient(f, []), RangeError, /x must not be empty, got \[\]/],
  [
    "x holds NaN",
    () => numericalGradient(f, [1, NaN]),
    RangeError,
    /x\[1\] must be a finite number, got NaN/,
  ],
  ["x holds a string", () => numericalGradient(f, [1, "2" as never]), TypeError, /x\[1\] must be a number/],
  ["h is 0", () => numericalGradient(f, [1, 2], { h: 0 }), RangeError, /h must be > 0, got 0/],
  [
    "an option is misspelt",
    () => numericalGradient(f, [1, 2], { step: 1 } as never),
    TypeError,
    /unknown option "step"/,
  ],
  [
    "h is too small for a coordinate",
    () => numericalGradient(f, [1, 1e20]),
    RangeError,
    /along x\[1\]: h = 0.0001/,
  ],
  [
    "f returns NaN",
    () => numericalGradient(() => NaN, [1, 2]),
    RangeError,
    /f\(\[1.0001, 2\]\) must be a finite number, got NaN/,
  ],
  [
    "f returns a string",
    () => numericalGradient((() => "0") as never, [1]),
    TypeError,
    /must be a number/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`numericalGradient() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
