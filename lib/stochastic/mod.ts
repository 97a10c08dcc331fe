/**
 * Stochastic and mini-batch gradient descent, and learning-rate schedules (lesson 09); no mathjs, no Plot.
 *
 * - {@linkcode fitMiniBatch}: linear regression by mini-batch descent (`batchSize: 1` is SGD, `m` is batch).
 * - Schedules, from the update's index to its rate: {@linkcode constantSchedule}, {@linkcode stepSchedule},
 *   {@linkcode exponentialSchedule}, {@linkcode linearSchedule}, {@linkcode cosineSchedule}, and
 *   {@linkcode warmup} in front of any of them.
 * @module
 */

export { fitMiniBatch } from "./mini_batch.ts";
export type { MiniBatchEntry, MiniBatchOptions, MiniBatchResult } from "./mini_batch.ts";
export * from "./schedules.ts";
