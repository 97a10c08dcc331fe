/**
 * Two classic test functions for comparing optimizers: a narrow quadratic ravine and Rosenbrock's banana.
 * @module
 */
import { describe, requireOptions, requirePositive } from "../_validate.ts";

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

/**
 * Rosenbrock's `f(x, y) = (1 − x)² + 100·(y − x²)²`: a valley along `y = x²`, easy to find, hard to follow
 * to its minimum 0 at `(1, 1)` (lessons 06, 08, 13).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rosenbrock } from "./landscapes.ts";
 *
 * assert.equal(rosenbrock().f([1, 1]), 0);
 * ```
 */
export function rosenbrock(): Landscape {
  const value = (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  const gradient = (x: number, y: number) => [2 * (x - 1) - 400 * x * (y - x * x), 200 * (y - x * x)];
  const name = "Rosenbrock (1 − x)² + 100(y − x²)²";
  return landscape(name, value, gradient, [1, 1], "Cannot make the Rosenbrock function");
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
