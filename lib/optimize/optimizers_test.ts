import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalGradient } from "../calculus/mod.ts";
import {
  gradientDescent,
  type GradientDescentOptions,
  type HistoryEntry,
  ravine,
  rosenbrock,
  type Rule,
  RULES,
} from "./mod.ts";

// ---------------------------------------------------------------------------------------------------------
// Oracles: each method against an independent loop, or against plain gradient descent where it must reduce to it.

const curvature = fc.double({ min: 0.01, max: 100, noNaN: true });
const offset = fc.tuple(fc.double({ min: 1e-3, max: 100, noNaN: true }), fc.boolean()).map(([d, negative]) =>
  negative ? -d : d
);
const fraction = fc.double({ min: 0.01, max: 0.95, noNaN: true });

Deno.test('gradientDescent() with rule "momentum" and momentum 0 takes exactly the steps of gradientDescent()', () => {
  fc.assert(
    fc.property(curvature, curvature, offset, offset, fraction, (L1, L2, d1, d2, r) => {
      const gradient = ([x, y]: number[]) => [L1 * x, L2 * (y - 1)];
      const options = { learningRate: (r * 2) / Math.max(L1, L2), maxIterations: 60 };
      const plain = gradientDescent(gradient, [d1, d2], options);
      const heavy = gradientDescent(gradient, [d1, d2], { rule: "momentum", momentum: 0, ...options });
      assert.deepEqual(heavy.history.map((e) => e.x), plain.history.map((e) => e.x));
      assert.deepEqual(heavy.x, plain.x);
      assert.equal(heavy.status, plain.status);
    }),
  );
});

Deno.test('gradientDescent() with rule "nesterov" and momentum 0 takes exactly the steps of gradientDescent()', () => {
  fc.assert(
    fc.property(curvature, offset, fraction, (L, d, r) => {
      const options = { learningRate: (r * 2) / L, maxIterations: 60 };
      const plain = gradientDescent((x) => L * (x - 3), d, options);
      const ahead = gradientDescent((x) => L * (x - 3), d, { rule: "nesterov", momentum: 0, ...options });
      assert.deepEqual(ahead.history.map((e) => e.x), plain.history.map((e) => e.x));
    }),
  );
});

Deno.test('gradientDescent() with rule "adam" and β1 = β2 = 0 steps by α·g/(|g| + ε), a sign-like step, exactly', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: 1e-4, max: 1, noNaN: true }),
      fc.double({ min: 1e-12, max: 1e-3, noNaN: true }),
      (start, learningRate, epsilon) => {
        const df = (w: number) => 2 * w + 3;
        const run = gradientDescent(df, start, {
          rule: "adam",
          beta1: 0,
          beta2: 0,
          learningRate,
          epsilon,
          maxIterations: 50,
        });
        let w = start;
        const path = [w];
        for (let t = 0; t < 50; t++) {
          const g = df(w);
          w = w - learningRate * g / (Math.abs(g) + epsilon);
          path.push(w);
        }
        assert.deepEqual(run.history.map((e) => e.x), path);
        // Each step is (almost) exactly α long, whatever the size of the gradient.
        for (const entry of run.history.slice(1)) {
          const g = run.history[entry.iteration - 1].gradient;
          if (Math.abs(g) > 1e3 * epsilon) {
            assert.ok(Math.abs(entry.step - learningRate) <= 1e-3 * learningRate);
          }
        }
      },
    ),
  );
});

Deno.test('gradientDescent() with rule "adagrad" takes a first step of α·g/(|g| + ε) in every coordinate', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 5, maxLength: 5 }),
      fc.double({ min: 1e-4, max: 2, noNaN: true }),
      (start, slopes, learningRate) => {
        // A linear function: the gradient is the same everywhere, slopes[i] in coordinate i.
        const gradient = (x: number[]) => x.map((_, i) => slopes[i]);
        const run = gradientDescent(gradient, start, { rule: "adagrad", learningRate, maxIterations: 1 });
        const expected = start.map((xi, i) => xi - learningRate * slopes[i] / (Math.abs(slopes[i]) + 1e-8));
        assert.deepEqual(run.x, expected);
      },
    ),
  );
});

Deno.test('gradientDescent() with rule "adagrad" divides by the root of the summed squared gradients', () => {
  // Constant gradient g: after t steps the sum is t·g², so step t moves α·g/(√t·|g| + ε).
  const run = gradientDescent(() => 4, 0, { rule: "adagrad", learningRate: 0.5, maxIterations: 4 });
  const steps = run.history.slice(1).map((e) => e.step);
  steps.forEach((step, k) =>
    assert.ok(Math.abs(step - 0.5 / Math.sqrt(k + 1)) < 1e-8, `step ${k + 1}: ${step}`)
  );
});

Deno.test('gradientDescent() with rule "rmsprop" takes a first step of α·g/(√(1 − β2)·|g| + ε)', () => {
  const g = -3;
  const run = gradientDescent(() => g, 1, {
    rule: "rmsprop",
    beta2: 0.9,
    learningRate: 0.01,
    maxIterations: 1,
  });
  assert.equal(run.x, 1 - 0.01 * g / (Math.sqrt((1 - 0.9) * g * g) + 1e-8));
  // Without bias correction the first step is 1/√0.1 ≈ 3.16 times α.
  assert.ok(Math.abs(run.history[1].step - 0.01 / Math.sqrt(0.1)) < 1e-9);
});

Deno.test('gradientDescent() with rule "adam" takes a first step of α in each coordinate, thanks to the bias correction', () => {
  const run = gradientDescent(([x, y]) => [1e-3 * x, 1e3 * y], [2, 2], {
    rule: "adam",
    learningRate: 0.1,
    maxIterations: 1,
  });
  assert.ok(Math.abs(run.x[0] - 1.9) < 1e-6 && Math.abs(run.x[1] - 1.9) < 1e-9, `${run.x}`);
});

Deno.test('gradientDescent() with rule "momentum" agrees with the heavy-ball loop written as v ← βv − αg, x ← x + v', () => {
  fc.assert(
    fc.property(
      curvature,
      offset,
      fraction,
      fc.double({ min: 0, max: 0.95, noNaN: true }),
      (L, d, r, beta) => {
        const learningRate = (r * 2) / L;
        const run = gradientDescent((x) => L * x, d, {
          rule: "momentum",
          momentum: beta,
          learningRate,
          maxIterations: 40,
        });
        let x = d;
        let v = 0;
        run.history.forEach((entry, t) => {
          assert.ok(Math.abs(entry.x - x) <= 1e-9 * Math.abs(d), `step ${t}: ${entry.x} vs ${x}`);
          v = beta * v - learningRate * L * x;
          x = x + v;
        });
      },
    ),
  );
});

Deno.test('gradientDescent() with rule "nesterov" follows the look-ahead form: gradient at x + βv, shifted by βv', () => {
  // Sutskever's form: v ← βv − α·∇f(θ + βv), θ ← θ + v. PyTorch's form, which gradientDescent() uses, tracks the
  // look-ahead point θ + βv itself.
  const { gradient } = ravine({ a: 0.5, b: 3 });
  const beta = 0.8;
  const learningRate = 0.05;
  const run = gradientDescent(gradient, [4, -2], {
    rule: "nesterov",
    momentum: beta,
    learningRate,
    maxIterations: 50,
  });
  let theta = [4, -2];
  let v = [0, 0];
  for (const entry of run.history) {
    const ahead = [theta[0] + beta * v[0], theta[1] + beta * v[1]];
    assert.ok(Math.hypot(entry.x[0] - ahead[0], entry.x[1] - ahead[1]) < 1e-12, `step ${entry.iteration}`);
    const g = gradient(ahead);
    v = [beta * v[0] - learningRate * g[0], beta * v[1] - learningRate * g[1]];
    theta = [theta[0] + v[0], theta[1] + v[1]];
  }
});

// ---------------------------------------------------------------------------------------------------------
// Convergence on convex quadratics, and the stability limits of the momentum methods.

const sensible: Record<Rule, GradientDescentOptions<number[]>> = {
  standard: { learningRate: 0.2 },
  sign: { learningRate: 0.01 },
  momentum: { learningRate: 0.1, momentum: 0.7 },
  nesterov: { learningRate: 0.1, momentum: 0.7 },
  adagrad: { learningRate: 0.5 },
  rmsprop: { learningRate: 0.01 },
  adam: { learningRate: 0.05 },
};

Deno.test("gradientDescent() reaches the minimum of a convex quadratic with every method and sensible settings", () => {
  // f(x, y) = (x − 1)² + 4(y + 2)² + xy/2: curvatures about 1.9 and 8.1. Its minimum solves the linear
  // system 2x + y/2 = 2, x/2 + 8y = −16 (Cramer's rule).
  const gradient = ([x, y]: number[]) => [2 * (x - 1) + y / 2, 8 * (y + 2) + x / 2];
  const det = 2 * 8 - 0.5 * 0.5;
  const xStar = [(2 * 8 - 0.5 * -16) / det, (2 * -16 - 0.5 * 2) / det];
  assert.deepEqual(gradient(xStar).map((g) => Math.abs(g) < 1e-12), [true, true]);
  for (const method of RULES.filter((rule) => rule !== "sign")) {
    const run = gradientDescent(gradient, [-3, 3], {
      rule: method,
      ...sensible[method],
      maxIterations: 5000,
    });
    const distance = Math.hypot(run.x[0] - xStar[0], run.x[1] - xStar[1]);
    // RMSProp with a constant α ends circling within about α of the minimum; the others close in.
    assert.ok(distance < (method === "rmsprop" ? 0.02 : 1e-6), `${method}: ${run.x}, ${distance}`);
    assert.notEqual(run.status, "diverged");
  }
});

Deno.test("gradientDescent() momentum on a quadratic converges for αL < 2(1 + β) and diverges above it", () => {
  // The heavy ball's distance obeys e_{t+1} = (1 + β − αL)·e_t − β·e_{t−1}, stable exactly when
  // 0 < αL < 2(1 + β).
  const beta = fc.double({ min: 0, max: 0.9, noNaN: true });
  fc.assert(
    fc.property(curvature, offset, beta, fc.double({ min: 0.1, max: 0.9, noNaN: true }), (L, d, b, r) => {
      const run = gradientDescent((x) => L * x, d, {
        rule: "momentum",
        momentum: b,
        learningRate: (r * 2 * (1 + b)) / L,
        maxIterations: 5000,
        tolerance: 1e-14,
      });
      return run.status !== "diverged" && Math.abs(run.x) < 1e-6 * Math.abs(d);
    }),
  );
  fc.assert(
    fc.property(curvature, offset, beta, fc.double({ min: 1.05, max: 10, noNaN: true }), (L, d, b, r) => {
      const run = gradientDescent((x) => L * x, d, {
        rule: "momentum",
        momentum: b,
        learningRate: (r * 2 * (1 + b)) / L,
        maxIterations: 100_000,
        recordEvery: 0,
      });
      return run.status === "diverged" && Number.isFinite(run.x);
    }),
  );
});

Deno.test("gradientDescent() Nesterov on a quadratic converges for αL < 2(1 + β)/(1 + 2β) and diverges above it", () => {
  // The look-ahead damps the swing, and costs stability: the limit falls from 2(1 + β) to 2(1 + β)/(1 + 2β).
  const beta = fc.double({ min: 0, max: 0.9, noNaN: true });
  const limit = (b: number, L: number) => (2 * (1 + b)) / (1 + 2 * b) / L;
  fc.assert(
    fc.property(curvature, offset, beta, fc.double({ min: 0.1, max: 0.9, noNaN: true }), (L, d, b, r) => {
      const run = gradientDescent((x) => L * x, d, {
        rule: "nesterov",
        momentum: b,
        learningRate: r * limit(b, L),
        maxIterations: 5000,
        tolerance: 1e-14,
      });
      return run.status !== "diverged" && Math.abs(run.x) < 1e-6 * Math.abs(d);
    }),
  );
  fc.assert(
    fc.property(curvature, offset, beta, fc.double({ min: 1.05, max: 10, noNaN: true }), (L, d, b, r) => {
      const run = gradientDescent((x) => L * x, d, {
        rule: "nesterov",
        momentum: b,
        learningRate: r * limit(b, L),
        maxIterations: 100_000,
        recordEvery: 0,
      });
      return run.status === "diverged";
    }),
  );
});

Deno.test("gradientDescent() momentum needs fewer iterations than plain descent on the ravine 0.1x² + 2y²", () => {
  const { gradient } = ravine();
  const plain = gradientDescent(gradient, [-5, -2], { learningRate: 0.4, tolerance: 1e-6 });
  const heavy = gradientDescent(gradient, [-5, -2], {
    rule: "momentum",
    momentum: 0.5,
    learningRate: 0.4,
    tolerance: 1e-6,
  });
  assert.equal(plain.status, "converged");
  assert.equal(heavy.status, "converged");
  assert.ok(heavy.iterations * 2 < plain.iterations, `${heavy.iterations} vs ${plain.iterations}`);
});

Deno.test("gradientDescent() steps of the adaptive methods do not grow with the gradient: no divergence on a steep bowl", () => {
  // Curvature 1000 with α = 0.1 is 50 times past plain descent's limit 2/L, yet each adaptive step is about α.
  for (const method of ["adagrad", "rmsprop", "adam"] as const) {
    const run = gradientDescent((x) => 1000 * x, 1, { rule: method, learningRate: 0.1, maxIterations: 500 });
    assert.notEqual(run.status, "diverged", method);
    assert.ok(Math.max(...run.history.map((e) => e.step)) < 0.35, method);
    assert.ok(Math.abs(run.x) < 0.35, `${method}: ${run.x}`);
  }
  assert.equal(gradientDescent((x) => 1000 * x, 1, { learningRate: 0.1 }).status, "diverged");
});

Deno.test("gradientDescent() works on Rosenbrock with a gradient that agrees with numericalGradient", () => {
  const banana = rosenbrock();
  for (const point of [[-1.5, 2], [0, 0], [1.2, 1]]) {
    const numeric = numericalGradient(banana.f, point);
    banana.gradient(point).forEach((g, i) => assert.ok(Math.abs(g - numeric[i]) < 1e-5 * (1 + Math.abs(g))));
  }
  const run = gradientDescent(banana.gradient, [-1.5, 2], {
    rule: "adam",
    learningRate: 0.05,
    maxIterations: 5000,
    tolerance: 1e-10,
    f: banana.f,
  });
  assert.equal(run.status, "converged");
  assert.ok(Math.hypot(run.x[0] - 1, run.x[1] - 1) < 1e-6);
  assert.ok(run.value! < 1e-12);
});

// ---------------------------------------------------------------------------------------------------------
// History, stopping, divergence.

Deno.test("gradientDescent() history starts at the start and holds, for every step, x, f(x), the gradient and the step size", () => {
  const { f, gradient } = ravine();
  for (const method of RULES.filter((rule) => rule !== "sign")) {
    const run = gradientDescent(gradient, [-5, -2], {
      rule: method,
      ...sensible[method],
      maxIterations: 7,
      f,
    });
    assert.equal(run.history.length, 8);
    assert.deepEqual(run.history[0], { iteration: 0, x: [-5, -2], gradient: [-1, -8], step: 0, value: 10.5 });
    for (let t = 1; t < run.history.length; t++) {
      const before = run.history[t - 1];
      const entry = run.history[t];
      assert.equal(entry.iteration, t);
      assert.deepEqual(entry.gradient, gradient(entry.x));
      assert.equal(entry.value, f(entry.x));
      assert.equal(entry.step, Math.max(...entry.x.map((xi, i) => Math.abs(before.x[i] - xi))));
    }
    assert.deepEqual(run.x, run.history.at(-1)!.x);
    assert.equal(run.value, run.history.at(-1)!.value);
  }
});

Deno.test("gradientDescent() calls onIteration with every entry, also without history, and keeps the start unmodified", () => {
  const seen: HistoryEntry<number[]>[] = [];
  const start = [1, 1];
  const run = gradientDescent(([x, y]) => [x, y], start, {
    rule: "nesterov",
    maxIterations: 3,
    onIteration: (e) => seen.push(e),
  });
  assert.deepEqual(seen, run.history);
  assert.deepEqual(start, [1, 1]);
  const lean = gradientDescent(([x, y]) => [x, y], start, {
    rule: "nesterov",
    maxIterations: 3,
    recordEvery: 0,
  });
  assert.deepEqual(lean.history, []);
  assert.deepEqual(lean.x, run.x);
});

Deno.test('gradientDescent() stops as "converged" at the first step no larger than tolerance', () => {
  const run = gradientDescent((x) => 2 * x, 5, {
    rule: "momentum",
    momentum: 0.5,
    learningRate: 0.1,
    tolerance: 1e-6,
  });
  assert.equal(run.status, "converged");
  const steps = run.history.slice(1).map((e) => e.step);
  assert.ok(steps.at(-1)! <= 1e-6 && steps.slice(0, -1).every((s) => s > 1e-6));
  assert.match(run.reason, /within tolerance 0.000001/);
  const capped = gradientDescent((x) => 2 * x, 5, { rule: "adam", tolerance: 1e-12, maxIterations: 10 });
  assert.equal(capped.status, "max-iterations");
  assert.match(capped.reason, /took all 10 steps; the last step moved .* more than tolerance 1e-12/);
});

Deno.test('gradientDescent() stops with status "diverged" past divergenceBound and never records a non-finite number', () => {
  for (const method of ["standard", "momentum", "nesterov"] as const) {
    const run = gradientDescent((x) => 2 * x, 1, { rule: method, learningRate: 5, maxIterations: 10_000 });
    assert.equal(run.status, "diverged", method);
    assert.match(run.reason, /beyond divergenceBound 1000000000000; try a smaller learningRate/);
    assert.ok(run.history.every((e) => Number.isFinite(e.x) && Number.isFinite(e.gradient)));
    assert.ok(Math.abs(run.x) <= 1e12);
  }
});

Deno.test('gradientDescent() stops with status "diverged" when x, the gradient or f(x) stops being finite', () => {
  for (const method of RULES.filter((rule) => rule !== "sign")) {
    const nan = gradientDescent((x) => (x < -2.5 ? NaN : 1), 0, { rule: method, learningRate: 1 });
    assert.equal(nan.status, "diverged", method);
    assert.match(nan.reason, /is NaN/);
    assert.ok(nan.history.every((e) => Number.isFinite(e.x) && Number.isFinite(e.gradient)));
    const value = gradientDescent(() => 1, 2, {
      rule: method,
      learningRate: 1,
      f: (x) => (x < 0 ? Infinity : x),
    });
    assert.equal(value.status, "diverged", method);
    assert.match(value.reason, /f\(x\) at x = .* is Infinity/);
  }
  const overflow = gradientDescent(() => 1e308, 0, { learningRate: 10, divergenceBound: Infinity });
  assert.equal(overflow.status, "diverged");
  assert.match(overflow.reason, /step 1 gave x = -Infinity/);
  assert.equal(overflow.x, 0);
});

// ---------------------------------------------------------------------------------------------------------
// Types and bad input.

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
    "start holds Infinity",
    () => gradientDescent((v) => v, [1, Infinity]),
    RangeError,
    /start\[1\] must be a finite number/,
  ],
  [
    "start is beyond divergenceBound",
    () => gradientDescent(df, 1e13),
    RangeError,
    /start 10000000000000 is beyond/,
  ],
  [
    "rule is unknown",
    () => gradientDescent(df, 1, { rule: "adamw" as never }),
    RangeError,
    /rule must be one of "standard", "sign", "momentum", "nesterov", "adagrad", "rmsprop", "adam", got "adamw"/,
  ],
  [
    "rule is not a string",
    () => gradientDescent(df, 1, { rule: 3 as never }),
    TypeError,
    /rule must be one of .* got 3/,
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
  ["learningRate is NaN", () => gradientDescent(df, 1, { learningRate: NaN }), RangeError, /got NaN/],
  [
    "learningRate is a string",
    () => gradientDescent(df, 1, { learningRate: "0.1" as never }),
    TypeError,
    /must be a number/,
  ],
  [
    "momentum is 1",
    () => gradientDescent(df, 1, { rule: "momentum", momentum: 1 }),
    RangeError,
    /momentum must be in \[0, 1\), got 1/,
  ],
  [
    "momentum is negative",
    () => gradientDescent(df, 1, { rule: "nesterov", momentum: -0.5 }),
    RangeError,
    /momentum must be in \[0, 1\), got -0.5/,
  ],
  [
    "momentum is NaN",
    () => gradientDescent(df, 1, { rule: "momentum", momentum: NaN }),
    RangeError,
    /momentum must be in \[0, 1\), got NaN/,
  ],
  [
    "momentum is a string",
    () => gradientDescent(df, 1, { rule: "momentum", momentum: "0.9" as never }),
    TypeError,
    /momentum must be a number, got "0.9"/,
  ],
  [
    "beta1 is 1.2",
    () => gradientDescent(df, 1, { rule: "adam", beta1: 1.2 }),
    RangeError,
    /beta1 must be in \[0, 1\), got 1.2/,
  ],
  [
    "beta2 is 1",
    () => gradientDescent(df, 1, { rule: "rmsprop", beta2: 1 }),
    RangeError,
    /beta2 must be in \[0, 1\), got 1/,
  ],
  [
    "epsilon is 0",
    () => gradientDescent(df, 1, { rule: "adagrad", epsilon: 0 }),
    RangeError,
    /epsilon must be > 0, got 0/,
  ],
  [
    "epsilon is negative",
    () => gradientDescent(df, 1, { rule: "adam", epsilon: -1e-8 }),
    RangeError,
    /epsilon must be > 0, got -1e-8/,
  ],
  [
    "momentum given to adam",
    () => gradientDescent(df, 1, { rule: "adam", momentum: 0.9 }),
    TypeError,
    /option momentum does not apply to rule "adam" \(it uses beta1, beta2, epsilon\)/,
  ],
  [
    "beta1 given to plain gradient descent",
    () => gradientDescent(df, 1, { beta1: 0.9 }),
    TypeError,
    /option beta1 does not apply to rule "standard" \(it uses none of them\)/,
  ],
  [
    "epsilon given to momentum",
    () => gradientDescent(df, 1, { rule: "momentum", epsilon: 1e-8 }),
    TypeError,
    /option epsilon does not apply to rule "momentum" \(it uses momentum\)/,
  ],
  [
    "maxIterations is 0",
    () => gradientDescent(df, 1, { maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 0/,
  ],
  ["maxIterations is 2.5", () => gradientDescent(df, 1, { maxIterations: 2.5 }), RangeError, /got 2.5/],
  [
    "tolerance is negative",
    () => gradientDescent(df, 1, { tolerance: -1 }),
    RangeError,
    /tolerance must be >= 0, got -1/,
  ],
  [
    "f is not a function",
    () => gradientDescent(df, 1, { f: 3 as never }),
    TypeError,
    /f must be a function, got 3/,
  ],
  [
    "onIteration is not a function",
    () => gradientDescent(df, 1, { onIteration: 1 as never }),
    TypeError,
    /onIteration must be a function/,
  ],
  [
    "recordEvery is not an integer >= 0",
    () => gradientDescent(df, 1, { recordEvery: -1 }),
    RangeError,
    /recordEvery must be an integer >= 0, got -1/,
  ],
  [
    "divergenceBound is 0",
    () => gradientDescent(df, 1, { divergenceBound: 0 }),
    RangeError,
    /divergenceBound must be > 0, got 0/,
  ],
  [
    "an option name is misspelt",
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
    "gradient returns the wrong length",
    () => gradientDescent(() => [1], [1, 2]),
    TypeError,
    /gradient returned 1 values but x has 2/,
  ],
  [
    "gradient returns a non-array for a vector",
    () => gradientDescent((() => 1) as never, [1, 2]),
    TypeError,
    /gradient must return an array of 2 numbers, got 1/,
  ],
  [
    "gradient returns a string",
    () => gradientDescent((() => "1") as never, 1),
    TypeError,
    /gradient\(1\) must be a number, got "1"/,
  ],
  [
    "gradient is NaN at start",
    () => gradientDescent(() => NaN, 1),
    RangeError,
    /the gradient at start is NaN/,
  ],
  [
    "f is NaN at start",
    () => gradientDescent(df, 1, { f: () => NaN }),
    RangeError,
    /f\(start\) must be a finite number, got NaN/,
  ],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`gradientDescent() throws a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
