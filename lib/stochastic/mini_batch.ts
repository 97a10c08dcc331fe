import {
  describe,
  plural,
  requireFinite,
  requireFunction,
  requireInteger,
  requireLength,
  requireMatrix,
  requireNumbers,
  requireOptions,
  requirePositive,
} from "../_validate.ts";
import { createRandom } from "../data/random.ts";
import type { MatrixLike, Vector } from "../regression/matrix.ts";
import type { LearningRateSchedule } from "./schedules.ts";

/**
 * Why a mini-batch run stopped: it ran every epoch (`"max-epochs"`), or a parameter or the cost stopped being
 * a finite number (`"diverged"`). There is no `"converged"`: with a constant learning rate the noisy updates
 * of stochastic descent never settle, so "the step became tiny" is not a stopping rule here.
 */
export type MiniBatchStatus = "max-epochs" | "diverged";

/** The state of a mini-batch run at the end of an epoch (epoch 0 is the start, before any update). */
export interface MiniBatchEpoch {
  /** How many epochs (passes over the data) are done; 0 before the first update. */
  epoch: number;
  /** How many updates (mini-batch steps) have been made since the start. */
  step: number;
  /** The cost `J(w, b) = 1/(2m) Σ (X·w + b − y)²` over the whole data set, at these parameters. */
  cost: number;
  /** The learning rate of the epoch's last update (for epoch 0, the rate the first update will use). */
  learningRate: number;
  /**
   * Wall-clock seconds spent updating since the start. The time spent computing `cost` for this history and
   * in `onEpoch` is left out, so the clock measures training only. Varies from run to run.
   */
  seconds: number;
  /** The weights (a copy). */
  w: number[];
  /** The bias. */
  b: number;
}

/** Options of {@linkcode fitMiniBatch}. */
export interface MiniBatchOptions {
  /**
   * Examples per update; an integer from 1 to `m`. 1 is plain stochastic gradient descent, `m` is batch
   * gradient descent. When it does not divide `m`, the last batch of each epoch is smaller. Defaults to 32
   * (or `m` when there are fewer rows).
   */
  batchSize?: number;
  /** Passes over the data; an integer >= 1. Defaults to 10. */
  epochs?: number;
  /** A constant step size α > 0. Give this or `schedule`, not both. Defaults to 0.01 when neither is given. */
  learningRate?: number;
  /**
   * The learning rate of each update, by its index (0 for the first update of the run, counting across
   * epochs), e.g. `cosineSchedule({ initial: 0.1, total })`. It must return a finite number >= 0.
   */
  schedule?: LearningRateSchedule;
  /** Seed of the generator that shuffles the rows (see `createRandom`). Defaults to 1. */
  seed?: number;
  /** Visit the rows in a new random order every epoch. Defaults to true; false visits them in file order. */
  shuffle?: boolean;
  /** Starting weights, one per column of `X`. Defaults to all zeros. */
  w?: Vector;
  /** Starting bias. Defaults to 0. */
  b?: number;
  /** Called at the start (epoch 0) and after every epoch, recorded or not. Defaults to none. */
  onEpoch?: (entry: MiniBatchEpoch) => void;
  /**
   * Keep every `recordEvery`-th epoch in `history` (the start and the last epoch are always kept). An integer
   * >= 1; defaults to 1 (every epoch).
   */
  recordEvery?: number;
}

/** What {@linkcode fitMiniBatch} returns. */
export interface MiniBatchResult {
  /** The final weights. */
  w: number[];
  /** The final bias. */
  b: number;
  /** The cost over the whole data set at the final `w` and `b`. */
  cost: number;
  /** Why it stopped. */
  status: MiniBatchStatus;
  /** How many epochs were run (the last one cut short when the run diverged). */
  epochs: number;
  /** How many updates were made in all. */
  steps: number;
  /** Epochs kept according to `recordEvery`, from epoch 0 to the last. */
  history: MiniBatchEpoch[];
}

const OPTION_NAMES = [
  "batchSize",
  "epochs",
  "learningRate",
  "schedule",
  "seed",
  "shuffle",
  "w",
  "b",
  "onEpoch",
  "recordEvery",
];

/**
 * Fits the linear model `yHat = X·w + b` by mini-batch gradient descent on the cost
 * `J(w, b) = 1/(2m) Σ (yHat − y)²`. Each epoch visits the rows in a fresh random order (from a generator
 * seeded with `seed`) and cuts that order into batches of `batchSize` rows; each batch gives one update,
 * computed from the batch alone:
 * `w[j] = w[j] − α · (1/size) Σ_batch error · X[i][j]` and `b = b − α · (1/size) Σ_batch error`, every
 * partial derivative taken at the same `w` and `b` (a simultaneous update), with `α` the learning rate of that
 * update.
 *
 * `batchSize: 1` is stochastic gradient descent (SGD); `batchSize: m` is batch gradient descent — with
 * `shuffle: false` it performs the same operations in the same order as `fitLinearRegression` and gives the
 * same numbers, bit for bit. (With shuffling, the sums run in another order and agree only to round-off.)
 *
 * No rows are copied: a batch is a stretch of an index permutation into `X`, and the permutation, the
 * weights and the gradient sums are allocated once per run, so an update costs `O(batchSize · n)` time and
 * allocates nothing. After each epoch the cost over the whole data set is computed for the `history` (one
 * more pass; its time is left out of `seconds`).
 *
 * The run stops with status `"diverged"` as soon as a parameter or the cost stops being finite.
 *
 * Introduced in lesson 09.
 *
 * @param X Features, one row per example (`m × n`), as a `Matrix` or plain rows.
 * @param y Targets, one per row of `X`.
 * @param options See {@linkcode MiniBatchOptions}.
 * @returns The final `w`, `b`, `cost`, the `status`, the numbers of `epochs` and `steps`, and the `history`.
 * @throws {RangeError | TypeError} When the data or options are invalid, e.g.
 * `Cannot run mini-batch gradient descent: batchSize must be an integer from 1 to m = 3, got 4`, or when the
 * schedule returns a rate that is not a finite number >= 0.
 *
 * @example Stochastic gradient descent (batch size 1) finds y = 2x + 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitMiniBatch } from "./mini_batch.ts";
 *
 * const X = [[0], [1], [2], [3], [4]];
 * const y = [1, 3, 5, 7, 9];
 * const fit = fitMiniBatch(X, y, { batchSize: 1, epochs: 300, learningRate: 0.05, seed: 7 });
 * assert.equal(fit.status, "max-epochs");
 * assert.equal(fit.steps, 300 * 5); // one update per example per epoch
 * assert.ok(Math.abs(fit.w[0] - 2) < 1e-6 && Math.abs(fit.b - 1) < 1e-6);
 * ```
 *
 * @example batchSize = m without shuffling is batch gradient descent, bit for bit
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitMiniBatch } from "./mini_batch.ts";
 * import { fitLinearRegression } from "../regression/fit.ts";
 *
 * const X = [[1], [2], [3]];
 * const y = [2, 4, 6];
 * const mini = fitMiniBatch(X, y, { batchSize: 3, epochs: 1000, learningRate: 0.01, shuffle: false });
 * const batch = fitLinearRegression(X, y, { learningRate: 0.01, maxIterations: 1000 });
 * assert.equal(mini.w[0], batch.w[0]); // seed 004's 1.9025923788441472
 * assert.equal(mini.b, batch.b);
 * ```
 */
export function fitMiniBatch(X: MatrixLike, y: Vector, options: MiniBatchOptions = {}): MiniBatchResult {
  const context = "Cannot run mini-batch gradient descent";
  requireOptions(context, options, OPTION_NAMES);
  const {
    batchSize: batchOption,
    epochs = 10,
    learningRate,
    schedule,
    seed = 1,
    shuffle = true,
    w: wStart,
    b: bStart = 0,
    onEpoch,
    recordEvery = 1,
  } = options ?? {};

  // ---- validate once, at the boundary ----
  const M = requireMatrix(context, "X", X);
  requireNumbers(context, "y", y);
  requireLength(context, "y", y, M.rows, `X has ${plural(M.rows, "row")}`);
  const m = M.rows;
  const n = M.cols;
  const batchSize = batchOption ?? Math.min(32, m);
  if (typeof batchSize !== "number") {
    throw new TypeError(`${context}: batchSize must be a number, got ${describe(batchSize)}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > m) {
    throw new RangeError(
      `${context}: batchSize must be an integer from 1 to m = ${m}, got ${describe(batchSize)}`,
    );
  }
  requireInteger(context, "epochs", epochs);
  if (learningRate !== undefined && schedule !== undefined) {
    throw new TypeError(
      `${context}: give learningRate or schedule, not both (got learningRate ${describe(learningRate)} ` +
        `and a schedule)`,
    );
  }
  if (learningRate !== undefined) requirePositive(context, "learningRate", learningRate);
  if (schedule !== undefined) requireFunction(context, "schedule", schedule);
  if (typeof shuffle !== "boolean") {
    throw new TypeError(`${context}: shuffle must be true or false, got ${describe(shuffle)}`);
  }
  if (onEpoch !== undefined) requireFunction(context, "onEpoch", onEpoch);
  requireInteger(context, "recordEvery", recordEvery);
  if (wStart !== undefined) {
    requireNumbers(context, "w", wStart);
    requireLength(context, "w", wStart, M.cols, `X has ${plural(M.cols, "column")}`);
  }
  requireFinite(context, "b", bStart);
  checkSeed(context, seed);
  const random = shuffle ? createRandom(seed) : undefined;

  const constantRate = learningRate ?? 0.01;
  const rateOf = (step: number): number => {
    if (schedule === undefined) return constantRate;
    const rate = schedule(step);
    if (typeof rate !== "number" || !(rate >= 0) || !Number.isFinite(rate)) {
      throw new RangeError(
        `${context}: the schedule must return a finite learning rate >= 0, got ${
          describe(rate)
        } at step ${step}`,
      );
    }
    return rate;
  };

  // ---- allocate everything once ----
  const { data } = M;
  const targets = y instanceof Float64Array ? y : Float64Array.from(y);
  const w = wStart === undefined ? new Float64Array(n) : Float64Array.from(wStart);
  let b = bStart;
  const sumXError = new Float64Array(n);
  const order = new Uint32Array(m); // the visiting order: batches are stretches of it
  for (let i = 0; i < m; i++) order[i] = i;
  const history: MiniBatchEpoch[] = [];

  // Training time only: the clock is paused while the history is computed and onEpoch runs.
  let trainingMs = 0;
  let since = 0;
  // Computes the full cost after `epoch` epochs and reports it: to the history when the epoch is a recorded
  // one (or `force`d, or the cost is no longer finite), and to onEpoch. Returns the cost. (`b` is passed in
  // rather than captured, so that the training loop keeps it in a register.)
  const report = (epoch: number, step: number, rate: number, bias: number, force: boolean): number => {
    if (epoch > 0) trainingMs += performance.now() - since;
    const currentCost = fullCost(data, n, targets, w, bias);
    const keep = force || epoch % recordEvery === 0 || !Number.isFinite(currentCost);
    if (keep || onEpoch !== undefined) {
      const entry: MiniBatchEpoch = {
        epoch,
        step,
        cost: currentCost,
        learningRate: rate,
        seconds: trainingMs / 1000,
        w: Array.from(w),
        b: bias,
      };
      if (keep) history.push(entry);
      onEpoch?.(entry);
    }
    since = performance.now();
    return currentCost;
  };

  let status: MiniBatchStatus = "max-epochs";
  let step = 0;
  let rate = rateOf(0);
  let finalCost = report(0, 0, rate, b, true);
  let epoch = 1;

  training: for (; epoch <= epochs; epoch++) {
    if (random !== undefined) random.shuffleInPlace(order);
    for (let first = 0; first < m; first += batchSize) {
      const end = Math.min(first + batchSize, m);
      const sumError = batchSums(data, n, targets, order, first, end, w, b, sumXError);
      // Simultaneous update with this step's rate, in the same operations as fitLinearRegression.
      rate = rateOf(step);
      const invSize = 1 / (end - first);
      const db = invSize * sumError;
      let finite = true;
      for (let j = 0; j < n; j++) {
        const dwj = invSize * sumXError[j];
        w[j] = w[j] - rate * dwj;
        if (!Number.isFinite(w[j])) finite = false;
      }
      b = b - rate * db;
      step++;
      if (!finite || !Number.isFinite(b)) {
        // Blown up in the middle of an epoch: record where, and stop.
        status = "diverged";
        finalCost = report(epoch, step, rate, b, true);
        break training;
      }
    }
    finalCost = report(epoch, step, rate, b, epoch === epochs);
    if (!Number.isFinite(finalCost)) {
      status = "diverged";
      break;
    }
  }

  return {
    w: Array.from(w),
    b,
    cost: finalCost,
    status,
    epochs: Math.min(epoch, epochs),
    steps: step,
    history,
  };
}

/**
 * The gradient sums of one batch — the rows `order[first]`, …, `order[end − 1]` of `X` — at `w` and `b`:
 * writes `Σ error · X[i][j]` into `sumXError[j]` and returns `Σ error`, where `error = X[i]·w + b − y[i]`
 * (the prediction summed in the order of lib/regression's gradient pass). Reads the rows in place.
 */
function batchSums(
  data: Float64Array,
  n: number,
  targets: Float64Array,
  order: Uint32Array,
  first: number,
  end: number,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
): number {
  for (let j = 0; j < n; j++) sumXError[j] = 0;
  let sumError = 0;
  for (let k = first; k < end; k++) {
    const row = order[k];
    const start = row * n;
    let yHat = 0;
    for (let j = 0; j < n; j++) yHat += data[start + j] * w[j];
    yHat += b;
    const error = yHat - targets[row];
    for (let j = 0; j < n; j++) sumXError[j] += data[start + j] * error;
    sumError += error;
  }
  return sumError;
}

/** The cost over all rows, `Σ error² / (2m)`, summed in row order like `cost` in lib/regression. */
function fullCost(data: Float64Array, n: number, targets: Float64Array, w: Float64Array, b: number): number {
  const m = targets.length;
  let sumSquaredError = 0;
  for (let i = 0; i < m; i++) {
    const start = i * n;
    let yHat = 0;
    for (let j = 0; j < n; j++) yHat += data[start + j] * w[j];
    yHat += b;
    const error = yHat - targets[i];
    sumSquaredError += error * error;
  }
  return sumSquaredError / (2 * m);
}

function checkSeed(context: string, seed: unknown): asserts seed is number {
  if (typeof seed !== "number") {
    throw new TypeError(`${context}: seed must be a number, got ${describe(seed)}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    throw new RangeError(`${context}: seed must be an integer from 0 to 4294967295, got ${describe(seed)}`);
  }
}
