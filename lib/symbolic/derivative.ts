import { describe } from "../_validate.ts";
import { checkVariableName, differentiate, parseExpression, scalarFunction } from "./_expression.ts";

/** A derivative as simplified `text` (e.g. `"4 * x - 3"`) and compiled as `evaluate`. */
export interface SymbolicDerivative {
  readonly text: string;
  readonly evaluate: (x: number) => number;
}

/**
 * Differentiates an expression exactly with mathjs and compiles the result: `jax.grad`'s part in lesson 04.
 * @param expression In mathjs syntax, e.g. `"2x^2 - 3x + 4"` (`^`, implicit products, `exp`, `log`, `pi`, …).
 * @param variable Defaults to `"x"`; other names must be constants such as `pi` (else {@linkcode partialDerivatives}).
 * @example Seed 000's f(x) = 2x² − 3x + 4
 * ```ts
 * import assert from "node:assert/strict";
 * import { symbolicDerivative } from "./derivative.ts";
 *
 * assert.equal(symbolicDerivative("2x^2 - 3x + 4").text, "4 * x - 3");
 * ```
 */
export function symbolicDerivative(expression: string, variable = "x"): SymbolicDerivative {
  checkVariableName(variable, `Cannot differentiate ${describe(expression)}`);
  const context = `Cannot differentiate ${describe(expression)} with respect to ${variable}`;
  const node = parseExpression(expression, [variable], context);
  const derivative = differentiate(node, variable, context);
  const text = derivative.toString();
  const what = `the derivative ${describe(text)} of ${describe(expression)}`;
  return { text, evaluate: scalarFunction(derivative, variable, what) };
}
