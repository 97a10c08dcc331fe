import assert from "node:assert/strict";
import fc from "fast-check";
import {
  contractionFactor,
  gradientDescent,
  quadraticDescent,
  stabilityLimit,
  STEP_REGIMES,
  type StepRegime,
  stepRegime,
} from "./mod.ts";

const curvature = fc.double({ min: 0.01, max: 100, noNaN: true });
const start = fc.tuple(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.boolean()).map(([d, negative]) =>
  negative ? -d : d
);

Deno.test("quadraticDescent() iterates are x_t = (1 − αL)^t·x_0 up to round-off, on f(x) = L/2·x²", () => {
  fc.assert(
    fc.property(curvature, start, fc.double({ min: 0.001, max: 3, noNaN: true }), (L, x0, r) => {
      const learningRate = r / L;
      const run = quadraticDescent(L, x0, { learningRate, maxIterations: 100 });
      assert.equal(run.factor, 1 - learningRate * L);
      run.iterates.forEach((x, t) => {
        // Each step rounds a few times; the error it adds is then scaled by the factor like everything else.
        const bound = 4 * (t + 1) * Number.EPSILON * Math.abs(x0) * Math.max(1, Math.abs(run.factor)) ** t;
        assert.ok(Math.abs(x - run.predicted[t]) <= bound, `t = ${t}: ${x} vs ${run.predicted[t]}`);
      });
    }),
  );
});

Deno.test("quadraticDescent() takes exactly the steps of gradientDescent() on f'(x) = L·x", () => {
  fc.assert(
    fc.property(curvature, start, fc.double({ min: 0.01, max: 1.9, noNaN: true }), (L, x0, r) => {
      const learningRate = r / L;
      const run = quadraticDescent(L, x0, { learningRate, maxIterations: 50 });
      const plain = gradientDescent((x) => L * x, x0, { learningRate, maxIterations: 50 });
      assert.deepEqual(run.iterates, plain.history.map((e) => e.x));
    }),
  );
});

Deno.test("quadraticDescent() shrinks the error for every α below 2/L and grows it for every α above", () => {
  fc.assert(
    fc.property(curvature, start, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (L, x0, r) => {
      const run = quadraticDescent(L, x0, { learningRate: r * stabilityLimit(L), maxIterations: 30 });
      // Strictly smaller, unless a step (αL = 1) already landed exactly on the minimum.
      return run.iterates.every((x, t) => t === 0 || x === 0 || Math.abs(x) < Math.abs(run.iterates[t - 1]));
    }),
  );
  fc.assert(
    fc.property(curvature, start, fc.double({ min: 1.01, max: 5, noNaN: true }), (L, x0, r) => {
      const run = quadraticDescent(L, x0, { learningRate: r * stabilityLimit(L), maxIterations: 30 });
      return run.iterates.every((x, t) => t === 0 || Math.abs(x) > Math.abs(run.iterates[t - 1]));
    }),
  );
});

Deno.test("quadraticDescent() on the boundary α = 2/L bounces between x_0 and −x_0", () => {
  const run = quadraticDescent(4, 3, { learningRate: 0.5, maxIterations: 4 });
  assert.deepEqual(run.iterates, [3, -3, 3, -3, 3]);
  assert.equal(run.factor, -1);
});

Deno.test("quadraticDescent() with α = 1/L lands on the minimum in one step", () => {
  const run = quadraticDescent(8, 5, { learningRate: 0.125, maxIterations: 3 });
  assert.deepEqual(run.iterates, [5, 0, 0, 0]);
});

Deno.test("quadraticDescent() uses learningRate 0.1 and 20 iterations by default", () => {
  const run = quadraticDescent(1, 1);
  assert.equal(run.iterates.length, 21);
  assert.ok(Math.abs(run.iterates[20] - 0.9 ** 20) < 1e-15);
});

Deno.test("stepRegime() names the five behaviours in order of the learning rate", () => {
  const L = 4;
  const table: [number, StepRegime][] = [
    [0.01, "monotone"],
    [0.2499, "monotone"],
    [0.25, "one-step"],
    [0.2501, "oscillating"],
    [0.4999, "oscillating"],
    [0.5, "bouncing"],
    [0.5001, "diverging"],
    [10, "diverging"],
  ];
  for (const [rate, regime] of table) assert.equal(stepRegime(rate, L), regime, `α = ${rate}`);
  assert.deepEqual(STEP_REGIMES, ["monotone", "one-step", "oscillating", "bouncing", "diverging"]);
});

Deno.test("stepRegime() agrees with the sign and size of the contraction factor", () => {
  fc.assert(
    fc.property(curvature, fc.double({ min: 1e-4, max: 10, noNaN: true }), (L, r) => {
      const learningRate = r / L;
      const factor = contractionFactor(learningRate, L);
      const regime = stepRegime(learningRate, L);
      if (factor > 0) return regime === "monotone";
      if (factor === 0) return regime === "one-step";
      if (factor > -1) return regime === "oscillating";
      if (factor === -1) return regime === "bouncing";
      return regime === "diverging";
    }),
  );
});

Deno.test("stabilityLimit() is 2/L and contractionFactor() is 1 − αL", () => {
  assert.equal(stabilityLimit(4), 0.5);
  assert.equal(stabilityLimit(0.5), 4);
  assert.equal(contractionFactor(0.1, 4), 1 - 0.1 * 4);
  assert.equal(contractionFactor(0.5, 4), -1);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "curvature is 0",
    () => stabilityLimit(0),
    RangeError,
    /Cannot compute the stability limit: curvature must be > 0, got 0/,
  ],
  ["curvature is negative", () => stabilityLimit(-2), RangeError, /curvature must be > 0, got -2/],
  ["curvature is NaN", () => stabilityLimit(NaN), RangeError, /curvature must be > 0, got NaN/],
  [
    "curvature is Infinity",
    () => stabilityLimit(Infinity),
    RangeError,
    /curvature must be > 0, got Infinity/,
  ],
  [
    "curvature is a string",
    () => stabilityLimit("4" as never),
    TypeError,
    /curvature must be a number, got "4"/,
  ],
  [
    "learningRate is 0 in contractionFactor",
    () => contractionFactor(0, 1),
    RangeError,
    /learningRate must be > 0, got 0/,
  ],
  [
    "curvature is negative in contractionFactor",
    () => contractionFactor(0.1, -1),
    RangeError,
    /curvature must be > 0/,
  ],
  [
    "learningRate is negative in stepRegime",
    () => stepRegime(-0.1, 1),
    RangeError,
    /learningRate must be > 0, got -0.1/,
  ],
  ["curvature is 0 in stepRegime", () => stepRegime(0.1, 0), RangeError, /curvature must be > 0, got 0/],
  [
    "curvature is 0 in quadraticDescent",
    () => quadraticDescent(0, 1),
    RangeError,
    /curvature must be > 0, got 0/,
  ],
  ["start is NaN", () => quadraticDescent(1, NaN), RangeError, /start must be a finite number, got NaN/],
  [
    "start is a string",
    () => quadraticDescent(1, "1" as never),
    TypeError,
    /start must be a number, got "1"/,
  ],
  [
    "learningRate is 0 in quadraticDescent",
    () => quadraticDescent(1, 1, { learningRate: 0 }),
    RangeError,
    /Cannot run descent on the quadratic: learningRate must be > 0, got 0/,
  ],
  [
    "maxIterations is 0",
    () => quadraticDescent(1, 1, { maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 0/,
  ],
  ["maxIterations is 1.5", () => quadraticDescent(1, 1, { maxIterations: 1.5 }), RangeError, /got 1.5/],
  [
    "an option is unknown",
    () => quadraticDescent(1, 1, { iterations: 5 } as never),
    TypeError,
    /unknown option "iterations" \(did you mean "maxIterations"\?/,
  ],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`stability helpers throw a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
