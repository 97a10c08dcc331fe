import assert from "node:assert/strict";
import { createRandom } from "./random.ts";

function draws(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.uniform());
}

function meanAndSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return { mean, sd };
}

Deno.test("createRandom() with the same seed gives the same stream", () => {
  assert.deepEqual(draws(2024, 1000), draws(2024, 1000));
  const a = createRandom(7);
  const b = createRandom(7);
  for (let k = 0; k < 200; k++) {
    assert.equal(a.normal(1, 2), b.normal(1, 2));
  }
  assert.deepEqual(a.permutation(50), b.permutation(50));
});

Deno.test("createRandom() with different seeds gives different streams", () => {
  const streams = [0, 1, 2, 42, 4294967295].map((seed) => draws(seed, 20).join());
  assert.equal(new Set(streams).size, streams.length);
});

Deno.test("uniform() stays in [0, 1) and averages 1/2 with variance 1/12", () => {
  const values = draws(99, 100_000);
  assert.ok(values.every((v) => v >= 0 && v < 1));
  const { mean, sd } = meanAndSd(values);
  // Standard error of the mean: sqrt(1/12 / 1e5) ≈ 0.0009; allow 5 of them.
  assert.ok(Math.abs(mean - 0.5) < 0.005, `mean ${mean}`);
  assert.ok(Math.abs(sd - Math.sqrt(1 / 12)) < 0.005, `sd ${sd}`);
  // Each tenth of the interval gets about a tenth of the draws.
  const counts = new Array(10).fill(0);
  for (const v of values) counts[Math.floor(v * 10)]++;
  for (const c of counts) assert.ok(Math.abs(c - 10_000) < 500, `bin count ${c}`);
});

Deno.test("uniform(min, max) stays in [min, max)", () => {
  const random = createRandom(3);
  for (let k = 0; k < 10_000; k++) {
    const v = random.uniform(-2, 3);
    assert.ok(v >= -2 && v < 3);
  }
});

Deno.test("normal(mean, sd) has that mean and standard deviation", () => {
  const random = createRandom(11);
  const values = Array.from({ length: 100_000 }, () => random.normal(10, 3));
  const { mean, sd } = meanAndSd(values);
  assert.ok(Math.abs(mean - 10) < 0.05, `mean ${mean}`); // standard error ≈ 0.0095
  assert.ok(Math.abs(sd - 3) < 0.05, `sd ${sd}`);
  // About 68.3% within one sd, 95.4% within two.
  const within1 = values.filter((v) => Math.abs(v - 10) < 3).length / values.length;
  const within2 = values.filter((v) => Math.abs(v - 10) < 6).length / values.length;
  assert.ok(Math.abs(within1 - 0.6827) < 0.01, `within 1 sd: ${within1}`);
  assert.ok(Math.abs(within2 - 0.9545) < 0.01, `within 2 sd: ${within2}`);
});

Deno.test("normal(mean, sd) is mean + sd × a standard normal draw from the same stream", () => {
  const a = createRandom(5);
  const b = createRandom(5);
  for (let k = 0; k < 100; k++) assert.equal(a.normal(4, 0.5), 4 + 0.5 * b.normal());
});

Deno.test("shuffleInPlace() shuffles a typed array in place and permutation(n) orders 0 … n-1", () => {
  const values = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8]);
  const returned = createRandom(2).shuffleInPlace(values);
  assert.equal(returned, values);
  assert.deepEqual([...values].sort((p, q) => p - q), [1, 2, 3, 4, 5, 6, 7, 8]);
  const order = createRandom(2).permutation(1000);
  assert.deepEqual([...order].sort((p, q) => p - q), Array.from({ length: 1000 }, (_, k) => k));
  assert.deepEqual(createRandom(2).permutation(0), []);
});
