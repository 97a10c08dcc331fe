/**
 * Random restarts (lesson 12): gradient descent from many seeded random starts, and the run that ended lowest.
 * @module
 */
import { describe, requireFunction, requireInteger, requireOptions, requireRange } from "../_validate.ts";
import { createRandom } from "../data/random.ts";
import {
  GRADIENT_DESCENT_OPTIONS,
  gradientDescent,
  type GradientDescentOptions,
  type GradientDescentResult,
} from "./gradient_descent.ts";

/** A closed interval `[low, high]` with `low < high`. */
export type Interval = readonly [low: number, high: number];

/** Options for {@linkcode randomRestarts}: `f` is required (it ranks the runs); the rest as gradient descent. */
export interface RandomRestartsOptions<X = number | number[]> extends GradientDescentOptions<X> {
  /** How many starts (and runs), an integer >= 1. Defaults to `10`. */
  starts?: number;
  /** Seed of the random starts (see `createRandom`). Defaults to `1`. */
  seed?: number;
}

/** One run: a gradient-descent result, with its random `start` and its final `value` (always present). */
export type RestartRun<X = number | number[]> = GradientDescentResult<X> & { start: X; value: number };

/** Every run in the order the starts were drawn, and the lowest that did not diverge (ties: the earlier). */
export interface RandomRestartsResult<X = number | number[]> {
  runs: RestartRun<X>[];
  best: RestartRun<X>;
  bestIndex: number;
}

const CONTEXT = "Cannot run random restarts";

/**
 * Runs {@linkcode gradientDescent} from `starts` points drawn uniformly from `domain` by `createRandom(seed)`,
 * ranked by `f` (required): each run rolls into its own basin; the lowest finds what one run may miss (lesson 12).
 * @param gradient The derivative (number domain) or gradient (one interval per coordinate).
 * @param domain `[low, high]`, or one `[low, high]` per coordinate.
 * @example Two minima of f(x) = x⁴ − 3x² + x
 * ```ts
 * import assert from "node:assert/strict";
 * import { randomRestarts } from "./restarts.ts";
 *
 * const f = (x: number) => x ** 4 - 3 * x ** 2 + x;
 * const found = randomRestarts((x) => 4 * x ** 3 - 6 * x + 1, [-2, 2], { f, starts: 8, seed: 3, tolerance: 1e-10 });
 * assert.ok(Math.abs(found.best.x + 1.3008) < 1e-3); // the global minimum
 * ```
 */
export function randomRestarts(
  gradient: (x: number) => number,
  domain: Interval,
  options: RandomRestartsOptions<number>,
): RandomRestartsResult<number>;
export function randomRestarts(
  gradient: (x: number[]) => number[],
  domain: readonly Interval[],
  options: RandomRestartsOptions<number[]>,
): RandomRestartsResult<number[]>;
export function randomRestarts(
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  domain: Interval | readonly Interval[],
  options: RandomRestartsOptions<number> | RandomRestartsOptions<number[]>,
): RandomRestartsResult {
  const { starts = 10, seed = 1, ...descent } = requireOptions(CONTEXT, options as RandomRestartsOptions, [
    "starts",
    "seed",
    ...GRADIENT_DESCENT_OPTIONS,
  ]);
  requireFunction(CONTEXT, "f", descent.f);
  requireInteger(CONTEXT, "starts", starts);
  const scalar = Array.isArray(domain) && typeof domain[0] === "number";
  const intervals = (scalar ? [domain] : domain) as Interval[];
  if (!Array.isArray(intervals) || intervals.length === 0) {
    throw new TypeError(
      `${CONTEXT}: domain must be [low, high], or one per coordinate, got ${describe(domain)}`,
    );
  }
  intervals.forEach((interval, i) => requireRange(CONTEXT, scalar ? "domain" : `domain[${i}]`, interval));
  const random = createRandom(seed);
  const descend = gradientDescent as (
    g: unknown,
    s: unknown,
    o: GradientDescentOptions,
  ) => GradientDescentResult;
  const runs = Array.from({ length: starts }, () => {
    const point = intervals.map(([low, high]) => random.uniform(low, high));
    const start = scalar ? point[0] : point;
    const run = descend(gradient, start, descent);
    return { ...run, start, value: run.value! };
  });
  const finished = runs.filter((run) => run.status !== "diverged");
  const best = (finished.length > 0 ? finished : runs).reduce((a, b) => (b.value < a.value ? b : a));
  return { runs, best, bestIndex: runs.indexOf(best) };
}
