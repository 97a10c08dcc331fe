import assert from "node:assert/strict";
import { createRandom } from "../data/random.ts";
import { gradientDescent } from "./gradient_descent.ts";
import { randomRestarts } from "./restarts.ts";

// f(x) = x⁴ − 3x² + x: a local minimum near 1.1309 and the global one near −1.3008 (f''> 0 at both).
const f = (x: number) => x ** 4 - 3 * x ** 2 + x;
const gradient = (x: number) => 4 * x ** 3 - 6 * x + 1;

Deno.test("randomRestarts() draws its starts from createRandom(seed).uniform over the domain, in order", () => {
  const found = randomRestarts(gradient, [-2, 2], { f, starts: 5, seed: 7, maxIterations: 3 });
  const random = createRandom(7);
  const expected = Array.from({ length: 5 }, () => random.uniform(-2, 2));
  assert.deepEqual(found.runs.map((run) => run.start), expected);
  for (const run of found.runs) {
    assert.ok(run.start >= -2 && run.start < 2);
    assert.equal(run.history[0].x, run.start);
  }
});

Deno.test("randomRestarts() runs exactly gradientDescent from each start, with f recorded", () => {
  const options = { learningRate: 0.02, maxIterations: 200, tolerance: 1e-9 };
  const found = randomRestarts(gradient, [-2, 2], { f, starts: 4, seed: 11, ...options });
  for (const run of found.runs) {
    const alone = gradientDescent(gradient, run.start, { ...options, f });
    assert.equal(run.x, alone.x);
    assert.equal(run.iterations, alone.iterations);
    assert.equal(run.status, alone.status);
    assert.equal(run.value, f(run.x));
    assert.equal(run.history.at(-1)!.value, run.value);
  }
});

Deno.test("randomRestarts() is deterministic per seed and changes with the seed", () => {
  const options = { f, starts: 6, tolerance: 1e-9 };
  const a = randomRestarts(gradient, [-2, 2], { ...options, seed: 5 });
  const b = randomRestarts(gradient, [-2, 2], { ...options, seed: 5 });
  const c = randomRestarts(gradient, [-2, 2], { ...options, seed: 6 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.runs.map((r) => r.start), c.runs.map((r) => r.start));
});

Deno.test("randomRestarts() finds both minima of x⁴ − 3x² + x and picks the global one as best", () => {
  const found = randomRestarts(gradient, [-2, 2], { f, starts: 20, seed: 1, tolerance: 1e-10 });
  const left = found.runs.filter((run) => Math.abs(run.x + 1.30084) < 1e-4);
  const right = found.runs.filter((run) => Math.abs(run.x - 1.13090) < 1e-4);
  assert.ok(left.length > 0 && right.length > 0, `${left.length} left, ${right.length} right`);
  assert.equal(left.length + right.length, 20, "every run ends in one of the two minima");
  assert.ok(Math.abs(found.best.x + 1.30084) < 1e-4);
  assert.equal(found.best, found.runs[found.bestIndex]);
  for (const run of found.runs) assert.ok(found.best.value <= run.value);
  // Each run went to the minimum of the basin it started in: the local maximum near 0.1699 divides them.
  for (const run of found.runs) {
    assert.equal(run.start < 0.1699, run.x < 0, `start ${run.start} ended ${run.x}`);
  }
});

Deno.test("randomRestarts() with one start is a single gradient-descent run", () => {
  const found = randomRestarts(gradient, [0.5, 2], { f, starts: 1, tolerance: 1e-9 });
  assert.equal(found.runs.length, 1);
  assert.equal(found.bestIndex, 0);
  assert.ok(Math.abs(found.best.x - 1.1309) < 1e-3, "a start on the right finds only the local minimum");
});

Deno.test("randomRestarts() skips diverged runs when choosing the best, unless all diverged", () => {
  // f(x) = −x² goes down without end; a large rate makes every run diverge.
  const down = (x: number) => -(x * x);
  const slope = (x: number) => -2 * x;
  const all = randomRestarts(slope, [-1, 1], { f: down, starts: 3, learningRate: 0.5 });
  assert.ok(all.runs.every((run) => run.status === "diverged"));
  assert.equal(all.best.value, Math.min(...all.runs.map((run) => run.value)));
  // On x⁴ − 3x² + x with α = 0.1, starts far out overshoot and blow up; those near the minima settle.
  const withDiverged = randomRestarts(gradient, [-3, 3], {
    f,
    starts: 12,
    seed: 2,
    learningRate: 0.1,
    maxIterations: 500,
  });
  const diverged = withDiverged.runs.filter((run) => run.status === "diverged");
  assert.ok(diverged.length > 0 && diverged.length < 12, `${diverged.length} diverged`);
  assert.notEqual(withDiverged.best.status, "diverged");
});

Deno.test("randomRestarts() works on vectors, one interval per coordinate", () => {
  // f(x, y) = (x² − 1)² + y²: minima at (±1, 0), a saddle at the origin.
  const f2 = ([x, y]: number[]) => (x * x - 1) ** 2 + y * y;
  const g2 = ([x, y]: number[]) => [4 * x * (x * x - 1), 2 * y];
  const found = randomRestarts(g2, [[-2, 2], [5, 6]], {
    f: f2,
    starts: 10,
    seed: 4,
    learningRate: 0.05,
    tolerance: 1e-10,
  });
  for (const run of found.runs) {
    assert.ok(run.start[1] >= 5 && run.start[1] < 6);
    assert.ok(Math.abs(Math.abs(run.x[0]) - 1) < 1e-6 && Math.abs(run.x[1]) < 1e-6, `${run.x}`);
  }
  assert.ok(found.runs.some((run) => run.x[0] < 0) && found.runs.some((run) => run.x[0] > 0));
});

Deno.test("randomRestarts() rejects bad input with an error naming the value", () => {
  const cases: [string, () => unknown, ErrorConstructor, RegExp][] = [
    [
      "f not a function",
      () => randomRestarts(gradient, [0, 1], { f: 1 as never }),
      TypeError,
      /f must be/,
    ],
    [
      "gradient not a function",
      () => randomRestarts(null as never, [0, 1], { f }),
      TypeError,
      /null/,
    ],
    [
      "no options",
      () => randomRestarts(gradient, [0, 1], undefined as never),
      TypeError,
      /f must be a function/,
    ],
    [
      "no domain",
      () => randomRestarts(gradient, undefined as never, { f }),
      TypeError,
      /domain must be \[low, high\]/,
    ],
    ["domain a number", () => randomRestarts(gradient, 3 as never, { f }), TypeError, /got 3/],
    [
      "domain low = high",
      () => randomRestarts(gradient, [1, 1], { f }),
      RangeError,
      /low < high, got \[1, 1\]/,
    ],
    ["domain reversed", () => randomRestarts(gradient, [2, -2], { f }), RangeError, /got \[2, -2\]/],
    ["domain NaN", () => randomRestarts(gradient, [NaN, 1], { f }), RangeError, /domain\[0\].*NaN/],
    [
      "vector domain bound Infinity",
      () => randomRestarts(gradient as never, [[0, 1], [0, Infinity]], { f } as never),
      RangeError,
      /domain\[1\]\[1\] must be a finite number, got Infinity/,
    ],
    [
      "empty vector domain",
      () => randomRestarts(gradient, [] as never, { f }),
      TypeError,
      /got \[\]/,
    ],
    [
      "starts 0",
      () => randomRestarts(gradient, [0, 1], { f, starts: 0 }),
      RangeError,
      /starts .* got 0/,
    ],
    ["starts 2.5", () => randomRestarts(gradient, [0, 1], { f, starts: 2.5 }), RangeError, /got 2.5/],
    ["seed −1", () => randomRestarts(gradient, [0, 1], { f, seed: -1 }), TypeError, /seed .* got -1/],
    [
      "unknown option",
      () => randomRestarts(gradient, [0, 1], { f, g: f } as never),
      TypeError,
      /unknown option "g"/,
    ],
    [
      "bad learningRate (from gradientDescent)",
      () => randomRestarts(gradient, [0, 1], { f, learningRate: -0.1 }),
      RangeError,
      /Cannot run gradient descent: learningRate must be > 0, got -0.1/,
    ],
    [
      "f not finite at a start",
      () => randomRestarts(gradient, [0, 1], { f: () => NaN }),
      RangeError,
      /f\(start\) must be a finite number, got NaN/,
    ],
  ];
  for (const [name, call, type, message] of cases) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${name}: expected ${type.name}, got ${error}`);
      assert.match((error as Error).message, message, name);
      return true;
    });
  }
});
