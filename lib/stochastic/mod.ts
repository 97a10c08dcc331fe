/**
 * Stochastic and mini-batch gradient descent, and learning-rate schedules (lesson 09).
 *
 * - {@linkcode fitMiniBatch}: linear regression by mini-batch gradient descent — `batchSize: 1` is
 *   stochastic gradient descent, `batchSize: m` is batch gradient descent — with seeded shuffling, a
 *   constant learning rate or a schedule, and a per-epoch `history` of the full cost and the wall-clock time.
 * - Schedules, pure functions from the update's index to its learning rate: {@linkcode constantSchedule},
 *   {@linkcode stepSchedule}, {@linkcode exponentialSchedule}, {@linkcode linearSchedule},
 *   {@linkcode cosineSchedule}, and {@linkcode warmup} to put a linear warm-up in front of any of them.
 *
 * A light entry point: no mathjs, no Plot.
 *
 * @example Warm-up, then cosine annealing, feeding mini-batch descent
 * ```ts
 * import assert from "node:assert/strict";
 * import { cosineSchedule, fitMiniBatch, warmup } from "./mod.ts";
 *
 * const X = [[-3], [-2], [-1], [0], [1], [2], [3], [4]];
 * const y = X.map(([x]) => 3 * x - 2);
 * const epochs = 200;
 * const steps = epochs * 2; // batches of 4 out of 8 rows: two updates per epoch
 * const schedule = warmup(cosineSchedule({ initial: 0.1, total: steps - 10 }), { steps: 10 });
 * const fit = fitMiniBatch(X, y, { batchSize: 4, epochs, schedule, seed: 3 });
 * assert.equal(fit.updates, steps);
 * assert.ok(Math.abs(fit.w[0] - 3) < 1e-6 && Math.abs(fit.b + 2) < 1e-6);
 * ```
 *
 * @module
 */

export { fitMiniBatch } from "./mini_batch.ts";
export type { MiniBatchEntry, MiniBatchOptions, MiniBatchResult } from "./mini_batch.ts";
export {
  constantSchedule,
  cosineSchedule,
  exponentialSchedule,
  linearSchedule,
  stepSchedule,
  warmup,
} from "./schedules.ts";
export type {
  AnnealingScheduleOptions,
  ConstantScheduleOptions,
  ExponentialScheduleOptions,
  LearningRateSchedule,
  StepScheduleOptions,
  WarmupOptions,
} from "./schedules.ts";
