import assert from "node:assert/strict";
import fc from "fast-check";
import {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  type LearningRateSchedule,
  linearSchedule,
  stepSchedule,
  warmup,
} from "./schedules.ts";

const first = (schedule: LearningRateSchedule, count: number): number[] =>
  Array.from({ length: count }, (_, t) => schedule(t));

Deno.test("constantSchedule() returns the same rate at every iteration", () => {
  const rate = constantSchedule({ initial: 0.03 });
  for (const t of [0, 1, 2, 999, 123_456_789]) assert.equal(rate(t), 0.03);
});

Deno.test("stepSchedule() keeps the rate for `every` updates, then multiplies it by `drop`", () => {
  const rate = stepSchedule({ initial: 0.2, drop: 0.1, every: 3 });
  assert.deepEqual(first(rate, 10), [
    0.2,
    0.2,
    0.2,
    0.2 * 0.1,
    0.2 * 0.1,
    0.2 * 0.1,
    0.2 * 0.1 ** 2,
    0.2 * 0.1 ** 2,
    0.2 * 0.1 ** 2,
    0.2 * 0.1 ** 3,
  ]);
});

Deno.test("stepSchedule() halves by default, exactly at the boundaries", () => {
  const rate = stepSchedule({ initial: 0.1, every: 500 });
  assert.equal(rate(499), 0.1);
  assert.equal(rate(500), 0.05);
  assert.equal(rate(1000), 0.025);
  assert.equal(rate(1499), 0.025);
  assert.equal(rate(1500), 0.0125);
});

Deno.test("exponentialSchedule() multiplies the rate by `decay` after every update", () => {
  const rate = exponentialSchedule({ initial: 1, decay: 0.5 });
  assert.deepEqual(first(rate, 6), [1, 0.5, 0.25, 0.125, 0.0625, 0.03125]);
  const slow = exponentialSchedule({ initial: 0.1, decay: 0.999 });
  assert.equal(slow(1000), 0.1 * 0.999 ** 1000);
  assert.ok(Math.abs(slow(1000) - 0.1 * Math.exp(-1)) < 0.1 * 1e-3); // 0.999^1000 ≈ e^-1
  assert.deepEqual(first(exponentialSchedule({ initial: 0.3, decay: 1 }), 4), [0.3, 0.3, 0.3, 0.3]);
});

Deno.test("linearSchedule() is exact at 0, total / 2 and total, and flat after total", () => {
  const rate = linearSchedule({ initial: 1, total: 8 });
  assert.deepEqual(first(rate, 10), [1, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0, 0]);
  const toFinal = linearSchedule({ initial: 0.3, final: 0.1, total: 100 });
  assert.equal(toFinal(0), 0.3);
  assert.equal(toFinal(50), 0.1 + (0.3 - 0.1) * 0.5); // 0.19999999999999998: 0.3 − 0.1 is not 0.2 in binary
  assert.equal(toFinal(100), 0.1);
  assert.equal(toFinal(10_000), 0.1);
});

Deno.test("cosineSchedule() is exactly initial at 0, the midpoint at total / 2 and final at total", () => {
  const rate = cosineSchedule({ initial: 0.1, final: 0.001, total: 1000 });
  assert.equal(rate(0), 0.1);
  // cos(π/2) is 6.1e-17 in floating point, not 0, but 1 + 6.1e-17 rounds to 1: c is exactly 1/2.
  assert.equal(rate(500), 0.001 + (0.1 - 0.001) / 2);
  assert.equal(rate(1000), 0.001);
  assert.equal(rate(1001), 0.001);
  assert.equal(rate(1e9), 0.001);
  assert.equal(cosineSchedule({ initial: 0.75, final: 0.25, total: 10 })(5), 0.5);
  const toZero = cosineSchedule({ initial: 1, total: 2 });
  assert.deepEqual(first(toZero, 4), [1, 0.5, 0, 0]);
});

Deno.test("cosineSchedule() follows (1 + cos(πt/T)) / 2 between its ends and is symmetric about the middle", () => {
  const total = 360;
  const rate = cosineSchedule({ initial: 2, final: 0, total });
  for (let t = 0; t <= total; t++) {
    const expected = 2 * (1 + Math.cos((Math.PI * t) / total)) / 2;
    assert.ok(Math.abs(rate(t) - expected) <= 1e-15, `t = ${t}: ${rate(t)} vs ${expected}`);
    // Half a cosine wave: the drop from the start mirrors the rise from the end.
    assert.ok(Math.abs(rate(t) + rate(total - t) - 2) <= 1e-15);
  }
  // A quarter of the way, cos(π/4) = √2/2: the rate is (1 + √2/2) of initial/2.
  assert.ok(Math.abs(rate(90) - (1 + Math.SQRT1_2)) < 1e-15);
});

Deno.test("warmup() climbs in equal steps to the schedule's first rate, then runs the schedule from its start", () => {
  const inner = cosineSchedule({ initial: 0.4, final: 0, total: 10 });
  const rate = warmup(inner, { steps: 3 });
  assert.deepEqual(first(rate, 3), [0.4 * 1 / 4, 0.4 * 2 / 4, 0.4 * 3 / 4]);
  for (let t = 3; t < 20; t++) assert.equal(rate(t), inner(t - 3));
  assert.equal(rate(3), 0.4);
  assert.equal(rate(3 + 5), 0.2); // the cosine's midpoint, shifted by the warm-up
  assert.equal(rate(3 + 10), 0);
});

Deno.test("warmup() composes: a warm-up in front of a warm-up in front of a step schedule", () => {
  const inner = stepSchedule({ initial: 1, drop: 0.5, every: 2 });
  const twice = warmup(warmup(inner, { steps: 1 }), { steps: 1 });
  // Outer ramp: (1/2)·(1/2)·1; then the inner warm-up's ramp 1/2; then the step schedule 1, 1, 0.5, ...
  assert.deepEqual(first(twice, 6), [0.25, 0.5, 1, 1, 0.5, 0.5]);
});

Deno.test("every decaying schedule stays in [final, initial] and never increases (property)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-6, max: 10, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 0.01, max: 1, noNaN: true }),
      (initial, finalShare, total, factor) => {
        const final = initial * finalShare;
        const schedules: [string, LearningRateSchedule, number][] = [
          ["step", stepSchedule({ initial, drop: factor, every: 1 + (total % 7) }), 0],
          ["exponential", exponentialSchedule({ initial, decay: factor }), 0],
          ["linear", linearSchedule({ initial, final, total }), final],
          ["cosine", cosineSchedule({ initial, final, total }), final],
        ];
        for (const [name, rate, low] of schedules) {
          let previous = Infinity;
          for (let t = 0; t <= total + 2; t++) {
            const value = rate(t);
            assert.ok(
              value >= low && value <= initial,
              `${name}(${t}) = ${value} outside [${low}, ${initial}]`,
            );
            assert.ok(value <= previous, `${name}(${t}) = ${value} > ${name}(${t - 1}) = ${previous}`);
            previous = value;
          }
        }
      },
    ),
    { numRuns: 200 },
  );
});

Deno.test("warmup() ramp stays below the schedule's first rate and increases (property)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-6, max: 10, noNaN: true }),
      fc.integer({ min: 1, max: 200 }),
      (initial, steps) => {
        const rate = warmup(constantSchedule({ initial }), { steps });
        let previous = 0;
        for (let t = 0; t < steps; t++) {
          const value = rate(t);
          assert.ok(value > previous && value < initial, `warm-up(${t}) = ${value}`);
          previous = value;
        }
        assert.equal(rate(steps), initial);
      },
    ),
    { numRuns: 100 },
  );
});
