import { describe, requireFinite, requireInteger, requireNonNegative } from "../_validate.ts";
/** A seeded stream of pseudo-random numbers: the same seed gives the same stream, so reruns match. */
export interface Random {
  /** A number drawn uniformly from `[min, max)`; defaults to `[0, 1)`. */
  uniform(min?: number, max?: number): number;
  /** A number drawn from the normal (Gaussian) distribution; `mean` defaults to 0, `sd` (>= 0) to 1. */
  normal(mean?: number, sd?: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it; allocates nothing. */
  shuffleInPlace<T extends { length: number; [index: number]: unknown }>(items: T): T;
  /** The numbers `0 … n − 1` in a random order, e.g. an order in which to visit rows. */
  permutation(n: number): number[];
}

const TWO_POW_32 = 4294967296;

/**
 * Creates a seeded pseudo-random generator (sfc32); `seed` is an integer from 0 to 2³² − 1. Lesson 02 on.
 * @example Same seed, same numbers
 * ```ts
 * import assert from "node:assert/strict";
 * import { createRandom } from "./random.ts";
 * assert.equal(createRandom(42).uniform(), createRandom(42).uniform());
 * ```
 */
export function createRandom(seed: number): Random {
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32) {
    throw new TypeError(
      `Cannot create a random generator: seed must be an integer from 0 to 4294967295, got ${describe(seed)}`,
    );
  }

  // splitmix32: spreads the seed's bits over the generator's state.
  let mix = seed | 0;
  const splitmix32 = (): number => {
    mix = (mix + 0x9e3779b9) | 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = 1; // sfc32's counter

  // sfc32: the next 32 random bits, as an unsigned integer.
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next32(); // let the state mix before the first draw

  const unit = (): number => next32() / TWO_POW_32; // [0, 1)
  let spareNormal: number | undefined;

  const random: Random = {
    uniform(min = 0, max = 1) {
      const context = "Cannot draw a uniform number";
      requireFinite(context, "min", min);
      requireFinite(context, "max", max);
      if (!(max > min)) throw new RangeError(`${context}: max must be > min, got min ${min} and max ${max}`);
      const x = min + (max - min) * unit();
      return x < max ? x : min; // rounding can land on max for some ranges; keep the promise of [min, max)
    },
    normal(mean = 0, sd = 1) {
      const context = "Cannot draw a normal number";
      requireFinite(context, "mean", mean);
      requireNonNegative(context, "sd", sd);
      let z: number;
      if (spareNormal !== undefined) {
        z = spareNormal;
        spareNormal = undefined;
      } else {
        const u1 = 1 - unit(); // in (0, 1], so the logarithm is finite
        const u2 = unit();
        const radius = Math.sqrt(-2 * Math.log(u1));
        z = radius * Math.cos(2 * Math.PI * u2);
        spareNormal = radius * Math.sin(2 * Math.PI * u2);
      }
      return mean + sd * z;
    },
    shuffleInPlace(items) {
      if (typeof items !== "object" || items === null || typeof items.length !== "number") {
        throw new TypeError(`Cannot shuffle: items must be an array or typed array, got ${describe(items)}`);
      }
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor((i + 1) * unit());
        const held = items[i];
        items[i] = items[j];
        items[j] = held;
      }
      return items;
    },
    permutation(n) {
      requireInteger("Cannot make a permutation", "n", n, 0);
      const order = new Array<number>(n);
      for (let i = 0; i < n; i++) order[i] = i;
      return random.shuffleInPlace(order);
    },
  };
  return random;
}
