import assert from "node:assert/strict";
import fc from "fast-check";
import { partialDerivatives, symbolicDerivative } from "../symbolic/mod.ts";
import {
  gradientDescent,
  type GradientDescentOptions,
  type GradientDescentResult,
  type HistoryEntry,
  RULES,
  type Status,
} from "./mod.ts";

// ---------------------------------------------------------------------------------------------------------
// The source lessons' printed figures, to the last digit.

Deno.test("gradientDescent() reproduces seed 000's sign-rule descent on f'(x) = 4x − 3: 0.7599999999999989", () => {
  const run = gradientDescent((x) => 4 * x - 3, 2.0, {
    rule: "sign",
    learningRate: 0.01,
    maxIterations: 250,
  });
  assert.equal(run.x, 0.7599999999999989);
  assert.equal(run.iterations, 250);
  assert.equal(run.status, "max-iterations");
});

Deno.test("gradientDescent() reproduces seed 000's chain-rule descent on dy/dx = 6x − 3: 0.49999999999999867", () => {
  const run = gradientDescent((x) => 6 * x - 3, 2.0, {
    rule: "sign",
    learningRate: 0.01,
    maxIterations: 250,
  });
  assert.equal(run.x, 0.49999999999999867);
});

Deno.test("gradientDescent() reproduces seed 000's three-variable sign-rule descent", () => {
  const gradient = ([a, b, _c]: number[]) => [12 * a - 4, 4 * b, 1];
  const run = gradientDescent(gradient, [1.0, 1.0, 1.0], {
    rule: "sign",
    learningRate: 0.05,
    maxIterations: 250,
  });
  const [a, b, c] = run.x;
  assert.equal(a, 0.29999999999999966);
  assert.equal(b, -3.191891195797325e-16);
  assert.equal(c, -11.50000000000003);
});

Deno.test("gradientDescent() never meets a zero gradient on seed 000's three-variable run, so its `else` branch never moves +α", () => {
  // Seed 000's loop moves +alpha when a gradient is exactly 0 (its `else`); the sign rule does not move. The
  // figures agree because no gradient component is ever exactly 0 along the way.
  const gradient = ([a, b, _c]: number[]) => [12 * a - 4, 4 * b, 1];
  const run = gradientDescent(gradient, [1, 1, 1], { rule: "sign", learningRate: 0.05, maxIterations: 250 });
  for (const entry of run.history) {
    assert.ok(entry.gradient.every((g) => g !== 0), `zero at ${entry.iteration}`);
  }
});

Deno.test("gradientDescent() reproduces seed 000's three-variable figures from symbolic partial derivatives", () => {
  const { gradient } = partialDerivatives("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"]);
  const run = gradientDescent(gradient, [1, 1, 1], { rule: "sign", learningRate: 0.05, maxIterations: 250 });
  assert.deepEqual(run.x, [0.29999999999999966, -3.191891195797325e-16, -11.50000000000003]);
});

Deno.test("gradientDescent() reproduces seed 003's hand-written descent from 10: -1.4999999806458753", () => {
  const run = gradientDescent((w) => 2 * w + 3, 10.0, { learningRate: 0.01, maxIterations: 1000 });
  assert.equal(run.x, -1.4999999806458753);
});

Deno.test("gradientDescent() reproduces seed 003's jax.grad descent from −10 with a symbolic derivative: -1.5000000143052226", () => {
  const df = symbolicDerivative("w^2 + 3w - 5", "w");
  assert.equal(df.text, "2 * w + 3");
  const run = gradientDescent(df.evaluate, -10.0, { learningRate: 0.01, maxIterations: 1000 });
  assert.equal(run.x, -1.5000000143052226);
});

Deno.test("gradientDescent() on the chain rule's true derivative 12x − 3 ends within one step of its minimum 1/4", () => {
  // Seed 000 states u = 2x² − x − 2 but uses du/dx = 2x − 1; the derivative of that u is 4x − 1, so
  // dy/dx = 3(4x − 1), whose zero is 1/4, not 1/2.
  assert.equal(symbolicDerivative("3(2x^2 - x - 2) + 1").text, "3 * (4 * x - 1)");
  const run = gradientDescent((x) => 12 * x - 3, 2, { rule: "sign", learningRate: 0.01, maxIterations: 250 });
  assert.ok(Math.abs(run.x - 0.25) <= 0.01, `${run.x}`);
});

Deno.test("gradientDescent() standard rule equals the plain loop `w = w - df(w) * α` for any start and rate", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.double({ min: 1e-4, max: 0.9, noNaN: true }),
      fc.integer({ min: 1, max: 300 }),
      (start, learningRate, maxIterations) => {
        const df = (w: number) => 2 * w + 3;
        let w = start;
        for (let i = 0; i < maxIterations; i++) w = w - df(w) * learningRate;
        return gradientDescent(df, start, { learningRate, maxIterations }).x === w;
      },
    ),
  );
});

// ---------------------------------------------------------------------------------------------------------
// History: entry t holds the point after t steps, start included.

Deno.test("gradientDescent() history starts at the start and holds the point after each step", () => {
  const f = (w: number) => w ** 2 + 3 * w - 5;
  const df = (w: number) => 2 * w + 3;
  const run = gradientDescent(df, 10, { learningRate: 0.1, maxIterations: 5, f });
  assert.equal(run.history.length, run.iterations + 1);
  assert.deepEqual(run.history[0], { iteration: 0, x: 10, gradient: 23, step: 0, value: f(10) });
  for (let t = 1; t < run.history.length; t++) {
    const before = run.history[t - 1];
    const entry = run.history[t];
    assert.equal(entry.iteration, t);
    assert.equal(entry.x, before.x - 0.1 * before.gradient);
    assert.equal(entry.gradient, df(entry.x));
    assert.equal(entry.value, f(entry.x));
    assert.equal(entry.step, Math.abs(before.x - entry.x));
  }
  const last = run.history.at(-1)!;
  assert.equal(run.x, last.x);
  assert.equal(run.gradient, last.gradient);
  assert.equal(run.value, last.value);
});

Deno.test("gradientDescent() records no value when f is not given", () => {
  const run = gradientDescent((x) => 2 * x, 1, { maxIterations: 3 });
  assert.ok(run.history.every((entry) => !("value" in entry)));
  assert.ok(!("value" in run));
});

Deno.test("gradientDescent() history of a vector run holds separate arrays even if gradient reuses one", () => {
  const buffer = [0, 0];
  const gradient = ([x, y]: number[]) => {
    buffer[0] = 2 * x;
    buffer[1] = 4 * y;
    return buffer;
  };
  const start = [1, 1];
  const run = gradientDescent(gradient, start, { learningRate: 0.1, maxIterations: 3 });
  assert.deepEqual(start, [1, 1]);
  for (let t = 1; t < run.history.length; t++) {
    const before = run.history[t - 1];
    assert.deepEqual(run.history[t].x, before.x.map((xi, i) => xi - 0.1 * before.gradient[i]));
  }
  assert.deepEqual(run.history[0].gradient, [2, 4]);
  assert.deepEqual(run.history[1].gradient, [2 * run.history[1].x[0], 4 * run.history[1].x[1]]);
  assert.notEqual(run.history[0].gradient, run.history[1].gradient);
  assert.equal(
    run.history[1].step,
    Math.max(Math.abs(1 - run.history[1].x[0]), Math.abs(1 - run.history[1].x[1])),
  );
});

Deno.test("gradientDescent() calls onIteration with every entry, start included, even without history", () => {
  const seen: HistoryEntry<number>[] = [];
  const run = gradientDescent((x) => 2 * x, 1, { maxIterations: 4, onIteration: (e) => seen.push(e) });
  assert.deepEqual(seen, run.history);
  const quiet: number[] = [];
  const lean = gradientDescent((x) => 2 * x, 1, {
    maxIterations: 4,
    recordEvery: 0,
    onIteration: (e) => quiet.push(e.iteration),
  });
  assert.deepEqual(lean.history, []);
  assert.deepEqual(quiet, [0, 1, 2, 3, 4]);
  assert.equal(lean.x, run.x);
});

// ---------------------------------------------------------------------------------------------------------
// Stopping: tolerance on the step size.

Deno.test("gradientDescent() stops as converged at the first step no larger than tolerance", () => {
  const run = gradientDescent((x) => 2 * x, 5, { learningRate: 0.1, tolerance: 1e-4 });
  assert.equal(run.status, "converged");
  const steps = run.history.slice(1).map((e) => e.step);
  assert.ok(steps.at(-1)! <= 1e-4);
  assert.ok(steps.slice(0, -1).every((s) => s > 1e-4));
  assert.match(run.reason, /within tolerance 0.0001/);
});

Deno.test("gradientDescent() with tolerance 0 takes all maxIterations steps, even sitting at the minimum", () => {
  const run = gradientDescent((x) => 2 * x, 0, { maxIterations: 50 });
  assert.equal(run.status, "max-iterations");
  assert.equal(run.iterations, 50);
  assert.equal(run.x, 0);
  assert.match(run.reason, /took all 50 steps/);
});

Deno.test("gradientDescent() says how far the last step was from tolerance when it runs out of iterations", () => {
  const run = gradientDescent((x) => 2 * x, 5, { learningRate: 0.001, tolerance: 1e-9, maxIterations: 10 });
  assert.equal(run.status, "max-iterations");
  assert.match(run.reason, /more than tolerance 1e-9/);
});

Deno.test("gradientDescent() sign rule does not move where the gradient is exactly 0", () => {
  const run = gradientDescent((x) => x - 1, 1, { rule: "sign", maxIterations: 10, tolerance: 1e-12 });
  assert.equal(run.x, 1);
  assert.equal(run.status, "converged");
  assert.equal(run.iterations, 1);
});

Deno.test("gradientDescent() sign rule moves by exactly learningRate each step until it crosses the minimum", () => {
  const run = gradientDescent((x) => 4 * x - 3, 2, { rule: "sign", learningRate: 0.25, maxIterations: 6 });
  assert.deepEqual(run.history.map((e) => e.x), [2, 1.75, 1.5, 1.25, 1, 0.75, 0.75]);
});

// ---------------------------------------------------------------------------------------------------------
// Divergence: stop at once, never record NaN.

const allFinite = (run: GradientDescentResult<number>) =>
  run.history.every((e) => Number.isFinite(e.x) && Number.isFinite(e.gradient) && Number.isFinite(e.step));

Deno.test('gradientDescent() stops with status "diverged" when the step grows and overshoots (learning rate above 2/L)', () => {
  // f(w) = w² + 3w − 5 has L = 2, so 2/L = 1; at 1.1 each step lands 1.2 times farther on the other side.
  const run = gradientDescent((w) => 2 * w + 3, 10, { learningRate: 1.1 });
  assert.equal(run.status, "diverged");
  assert.equal(run.iterations, 21); // the first reversal can be seen at step 2; 20 in a row end it at step 21
  assert.match(run.reason, /last 20 steps each jumped over the minimum and grew.*smaller learningRate/);
  assert.ok(allFinite(run));
});

Deno.test('gradientDescent() stops with status "diverged" when x passes divergenceBound', () => {
  const run = gradientDescent((w) => 2 * w + 3, 10, { learningRate: 1.1, overshootPatience: Infinity });
  assert.equal(run.status, "diverged");
  assert.match(run.reason, /beyond divergenceBound 1000000000000/);
  assert.ok(Math.abs(run.x) <= 1e12);
  assert.equal(run.x, run.history.at(-1)!.x);
  assert.ok(allFinite(run));
});

Deno.test('gradientDescent() stops with status "diverged" when the numbers overflow, keeping the last finite point', () => {
  const run = gradientDescent((w) => 2 * w + 3, 10, {
    learningRate: 1.1,
    overshootPatience: Infinity,
    divergenceBound: Infinity,
    maxIterations: 100_000,
  });
  assert.equal(run.status, "diverged");
  assert.ok(Number.isFinite(run.x));
  assert.equal(run.history.length, run.iterations + 1);
  assert.ok(allFinite(run));
});

Deno.test('gradientDescent() stops with status "diverged" when the gradient becomes NaN', () => {
  const run = gradientDescent((x) => (x < -3 ? NaN : 1), 0, { learningRate: 1 });
  assert.equal(run.status, "diverged");
  assert.equal(run.x, -3);
  assert.equal(run.iterations, 3);
  assert.deepEqual(run.history.map((e) => e.x), [0, -1, -2, -3]);
  assert.match(run.reason, /the gradient at x = -4 \(step 4\) is NaN/);
});

Deno.test('gradientDescent() stops with status "diverged" when a step overflows to Infinity', () => {
  const run = gradientDescent(() => 1e308, 0, { learningRate: 10, divergenceBound: Infinity });
  assert.equal(run.status, "diverged");
  assert.equal(run.x, 0);
  assert.equal(run.iterations, 0);
  assert.match(run.reason, /step 1 gave x = -Infinity/);
});

Deno.test('gradientDescent() stops with status "diverged" when f(x) becomes NaN', () => {
  const run = gradientDescent(() => 1, 2, { learningRate: 1, f: (x) => (x < 0 ? NaN : x) });
  assert.equal(run.status, "diverged");
  assert.equal(run.x, 0);
  assert.equal(run.value, 0);
  assert.match(run.reason, /f\(x\) at x = -1 \(step 3\) is NaN/);
});

Deno.test("gradientDescent() does not call escaping a hilltop divergence (steps grow without reversing)", () => {
  // f(x) = x⁴/4 − x²/2: from just right of the hilltop at 0 the steps grow for hundreds of iterations
  // before settling into the valley at x = 1.
  const run = gradientDescent((x) => x ** 3 - x, 1e-3, { learningRate: 0.01, maxIterations: 2000 });
  const steps = run.history.map((e) => e.step);
  assert.ok(steps[300] > steps[1] * 10, "the steps did grow");
  assert.notEqual(run.status, "diverged");
  assert.ok(Math.abs(run.x - 1) < 1e-6);
});

Deno.test("gradientDescent() does not call zigzagging into a narrow valley divergence (steps reverse but shrink)", () => {
  // αL = 1.8: each step jumps over the minimum but lands closer.
  const run = gradientDescent((x) => 2 * x, 1, { learningRate: 0.9, tolerance: 1e-12 });
  assert.equal(run.status, "converged");
  assert.ok(run.history.slice(2).every((e, i) => Math.sign(e.x) !== Math.sign(run.history[i + 1].x)));
});

Deno.test('gradientDescent() ends a stable 2-cycle with "max-iterations", not "diverged" (α = 1.1 on 1 − e^(−x²))', () => {
  // x ← x − 2.2·x·e^(−x²) from 3 crosses the plateau, then zigzags with steps that reverse and grow for
  // dozens of steps while it settles onto x ↦ −x, i.e. 2.2·e^(−x²) = 2: x = ±√(ln 1.1).
  const slope = (x: number) => 2 * x * Math.exp(-x * x);
  const run = gradientDescent(slope, 3, { learningRate: 1.1, maxIterations: 2000, tolerance: 1e-10 });
  assert.equal(run.status, "max-iterations");
  const amplitude = Math.sqrt(Math.log(1.1));
  const [second, last] = run.history.slice(-2).map((e) => e.x);
  assert.ok(Math.abs(Math.abs(last) - amplitude) < 1e-12, `${last}`);
  assert.ok(Math.abs(last + second) < 1e-12, "it alternates between +a and −a");
  // The old rule (reverse and grow, 20 in a row) would have fired: the run has such a streak.
  let streak = 0;
  let longest = 0;
  for (let t = 2; t < run.history.length; t++) {
    const [a, b, c] = [run.history[t - 2].x, run.history[t - 1].x, run.history[t].x];
    streak = (c - b) * (b - a) < 0 && run.history[t].step > run.history[t - 1].step ? streak + 1 : 0;
    longest = Math.max(longest, streak);
  }
  assert.ok(longest >= 20, `longest streak ${longest}`);
});

Deno.test('gradientDescent() still calls a growing zigzag on a non-quadratic "diverged" (α = 1.1 on x² + x⁴/10)', () => {
  // Near 0 the curvature is 2, so α = 1.1 multiplies the distance by about −1.2 per step, and the quartic
  // term only speeds the growth up: steps and |x_t − x_{t−2}| grow every time, as on the quadratic.
  const quadratic = gradientDescent((x) => 2 * x, 1e-3, { learningRate: 1.1 });
  const quartic = gradientDescent((x) => 2 * x + 0.4 * x ** 3, 1e-3, { learningRate: 1.1 });
  for (const run of [quadratic, quartic]) {
    assert.equal(run.status, "diverged");
    assert.equal(run.iterations, 21);
    assert.match(run.reason, /last 20 steps each jumped over the minimum and grew/);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Properties on f(x) = L/2 · (x − x*)²: the step multiplies the distance to x* by 1 − αL.

const curvature = fc.double({ min: 0.01, max: 100, noNaN: true });
const center = fc.double({ min: -100, max: 100, noNaN: true });
const offset = fc.tuple(fc.double({ min: 1e-3, max: 100, noNaN: true }), fc.boolean()).map(([d, negative]) =>
  negative ? -d : d
);

Deno.test("gradientDescent() never diverges and never moves away from the minimum for any 0 < α < 2/L", () => {
  fc.assert(
    fc.property(
      curvature,
      center,
      offset,
      // r from 1e-12 rather than 0 so that α = 2r/L stays a positive double.
      fc.double({ min: 1e-12, max: 1, maxExcluded: true, noNaN: true }),
      (L, xStar, d, r) => {
        const run = gradientDescent((x) => L * (x - xStar), xStar + d, {
          learningRate: (r * 2) / L,
          maxIterations: 200,
        });
        const slack = 1e-12 * (1 + Math.abs(xStar));
        const distances = run.history.map((e) => Math.abs(e.x - xStar));
        return run.status !== "diverged" &&
          distances.every((dist, t) => t === 0 || dist <= distances[t - 1] + slack);
      },
    ),
  );
});

Deno.test("gradientDescent() converges to the minimum for α between 0.05·2/L and 0.95·2/L", () => {
  fc.assert(
    fc.property(
      curvature,
      center,
      offset,
      fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (L, xStar, d, r) => {
        const run = gradientDescent((x) => L * (x - xStar), xStar + d, {
          learningRate: (r * 2) / L,
          tolerance: 1e-10,
          maxIterations: 5000,
        });
        return run.status === "converged" && Math.abs(run.x - xStar) <= 1e-8 * Math.max(1, Math.abs(xStar));
      },
    ),
  );
});

Deno.test('gradientDescent() reports "diverged" for any α above 2/L (with a 5% margin)', () => {
  fc.assert(
    fc.property(
      curvature,
      center,
      offset,
      fc.double({ min: 1.05, max: 1e3, noNaN: true }),
      (L, xStar, d, r) => {
        const run = gradientDescent((x) => L * (x - xStar), xStar + d, { learningRate: (r * 2) / L });
        return run.status === "diverged" && run.history.every((e) => Number.isFinite(e.x));
      },
    ),
  );
});

Deno.test("gradientDescent() on a 2-D bowl converges below 2/L_max and diverges above it", () => {
  const vectorCase = fc.tuple(curvature, curvature, offset, offset);
  fc.assert(
    fc.property(vectorCase, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ([L1, L2, d1, d2], r) => {
      const gradient = ([x, y]: number[]) => [L1 * x, L2 * y];
      const run = gradientDescent(gradient, [d1, d2], {
        learningRate: (r * 2) / Math.max(L1, L2),
        tolerance: 1e-10,
        maxIterations: 2000,
        recordEvery: 0,
      });
      return run.status !== "diverged" && Math.hypot(...run.x) < Math.hypot(d1, d2);
    }),
  );
  fc.assert(
    fc.property(vectorCase, fc.double({ min: 1.05, max: 1e3, noNaN: true }), ([L1, L2, d1, d2], r) => {
      const gradient = ([x, y]: number[]) => [L1 * x, L2 * y];
      const run = gradientDescent(gradient, [d1, d2], {
        learningRate: (r * 2) / Math.max(L1, L2),
        maxIterations: 5000,
      });
      return run.status === "diverged";
    }),
  );
});

// ---------------------------------------------------------------------------------------------------------
// Types and bad input.

Deno.test("gradientDescent() runs every rule in RULES, and each one lowers a convex bowl", () => {
  for (const rule of RULES) {
    const options: GradientDescentOptions<number> = {
      rule,
      learningRate: 0.1,
      maxIterations: 50,
      f: (x) => x * x,
    };
    const result: GradientDescentResult<number> = gradientDescent((x) => 2 * x, 1, options);
    const status: Status = result.status;
    assert.equal(status, "max-iterations", rule);
    assert.ok(result.value! < 0.5, `${rule}: f = ${result.value}`);
  }
});

const df = (x: number) => 2 * x;
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "gradient is not a function",
    () => gradientDescent(2 as never, 1),
    TypeError,
    /gradient must be a function, got 2/,
  ],
  ["start is NaN", () => gradientDescent(df, NaN), RangeError, /start must be a finite number, got NaN/],
  [
    "start is Infinity",
    () => gradientDescent(df, -Infinity),
    RangeError,
    /start must be a finite number, got -Infinity/,
  ],
  [
    "start is a string",
    () => gradientDescent(df, "1" as never),
    TypeError,
    /start must be an array of numbers, got "1"/,
  ],
  [
    "start is an empty array",
    () => gradientDescent(() => [], []),
    RangeError,
    /start must not be empty, got \[\]/,
  ],
  [
    "start holds NaN",
    () => gradientDescent((v) => v, [1, NaN]),
    RangeError,
    /start\[1\] must be a finite number, got NaN/,
  ],
  [
    "start is beyond divergenceBound",
    () => gradientDescent(df, 1e13),
    RangeError,
    /start 10000000000000 is beyond divergenceBound/,
  ],
  [
    "learningRate is negative",
    () => gradientDescent(df, 1, { learningRate: -0.1 }),
    RangeError,
    /^Cannot run gradient descent: learningRate must be > 0, got -0.1$/,
  ],
  [
    "learningRate is 0",
    () => gradientDescent(df, 1, { learningRate: 0 }),
    RangeError,
    /learningRate must be > 0, got 0/,
  ],
  [
    "learningRate is NaN",
    () => gradientDescent(df, 1, { learningRate: NaN }),
    RangeError,
    /learningRate must be > 0, got NaN/,
  ],
  [
    "learningRate is Infinity",
    () => gradientDescent(df, 1, { learningRate: Infinity }),
    RangeError,
    /got Infinity/,
  ],
  [
    "learningRate is a string",
    () => gradientDescent(df, 1, { learningRate: "0.1" as never }),
    TypeError,
    /learningRate must be a number/,
  ],
  [
    "maxIterations is 0",
    () => gradientDescent(df, 1, { maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 0/,
  ],
  ["maxIterations is negative", () => gradientDescent(df, 1, { maxIterations: -5 }), RangeError, /got -5/],
  [
    "maxIterations is fractional",
    () => gradientDescent(df, 1, { maxIterations: 2.5 }),
    RangeError,
    /got 2.5/,
  ],
  [
    "maxIterations is Infinity",
    () => gradientDescent(df, 1, { maxIterations: Infinity }),
    RangeError,
    /got Infinity/,
  ],
  [
    "tolerance is negative",
    () => gradientDescent(df, 1, { tolerance: -1e-6 }),
    RangeError,
    /tolerance must be >= 0, got -0.000001/,
  ],
  [
    "tolerance is NaN",
    () => gradientDescent(df, 1, { tolerance: NaN }),
    RangeError,
    /tolerance must be >= 0, got NaN/,
  ],
  [
    "rule is unknown",
    () => gradientDescent(df, 1, { rule: "adamw" as never }),
    RangeError,
    /rule must be one of "standard", "sign", "momentum", "nesterov", "adagrad", "rmsprop", "adam", got "adamw"/,
  ],
  [
    "rule is capitalized",
    () => gradientDescent(df, 1, { rule: "Standard" as never }),
    RangeError,
    /got "Standard"/,
  ],
  [
    "f is not a function",
    () => gradientDescent(df, 1, { f: 3 as never }),
    TypeError,
    /f must be a function, got 3/,
  ],
  [
    "onIteration is not a function",
    () => gradientDescent(df, 1, { onIteration: true as never }),
    TypeError,
    /onIteration must be a function/,
  ],
  [
    "recordEvery is not an integer >= 0",
    () => gradientDescent(df, 1, { recordEvery: "yes" as never }),
    TypeError,
    /recordEvery must be a number, got "yes"/,
  ],
  [
    "divergenceBound is 0",
    () => gradientDescent(df, 1, { divergenceBound: 0 }),
    RangeError,
    /divergenceBound must be > 0, got 0/,
  ],
  [
    "overshootPatience is 0",
    () => gradientDescent(df, 1, { overshootPatience: 0 }),
    RangeError,
    /overshootPatience must be an integer >= 1, got 0/,
  ],
  [
    "an option is misspelt",
    () => gradientDescent(df, 1, { learningrate: 0.1 } as never),
    TypeError,
    /unknown option "learningrate"/,
  ],
  [
    "options is not an object",
    () => gradientDescent(df, 1, 0.1 as never),
    TypeError,
    /options must be an object, got 0.1/,
  ],
  [
    "gradient returns too few values",
    () => gradientDescent(() => [1, 2], [1, 2, 3]),
    TypeError,
    /gradient returned 2 values but x has 3/,
  ],
  [
    "gradient returns a number for a vector",
    () => gradientDescent((() => 1) as never, [1, 2]),
    TypeError,
    /gradient must return an array of 2 numbers, got 1/,
  ],
  [
    "gradient returns an array for a number",
    () => gradientDescent((() => [1]) as never, 1),
    TypeError,
    /gradient\(1\) must be a number, got \[1\]/,
  ],
  [
    "gradient returns undefined",
    () => gradientDescent((() => undefined) as never, 1),
    TypeError,
    /gradient\(1\) must be a number, got undefined/,
  ],
  [
    "gradient returns a string entry",
    () => gradientDescent(() => ["1"] as never, [1]),
    TypeError,
    /gradient\(x\)\[0\] must be a number, got "1"/,
  ],
  [
    "the gradient is NaN at start",
    () => gradientDescent(() => NaN, 1),
    RangeError,
    /the gradient at start is NaN/,
  ],
  [
    "the gradient is Infinity at start",
    () => gradientDescent(() => [0, Infinity], [1, 1]),
    RangeError,
    /the gradient at start is \[0, Infinity\]/,
  ],
  [
    "f is NaN at start",
    () => gradientDescent(df, -1, { f: Math.sqrt }),
    RangeError,
    /f\(start\) must be a finite number, got NaN/,
  ],
  [
    "f returns a string",
    () => gradientDescent(df, 1, { f: (() => "1") as never }),
    TypeError,
    /f\(1\) must be a number, got "1"/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`gradientDescent() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
