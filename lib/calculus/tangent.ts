/**
 * The tangent line of a function at a point.
 * @module
 */

import { requireFinite, requireFunction } from "../_validate.ts";
import { differenceOptions, evaluateFinite } from "./_evaluate.ts";
import { numericalDerivative } from "./derivative.ts";

/**
 * Options for {@linkcode tangentLine}: the exact `derivative` if known (else the slope is a central
 * difference with step `h`, default `1e-4`).
 */
export interface TangentLineOptions {
  derivative?: (x: number) => number;
  h?: number;
}

/**
 * The tangent line `g(x) = slope · (x − x0) + y0` of a function at `x0`; `at(x)` evaluates it (a standalone
 * function, so `xs.map(line.at)` works).
 */
export interface TangentLine {
  readonly x0: number;
  readonly y0: number;
  readonly slope: number;
  readonly at: (x: number) => number;
}

/**
 * Builds the tangent line of `f` at `x0`, `g(x) = f'(x0)(x − x0) + f(x0)`: the straight line that touches the
 * curve at `x0` with the same slope. Its slope's sign says which way is downhill. Introduced in lesson 02.
 * @param f A function of one number, finite near `x0`.
 * @param x0 The point of tangency, a finite number.
 * @param options `derivative` (exact `f'`; default: none, estimate by central difference) and `h` (default
 *   `1e-4`); see {@linkcode TangentLineOptions}.
 * @returns A {@linkcode TangentLine} `{ x0, y0, slope, at }`.
 * @example Tangent of f(x) = 2x² − 3x + 4 at x0 = 2
 * ```ts
 * import assert from "node:assert/strict";
 * import { tangentLine } from "./tangent.ts";
 *
 * const f = (x: number) => 2 * x ** 2 - 3 * x + 4;
 * const line = tangentLine(f, 2, { derivative: (x) => 4 * x - 3 });
 * assert.deepEqual([line.x0, line.y0, line.slope], [2, 6, 5]);
 * assert.equal(line.at(3), 11); // 5 · (3 − 2) + 6
 * assert.deepEqual([1, 2].map(line.at), [1, 6]);
 * // Without the exact derivative, the slope is estimated.
 * assert.ok(Math.abs(tangentLine(f, 2).slope - 5) < 1e-8);
 * ```
 */
export function tangentLine(
  f: (x: number) => number,
  x0: number,
  options: TangentLineOptions = {},
): TangentLine {
  const context = "Cannot build the tangent line";
  const { derivative, h } = differenceOptions(context, f, options, ["derivative", "h"]);
  requireFinite(context, "x0", x0);
  if (derivative !== undefined) requireFunction(context, "derivative", derivative);

  const y0 = evaluateFinite(f, x0, context);
  let slope: number;
  if (derivative === undefined) {
    slope = numericalDerivative(f, x0, { h, method: "central" });
  } else {
    slope = requireFinite(context, `derivative(${x0})`, derivative(x0));
  }
  const at = (x: number): number => {
    requireFinite("Cannot evaluate the tangent line", "x", x);
    return slope * (x - x0) + y0;
  };
  return { x0, y0, slope, at };
}
