import {
  describe,
  plural,
  requireFinite,
  requireInteger,
  requireNonNegative,
  requireNumbers,
  requireRange,
} from "../_validate.ts";
import type { Matrix } from "../regression/matrix.ts";
import { createRandom } from "./random.ts";

/** A range `[low, high)` from which feature values are drawn uniformly. */
export type FeatureRange = readonly [low: number, high: number];

/** Options of {@linkcode makeLinearData}. */
export interface LinearDataOptions {
  /** Number of examples (rows), an integer >= 1. Defaults to 100. */
  m?: number;
  /** The true weights: a number for one feature, an array for several (one per feature). Defaults to 2. */
  w?: number | readonly number[];
  /** The true bias. Defaults to 1. */
  b?: number;
  /** Standard deviation of the Gaussian noise on each `y`; 0 puts points on the line. Defaults to 1. */
  noise?: number;
  /** Seed of the random stream (see `createRandom`). Defaults to 1. */
  seed?: number;
  /** Where `x` is drawn from: one `[low, high)` for all features, or one each. Defaults to `[0, 10]`. */
  xRange?: FeatureRange | readonly FeatureRange[];
  /** `true` to get `X` as a `Matrix` and `y` as a `Float64Array` (for big `m`). Defaults to false. */
  typed?: boolean;
}

/** Synthetic data as plain arrays: `m` rows of features and `m` targets. */
export interface LinearData {
  X: number[][];
  y: number[];
}

/** Synthetic data in the typed form of the fast regression path. */
export interface TypedLinearData {
  X: Matrix;
  y: Float64Array;
}

/**
 * Data on a known line (or plane) plus Gaussian noise, so a lesson can check that a fit recovers `w` and `b`:
 * `y[i] = X[i]·w + b + noise·z`, each `X[i][j]` uniform in `xRange`, `z` standard normal (lessons 09, 14).
 * @example 50 points around y = 3x + 4
 * ```ts
 * import assert from "node:assert/strict";
 * import { makeLinearData } from "./synthetic.ts";
 * assert.equal(makeLinearData({ m: 50, w: 3, b: 4, noise: 0.5, seed: 7 }).X.length, 50);
 * ```
 */
export function makeLinearData(options: LinearDataOptions & { typed: true }): TypedLinearData;
export function makeLinearData(options?: LinearDataOptions & { typed?: false }): LinearData;
export function makeLinearData(options?: LinearDataOptions): LinearData | TypedLinearData;
export function makeLinearData(options: LinearDataOptions = {}): LinearData | TypedLinearData {
  const context = "Cannot make linear data";
  const { m = 100, w = 2, b = 1, noise = 1, seed = 1, xRange = [0, 10], typed = false } = options;

  requireInteger(context, "m", m);
  const weights = requireNumbers(context, "w", typeof w === "number" ? [w] : w);
  const n = weights.length;
  requireFinite(context, "b", b);
  requireNonNegative(context, "noise", noise);
  const ranges = toRanges(context, xRange, n);
  const random = createRandom(seed); // validates the seed

  const data = new Float64Array(m * n);
  const targets = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const [low, high] = ranges[j];
      const x = low + (high - low) * random.uniform();
      data[i * n + j] = x;
      sum += x * weights[j];
    }
    const z = random.normal(); // drawn even when noise is 0, so X never depends on noise
    targets[i] = sum + b + noise * z;
  }

  if (typed) return { X: { rows: m, cols: n, data }, y: targets };
  const X = Array.from({ length: m }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)));
  return { X, y: Array.from(targets) };
}

/** One checked [low, high) per feature: `xRange` itself for every feature, or one range each. */
function toRanges(context: string, xRange: unknown, n: number): FeatureRange[] {
  if (Array.isArray(xRange) && xRange.length > 0 && !xRange.some(Array.isArray)) {
    return new Array(n).fill(requireRange(context, "xRange", xRange));
  }
  if (!Array.isArray(xRange) || xRange.length === 0 || !xRange.every(Array.isArray)) {
    throw new TypeError(
      `${context}: xRange must be [low, high] or one [low, high] per feature, got ${describe(xRange)}`,
    );
  }
  if (xRange.length !== n) {
    throw new RangeError(
      `${context}: xRange has ${plural(xRange.length, "range")} but w has ${plural(n, "weight")}`,
    );
  }
  return xRange.map((range, j) => requireRange(context, `xRange[${j}]`, range));
}
