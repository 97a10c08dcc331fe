/**
 * Turn an expression text such as `"2x^2 - 3x + 4"` into a plain, fast TypeScript function.
 * @module
 */

import { describe } from "../_validate.ts";
import {
  checkVariableName,
  checkVariables,
  parseExpression,
  scalarFunction,
  type VectorFunction,
  vectorFunction,
} from "./_expression.ts";

export type { VectorFunction };

/**
 * Compiles an expression of one variable into a function `(x: number) => number`. The text is parsed and
 * compiled once, here; each call only evaluates. Introduced in lesson 04.
 * @param expression The expression text, e.g. `"w^2 + 3w - 5"`.
 * @param variable The name of its variable. Defaults to `"x"`.
 * @returns A function of the variable's value that returns a finite number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileExpression } from "./compile.ts";
 *
 * const f = compileExpression("w^2 + 3w - 5", "w");
 * assert.equal(f(-1.5), -7.25);
 * assert.throws(() => compileExpression("w^2 + 3w - 5"), /unknown variable w/);
 * ```
 */
export function compileExpression(expression: string, variable?: string): (x: number) => number;
/**
 * Compiles an expression of several variables into a function that takes their values as an array (in the
 * order of `variables`) or as an object keyed by name. Introduced in lesson 04.
 * @param expression The expression text, e.g. `"2*(3a^2 - 2a + b^2 + 1) + c"`.
 * @param variables The names of its variables, in the order array arguments use.
 * @returns A function of the variables' values that returns a finite number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileExpression } from "./compile.ts";
 *
 * const y = compileExpression("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"]);
 * assert.equal(y([1, 1, 1]), 7);
 * assert.equal(y({ a: 1, b: 1, c: 1 }), 7);
 * ```
 */
export function compileExpression(expression: string, variables: readonly string[]): VectorFunction;
export function compileExpression(
  expression: string,
  variables: string | readonly string[] = "x",
): ((x: number) => number) | VectorFunction {
  const context = `Cannot compile ${describe(expression)}`;
  if (typeof variables === "string") {
    checkVariableName(variables, context);
    return scalarFunction(parseExpression(expression, [variables], context), variables, describe(expression));
  }
  const names = checkVariables(variables, context);
  return vectorFunction(parseExpression(expression, names, context), names, describe(expression));
}
