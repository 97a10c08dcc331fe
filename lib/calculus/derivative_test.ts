import assert from "node:assert/strict";
import { DIFFERENCE_METHODS, numericalDerivative } from "./derivative.ts";

// Seed 000's function, written in the same operation order as its Python `2*x**2-3*x+4`.
const f = (x: number) => 2 * x ** 2 - 3 * x + 4;

Deno.test("numericalDerivative() reproduces seed 000's forward-difference slopes to the last digit", () => {
  assert.equal(numericalDerivative(f, -1.0, { h: 0.0001 }), -6.999800000002665);
  assert.equal(numericalDerivative(f, 2.0, { h: 0.0001 }), 5.000200000004895);
});

Deno.test("numericalDerivative() defaults to the forward difference with h = 1e-4", () => {
  assert.equal(numericalDerivative(f, -1), numericalDerivative(f, -1, { h: 1e-4, method: "forward" }));
  assert.equal(numericalDerivative(f, 2), 5.000200000004895);
});

Deno.test("numericalDerivative() errs on x² by exactly +h forward, −h backward and 0 central", () => {
  // ((x + h)² − x²)/h = 2x + h, (x² − (x − h)²)/h = 2x − h, ((x + h)² − (x − h)²)/(2h) = 2x.
  const square = (x: number) => x * x;
  const h = 1e-3;
  for (const x of [-3, -0.5, 0, 1, 7]) {
    assert.ok(Math.abs(numericalDerivative(square, x, { h }) - (2 * x + h)) < 1e-9);
    assert.ok(Math.abs(numericalDerivative(square, x, { h, method: "backward" }) - (2 * x - h)) < 1e-9);
    assert.ok(Math.abs(numericalDerivative(square, x, { h, method: "central" }) - 2 * x) < 1e-9);
  }
});

Deno.test("numericalDerivative() reproduces seed 002's nudges of 0.001", () => {
  const h = 0.001;
  assert.ok(Math.abs(numericalDerivative((a) => 3 * a, 2, { h }) - 3) < 1e-9);
  // 2.001² = 4.004001, so the slope is 4.001; 5.001² = 25.010001, so it is 10.001.
  assert.ok(Math.abs(numericalDerivative((a) => a ** 2, 2, { h }) - 4.001) < 1e-9);
  assert.ok(Math.abs(numericalDerivative((a) => a ** 2, 5, { h }) - 10.001) < 1e-9);
});

Deno.test("numericalDerivative() central errors shrink like h² and one-sided errors like h", () => {
  // f = exp at 1: f' = e. Shrinking h tenfold should cut the error about 100× (central) or 10× (one-sided).
  const ratio = (method: "forward" | "backward" | "central") => {
    const error = (h: number) => Math.abs(numericalDerivative(Math.exp, 1, { h, method }) - Math.E);
    return error(1e-2) / error(1e-3);
  };
  assert.ok(Math.abs(ratio("central") - 100) < 5, `central ratio ${ratio("central")}`);
  assert.ok(Math.abs(ratio("forward") - 10) < 1, `forward ratio ${ratio("forward")}`);
  assert.ok(Math.abs(ratio("backward") - 10) < 1, `backward ratio ${ratio("backward")}`);
});

Deno.test("numericalDerivative() matches known derivatives of exp, log, sin and a composition", () => {
  const cases: [string, (x: number) => number, (x: number) => number, number][] = [
    ["exp", Math.exp, Math.exp, 0.3],
    ["log", Math.log, (x) => 1 / x, 2.5],
    ["sin", Math.sin, Math.cos, 1.2],
    ["sin(x²)", (x) => Math.sin(x * x), (x) => 2 * x * Math.cos(x * x), 0.7],
  ];
  for (const [name, fn, exact, x] of cases) {
    const estimate = numericalDerivative(fn, x, { method: "central" });
    assert.ok(Math.abs(estimate - exact(x)) < 1e-7, `${name}: ${estimate} vs ${exact(x)}`);
  }
});

Deno.test("numericalDerivative() accepts exactly the methods in DIFFERENCE_METHODS, and rejects others by listing them", () => {
  for (const method of DIFFERENCE_METHODS) {
    const estimate = numericalDerivative(Math.sin, 1, { method, h: 1e-6 });
    assert.ok(Math.abs(estimate - Math.cos(1)) < 1e-5, `${method}: ${estimate}`);
  }
  const listed = DIFFERENCE_METHODS.map((m) => `"${m}"`).join(", ");
  assert.throws(() => numericalDerivative(Math.sin, 1, { method: "centre" as never }), {
    name: "RangeError",
    message: `Cannot estimate the derivative: method must be one of ${listed}, got "centre"`,
  });
});

// Every bad input tried, with the error it must raise.
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  ["f is not a function", () => numericalDerivative(3 as never, 1), TypeError, /f must be a function, got 3/],
  ["x is NaN", () => numericalDerivative(f, NaN), RangeError, /x must be a finite number, got NaN/],
  ["x is Infinity", () => numericalDerivative(f, Infinity), RangeError, /got Infinity/],
  ["x is a string", () => numericalDerivative(f, "1" as never), TypeError, /x must be a number, got "1"/],
  ["h is 0", () => numericalDerivative(f, 1, { h: 0 }), RangeError, /h must be > 0, got 0/],
  ["h is negative", () => numericalDerivative(f, 1, { h: -1e-4 }), RangeError, /h must be > 0, got -0.0001/],
  ["h is NaN", () => numericalDerivative(f, 1, { h: NaN }), RangeError, /h must be > 0, got NaN/],
  ["h is Infinity", () => numericalDerivative(f, 1, { h: Infinity }), RangeError, /got Infinity/],
  ["h is a string", () => numericalDerivative(f, 1, { h: "0.1" as never }), TypeError, /h must be a number/],
  [
    "method is unknown",
    () => numericalDerivative(f, 1, { method: "centre" as never }),
    RangeError,
    /method must be one of "forward", "backward", "central", got "centre"/,
  ],
  [
    "an option is misspelt",
    () => numericalDerivative(f, 1, { H: 1 } as never),
    TypeError,
    /unknown option "H"/,
  ],
  [
    "options is not an object",
    () => numericalDerivative(f, 1, 5 as never),
    TypeError,
    /options must be an object/,
  ],
  [
    "h is too small for x",
    () => numericalDerivative(f, 1e20),
    RangeError,
    /h = 0.0001 is too small for x = 100000000000000000000/,
  ],
  [
    "f returns NaN",
    () => numericalDerivative(Math.log, -1),
    RangeError,
    /f\(-0.9999\) must be a finite number, got NaN/,
  ],
  [
    "f returns Infinity",
    () => numericalDerivative((x) => 1 / x, 0, { method: "backward" }),
    RangeError,
    /Infinity/,
  ],
  [
    "f returns undefined",
    () => numericalDerivative((() => undefined) as never, 1),
    TypeError,
    /got undefined/,
  ],
  [
    "f returns a string",
    () => numericalDerivative((() => "1") as never, 1),
    TypeError,
    /must be a number, got "1"/,
  ],
  [
    "the difference overflows",
    () => numericalDerivative((x) => x * 1e308, 1, { h: 1 }),
    RangeError,
    /Infinity/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`numericalDerivative() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
