import { evaluate, requireFinite, requireFunction } from "../_validate.ts";
import { differenceOptions } from "./_evaluate.ts";
import { numericalDerivative } from "./derivative.ts";

/** Options for {@linkcode tangentLine}: the exact `derivative`, else a central difference with `h` (1e-4). */
export interface TangentLineOptions {
  derivative?: (x: number) => number;
  h?: number;
}

/** The tangent line `g(x) = slope · (x − x0) + y0`; `at` stands alone, so `xs.map(line.at)` works. */
export interface TangentLine {
  readonly x0: number;
  readonly y0: number;
  readonly slope: number;
  readonly at: (x: number) => number;
}

/**
 * The tangent `g(x) = f'(x0)(x − x0) + f(x0)` of `f` at `x0`; its slope's sign says which way is downhill (lesson 02).
 * @example Tangent of f(x) = 2x² − 3x + 4 at x0 = 2
 * ```ts
 * import assert from "node:assert/strict";
 * import { tangentLine } from "./tangent.ts";
 *
 * const line = tangentLine((x) => 2 * x ** 2 - 3 * x + 4, 2, { derivative: (x) => 4 * x - 3 });
 * assert.equal(line.at(3), 11); // 5 · (3 − 2) + 6
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

  const y0 = evaluate(context, "f", f, x0);
  const slope = derivative === undefined
    ? numericalDerivative(f, x0, { h, method: "central" })
    : evaluate(context, "derivative", derivative, x0);
  const at = (x: number): number => {
    requireFinite("Cannot evaluate the tangent line", "x", x);
    return slope * (x - x0) + y0;
  };
  return { x0, y0, slope, at };
}
