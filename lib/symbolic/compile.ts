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
 * Compiles an expression of one variable (default `"x"`) into `(x: number) => number`, parsed once here;
 * each call only evaluates (lesson 04).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileExpression } from "./compile.ts";
 *
 * assert.equal(compileExpression("w^2 + 3w - 5", "w")(-1.5), -7.25);
 * ```
 */
export function compileExpression(expression: string, variable?: string): (x: number) => number;
/**
 * Compiles an expression of several variables into a function of their values, as an array in the order of
 * `variables` (lesson 04).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileExpression } from "./compile.ts";
 *
 * assert.equal(compileExpression("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"])([1, 1, 1]), 7);
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
