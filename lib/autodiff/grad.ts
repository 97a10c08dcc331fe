/**
 * Turn a function written with {@linkcode Value}s into one that returns its gradient, like `jax.grad`.
 * @module
 */

import { describe, requireFinite, requireFunction, requireNumbers } from "../_validate.ts";
import { Value } from "./value.ts";

/** A function's value `f(x)` and its gradient (`∂f/∂x[i]` at index `i`), from {@linkcode valueAndGrad}. */
export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

/**
 * Given `f` written with `Value` arithmetic, returns `x ↦ { value, gradient }`, by one forward and one
 * backward pass (lesson 11).
 * @param f One `Value` per variable in, a `Value` computed from them out, e.g. `(w, b) => w.mul(2).add(b)`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { valueAndGrad } from "./grad.ts";
 *
 * const f = valueAndGrad((x, y) => x.mul(y).add(y.exp()));
 * assert.deepEqual(f([2, 0]).gradient, [0, 3]); // ∂/∂x = y, ∂/∂y = x + e^y
 * ```
 */
export function valueAndGrad(f: (...xs: Value[]) => Value): (x: readonly number[]) => ValueAndGradient {
  const context = "Cannot compute the gradient";
  requireFunction(context, "f", f);
  return (x: readonly number[]): ValueAndGradient => {
    requireNumbers(context, "x", x);
    // f.length counts the declared parameters (0 for `...xs`, which takes any number).
    if (f.length > 0 && x.length !== f.length) {
      throw new RangeError(`${context}: f takes ${f.length} values but x has ${x.length}, ${describe(x)}`);
    }
    const inputs = x.map((xi, i) => new Value(xi, { label: `x[${i}]` }));
    const output: unknown = f(...inputs);
    if (!(output instanceof Value)) {
      throw new TypeError(
        `${context}: f must return a Value computed from its arguments (e.g. a.mul(b)), got ${
          describe(output)
        }`,
      );
    }
    output.backward();
    return { value: output.data, gradient: inputs.map((input) => input.grad) };
  };
}

/**
 * Given `f` written with `Value` arithmetic, returns `x ↦ ∇f(x)`, every partial derivative (`jax.grad` gives
 * only the first argument's), in the shape `gradientDescent` expects (lesson 11).
 * @example Seed 000's three variables: y = 2(3a² − 2a + b² + 1) + c
 * ```ts
 * import assert from "node:assert/strict";
 * import { grad } from "./grad.ts";
 *
 * const dy = grad((a, b, c) => a.pow(2).mul(3).sub(a.mul(2)).add(b.pow(2)).add(1).mul(2).add(c));
 * assert.deepEqual(dy([1, 1, 1]), [8, 4, 1]); // 12a − 4, 4b, 1
 * ```
 */
export function grad(f: (...xs: Value[]) => Value): (x: readonly number[]) => number[] {
  const both = valueAndGrad(f);
  return (x: readonly number[]): number[] => both(x).gradient;
}

/**
 * Given `f` of one `Value`, returns `x ↦ f'(x)` on plain numbers: `jax.grad` for one variable (lesson 11).
 * @example Seed 003's f(w) = w² + 3w − 5
 * ```ts
 * import assert from "node:assert/strict";
 * import { derivative } from "./grad.ts";
 *
 * const df = derivative((w) => w.pow(2).add(w.mul(3)).sub(5));
 * assert.equal(df(10), 23); // 2w + 3
 * ```
 */
export function derivative(f: (x: Value) => Value): (x: number) => number {
  const context = "Cannot compute the derivative";
  requireFunction(context, "f", f);
  const both = valueAndGrad(f);
  return (x: number): number => {
    requireFinite(context, "x", x);
    return both([x]).gradient[0];
  };
}
