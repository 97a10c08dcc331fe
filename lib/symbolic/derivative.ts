/**
 * Exact derivatives of expression texts, the project's stand-in for `jax.grad`.
 * @module
 */

import { describe } from "../_validate.ts";
import { checkVariableName, differentiate, parseExpression, scalarFunction } from "./_expression.ts";

/**
 * The derivative of an expression of one variable: as mathjs prints it simplified (`text`, e.g.
 * `"4 * x - 3"`), as LaTeX (`tex`), and compiled once (`evaluate(x)` returns `f'(x)`, a finite number, or
 * throws
 * a `RangeError` naming the expression and the point).
 */
export interface SymbolicDerivative {
  readonly expression: string;
  readonly variable: string;
  readonly text: string;
  readonly tex: string;
  readonly evaluate: (x: number) => number;
}

/**
 * Differentiates an expression exactly, by the rules of calculus (with mathjs), and compiles the result: the
 * part of `jax.grad` in lesson 04.
 * @param expression The expression text in mathjs syntax, e.g. `"2x^2 - 3x + 4"` (`^` for powers, implicit
 *   products, `exp`, `log`, `sin`, `pi`, `e`, …).
 * @param variable The variable to differentiate with respect to. Defaults to `"x"`; every other name in the
 *   expression must be a numeric constant such as `pi` (for several variables use {@linkcode
 *   partialDerivatives}).
 * @returns A {@linkcode SymbolicDerivative} `{ expression, variable, text, tex, evaluate }`.
 * @example Seed 000's f(x) = 2x² − 3x + 4, and seed 003's f(w) = w² + 3w − 5
 * ```ts
 * import assert from "node:assert/strict";
 * import { symbolicDerivative } from "./derivative.ts";
 *
 * const slope = symbolicDerivative("2x^2 - 3x + 4");
 * assert.equal(slope.text, "4 * x - 3");
 * assert.equal(slope.evaluate(2), 5);
 *
 * const df = symbolicDerivative("w^2 + 3w - 5", "w");
 * assert.equal(df.text, "2 * w + 3");
 * let w = -10;
 * for (let i = 0; i < 1000; i++) w = w - df.evaluate(w) * 0.01;
 * assert.equal(w, -1.5000000143052226);
 * ```
 */
export function symbolicDerivative(expression: string, variable = "x"): SymbolicDerivative {
  checkVariableName(variable, `Cannot differentiate ${describe(expression)}`);
  const context = `Cannot differentiate ${describe(expression)} with respect to ${variable}`;
  const node = parseExpression(expression, [variable], context);
  const derivative = differentiate(node, variable, context);
  const text = derivative.toString();
  return {
    expression,
    variable,
    text,
    tex: derivative.toTex(),
    evaluate: scalarFunction(
      derivative,
      variable,
      `the derivative ${describe(text)} of ${describe(expression)}`,
    ),
  };
}
