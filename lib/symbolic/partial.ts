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

/** One partial derivative `∂f/∂variable`: simplified `text`, and `evaluate` of all variables. */
export interface PartialDerivative {
  readonly variable: string;
  readonly text: string;
  readonly evaluate: VectorFunction;
}

/** `partials[i]` is `∂f/∂variables[i]`; `gradient(values)` returns them all, as `gradientDescent` expects. */
export interface PartialDerivatives {
  readonly partials: readonly PartialDerivative[];
  readonly gradient: (values: readonly number[]) => number[];
}

/**
 * Differentiates an expression exactly with respect to each variable (the others held constant) and
 * compiles each partial once (lesson 04).
 * @param variables At least one; other names must be constants such as `pi`.
 * @example Seed 000's three variables
 * ```ts
 * import assert from "node:assert/strict";
 * import { partialDerivatives } from "./partial.ts";
 *
 * const y = partialDerivatives("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"]);
 * assert.deepEqual(y.gradient([1, 1, 1]), [8, 4, 1]);
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
    const what = `the partial derivative ${describe(text)} of ${describe(expression)} ` +
      `with respect to ${variable}`;
    const evaluate = vectorFunction(derivative, names, what);
    partials.push(Object.freeze({ variable, text, evaluate }));
    evaluators.push(finiteEvaluator(derivative.compile(), what));
  }

  // The gradient fills one scope and evaluates every partial derivative in it.
  const scope = new Map<string, number>();
  const gradient = (values: readonly number[]): number[] => {
    fillScope(values, names, scope, `the gradient of ${describe(expression)}`);
    return evaluators.map((evaluate) => evaluate(scope));
  };

  return { partials: Object.freeze(partials), gradient };
}
