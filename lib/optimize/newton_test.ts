import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalDerivative } from "../calculus/mod.ts";
import { gradientDescent } from "./gradient_descent.ts";
import { newtonMethod, type NewtonOptions } from "./newton.ts";

// ---------------------------------------------------------------------------------------------------------
// Quadratics: the local model is the function itself, so one step is exact.

Deno.test("newtonMethod() lands exactly on the minimum of lesson 04's quadratic w² + 3w − 5 in one step", () => {
  const run = newtonMethod((w) => 2 * w + 3, 10, { hessian: () => 2 });
  // 10 − (2·10 + 3)/2 = 10 − 11.5 = −1.5, exactly representable.
  assert.equal(run.history[1].x, -1.5);
  assert.equal(run.history[1].direction, "newton");
  assert.equal(run.history[1].stepFactor, 1);
  // The second step is 0, which ends the run.
  assert.equal(run.status, "converged");
  assert.equal(run.iterations, 2);
  assert.equal(run.history[2].step, 0);
});

Deno.test("newtonMethod() lands on the minimum of any convex quadratic in one step, to round-off", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.double({ min: -1000, max: 1000, noNaN: true }),
      (a, b, start) => {
        // f(x) = a·x² + b·x: minimum at −b / (2a).
        const run = newtonMethod((x) => 2 * a * x + b, start, { hessian: () => 2 * a, maxIterations: 1 });
        const minimum = -b / (2 * a);
        const scale = Math.abs(start) + Math.abs(minimum) + 1;
        assert.ok(Math.abs(run.x - minimum) <= 8 * Number.EPSILON * scale, `${run.x} vs ${minimum}`);
      },
    ),
  );
});

Deno.test("newtonMethod() solves a 2-D quadratic in one step, with a written or a numerical Hessian", () => {
  // f(x, y) = x² + 10y² + xy − 4x: gradient [2x + y − 4, 20y + x]; minimum where both vanish.
  const gradient = ([x, y]: number[]) => [2 * x + y - 4, 20 * y + x];
  const minimum = [80 / 39, -4 / 39];
  for (const options of [{ hessian: () => [[2, 1], [1, 20]] }, {}]) {
    const run = newtonMethod(gradient, [3, -2], { ...options, maxIterations: 1 });
    assert.ok(Math.abs(run.x[0] - minimum[0]) < 1e-9 && Math.abs(run.x[1] - minimum[1]) < 1e-9, `${run.x}`);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Quadratic convergence.

Deno.test("newtonMethod() converges quadratically on eˣ − 2x: each error is about half the square of the last", () => {
  // f'(x) = eˣ − 2, f''(x) = eˣ, minimum at ln 2. Near it, e_{t+1} ≈ (f'''/2f'')·e_t² = e_t²/2.
  const minimum = Math.LN2;
  const run = newtonMethod((x) => Math.exp(x) - 2, 1.5, { hessian: Math.exp, f: (x) => Math.exp(x) - 2 * x });
  const errors = run.history.map((e) => Math.abs(e.x - minimum));
  assert.equal(run.status, "converged");
  assert.ok(run.iterations <= 7, `took ${run.iterations} steps`);
  assert.ok(errors.at(-1)! <= 2 * Number.EPSILON);
  let checked = 0;
  for (let t = 1; t < errors.length; t++) {
    if (errors[t - 1] > 0.05 || errors[t] < 1e-12) continue; // close enough for the asymptotics, above round-off
    const ratio = errors[t] / errors[t - 1] ** 2;
    assert.ok(ratio > 0.4 && ratio < 0.6, `step ${t}: ratio ${ratio}`);
    checked++;
  }
  assert.ok(checked >= 2, `only ${checked} steps were in range`);
});

Deno.test("newtonMethod() reaches round-off on eˣ − 2x in far fewer steps than gradient descent needs for 1e-8", () => {
  const gradient = (x: number) => Math.exp(x) - 2;
  const newton = newtonMethod(gradient, 1.5, { hessian: Math.exp });
  const descent = gradientDescent(gradient, 1.5, {
    learningRate: 0.1,
    tolerance: 1e-9,
    maxIterations: 10_000,
  });
  assert.equal(descent.status, "converged");
  assert.ok(Math.abs(descent.x - Math.LN2) > Math.abs(newton.x - Math.LN2));
  assert.ok(newton.iterations * 10 < descent.iterations, `${newton.iterations} vs ${descent.iterations}`);
});

// ---------------------------------------------------------------------------------------------------------
// Failures of plain Newton, and damping as the fix.

const doubleWell = {
  f: (x: number) => x ** 4 / 4 - x ** 2 / 2,
  gradient: (x: number) => x ** 3 - x,
  hessian: (x: number) => 3 * x ** 2 - 1,
};

Deno.test("newtonMethod() undamped climbs to the maximum of x⁴/4 − x²/2 where f'' < 0, and says so", () => {
  const { f, gradient, hessian } = doubleWell;
  const run = newtonMethod(gradient, 0.3, { f, hessian });
  assert.equal(run.status, "converged");
  assert.ok(Math.abs(run.x) < 1e-12, `ended at ${run.x}`); // the maximum at 0
  assert.ok(run.value! > f(0.3), "f went up");
  assert.ok(run.uphillSteps >= 1 && run.history[1].uphill);
  assert.match(run.reason, /f''\(x\) = -1 < 0 there: x is a maximum, not a minimum/);
});

Deno.test("newtonMethod() with a line search goes down from the same start, to the minimum at 1", () => {
  const { f, gradient, hessian } = doubleWell;
  const run = newtonMethod(gradient, 0.3, { f, hessian, lineSearch: true });
  assert.equal(run.status, "converged");
  assert.ok(Math.abs(run.x - 1) < 1e-12);
  assert.equal(run.uphillSteps, 0);
  assert.ok(run.gradientSteps >= 1, "it fell back to −gradient where f'' < 0");
  assert.equal(run.history[1].direction, "gradient");
  assert.equal(run.history.at(-2)!.direction, "newton", "near the minimum it takes Newton steps");
  for (let t = 1; t < run.history.length; t++) {
    assert.ok(run.history[t].value! <= run.history[t - 1].value!, `f rose at step ${t}`);
  }
  assert.equal(run.reason.includes("not a minimum"), false);
});

Deno.test("newtonMethod() damped decreases f from every start where plain Newton goes uphill on x⁴/4 − x²/2", () => {
  const { f, gradient, hessian } = doubleWell;
  fc.assert(
    // Away from the maximum itself: within 1e-3 of it the first steps are tiny, and a start closer than the
    // tolerance to 0 stops at once (with a reason that says it is a maximum).
    fc.property(fc.double({ min: 1e-3, max: 0.55, noNaN: true }), fc.boolean(), (size, negative) => {
      const start = negative ? -size : size;
      const damped = newtonMethod(gradient, start, { f, hessian, lineSearch: true });
      for (let t = 1; t < damped.history.length; t++) {
        assert.ok(damped.history[t].value! <= damped.history[t - 1].value!);
      }
      assert.ok(Math.abs(Math.abs(damped.x) - 1) < 1e-9, `ended at ${damped.x}`);
    }),
  );
  const tooClose = newtonMethod(gradient, 1e-14, { f, hessian, lineSearch: true });
  assert.equal(tooClose.status, "converged");
  assert.equal(tooClose.iterations, 1);
  assert.match(tooClose.reason, /x is a maximum, not a minimum/);
});

Deno.test("newtonMethod() undamped diverges on the convex √(1 + x²) from |x| > 1, and the line search converges", () => {
  // f'(x) = x/√(1 + x²), f''(x) = (1 + x²)^(−3/2): the Newton step maps x to −x³.
  const f = (x: number) => Math.sqrt(1 + x * x);
  const gradient = (x: number) => x / Math.sqrt(1 + x * x);
  const hessian = (x: number) => (1 + x * x) ** -1.5;
  const plain = newtonMethod(gradient, 1.5, { f, hessian });
  assert.equal(plain.status, "diverged");
  assert.match(plain.reason, /beyond divergenceBound/);
  assert.ok(Math.abs(plain.history[1].x + 3.375) < 1e-12); // −1.5³
  assert.equal(plain.uphillSteps, 0, "every step points downhill; they are just far too long");
  const damped = newtonMethod(gradient, 1.5, { f, hessian, lineSearch: true });
  assert.equal(damped.status, "converged");
  assert.ok(Math.abs(damped.x) < 1e-12);
  assert.ok(damped.history.some((e) => e.stepFactor < 1), "some step was shortened");
});

Deno.test("newtonMethod() stops with status diverged when f'' = 0, and the line search steps along −f' instead", () => {
  // f(x) = x³ − 3x at 0: f'(0) = −3, f''(0) = 0.
  const f = (x: number) => x ** 3 - 3 * x;
  const gradient = (x: number) => 3 * x ** 2 - 3;
  const hessian = (x: number) => 6 * x;
  const plain = newtonMethod(gradient, 0, { hessian });
  assert.equal(plain.status, "diverged");
  assert.equal(plain.iterations, 0);
  assert.equal(plain.x, 0);
  assert.match(plain.reason, /f''\(x\) = 0 at x = 0 \(step 1\): the Newton step −f'\/f'' is infinite/);
  const damped = newtonMethod(gradient, 0, { f, hessian, lineSearch: true });
  assert.equal(damped.history[1].direction, "gradient");
  assert.ok(Math.abs(damped.x - 1) < 1e-12, `ended at ${damped.x}`); // the local minimum at 1
});

Deno.test("newtonMethod() reports a singular Hessian in 2-D as diverged, naming the point", () => {
  // f(x, y) = x²: the Hessian [[2, 0], [0, 0]] is singular.
  const run = newtonMethod(([x, _y]) => [2 * x, 0], [1, 1], { hessian: () => [[2, 0], [0, 0]] });
  assert.equal(run.status, "diverged");
  assert.match(run.reason, /the Hessian is singular at x = \[1, 1\]/);
});

Deno.test("newtonMethod() jumps to the saddle of x² − y² in one step and reports it is not a minimum", () => {
  const gradient = ([x, y]: number[]) => [2 * x, -2 * y];
  const hessian = () => [[2, 0], [0, -2]];
  const run = newtonMethod(gradient, [1, 2], { hessian, f: ([x, y]) => x * x - y * y });
  assert.deepEqual(run.history[1].x, [0, 0]);
  assert.equal(run.status, "converged");
  assert.ok(run.history[1].uphill, "g·d = −2 + 8 > 0: the step heads uphill");
  assert.match(run.reason, /not positive definite there: x is a saddle point/);
  const maximum = newtonMethod(([x, y]) => [-2 * x, -2 * y], [1, 2], { hessian: () => [[-2, 0], [0, -2]] });
  assert.match(maximum.reason, /negative definite there: x is a maximum/);
});

Deno.test("newtonMethod() with a line search finds Rosenbrock's minimum from (−1.2, 1), f never rising", () => {
  const f = ([x, y]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  const gradient = ([x, y]: number[]) => [2 * (x - 1) - 400 * x * (y - x * x), 200 * (y - x * x)];
  const hessian = ([x, y]: number[]) => [[2 - 400 * (y - 3 * x * x), -400 * x], [-400 * x, 200]];
  for (const options of [{ hessian }, {}]) {
    const run = newtonMethod(gradient, [-1.2, 1], { ...options, f, lineSearch: true });
    assert.equal(run.status, "converged");
    assert.ok(Math.abs(run.x[0] - 1) < 1e-8 && Math.abs(run.x[1] - 1) < 1e-8, `${run.x}`);
    assert.ok(run.iterations < 50, `${run.iterations} steps`);
    for (let t = 1; t < run.history.length; t++) {
      assert.ok(run.history[t].value! <= run.history[t - 1].value!);
    }
  }
});

Deno.test("newtonMethod()'s numerical Hessian matches the second derivative to about 1e-9", () => {
  // One step from x uses f''(x) only through x − f'(x)/f''(x); compare with the exact step.
  const gradient = (x: number) => Math.sin(x) + x;
  const exact = newtonMethod(gradient, 2, { hessian: (x) => Math.cos(x) + 1, maxIterations: 1 });
  const numerical = newtonMethod(gradient, 2, { maxIterations: 1 });
  assert.ok(Math.abs(exact.x - numerical.x) < 1e-9, `${exact.x} vs ${numerical.x}`);
  // And the estimate is a genuine second derivative: a forward difference of f' agrees to 1e-4.
  const estimate = numericalDerivative(gradient, 2, { h: 1e-6 });
  assert.ok(Math.abs(estimate - (Math.cos(2) + 1)) < 1e-4);
});

Deno.test("newtonMethod() records the start and every step, with values when f is given", () => {
  const run = newtonMethod((x) => 2 * x, 4, { hessian: () => 2, f: (x) => x * x });
  assert.deepEqual(run.history[0], {
    iteration: 0,
    x: 4,
    gradient: 8,
    step: 0,
    direction: null,
    stepFactor: 0,
    uphill: false,
    value: 16,
  });
  assert.deepEqual(run.history.map((e) => e.iteration), [0, 1, 2]);
  assert.equal(run.history[1].step, 4);
  assert.equal(run.value, 0);
  const noValues = newtonMethod((x) => 2 * x, 4, { hessian: () => 2 });
  assert.equal("value" in noValues.history[0], false);
  assert.equal(noValues.value, undefined);
});

Deno.test("newtonMethod() does not modify the start array and passes copies to gradient and hessian", () => {
  const start = [1, 2];
  const gradient = (v: number[]) => {
    const g = [2 * v[0], 4 * v[1]];
    v[0] = 99; // a careless gradient that writes into its argument
    return g;
  };
  const run = newtonMethod(gradient, start, { hessian: () => [[2, 0], [0, 4]] });
  assert.deepEqual(start, [1, 2]);
  assert.deepEqual(run.history[1].x, [0, 0]);
});

Deno.test("newtonMethod() converges at once where the gradient is exactly 0, even with a singular Hessian", () => {
  const run = newtonMethod((x) => 3 * x ** 2, 0, { hessian: (x) => 6 * x });
  assert.equal(run.status, "converged");
  assert.equal(run.x, 0);
  assert.match(run.reason, /second-derivative test cannot confirm a minimum/);
});

// ---------------------------------------------------------------------------------------------------------
// Bad input: every value tried, and the error it gives.

Deno.test("newtonMethod() rejects bad input with an error naming the value", () => {
  const g = (x: number) => 2 * x;
  const cases: [string, () => unknown, ErrorConstructor, RegExp][] = [
    [
      "gradient not a function",
      () => newtonMethod(3 as never, 1),
      TypeError,
      /gradient must be a function, got 3/,
    ],
    ["start NaN", () => newtonMethod(g, NaN), RangeError, /start must be a finite number, got NaN/],
    ["start a string", () => newtonMethod(g, "1" as never), TypeError, /start must be an array of numbers/],
    ["start empty", () => newtonMethod((v: number[]) => v, []), RangeError, /start must not be empty/],
    ["start with Infinity", () => newtonMethod((v: number[]) => v, [1, Infinity]), RangeError, /start\[1\]/],
    ["maxIterations 0", () => newtonMethod(g, 1, { maxIterations: 0 }), RangeError, /maxIterations .* got 0/],
    ["maxIterations 2.5", () => newtonMethod(g, 1, { maxIterations: 2.5 }), RangeError, /got 2.5/],
    [
      "tolerance −1",
      () => newtonMethod(g, 1, { tolerance: -1 }),
      RangeError,
      /tolerance must be >= 0, got -1/,
    ],
    ["divergenceBound −1", () => newtonMethod(g, 1, { divergenceBound: -1 }), RangeError, /divergenceBound/],
    ["start beyond bound", () => newtonMethod(g, 1e13), RangeError, /start 10000000000000 is beyond/],
    ["lineSearch without f", () => newtonMethod(g, 1, { lineSearch: true }), TypeError, /lineSearch needs f/],
    ["lineSearch not boolean", () => newtonMethod(g, 1, { lineSearch: 1 as never }), TypeError, /got 1/],
    ["unknown option", () => newtonMethod(g, 1, { learningRate: 1 } as never), TypeError, /unknown option/],
    ["hessian not a function", () => newtonMethod(g, 1, { hessian: 2 as never }), TypeError, /hessian must/],
    ["f not a function", () => newtonMethod(g, 1, { f: 2 as never }), TypeError, /f must be a function/],
    [
      "gradient returns a string",
      () => newtonMethod(() => "1" as never, 1),
      TypeError,
      /gradient\(1\) must be a number, got "1"/,
    ],
    ["gradient NaN at start", () => newtonMethod(() => NaN, 1), RangeError, /gradient at start is NaN/],
    [
      "hessian NaN at start",
      () => newtonMethod(g, 1, { hessian: () => NaN }),
      RangeError,
      /is NaN|not finite/,
    ],
    [
      "f Infinity at start",
      () => newtonMethod(g, 1, { f: () => Infinity }),
      RangeError,
      /f\(start\) must be a finite number, got Infinity/,
    ],
    [
      "gradient of wrong length",
      () => newtonMethod(() => [1], [1, 2]),
      TypeError,
      /gradient returned 1 values but x has 2/,
    ],
    [
      "hessian with too few rows",
      () => newtonMethod((v: number[]) => v, [1, 2], { hessian: () => [[1, 0]] }),
      TypeError,
      /hessian must return 2 rows of 2 numbers, got \[\[…\]\]/,
    ],
    [
      "ragged hessian",
      () => newtonMethod((v: number[]) => v, [1, 2], { hessian: () => [[1, 0], [1]] }),
      TypeError,
      /hessian must return 2 rows of 2 numbers, got \[\[…\], \[…\]\]/,
    ],
    [
      "hessian not rows",
      () => newtonMethod((v: number[]) => v, [1, 2], { hessian: () => 3 as never }),
      TypeError,
      /hessian must return 2 rows of 2 numbers, got 3/,
    ],
  ];
  for (const [name, call, type, message] of cases) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${name}: expected ${type.name}, got ${error}`);
      assert.match((error as Error).message, message, name);
      assert.match((error as Error).message, /^Cannot run Newton's method: /, name);
      return true;
    });
  }
});

Deno.test("newtonMethod() reports a gradient that turns non-finite mid-run as diverged, keeping the last good x", () => {
  // The gradient is finite at 1 but NaN past 0.5 on the way down: x stays 1.
  const options: NewtonOptions<number> = { hessian: () => 1 };
  const run = newtonMethod((x) => (x < 0.5 ? NaN : x), 1, options);
  assert.equal(run.status, "diverged");
  assert.equal(run.x, 1);
  assert.match(run.reason, /is NaN|not finite/);
});
