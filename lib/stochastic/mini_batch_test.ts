import assert from "node:assert/strict";
import { createRandom } from "../data/random.ts";
import { makeLinearData } from "../data/synthetic.ts";
import { cost } from "../regression/cost.ts";
import { fitLinearRegression } from "../regression/fit.ts";
import { computeGradient } from "../regression/gradient.ts";
import { matrix } from "../regression/matrix.ts";
import { normalEquation } from "../regression/normal_equation.ts";
import { fitMiniBatch, type MiniBatchEntry, type MiniBatchResult } from "./mini_batch.ts";
import { constantSchedule, cosineSchedule, exponentialSchedule } from "./schedules.ts";

const seedX = [[1], [2], [3]];
const seedY = [2, 4, 6];

/** Everything but the wall-clock seconds, which differ from run to run. */
function withoutTime(result: MiniBatchResult) {
  return { ...result, history: result.history.map(({ seconds: _, ...rest }) => rest) };
}

/** Synthetic data with features around 0 and of similar spread, so descent is well conditioned. */
function centredData(m: number, seed: number) {
  return makeLinearData({ m, w: [2, -1, 0.5], b: 3, noise: 0.5, seed, xRange: [-2, 2], typed: true });
}

Deno.test("fitMiniBatch() with batchSize = m and no shuffling is batch gradient descent, bit for bit (seed 004)", () => {
  const mini = fitMiniBatch(seedX, seedY, { batchSize: 3, epochs: 1000, learningRate: 0.01, shuffle: false });
  const batch = fitLinearRegression(seedX, seedY, { learningRate: 0.01, maxIterations: 1000 });
  assert.equal(mini.w[0], 1.9025923788441472);
  assert.equal(mini.b, 0.22143041851694578);
  assert.deepEqual(mini.w, batch.w);
  assert.equal(mini.b, batch.b);
  assert.equal(mini.cost, batch.cost);
  assert.equal(mini.updates, 1000);
  // Every epoch's full cost is fitLinearRegression's cost after as many iterations.
  assert.equal(mini.history.length, batch.history.length);
  mini.history.forEach((entry, k) => {
    assert.equal(entry.iteration, k);
    assert.equal(entry.updates, k);
    assert.equal(entry.cost, batch.history[k].cost);
    assert.deepEqual(entry.w, batch.history[k].w);
    assert.equal(entry.b, batch.history[k].b);
  });
});

Deno.test("fitMiniBatch() with batchSize = m and no shuffling matches fitLinearRegression bit for bit on 3 features", () => {
  const { X, y } = centredData(500, 4);
  const start = { w: [0.5, 0.5, 0.5], b: -1 };
  const mini = fitMiniBatch(X, y, {
    batchSize: 500,
    epochs: 60,
    learningRate: 0.3,
    shuffle: false,
    ...start,
  });
  const batch = fitLinearRegression(X, y, { learningRate: 0.3, maxIterations: 60, ...start });
  assert.deepEqual(mini.w, batch.w);
  assert.equal(mini.b, batch.b);
  assert.deepEqual(mini.history.map((e) => e.cost), batch.history.map((e) => e.cost));
  // A constant schedule is the same as a constant learning rate.
  const scheduled = fitMiniBatch(X, y, {
    batchSize: 500,
    epochs: 60,
    schedule: constantSchedule({ initial: 0.3 }),
    shuffle: false,
    ...start,
  });
  assert.deepEqual(withoutTime(scheduled), withoutTime(mini));
});

Deno.test("fitMiniBatch() with batchSize = m and shuffling agrees with batch descent to round-off only", () => {
  // Shuffling changes the order in which the m errors are added up; floating-point addition is not
  // associative, so the sums (and the path) differ in the last digits, but no more.
  const { X, y } = centredData(500, 4);
  const mini = fitMiniBatch(X, y, { batchSize: 500, epochs: 60, learningRate: 0.3, seed: 5 });
  const batch = fitLinearRegression(X, y, { learningRate: 0.3, maxIterations: 60 });
  for (let j = 0; j < 3; j++) assert.ok(Math.abs(mini.w[j] - batch.w[j]) <= 1e-12 * Math.abs(batch.w[j]));
  assert.ok(Math.abs(mini.b - batch.b) <= 1e-12 * Math.abs(batch.b));
});

Deno.test("fitMiniBatch() makes one update per batch, each from that batch's gradient alone", () => {
  // Rows in file order, batches of 2 out of 5: rows {0, 1}, {2, 3}, then a last batch of one row {4}.
  const X = [[1, 0], [0, 1], [2, 1], [1, 3], [-1, 2]];
  const y = [1, 2, 3, 4, 5];
  const alpha = 0.1;
  let w = [0.2, -0.3];
  let b = 0.5;
  for (const rows of [[0, 1], [2, 3], [4]]) {
    const { dw, db } = computeGradient(rows.map((i) => X[i]), rows.map((i) => y[i]), w, b);
    w = w.map((wj, j) => wj - alpha * dw[j]);
    b = b - alpha * db;
  }
  const fit = fitMiniBatch(X, y, {
    batchSize: 2,
    epochs: 1,
    learningRate: alpha,
    shuffle: false,
    w: [0.2, -0.3],
    b: 0.5,
  });
  assert.equal(fit.updates, 3);
  assert.deepEqual(fit.w, w);
  assert.equal(fit.b, b);
});

Deno.test("fitMiniBatch() shuffles with createRandom(seed): each epoch visits the rows in the next permutation", () => {
  const X = [[1], [2], [3], [4], [5], [6]];
  const y = [1, -1, 2, 0, 3, 1];
  const alpha = 0.05;
  const random = createRandom(42);
  const order = new Uint32Array([0, 1, 2, 3, 4, 5]);
  let w = [0];
  let b = 0;
  for (let epoch = 0; epoch < 3; epoch++) {
    random.shuffleInPlace(order); // the order is shuffled again each epoch, not reset
    for (let first = 0; first < 6; first += 4) {
      const rows = Array.from(order.slice(first, first + 4));
      const { dw, db } = computeGradient(rows.map((i) => X[i]), rows.map((i) => y[i]), w, b);
      w = [w[0] - alpha * dw[0]];
      b = b - alpha * db;
    }
  }
  const fit = fitMiniBatch(X, y, { batchSize: 4, epochs: 3, learningRate: alpha, seed: 42 });
  assert.equal(fit.updates, 6);
  assert.deepEqual(fit.w, w);
  assert.equal(fit.b, b);
});

Deno.test("fitMiniBatch() with sampling 'with replacement' draws full batches independently from createRandom(seed)", () => {
  const X = [[1], [2], [3], [4], [5], [6]];
  const y = [1, -1, 2, 0, 3, 1];
  const alpha = 0.05;
  const random = createRandom(42);
  let w = [0];
  let b = 0;
  for (let epoch = 0; epoch < 3; epoch++) {
    // Two full batches of 4 independent draws (repeats allowed), 8 draws for 6 rows.
    const order = Array.from({ length: 8 }, () => Math.floor(random.uniform() * 6));
    for (let first = 0; first < 8; first += 4) {
      const rows = order.slice(first, first + 4);
      const { dw, db } = computeGradient(rows.map((i) => X[i]), rows.map((i) => y[i]), w, b);
      w = [w[0] - alpha * dw[0]];
      b = b - alpha * db;
    }
  }
  const options = { batchSize: 4, epochs: 3, learningRate: alpha, seed: 42 };
  const fit = fitMiniBatch(X, y, { ...options, sampling: "with replacement" });
  assert.equal(fit.updates, 6);
  assert.deepEqual(fit.w, w);
  assert.equal(fit.b, b);
  assert.notDeepEqual(fit.w, fitMiniBatch(X, y, options).w);
  // One full-size batch with repeats is not the full gradient step that a reshuffled epoch makes.
  const once = { batchSize: 6, epochs: 1, learningRate: alpha, seed: 42 };
  const full = fitMiniBatch(X, y, once).w[0];
  assert.ok(Math.abs(fitMiniBatch(X, y, { ...once, sampling: "with replacement" }).w[0] - full) > 1e-3);
});

Deno.test("fitMiniBatch() makes ceil(m / batchSize) updates per epoch", () => {
  const { X, y } = centredData(103, 1);
  for (const batchSize of [1, 2, 10, 50, 102, 103]) {
    const fit = fitMiniBatch(X, y, { batchSize, epochs: 3, learningRate: 0.01 });
    assert.equal(fit.updates, 3 * Math.ceil(103 / batchSize), `batchSize ${batchSize}`);
    assert.deepEqual(
      fit.history.map((e) => e.updates),
      [0, 1, 2, 3].map((k) => k * Math.ceil(103 / batchSize)),
    );
  }
});

Deno.test("fitMiniBatch() gives the same result for the same seed and a different one for another seed", () => {
  const { X, y } = centredData(300, 2);
  const options = { batchSize: 8, epochs: 5, learningRate: 0.05 };
  const a = fitMiniBatch(X, y, { ...options, seed: 11 });
  const b = fitMiniBatch(X, y, { ...options, seed: 11 });
  const c = fitMiniBatch(X, y, { ...options, seed: 12 });
  assert.deepEqual(withoutTime(a), withoutTime(b));
  assert.notDeepEqual(a.w, c.w);
  // Without shuffling the seed plays no part.
  const d = fitMiniBatch(X, y, { ...options, shuffle: false, seed: 11 });
  const e = fitMiniBatch(X, y, { ...options, shuffle: false, seed: 12 });
  assert.deepEqual(withoutTime(d), withoutTime(e));
});

Deno.test("fitMiniBatch() gives the same numbers for plain rows, a Matrix and Float64Array starts", () => {
  const { X, y } = makeLinearData({ m: 60, w: [1, -2], b: 0.5, seed: 6, xRange: [-1, 1] });
  const options = { batchSize: 7, epochs: 4, learningRate: 0.1, seed: 9 };
  const plain = fitMiniBatch(X, y, { ...options, w: [0, 0] });
  const typed = fitMiniBatch(matrix(X), Float64Array.from(y), { ...options, w: new Float64Array(2) });
  assert.deepEqual(withoutTime(typed), withoutTime(plain));
});

Deno.test("fitMiniBatch() converges to the normal equation's answer with small batches and a decaying rate", () => {
  const { X, y } = centredData(2000, 3);
  const exact = normalEquation(X, y);
  for (const batchSize of [1, 4, 16]) {
    const epochs = 30;
    const steps = epochs * Math.ceil(2000 / batchSize);
    const fit = fitMiniBatch(X, y, {
      batchSize,
      epochs,
      schedule: cosineSchedule({ initial: 0.05, final: 0, total: steps }),
      seed: 8,
    });
    assert.equal(fit.status, "max-iterations");
    const error = Math.max(...fit.w.map((wj, j) => Math.abs(wj - exact.w[j])), Math.abs(fit.b - exact.b));
    assert.ok(error < 2e-3, `batchSize ${batchSize}: largest parameter error ${error}`);
    const excess = fit.cost - cost(X, y, exact.w, exact.b);
    assert.ok(excess >= 0 && excess < 1e-5, `batchSize ${batchSize}: excess cost ${excess}`);
  }
});

Deno.test("fitMiniBatch() with batch size 1 ends nearer the optimum with a decaying rate than with a constant one", () => {
  const { X, y } = centredData(2000, 3);
  const exact = normalEquation(X, y);
  const best = cost(X, y, exact.w, exact.b);
  const epochs = 10;
  const constant = fitMiniBatch(X, y, { batchSize: 1, epochs, learningRate: 0.05, seed: 8 });
  const decaying = fitMiniBatch(X, y, {
    batchSize: 1,
    epochs,
    schedule: exponentialSchedule({ initial: 0.05, decay: 0.01 ** (1 / (epochs * 2000)) }),
    seed: 8,
  });
  // A constant rate keeps jumping around the optimum: its last epochs' costs differ by far more.
  const spread = (h: MiniBatchEntry[]) => {
    const last = h.slice(-3).map((e) => e.cost);
    return Math.max(...last) - Math.min(...last);
  };
  assert.ok(decaying.cost - best < (constant.cost - best) / 10);
  assert.ok(spread(decaying.history) < spread(constant.history) / 10);
});

Deno.test("fitMiniBatch() records the start, every recordEvery-th epoch and the last, with the full cost", () => {
  const { X, y } = centredData(100, 5);
  const seen: number[] = [];
  const fit = fitMiniBatch(X, y, {
    batchSize: 10,
    epochs: 10,
    recordEvery: 3,
    learningRate: 0.1,
    onIteration: (entry) => seen.push(entry.iteration),
  });
  assert.deepEqual(fit.history.map((e) => e.iteration), [0, 3, 6, 9, 10]);
  assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // onIteration sees every epoch
  for (const entry of fit.history) {
    assert.equal(entry.cost, cost(X, y, entry.w, entry.b)); // same sum, same order as lib/regression's cost
    assert.equal(entry.updates, entry.iteration * 10);
    assert.ok(entry.seconds >= 0);
  }
  assert.equal(fit.history[0].seconds, 0);
  for (let k = 1; k < fit.history.length; k++) {
    assert.ok(fit.history[k].seconds >= fit.history[k - 1].seconds);
  }
  assert.equal(fit.history[0].cost, cost(X, y, [0, 0, 0], 0));
  assert.equal(fit.cost, fit.history.at(-1)!.cost);
  assert.deepEqual(fit.w, fit.history.at(-1)!.w);
});

Deno.test("fitMiniBatch() asks the schedule for steps 0, 1, 2, … in order and records each epoch's last rate", () => {
  const { X, y } = centredData(20, 5);
  const asked: number[] = [];
  const schedule = (t: number) => {
    asked.push(t);
    return 0.1 / (1 + t);
  };
  const fit = fitMiniBatch(X, y, { batchSize: 5, epochs: 3, schedule });
  assert.equal(fit.updates, 12);
  assert.deepEqual(asked, [0, ...Array.from({ length: 12 }, (_, t) => t)]); // step 0 once more for epoch 0's entry
  assert.deepEqual(fit.history.map((e) => e.learningRate), [0.1, 0.1 / 4, 0.1 / 8, 0.1 / 12]);
});

Deno.test("fitMiniBatch() stops with status 'diverged' when the learning rate is far too large", () => {
  const { X, y } = centredData(200, 7);
  const fit = fitMiniBatch(X, y, { batchSize: 1, epochs: 50, learningRate: 5, recordEvery: 10 });
  assert.equal(fit.status, "diverged");
  assert.ok(fit.updates < 50 * 200, `stopped after ${fit.updates} updates`);
  // The blown-up epoch is refused, never recorded: the answer is the last finite point.
  assert.match(fit.reason, /try a smaller learningRate/);
  assert.equal(fit.iterations, fit.history.at(-1)!.iteration);
  assert.ok(fit.history.every((e) => Number.isFinite(e.cost)));
  assert.ok([...fit.w, fit.b, fit.cost].every(Number.isFinite));
});

Deno.test("fitMiniBatch() uses batches of 32 by default, or all rows when there are fewer", () => {
  const { X, y } = centredData(100, 5);
  assert.equal(fitMiniBatch(X, y, { epochs: 2 }).updates, 2 * Math.ceil(100 / 32));
  assert.equal(fitMiniBatch([[1], [2], [3]], [2, 4, 6], { epochs: 2 }).updates, 2);
});

Deno.test("fitMiniBatch() leaves X, y and the starting w untouched", () => {
  const X = [[1, 2], [3, 4], [5, 6]];
  const y = [1, 2, 3];
  const w = [0.1, 0.2];
  fitMiniBatch(X, y, { batchSize: 2, epochs: 2, w });
  assert.deepEqual(X, [[1, 2], [3, 4], [5, 6]]);
  assert.deepEqual(y, [1, 2, 3]);
  assert.deepEqual(w, [0.1, 0.2]);
  const typed = matrix(X);
  const before = Array.from(typed.data);
  fitMiniBatch(typed, Float64Array.from(y), { batchSize: 1, epochs: 2 });
  assert.deepEqual(Array.from(typed.data), before);
});
