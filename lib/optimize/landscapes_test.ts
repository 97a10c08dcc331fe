import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalGradient } from "../calculus/mod.ts";
import { type Landscape, ravine, rosenbrock } from "./mod.ts";

const coordinate = fc.double({ min: -3, max: 3, noNaN: true });

function agreesWithNumericalGradient(landscape: Landscape) {
  fc.assert(
    fc.property(coordinate, coordinate, (x, y) => {
      const analytic = landscape.gradient([x, y]);
      const numeric = numericalGradient(landscape.f, [x, y], { h: 1e-5 });
      analytic.forEach((g, i) =>
        assert.ok(
          Math.abs(g - numeric[i]) <= 1e-6 * (1 + Math.abs(g)),
          `${landscape.name} at (${x}, ${y}): ${g} vs ${numeric[i]}`,
        )
      );
    }),
  );
}

Deno.test("ravine() gradient agrees with numericalGradient, with the defaults and other constants", () => {
  agreesWithNumericalGradient(ravine());
  agreesWithNumericalGradient(ravine({ a: 0.5, b: 10 }));
});

Deno.test("rosenbrock() gradient agrees with numericalGradient", () => {
  agreesWithNumericalGradient(rosenbrock());
});

Deno.test("ravine() and rosenbrock() have a zero gradient and their smallest value at the stated minimum", () => {
  for (const landscape of [ravine(), ravine({ a: 2, b: 3 }), rosenbrock()]) {
    assert.deepEqual(landscape.gradient(landscape.minimum), [0, 0], landscape.name);
    assert.equal(landscape.f(landscape.minimum), landscape.minimumValue);
    fc.assert(fc.property(coordinate, coordinate, (x, y) => landscape.f([x, y]) >= landscape.minimumValue));
  }
});

Deno.test("ravine() value(x, y) and f([x, y]) agree, and the names carry the constants", () => {
  const valley = ravine({ a: 0.5, b: 10 });
  assert.equal(valley.value(2, -1), valley.f([2, -1]));
  assert.equal(valley.value(2, -1), 0.5 * 4 + 10);
  assert.equal(valley.name, "ravine 0.5x² + 10y²");
  assert.equal(rosenbrock().name, "Rosenbrock (1 − x)² + 100(y − x²)²");
  assert.equal(rosenbrock().value(-1, 1), 4);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  ["a is 0", () => ravine({ a: 0 }), RangeError, /Cannot make the ravine: a must be > 0, got 0/],
  ["b is negative", () => ravine({ b: -2 }), RangeError, /b must be > 0, got -2/],
  ["a is a string", () => ravine({ a: "1" as never }), TypeError, /a must be a number, got "1"/],
  ["an option is unknown", () => ravine({ c: 1 } as never), TypeError, /unknown option "c"/],
  [
    "the point has three coordinates",
    () => ravine().f([1, 2, 3]),
    TypeError,
    /Cannot evaluate the ravine: the point must be \[x, y\], got \[1, 2, 3\]/,
  ],
  [
    "the point is a number",
    () => rosenbrock().gradient(1 as never),
    TypeError,
    /Cannot evaluate the Rosenbrock function: the point must be \[x, y\], got 1/,
  ],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`landscapes throw a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
