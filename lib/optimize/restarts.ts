/**
 * Random restarts: gradient descent from several seeded random starting points, keeping every run and the best.
 *
 * @module
 */

import { describe, requireFinite, requireFunction, requireInteger, requireOptions } from "../_validate.ts";
import { createRandom } from "../data/random.ts";
import {
  gradientDescent,
  type GradientDescentOptions,
  type GradientDescentResult,
} from "./gradient_descent.ts";

/** A range `[low, high]` with `low < high`. */
export type Interval = readonly [low: number, high: number];

/** Options for {@linkcode randomRestarts}: where and how many starts, plus any {@linkcode gradientDescent} option but `f`. */
export interface RandomRestartsOptions<X extends number | number[] = number | number[]>
  extends Omit<GradientDescentOptions<X>, "f"> {
  /**
   * Where the starts are drawn from, uniformly: `[low, high]` for a function of a number, or one `[low, high]`
   * per coordinate for a function of a vector. Required.
   */
  domain: X extends number ? Interval : readonly Interval[];
  /** How many starts (and runs), an integer >= 1. Defaults to `10`. */
  starts?: number;
  /** Seed of the random starts (see `createRandom`), an integer in `[0, 2³²)`. Defaults to `1`. */
  seed?: number;
}

/** One run of {@linkcode randomRestarts}: a gradient-descent result plus where it started and where it ended up. */
export interface RestartRun<X extends number | number[] = number | number[]>
  extends GradientDescentResult<X> {
  /** The random starting point. */
  start: X;
  /** `f(x)` at the final point (always present: `f` is given). */
  value: number;
}

/** What {@linkcode randomRestarts} returns. */
export interface RandomRestartsResult<X extends number | number[] = number | number[]> {
  /** Every run, in the order the starts were drawn. */
  runs: RestartRun<X>[];
  /**
   * The run that ended lowest: the smallest `value` among the runs that did not diverge (among all runs only
   * when every run diverged). Ties go to the earlier run.
   */
  best: RestartRun<X>;
  /** The index of `best` in `runs`. */
  bestIndex: number;
}

const CONTEXT = "Cannot run random restarts";
const OWN_OPTIONS = ["domain", "starts", "seed"];
const DESCENT_OPTIONS = [
  "learningRate",
  "maxIterations",
  "tolerance",
  "rule",
  "onIteration",
  "recordHistory",
  "divergenceBound",
  "overshootPatience",
];

/**
 * Runs {@linkcode gradientDescent} from `starts` points drawn uniformly at random from `domain` with a seeded
 * generator, and returns every run plus the one that ended lowest. On a landscape with several minima, each
 * run rolls into the basin it started in; many starts find several minima, and the best of them is the
 * answer one run alone might miss. The same seed gives the same starts and so the same runs. Introduced in
 * lesson 12.
 *
 * The starts are drawn start by start, coordinate by coordinate, from `createRandom(seed).uniform(low, high)`.
 *
 * @param f The function to minimize (it ranks the runs; it is also passed to `gradientDescent` as `f`, so
 *   every history entry records its value).
 * @param gradient Its derivative (for a number) or gradient (for a vector).
 * @param options `domain` (required), `starts` (10), `seed` (1), and any {@linkcode GradientDescentOptions}
 *   but `f`: `learningRate` (0.01), `maxIterations` (1000), `tolerance` (0), …
 * @returns A {@linkcode RandomRestartsResult} `{ runs, best, bestIndex }`.
 * @throws {TypeError} If `f` or `gradient` is not a function, an option is unknown or has the wrong type, or
 *   `domain` is missing or not `[low, high]` (one per coordinate for vectors), or `seed` is not an integer in
 *   `[0, 2³²)`.
 * @throws {RangeError} If `starts` is not an integer >= 1, a bound of `domain` is not finite or `low >= high`,
 *   a descent option is invalid, or `f` or the gradient is not finite at a start.
 * @example Two minima of f(x) = x⁴ − 3x² + x
 * ```ts
 * import assert from "node:assert/strict";
 * import { randomRestarts } from "./restarts.ts";
 *
 * const f = (x: number) => x ** 4 - 3 * x ** 2 + x;
 * const gradient = (x: number) => 4 * x ** 3 - 6 * x + 1;
 * const found = randomRestarts(f, gradient, { domain: [-2, 2], starts: 8, seed: 3, tolerance: 1e-10 });
 * assert.equal(found.runs.length, 8);
 * const ends = found.runs.map((run) => run.x);
 * assert.ok(ends.some((x) => x < 0) && ends.some((x) => x > 0)); // both basins were found
 * assert.ok(Math.abs(found.best.x + 1.3008) < 1e-3); // the global minimum, left
 * ```
 */
export function randomRestarts(
  f: (x: number) => number,
  gradient: (x: number) => number,
  options: RandomRestartsOptions<number>,
): RandomRestartsResult<number>;
/**
 * Random restarts on a function of a vector; see the overload for numbers.
 *
 * @param f The function to minimize, of an array.
 * @param gradient Its gradient, an array of the same length.
 * @param options `domain` (one `[low, high]` per coordinate), `starts` (10), `seed` (1), and descent options.
 * @returns A {@linkcode RandomRestartsResult} whose points are arrays.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { randomRestarts } from "./restarts.ts";
 *
 * // f(x, y) = (x² − 1)² + y²: minima at (−1, 0) and (1, 0).
 * const f = ([x, y]: number[]) => (x * x - 1) ** 2 + y * y;
 * const gradient = ([x, y]: number[]) => [4 * x * (x * x - 1), 2 * y];
 * const found = randomRestarts(f, gradient, { domain: [[-2, 2], [-1, 1]], starts: 6, learningRate: 0.05 });
 * assert.equal(found.runs[0].start.length, 2);
 * assert.ok(found.best.value < 1e-9);
 * ```
 */
export function randomRestarts(
  f: (x: number[]) => number,
  gradient: (x: number[]) => number[],
  options: RandomRestartsOptions<number[]>,
): RandomRestartsResult<number[]>;
export function randomRestarts(
  f: ((x: number) => number) | ((x: number[]) => number),
  gradient: ((x: number) => number) | ((x: number[]) => number[]),
  options: RandomRestartsOptions<number> | RandomRestartsOptions<number[]>,
): RandomRestartsResult<number> | RandomRestartsResult<number[]> {
  requireFunction(CONTEXT, "f", f);
  requireFunction(CONTEXT, "gradient", gradient);
  if (options === undefined) {
    throw new TypeError(`${CONTEXT}: options with a domain are required, got undefined`);
  }
  requireOptions(CONTEXT, options, [...OWN_OPTIONS, ...DESCENT_OPTIONS]);
  const { domain, starts = 10, seed = 1, ...descentOptions } = options as RandomRestartsOptions;
  requireInteger(CONTEXT, "starts", starts);
  const scalar = isInterval(domain);
  const intervals = scalar ? [domain] : checkIntervals(domain);
  intervals.forEach((interval, i) => checkInterval(interval, scalar ? "domain" : `domain[${i}]`));
  const random = createRandom(seed); // validates the seed

  const runs: RestartRun[] = [];
  for (let k = 0; k < starts; k++) {
    const point = intervals.map(([low, high]) => random.uniform(low, high));
    const start = scalar ? point[0] : point;
    // gradientDescent validates the descent options (and f and the gradient at the start) on the first run.
    const run = (gradientDescent as (
      g: unknown,
      s: unknown,
      o: GradientDescentOptions,
    ) => GradientDescentResult)(gradient, start, {
      ...descentOptions,
      f: f as (x: number | number[]) => number,
    });
    // value is present because f was given.
    runs.push({ ...run, start, value: run.value! });
  }

  let bestIndex = -1;
  for (let k = 0; k < runs.length; k++) {
    if (runs[k].status === "diverged") continue;
    if (bestIndex === -1 || runs[k].value < runs[bestIndex].value) bestIndex = k;
  }
  if (bestIndex === -1) {
    bestIndex = 0;
    for (let k = 1; k < runs.length; k++) if (runs[k].value < runs[bestIndex].value) bestIndex = k;
  }
  return { runs, best: runs[bestIndex], bestIndex } as
    | RandomRestartsResult<number>
    | RandomRestartsResult<number[]>;
}

function isInterval(value: unknown): value is Interval {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === "number" &&
    typeof value[1] === "number";
}

function checkIntervals(domain: unknown): Interval[] {
  if (!Array.isArray(domain) || domain.length === 0 || !domain.every(isInterval)) {
    throw new TypeError(
      `${CONTEXT}: domain must be [low, high], or one [low, high] per coordinate, got ${describe(domain)}`,
    );
  }
  return domain;
}

function checkInterval([low, high]: Interval, name: string): void {
  requireFinite(CONTEXT, `${name}[0]`, low);
  requireFinite(CONTEXT, `${name}[1]`, high);
  if (!(low < high)) throw new RangeError(`${CONTEXT}: ${name} must have low < high, got [${low}, ${high}]`);
}
