import assert from "node:assert/strict";
import { makeLinearData } from "../data/synthetic.ts";
import { fitMiniBatch } from "./mini_batch.ts";

// fitMiniBatch promises that a batch is a stretch of an index permutation, not a copy of rows, and that the
// permutation and the gradient sums are allocated once per run. So after the start, memory must not grow by
// the size of a batch's rows (1,000,000 rows × 4 doubles = 32 MB here), or by an m-sized array
// (2,000,000 doubles = 16 MB): the limit is half of the smaller. (A 4 MB limit at m = 1e6 left too little room:
// its twin in lib/regression/fit_memory_test.ts failed CI at 4.18 MB of unrelated growth.) Garbage is only freed when V8 collects, and a collection only runs when
// something allocates, so a copy made for the last batch of an epoch would still be counted when memory is
// sampled at the end of that epoch (see lib/regression/fit_memory_test.ts).

const MB = 1024 * 1024;

function allocated(): number {
  const { heapUsed, external } = Deno.memoryUsage();
  return heapUsed + external;
}

Deno.test("the memory probe sees one batch's rows copied (32 MB)", () => {
  const before = allocated();
  const copy = new Float64Array(1_000_000 * 4);
  assert.equal(copy.length, 4_000_000);
  assert.ok(allocated() - before >= 32e6);
});

Deno.test("fitMiniBatch() copies no rows: after the start, memory grows by less than 8 MB over 4 epochs", () => {
  const m = 2_000_000;
  const { X, y } = makeLinearData({ m, w: [1, -2, 3, -4], b: 3, seed: 11, typed: true });
  fitMiniBatch(X, y, { batchSize: 1_000_000, epochs: 1, learningRate: 0.01 }); // warm up the compiled code

  let baseline = 0;
  let peak = 0;
  const fit = fitMiniBatch(X, y, {
    batchSize: 1_000_000,
    epochs: 4,
    learningRate: 0.01,
    recordEvery: 100,
    onIteration: ({ iteration: epoch }) => {
      // Epoch 0 is reported after the run's one-off allocations (the permutation, the weights, the sums).
      if (epoch === 0) baseline = allocated();
      else peak = Math.max(peak, allocated());
    },
  });
  assert.equal(fit.updates, 4 * 2);
  const growth = peak - baseline;
  assert.ok(growth < 8 * MB, `memory grew by ${(growth / MB).toFixed(2)} MB during the run`);
});
