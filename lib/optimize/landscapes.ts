/**
 * Two classic test functions of two variables for comparing optimizers: an ill-conditioned ravine (a long,
 * narrow quadratic valley) and Rosenbrock's curved banana valley.
 * @module
 */

import { describe, requireFinite, requireOptions, requirePositive } from "../_validate.ts";

/** A function of two variables with its gradient and its minimum, for optimizers and contour plots. */
export interface Landscape {
  /** A short name with the constants, e.g. `"ravine 0.1x² + 2y²"`. */
  name: string;
  /** The function at `[x, y]`. */
  f: (point: readonly number[]) => number;
  /** The gradient `[∂f/∂x, ∂f/∂y]` at `[x, y]`, a new array. */
  gradient: (point: readonly number[]) => number[];
  /** The same function with two arguments, the form contour plots take. */
  value: (x: number, y: number) => number;
  /** Where the minimum is. */
  minimum: [number, number];
  /** The value at the minimum. */
  minimumValue: number;
}

/** Options for {@linkcode ravine}. */
export interface RavineOptions {
  /** The coefficient of `x²`, a finite number > 0. Defaults to `0.1`. */
  a?: number;
  /** The coefficient of `y²`, a finite number > 0. Defaults to `2`. */
  b?: number;
}

/**
 * The ravine `f(x, y) = a·x² + b·y²`: a quadratic bowl with curvature `2a` along `x` and `2b` along `y`, so
 * with the defaults (`0.1x² + 2y²`) it is 20 times steeper across the valley than along it — a condition
 * number of `b/a = 20`. Gradient `[2a·x, 2b·y]`; minimum 0 at the origin. Introduced in lesson 08.
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
  requireOptions(context, options, ["a", "b"]);
  const { a = 0.1, b = 2 } = options;
  requirePositive(context, "a", a);
  requirePositive(context, "b", b);
  const value = (x: number, y: number) => a * x * x + b * y * y;
  return {
    name: `ravine ${a}x² + ${b}y²`,
    f: (point) => value(pointX(point, context), pointY(point)),
    gradient: (point) => [2 * a * pointX(point, context), 2 * b * pointY(point)],
    value,
    minimum: [0, 0],
    minimumValue: 0,
  };
}

/** Options for {@linkcode rosenbrock}. */
export interface RosenbrockOptions {
  /** Where the valley bottoms out along `x`, a finite number. Defaults to `1`. */
  a?: number;
  /** The steepness of the valley's walls, a finite number > 0. Defaults to `100`. */
  b?: number;
}

/**
 * Rosenbrock's function `f(x, y) = (a − x)² + b·(y − x²)²`: a narrow valley that follows the parabola
 * `y = x²` and bends, with walls `b` times steeper than its floor. Easy to find, hard to follow to its
 * minimum 0 at `(a, a²)`. Gradient `[2(x − a) − 4b·x·(y − x²), 2b·(y − x²)]`. Introduced in lesson 08.
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
 * assert.equal(banana.f([0, 0]), 1);
 * ```
 */
export function rosenbrock(options: RosenbrockOptions = {}): Landscape {
  const context = "Cannot make the Rosenbrock function";
  requireOptions(context, options, ["a", "b"]);
  const { a = 1, b = 100 } = options;
  requireFinite(context, "a", a);
  requirePositive(context, "b", b);
  const value = (x: number, y: number) => (a - x) ** 2 + b * (y - x * x) ** 2;
  return {
    name: `Rosenbrock (${a} − x)² + ${b}(y − x²)²`,
    f: (point) => value(pointX(point, context), pointY(point)),
    gradient: (point) => {
      const x = pointX(point, context);
      const y = pointY(point);
      return [2 * (x - a) - 4 * b * x * (y - x * x), 2 * b * (y - x * x)];
    },
    value,
    minimum: [a, a * a],
    minimumValue: 0,
  };
}

// The point must be a pair [x, y]; optimizers pass arrays of finite numbers, so only the shape is checked.
function pointX(point: readonly number[], context: string): number {
  if (!Array.isArray(point) || point.length !== 2) {
    throw new TypeError(
      `${context.replace("make", "evaluate")}: the point must be [x, y], got ${describe(point)}`,
    );
  }
  return point[0];
}

function pointY(point: readonly number[]): number {
  return point[1];
}
