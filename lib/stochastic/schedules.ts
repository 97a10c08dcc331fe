import {
  requireFunction,
  requireInteger,
  requireInterval,
  requireOptions,
  requirePositive,
} from "../_validate.ts";

/** A learning-rate schedule: a pure function from the update's index (0 for the first) to its rate. */
export type LearningRateSchedule = (iteration: number) => number;

/** Options of {@linkcode constantSchedule}: the rate of every update, > 0. */
export interface ConstantScheduleOptions {
  initial: number;
}

/** Options of {@linkcode stepSchedule}: `initial` (> 0), the factor `drop` in (0, 1] (0.5), `every` >= 1. */
export interface StepScheduleOptions {
  initial: number;
  drop?: number;
  every: number;
}

/** Options of {@linkcode exponentialSchedule}: the first rate (> 0) and `decay` per update, in (0, 1]. */
export interface ExponentialScheduleOptions {
  initial: number;
  decay: number;
}

/**
 * Options of {@linkcode linearSchedule} and {@linkcode cosineSchedule}: `initial` (> 0), the `final` rate in
 * [0, initial] (0), reached at update `total` (an integer >= 1) and kept after it.
 */
export interface AnnealingScheduleOptions {
  initial: number;
  final?: number;
  total: number;
}

/** Options of {@linkcode warmup}: how many updates the warm-up lasts, an integer >= 1. */
export interface WarmupOptions {
  steps: number;
}

// Every schedule is called with the index of an update: an integer >= 0.
function checked(rate: LearningRateSchedule): LearningRateSchedule {
  return (iteration) => rate(requireInteger("Cannot compute the learning rate", "iteration", iteration, 0));
}

/**
 * The same learning rate for every update: plain gradient descent, the baseline (lesson 09).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { constantSchedule } from "./schedules.ts";
 *
 * const rate = constantSchedule({ initial: 0.1 });
 * assert.equal(rate(1_000_000), 0.1);
 * ```
 */
export function constantSchedule(options: ConstantScheduleOptions): LearningRateSchedule {
  const context = "Cannot make a constant schedule";
  const { initial } = requireOptions(context, options, ["initial"]);
  requirePositive(context, "initial", initial);
  return checked(() => initial);
}

/**
 * Step decay, `initial · drop^⌊iteration / every⌋`: the rate is multiplied by `drop` every `every` updates (lesson 09).
 * @example Halve the rate every 100 updates
 * ```ts
 * import assert from "node:assert/strict";
 * import { stepSchedule } from "./schedules.ts";
 *
 * const rate = stepSchedule({ initial: 0.1, drop: 0.5, every: 100 });
 * assert.equal(rate(250), 0.025);
 * ```
 */
export function stepSchedule(options: StepScheduleOptions): LearningRateSchedule {
  const context = "Cannot make a step schedule";
  const { initial, drop = 0.5, every } = requireOptions(context, options, ["initial", "drop", "every"]);
  requirePositive(context, "initial", initial);
  requireInterval(context, "drop", drop, "(0, 1]");
  requireInteger(context, "every", every);
  return checked((iteration) => initial * drop ** Math.floor(iteration / every));
}

/**
 * Exponential decay, `initial · decay^iteration`: a smooth step schedule (lesson 09).
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
  const { initial, decay } = requireOptions(context, options, ["initial", "decay"]);
  requirePositive(context, "initial", initial);
  requireInterval(context, "decay", decay, "(0, 1]");
  return checked((iteration) => initial * decay ** iteration);
}

/**
 * Linear decay, `final + (initial − final) · (1 − t / total)`, then `final`: exactly `initial` at 0, never
 * increasing, even by a rounding error (lesson 09).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linearSchedule } from "./schedules.ts";
 *
 * const rate = linearSchedule({ initial: 0.75, final: 0.25, total: 100 });
 * assert.equal(rate(50), 0.5);
 * ```
 */
export function linearSchedule(options: AnnealingScheduleOptions): LearningRateSchedule {
  return annealing("Cannot make a linear schedule", options, (t, total) => 1 - t / total);
}

/**
 * Cosine annealing, `final + (initial − final) · (1 + cos(π · t / total)) / 2`, then `final`: flat at both
 * ends, steepest in the middle, never increasing (lesson 09).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cosineSchedule } from "./schedules.ts";
 *
 * const rate = cosineSchedule({ initial: 0.75, final: 0.25, total: 1000 });
 * assert.equal(rate(500), 0.5);
 * ```
 */
export function cosineSchedule(options: AnnealingScheduleOptions): LearningRateSchedule {
  return annealing(
    "Cannot make a cosine schedule",
    options,
    (t, total) => (1 + Math.cos((Math.PI * t) / total)) / 2,
  );
}

/**
 * Linear warm-up in front of `schedule`: `schedule(0) · (t + 1) / (steps + 1)` for the first `steps` updates,
 * then `schedule(t − steps)`; a gentle start keeps the first, large-gradient updates from overshooting (lesson 09).
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
  const { steps } = requireOptions(context, options, ["steps"]);
  requireInteger(context, "steps", steps);
  return checked((iteration) =>
    iteration < steps ? (schedule(0) * (iteration + 1)) / (steps + 1) : schedule(iteration - steps)
  );
}

// Both annealing schedules: `final + (initial − final) · share(t, total)`, exactly `initial` at 0, never increasing.
function annealing(
  context: string,
  options: AnnealingScheduleOptions,
  share: (t: number, total: number) => number,
): LearningRateSchedule {
  const { initial, final = 0, total } = requireOptions(context, options, ["initial", "final", "total"]);
  requirePositive(context, "initial", initial);
  requireInterval(context, "final", final, `[0, ${initial}]`);
  requireInteger(context, "total", total);
  return checked((t) => {
    if (t === 0) return initial;
    if (t >= total) return final;
    return Math.min(initial, final + (initial - final) * share(t, total));
  });
}
