/**
 * Exact partial derivatives of an expression of several variables, and the gradient built from them.
 * @module
 */

import { describe } from "../_validate.ts";
import {
  checkVariables,
  differentiate,
  fillScope,
  finiteEvaluator,
  parseExpression,
  type VectorFunction,
  vectorFunction,
} from "./_expression.ts";

/**
 * One partial derivative `∂f/∂variable`: as mathjs prints it simplified (`text`, e.g. `"4 * b"`), as LaTeX,
 * and compiled once as a function of all the variables' values (an array in their order, or an object).
 */
export interface PartialDerivative {
  readonly variable: string;
  readonly text: string;
  readonly tex: string;
  readonly evaluate: VectorFunction;
}

/**
 * The partial derivatives of an expression: `partials[i]` is `∂f/∂variables[i]`, and `gradient(values)`
 * returns them all at once as a new array, the shape `gradientDescent` expects.
 */
export interface PartialDerivatives {
  readonly expression: string;
  readonly variables: readonly string[];
  readonly partials: readonly PartialDerivative[];
  readonly gradient: (values: readonly number[]) => number[];
}

/**
 * Differentiates an expression of several variables exactly with respect to each of them (the others held
 * constant) and compiles each partial derivative once. Introduced in lesson 04.
 * @param expression The expression text in mathjs syntax, e.g. `"2*(3a^2 - 2a + b^2 + 1) + c"`.
 * @param variables The names of its variables, at least one; every other name in the expression must be a
 *   numeric constant such as `pi`.
 * @returns A {@linkcode PartialDerivatives} `{ expression, variables, partials, gradient }`.
 * @example Seed 000's three variables: y = 2u + c with u = 3a² − 2a + b² + 1
 * ```ts
 * import assert from "node:assert/strict";
 * import { partialDerivatives } from "./partial.ts";
 *
 * const y = partialDerivatives("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"]);
 * assert.deepEqual(y.partials.map((p) => p.text), ["2 * (6 * a - 2)", "4 * b", "1"]);
 * assert.deepEqual(y.gradient([1, 1, 1]), [8, 4, 1]);
 * assert.equal(y.partials[1].evaluate({ a: 0, b: 2, c: 0 }), 8);
 * ```
 */
export function partialDerivatives(expression: string, variables: readonly string[]): PartialDerivatives {
  const context = `Cannot differentiate ${describe(expression)}`;
  const names = checkVariables(variables, context);
  const node = parseExpression(expression, names, context);

  const partials: PartialDerivative[] = [];
  const evaluators: ((scope: Map<string, number>) => number)[] = [];
  for (const variable of names) {
    const derivative = differentiate(node, variable, `${context} with respect to ${variable}`);
    const text = derivative.toString();
    const what = `the partial derivative ${describe(text)} of ${
      describe(expression)
    } with respect to ${variable}`;
    partials.push(
      Object.freeze({
        variable,
        text,
        tex: derivative.toTex(),
        evaluate: vectorFunction(derivative, names, what),
      }),
    );
    evaluators.push(finiteEvaluator(derivative.compile(), what));
  }

  // The gradient fills one scope and evaluates every partial derivative in it.
  const scope = new Map<string, number>();
  const gradient = (values: readonly number[]): number[] => {
    const what = `the gradient of ${describe(expression)}`;
    if (!Array.isArray(values)) {
      throw new TypeError(
        `Cannot evaluate ${what}: pass an array of ${names.length} numbers, got ${describe(values)}`,
      );
    }
    fillScope(values, names, scope, what);
    return evaluators.map((evaluate) => evaluate(scope));
  };

  return { expression, variables: names, partials: Object.freeze(partials), gradient };
}
