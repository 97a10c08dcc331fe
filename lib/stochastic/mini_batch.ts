import {
  requireBoolean,
  requireFunction,
  requireInteger,
  requireNonNegative,
  requireOneOf,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import { createRandom } from "../data/random.ts";
import { descend, type DescentOptions } from "../optimize/_descent.ts";
import { type FitEntry, fitInputs, type FitResult, regressionModel } from "../regression/fit.ts";
import type { MatrixLike, Vector } from "../regression/matrix.ts";
import type { LearningRateSchedule } from "./schedules.ts";

/** One epoch of a mini-batch run: a fit entry (`iteration` = epochs done) plus the run's own measures. */
export interface MiniBatchEntry extends FitEntry {
  /** Updates (mini-batch steps) made since the start. */
  updates: number;
  /** The rate of the epoch's last update (at epoch 0, the rate the first update will use). */
  learningRate: number;
  /** Wall-clock seconds spent updating since the start (cost evaluations and callbacks left out). */
  seconds: number;
}

/** What {@linkcode fitMiniBatch} returns: a fit result (`iterations` = epochs run) plus the number of updates. */
export interface MiniBatchResult extends FitResult<MiniBatchEntry> {
  updates: number;
}

/** Options for {@linkcode fitMiniBatch}, and the driver's `onIteration`, `recordEvery`, `divergenceBound` (none). */
export interface MiniBatchOptions
  extends Omit<DescentOptions<number[], MiniBatchEntry>, "f" | "maxIterations" | "tolerance"> {
  /** Rows per update, 1 to `m`: 1 is SGD, `m` batch descent. Defaults to 32 (or `m` when smaller). */
  batchSize?: number;
  /** Passes over the data, an integer >= 1. Defaults to 10. */
  epochs?: number;
  /** A constant rate `α` > 0 (default 0.01); or give `schedule`, not both. */
  learningRate?: number;
  /** The rate of each update by its index from 0, e.g. `cosineSchedule(…)`; finite and >= 0. */
  schedule?: LearningRateSchedule;
  /** Seed of the shuffles (see `createRandom`). Defaults to 1. */
  seed?: number;
  /** A new random order every epoch (default `true`); `false` keeps file order. */
  shuffle?: boolean;
  /** `"reshuffle"` (default): each row once an epoch; `"with replacement"`: ⌈m / batchSize⌉ batches of random rows. */
  sampling?: "reshuffle" | "with replacement";
  /** Starting weights (default zeros) and bias (default 0). */
  w?: Vector;
  b?: number;
}

const CONTEXT = "Cannot run mini-batch gradient descent";
const OPTIONS = ["batchSize", "epochs", "learningRate", "schedule", "seed", "shuffle", "sampling", "w", "b"];
const DRIVER_OPTIONS = ["onIteration", "recordEvery", "divergenceBound"]; // its budget is epochs, no tolerance

/**
 * Fits `yHat = X·w + b` by mini-batch gradient descent (lesson 09): each epoch shuffles the rows (seeded) and
 * makes one update per batch of `batchSize`, from that batch alone; `batchSize: m, shuffle: false` is
 * `fitLinearRegression`, bit for bit. A batch is a stretch of an index permutation, so no rows are copied.
 * @example SGD finds y = 2x + 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitMiniBatch } from "./mini_batch.ts";
 *
 * const sgd = fitMiniBatch([[0], [1], [2], [3], [4]], [1, 3, 5, 7, 9], { batchSize: 1, epochs: 300, learningRate: 0.05, seed: 7 });
 * assert.ok(Math.abs(sgd.w[0] - 2) < 1e-6 && Math.abs(sgd.b - 1) < 1e-6);
 * ```
 */
export function fitMiniBatch(X: MatrixLike, y: Vector, options?: MiniBatchOptions): MiniBatchResult {
  const checked = requireOptions(CONTEXT, options, [...OPTIONS, ...DRIVER_OPTIONS]);
  const { epochs = 10, learningRate, schedule, seed = 1, shuffle = true, sampling = "reshuffle" } = checked;
  const { M, y: targets, start } = fitInputs(CONTEXT, X, y, checked.w, checked.b ?? 0);
  const { rows: m, cols: n, data } = M;
  const { batchSize = Math.min(32, m) } = checked;
  requireInteger(CONTEXT, "batchSize", batchSize, 1, m);
  requireInteger(CONTEXT, "epochs", epochs);
  if (learningRate !== undefined && schedule !== undefined) {
    throw new TypeError(
      `${CONTEXT}: give learningRate or schedule, not both (got learningRate ${learningRate})`,
    );
  }
  if (learningRate !== undefined) requirePositive(CONTEXT, "learningRate", learningRate);
  if (schedule !== undefined) requireFunction(CONTEXT, "schedule", schedule);
  requireInteger(CONTEXT, "seed", seed, 0, 4294967295);
  const random = requireBoolean(CONTEXT, "shuffle", shuffle) ? createRandom(seed) : undefined;
  const replace =
    requireOneOf(CONTEXT, "sampling", sampling, ["reshuffle", "with replacement"]) !== "reshuffle";
  if (replace && !random) {
    throw new TypeError(
      `${CONTEXT}: sampling "with replacement" draws rows at random, so it needs shuffle: true`,
    );
  }
  const rateOf = (update: number): number =>
    schedule === undefined
      ? learningRate ?? 0.01
      : requireNonNegative(CONTEXT, `the rate schedule(${update})`, schedule(update));

  const w = new Float64Array(n);
  const sums = new Float64Array(n);
  // With replacement: ⌈m / batchSize⌉ full batches of independent draws; otherwise a permutation of the m rows.
  const draws = replace ? Math.ceil(m / batchSize) * batchSize : m;
  const order = Uint32Array.from({ length: draws }, (_, i) => i);
  let updates = 0;
  let rate = rateOf(0);
  let trainingMs = 0;
  // One epoch: shuffle, then one simultaneous update per batch, with `fitLinearRegression`'s operations.
  const step = (theta: number[]) => {
    const started = performance.now();
    for (let j = 0; j < n; j++) w[j] = theta[j];
    let b = theta[n];
    if (replace) {
      for (let k = 0; k < draws; k++) order[k] = Math.min(m - 1, Math.floor(random!.uniform() * m));
    } else random?.shuffleInPlace(order);
    for (let first = 0; first < draws; first += batchSize) {
      const end = Math.min(first + batchSize, draws);
      // Sums of error and X[i][j]·error over the batch's rows; the prediction in seed 004's order.
      sums.fill(0);
      let sumError = 0;
      for (let k = first; k < end; k++) {
        const start = order[k] * n;
        let yHat = 0;
        for (let j = 0; j < n; j++) yHat += data[start + j] * w[j];
        const error = yHat + b - targets[order[k]];
        for (let j = 0; j < n; j++) sums[j] += data[start + j] * error;
        sumError += error;
      }
      rate = rateOf(updates++);
      const invSize = 1 / (end - first);
      let finite = true;
      for (let j = 0; j < n; j++) {
        finite = Number.isFinite(w[j] = w[j] - rate * (invSize * sums[j])) && finite;
      }
      b = b - rate * (invSize * sumError);
      if (!finite || !Number.isFinite(b)) break; // blown up mid-epoch: the driver refuses the point and stops
    }
    trainingMs += performance.now() - started;
    return [...w, b];
  };
  const model = regressionModel(M, targets);
  const extra = (iteration: number, theta: number[], cost?: number) => ({
    ...model.extra(iteration, theta, cost),
    updates,
    learningRate: rate,
    seconds: trainingMs / 1000,
  });
  const run = descend(
    CONTEXT,
    { evaluate: model.evaluate, step, extra, advice: "; try a smaller learningRate" },
    start,
    false,
    checked as DescentOptions<never, never>,
    { maxIterations: epochs, tolerance: 0, divergenceBound: Infinity },
  );
  const x = run.x as number[];
  return { ...run, w: x.slice(0, n), b: x[n], cost: run.value!, updates } as MiniBatchResult;
}
