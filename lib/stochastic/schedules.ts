import { describe, requireFunction, requireInteger, requireOptions, requirePositive } from "../_validate.ts";

/**
 * A learning-rate schedule: the learning rate to use for the update with this index (0 for the first update,
 * 1 for the second, …). Every schedule here is a pure function of the index, so the same run always sees the
 * same rates.
 */
export type LearningRateSchedule = (iteration: number) => number;

/** Options of {@linkcode constantSchedule}. */
export interface ConstantScheduleOptions {
  /** The learning rate of every update; a finite number > 0. Required. */
  initial: number;
}

/** Options of {@linkcode stepSchedule}. */
export interface StepScheduleOptions {
  /** The learning rate of the first `every` updates; a finite number > 0. Required. */
  initial: number;
  /** The factor the rate is multiplied by every `every` updates; in (0, 1]. Defaults to 0.5 (halve it). */
  drop?: number;
  /** How many updates between drops; an integer >= 1. Required. */
  every: number;
}

/** Options of {@linkcode exponentialSchedule}. */
export interface ExponentialScheduleOptions {
  /** The learning rate of the first update; a finite number > 0. Required. */
  initial: number;
  /** The factor the rate is multiplied by after every update; in (0, 1]. Required. */
  decay: number;
}

/** Options of {@linkcode linearSchedule} and {@linkcode cosineSchedule}. */
export interface AnnealingScheduleOptions {
  /** The learning rate of the first update; a finite number > 0. Required. */
  initial: number;
  /** The learning rate reached at update `total` and kept after it; in [0, initial]. Defaults to 0. */
  final?: number;
  /** The update at which the rate reaches `final`; an integer >= 1. Required. */
  total: number;
}

/** Options of {@linkcode warmup}. */
export interface WarmupOptions {
  /** How many updates the warm-up lasts; an integer >= 1. Required. */
  steps: number;
}

/** Throws unless `iteration` is an integer >= 0 (the index of an update). */
function checkIteration(iteration: unknown): asserts iteration is number {
  const context = "Cannot compute the learning rate";
  if (typeof iteration !== "number") {
    throw new TypeError(`${context}: iteration must be a number, got ${describe(iteration)}`);
  }
  if (!Number.isInteger(iteration) || iteration < 0) {
    throw new RangeError(`${context}: iteration must be an integer >= 0, got ${describe(iteration)}`);
  }
}

/** Throws unless `value` is a number in (0, 1]: a factor that shrinks the rate, or keeps it. */
function checkFactor(value: unknown, name: string, context: string): asserts value is number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!(value > 0 && value <= 1)) {
    throw new RangeError(`${context}: ${name} must be in (0, 1], got ${describe(value)}`);
  }
}

/** Throws unless `final` is a number in [0, initial]. */
function checkFinal(final: unknown, initial: number, context: string): asserts final is number {
  if (typeof final !== "number") {
    throw new TypeError(`${context}: final must be a number, got ${describe(final)}`);
  }
  if (!(final >= 0 && final <= initial)) {
    throw new RangeError(
      `${context}: final must be in [0, initial] = [0, ${initial}], got ${describe(final)}`,
    );
  }
}

/**
 * The schedule that is no schedule: the same learning rate for every update. It is what plain gradient
 * descent uses, and the baseline the other schedules are compared with. Introduced in lesson 09.
 * @param options `initial`, the rate.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { constantSchedule } from "./schedules.ts";
 *
 * const rate = constantSchedule({ initial: 0.1 });
 * assert.equal(rate(0), 0.1);
 * assert.equal(rate(1_000_000), 0.1);
 * ```
 */
export function constantSchedule(options: ConstantScheduleOptions): LearningRateSchedule {
  const context = "Cannot make a constant schedule";
  requireOptions(context, options, ["initial"]);
  const { initial } = (options ?? {}) as ConstantScheduleOptions;
  requirePositive(context, "initial", initial);
  return (iteration) => {
    checkIteration(iteration);
    return initial;
  };
}

/**
 * Step decay: keep the rate for `every` updates, then multiply it by `drop`, and so on —
 * `initial · drop^⌊iteration / every⌋`. With `every` set to the number of updates in an epoch, the rate
 * drops once per epoch (or every few epochs), the classic recipe. Introduced in lesson 09.
 * @param options `initial`, `drop` (0.5), `every`.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example Halve the rate every 100 updates
 * ```ts
 * import assert from "node:assert/strict";
 * import { stepSchedule } from "./schedules.ts";
 *
 * const rate = stepSchedule({ initial: 0.1, drop: 0.5, every: 100 });
 * assert.equal(rate(0), 0.1);
 * assert.equal(rate(99), 0.1);
 * assert.equal(rate(100), 0.05);
 * assert.equal(rate(250), 0.025);
 * ```
 */
export function stepSchedule(options: StepScheduleOptions): LearningRateSchedule {
  const context = "Cannot make a step schedule";
  requireOptions(context, options, ["initial", "drop", "every"]);
  const { initial, drop = 0.5, every } = (options ?? {}) as StepScheduleOptions;
  requirePositive(context, "initial", initial);
  checkFactor(drop, "drop", context);
  requireInteger(context, "every", every);
  return (iteration) => {
    checkIteration(iteration);
    return initial * drop ** Math.floor(iteration / every);
  };
}

/**
 * Exponential decay: multiply the rate by `decay` after every update, `initial · decay^iteration`. A smooth
 * version of the step schedule; `decay` close to 1 (e.g. 0.999) makes it slow. Introduced in lesson 09.
 * @param options `initial`, `decay`.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exponentialSchedule } from "./schedules.ts";
 *
 * const rate = exponentialSchedule({ initial: 0.8, decay: 0.5 });
 * assert.deepEqual([0, 1, 2, 3].map(rate), [0.8, 0.4, 0.2, 0.1]);
 * ```
 */
export function exponentialSchedule(options: ExponentialScheduleOptions): LearningRateSchedule {
  const context = "Cannot make an exponential schedule";
  requireOptions(context, options, ["initial", "decay"]);
  const { initial, decay } = (options ?? {}) as ExponentialScheduleOptions;
  requirePositive(context, "initial", initial);
  checkFactor(decay, "decay", context);
  return (iteration) => {
    checkIteration(iteration);
    return initial * decay ** iteration;
  };
}

/**
 * Linear decay: the rate falls in a straight line from `initial` (update 0) to `final` (update `total`) and
 * stays there: `final + (initial − final) · (1 − t / total)`. Exactly `initial` at 0 and `final` from `total`
 * on; in between it never increases, even by a rounding error. Introduced in lesson 09.
 * @param options `initial`, `final` (0), `total`.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linearSchedule } from "./schedules.ts";
 *
 * const rate = linearSchedule({ initial: 0.75, final: 0.25, total: 100 });
 * assert.equal(rate(0), 0.75);
 * assert.equal(rate(50), 0.5);
 * assert.equal(rate(100), 0.25);
 * assert.equal(rate(500), 0.25);
 * ```
 */
export function linearSchedule(options: AnnealingScheduleOptions): LearningRateSchedule {
  const { initial, final, total } = annealing("Cannot make a linear schedule", options);
  return (iteration) => {
    checkIteration(iteration);
    if (iteration === 0) return initial;
    if (iteration >= total) return final;
    return Math.min(initial, final + (initial - final) * (1 - iteration / total));
  };
}

/**
 * Cosine annealing: the rate follows half a cosine wave from `initial` (update 0) down to `final` (update
 * `total`) and stays there — flat at the start, steepest in the middle, flat again at the end:
 * `final + (initial − final) · (1 + cos(π · t / total)) / 2`. Exactly `initial` at 0, `final` from `total` on,
 * and the midpoint `final + (initial − final) / 2` at `total / 2`; in between it never increases, even by a
 * rounding error. Introduced in lesson 09.
 * @param options `initial`, `final` (0), `total`.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cosineSchedule } from "./schedules.ts";
 *
 * const rate = cosineSchedule({ initial: 0.75, final: 0.25, total: 1000 });
 * assert.equal(rate(0), 0.75);
 * assert.equal(rate(500), 0.5);
 * assert.equal(rate(1000), 0.25);
 * assert.ok(rate(100) > rate(200) && rate(200) > rate(300));
 * ```
 */
export function cosineSchedule(options: AnnealingScheduleOptions): LearningRateSchedule {
  const { initial, final, total } = annealing("Cannot make a cosine schedule", options);
  return (iteration) => {
    checkIteration(iteration);
    if (iteration === 0) return initial;
    if (iteration >= total) return final;
    const c = (1 + Math.cos((Math.PI * iteration) / total)) / 2;
    return Math.min(initial, final + (initial - final) * c);
  };
}

/**
 * Linear warm-up in front of another schedule: for the first `steps` updates the rate climbs in equal steps,
 * `schedule(0) · (t + 1) / (steps + 1)`, from `schedule(0) / (steps + 1)` towards `schedule(0)`; from update
 * `steps` on, the wrapped schedule runs from its own start, `schedule(t − steps)`. So
 * `warmup(cosineSchedule({ initial, total }), { steps })` warms up for `steps` updates and then anneals over
 * `total` more. A gentle start keeps the first, large-gradient updates of a fresh model from overshooting. Introduced in lesson 09.
 * @param schedule The schedule to run after the warm-up.
 * @param options `steps`, the length of the warm-up.
 * @returns A {@linkcode LearningRateSchedule}.
 * @example Four updates of warm-up, then a constant 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { constantSchedule, warmup } from "./schedules.ts";
 *
 * const rate = warmup(constantSchedule({ initial: 1 }), { steps: 4 });
 * assert.deepEqual([0, 1, 2, 3, 4, 5].map(rate), [1 / 5, 2 / 5, 3 / 5, 4 / 5, 1, 1]);
 * ```
 */
export function warmup(schedule: LearningRateSchedule, options: WarmupOptions): LearningRateSchedule {
  const context = "Cannot add a warm-up";
  requireFunction(context, "schedule", schedule);
  requireOptions(context, options, ["steps"]);
  const { steps } = (options ?? {}) as WarmupOptions;
  requireInteger(context, "steps", steps);
  return (iteration) => {
    checkIteration(iteration);
    if (iteration < steps) return (schedule(0) * (iteration + 1)) / (steps + 1);
    return schedule(iteration - steps);
  };
}

// The checks both annealing schedules open with; `final` defaults to 0.
function annealing(context: string, options: AnnealingScheduleOptions): Required<AnnealingScheduleOptions> {
  const { initial, final = 0, total } = requireOptions(context, options, ["initial", "final", "total"]);
  requirePositive(context, "initial", initial);
  checkFinal(final, initial, context);
  return { initial, final, total: requireInteger(context, "total", total) };
}
