import assert from "node:assert/strict";
import { makeLinearData } from "../data/synthetic.ts";
import { fitLinearRegression } from "./fit.ts";

// The large-data lessons promise that an epoch of gradient descent allocates nothing proportional to m.
// A per-epoch array of m doubles would be 16 MB at m = 2e6; this test runs 100 epochs and checks that memory
// (V8's heap and the memory outside it, where typed arrays keep their data) never grows by half of that.
// (At m = 1e6 with a 4 MB limit it flaked: inside the full test run, with the heap left by earlier test files,
// unrelated growth reached 4.18 MB while the same test alone grows 0.4–0.7 MB.)
//
// No gc() is needed: garbage is freed only when V8 collects, and a collection is triggered only by allocation,
// so an array made each epoch would still be counted when the next epoch's sample is taken. The first check
// makes sure the probe does see an m-sized array.

const MB = 1024 * 1024;
const M = 2_000_000;
const LIMIT = 8 * MB;

/** Heap plus external memory (typed arrays' data), the two places an m-sized array would land. */
function allocated(): number {
  const { heapUsed, external } = Deno.memoryUsage();
  return heapUsed + external;
}

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(2)} MB`;
}

Deno.test("the memory probe sees one array of 2e6 doubles (16 MB)", () => {
  const before = allocated();
  const array = new Float64Array(M);
  const growth = allocated() - before;
  assert.equal(array.length, M);
  assert.ok(growth >= 8 * M, `growth ${mb(growth)}`);
});

Deno.test("fitLinearRegression() allocates nothing proportional to m: 100 epochs over 2e6 rows grow memory < 8 MB", () => {
  const { X, y } = makeLinearData({ m: M, w: [1, -2, 3, -4], b: 3, seed: 11, typed: true });
  let peak = 0;
  const options = {
    learningRate: 0.001, // stable: x in [0, 10] with 4 features puts 2/λmax near 0.015
    recordEvery: 1000,
    // Sampled after every epoch; the step object it receives is a few dozen bytes.
    onIteration: () => (peak = Math.max(peak, allocated())),
  };
  // Warm up with the same call: the first run compiles the code (a one-off cost, not one per epoch).
  fitLinearRegression(X, y, { ...options, maxIterations: 5 });

  const before = Deno.memoryUsage();
  peak = 0;
  const fit = fitLinearRegression(X, y, { ...options, maxIterations: 100 });
  const after = Deno.memoryUsage();

  assert.equal(fit.iterations, 100);
  assert.equal(fit.history.length, 2); // iteration 0 and the last: recordEvery keeps the rest out
  const peakGrowth = peak - (before.heapUsed + before.external);
  const heapGrowth = after.heapUsed - before.heapUsed;
  const externalGrowth = after.external - before.external;
  console.log(
    `100 epochs, m = 2e6, n = 4: heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, ` +
      `external ${mb(before.external)} → ${mb(after.external)}, rss ${mb(before.rss)} → ${mb(after.rss)}; ` +
      `largest growth seen during the run ${mb(peakGrowth)}`,
  );
  assert.ok(peakGrowth < LIMIT, `memory grew by ${mb(peakGrowth)} during the run`);
  assert.ok(heapGrowth < LIMIT, `heapUsed grew by ${mb(heapGrowth)}`);
  assert.ok(externalGrowth < LIMIT, `external grew by ${mb(externalGrowth)}`);
  // RSS is not asserted: it also counts pages the allocator has not handed back yet, so it flakes.
});
