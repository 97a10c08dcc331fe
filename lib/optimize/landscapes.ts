/**
 * Two classic test functions for comparing optimizers: a narrow quadratic ravine and Rosenbrock's banana.
 * @module
 */

import { describe, requireFinite, requireOptions, requirePositive } from "../_validate.ts";

/** A function of two variables: `f` and `gradient` at `[x, y]`, `value(x, y)`, its `minimum` and value. */
export interface Landscape {
  name: string;
  f: (point: readonly number[]) => number;
  gradient: (point: readonly number[]) => number[];
  value: (x: number, y: number) => number;
  minimum: [number, number];
  minimumValue: number;
}

/** Options for {@linkcode ravine}: the coefficients of `x²` (0.1) and `y²` (2), each > 0. */
export interface RavineOptions {
  a?: number;
  b?: number;
}

/**
 * The ravine `f(x, y) = a·x² + b·y²`, by default 20 times steeper across the valley than along it; minimum 0
 * at the origin (lesson 08).
 * @param options `a` (0.1) and `b` (2).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ravine } from "./landscapes.ts";
 *
 * assert.deepEqual(ravine().gradient([1, 1]), [0.2, 4]);
 * ```
 */
export function ravine(options: RavineOptions = {}): Landscape {
  const context = "Cannot make the ravine";
  const { a = 0.1, b = 2 } = requireOptions(context, options, ["a", "b"]);
  requirePositive(context, "a", a);
  requirePositive(context, "b", b);
  const value = (x: number, y: number) => a * x * x + b * y * y;
  const gradient = (x: number, y: number) => [2 * a * x, 2 * b * y];
  return landscape(`ravine ${a}x² + ${b}y²`, value, gradient, [0, 0], context);
}

/** Options for {@linkcode rosenbrock}: where the valley bottoms out along `x` (1), steepness (100, > 0). */
export interface RosenbrockOptions {
  a?: number;
  b?: number;
}

/**
 * Rosenbrock's `f(x, y) = (a − x)² + b·(y − x²)²`: a valley along `y = x²`, easy to find, hard to follow to
 * its minimum 0 at `(a, a²)` (lesson 08).
 * @param options `a` (1) and `b` (100).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rosenbrock } from "./landscapes.ts";
 *
 * assert.equal(rosenbrock().f([1, 1]), 0);
 * ```
 */
export function rosenbrock(options: RosenbrockOptions = {}): Landscape {
  const context = "Cannot make the Rosenbrock function";
  const { a = 1, b = 100 } = requireOptions(context, options, ["a", "b"]);
  requireFinite(context, "a", a);
  requirePositive(context, "b", b);
  const value = (x: number, y: number) => (a - x) ** 2 + b * (y - x * x) ** 2;
  const gradient = (x: number, y: number) => [2 * (x - a) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)];
  return landscape(`Rosenbrock (${a} − x)² + ${b}(y − x²)²`, value, gradient, [a, a * a], context);
}

// A landscape from f(x, y) and its gradient; the point must be a pair [x, y].
function landscape(
  name: string,
  value: (x: number, y: number) => number,
  gradient: (x: number, y: number) => number[],
  minimum: [number, number],
  context: string,
): Landscape {
  const pair = (point: readonly number[]) => {
    if (!Array.isArray(point) || point.length !== 2) {
      throw new TypeError(
        `${context.replace("make", "evaluate")}: the point must be [x, y], got ${describe(point)}`,
      );
    }
    return point;
  };
  return {
    name,
    f: (point) => value(...pair(point) as [number, number]),
    gradient: (point) => gradient(...pair(point) as [number, number]),
    value,
    minimum,
    minimumValue: 0,
  };
}
