/**
 * Two classic test functions of two variables for comparing optimizers: an ill-conditioned ravine (a long,
 * narrow quadratic valley) and Rosenbrock's curved banana valley.
 * @module
 */

import { describe, requireFinite, requireOptions, requirePositive } from "../_validate.ts";

/**
 * A function of two variables for optimizers and contour plots: its `name`, `f` and `gradient` at `[x, y]`,
 * the
 * same function as `value(x, y)`, and where its `minimum` is, with the `minimumValue` there.
 */
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
 * The ravine `f(x, y) = a·x² + b·y²`: with the defaults (`0.1x² + 2y²`) 20 times steeper across the valley
 * than
 * along it. Minimum 0 at the origin. Introduced in lesson 08.
 * @param options `a` (0.1) and `b` (2).
 * @returns The {@linkcode Landscape}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ravine } from "./landscapes.ts";
 *
 * const valley = ravine();
 * assert.equal(valley.f([1, 1]), 2.1);
 * assert.deepEqual(valley.gradient([1, 1]), [0.2, 4]);
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

/**
 * Options for {@linkcode rosenbrock}: where the valley bottoms out along `x` (1), and its steepness (100, >
 * 0).
 */
export interface RosenbrockOptions {
  a?: number;
  b?: number;
}

/**
 * Rosenbrock's function `f(x, y) = (a − x)² + b·(y − x²)²`: a narrow valley along the parabola `y = x²`, easy
 * to
 * find, hard to follow to its minimum 0 at `(a, a²)`. Introduced in lesson 08.
 * @param options `a` (1) and `b` (100).
 * @returns The {@linkcode Landscape}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rosenbrock } from "./landscapes.ts";
 *
 * const banana = rosenbrock();
 * assert.equal(banana.f([1, 1]), 0);
 * assert.deepEqual(banana.gradient([1, 1]), [0, 0]);
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

// A landscape from f(x, y) and its gradient; the point must be a pair [x, y] (optimizers pass finite
// numbers).
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
