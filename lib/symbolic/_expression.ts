/**
 * Internal: the private mathjs instance, and the checks every symbolic function shares — parse an expression
 * text, make sure every name in it is a declared variable, a numeric constant (`pi`, `e`, …) or a known
 * function, and turn mathjs's compiled code into plain functions that only ever return finite numbers.
 * @module
 */

import { all, create, type EvalFunction, type MathNode } from "mathjs";
import { describe } from "../_validate.ts";

/**
 * A private mathjs instance configured for plain doubles, so that a notebook changing the configuration of
 * the shared `mathjs` instance (e.g. to BigNumber) cannot change the numbers this library computes.
 */
export const math = create(all, { number: "number" });

/** Node types that would assign or define something instead of describing a value. */
const ASSIGNING_NODES = new Set(["AssignmentNode", "FunctionAssignmentNode", "BlockNode"]);

/**
 * Checks a list of variable names: non-empty, each a name mathjs reads as a single symbol, no repeats.
 * @param variables The names to check.
 * @param context What was being attempted, for the message.
 * @returns The names, as a new frozen array.
 */
export function checkVariables(variables: unknown, context: string): readonly string[] {
  if (!Array.isArray(variables)) {
    throw new TypeError(`${context}: variables must be an array of names, got ${describe(variables)}`);
  }
  if (variables.length === 0) throw new RangeError(`${context}: variables must not be empty, got []`);
  for (const name of variables) checkVariableName(name, context);
  const seen = new Set<string>();
  for (const name of variables as string[]) {
    if (seen.has(name)) throw new RangeError(`${context}: variable ${describe(name)} is listed twice`);
    seen.add(name);
  }
  return Object.freeze([...(variables as string[])]);
}

/**
 * Checks one variable name: a string that mathjs parses as a single symbol (`x`, `w`, `θ0`, `x_1`).
 * @param name The name to check.
 * @param context What was being attempted, for the message.
 * @returns Nothing; narrows `name` to `string`.
 */
export function checkVariableName(name: unknown, context: string): asserts name is string {
  if (typeof name !== "string") {
    throw new TypeError(`${context}: a variable name must be a string, got ${describe(name)}`);
  }
  let node: MathNode | undefined;
  try {
    node = math.parse(name);
  } catch {
    node = undefined;
  }
  if (
    node === undefined || node.type !== "SymbolNode" || (node as unknown as { name: string }).name !== name
  ) {
    throw new TypeError(
      `${context}: ${describe(name)} is not a valid variable name (try a letter, e.g. "x")`,
    );
  }
}

/**
 * Parses `expression` and checks that it describes a value in terms of `variables`: no assignments, every
 * free symbol a declared variable or a numeric constant, every function one mathjs knows.
 * @param expression The expression text, e.g. `"2x^2 - 3x + 4"`.
 * @param variables The declared variable names (already checked).
 * @param context What was being attempted, for the message (it should name the expression).
 * @returns The parsed expression tree.
 */
export function parseExpression(
  expression: unknown,
  variables: readonly string[],
  context: string,
): MathNode {
  if (typeof expression !== "string") {
    throw new TypeError(
      `${context}: the expression must be a string such as "x^2 + 1", got ${describe(expression)}`,
    );
  }
  if (expression.trim() === "") throw new TypeError(`${context}: the expression is empty`);
  let node: MathNode;
  try {
    node = math.parse(expression);
  } catch (error) {
    throw new TypeError(`${context}: it does not parse (${(error as Error).message})`, { cause: error });
  }
  if (node.filter((child) => ASSIGNING_NODES.has(child.type)).length > 0) {
    throw new TypeError(
      `${context}: it must be an expression such as "x^2 + 1", not an assignment or definition`,
    );
  }
  // Function names are symbol nodes too, in the `fn` slot of a function call: check those separately.
  const functionNames = new Set<string>();
  const symbolNames = new Set<string>();
  node.traverse((child, path, parent) => {
    if (child.type !== "SymbolNode") return;
    const name = (child as unknown as { name: string }).name;
    if (path === "fn" && parent?.type === "FunctionNode") functionNames.add(name);
    else symbolNames.add(name);
  });
  for (const name of functionNames) {
    if (variables.includes(name)) {
      throw new TypeError(
        `${context}: ${name}(…) reads as a call of a function ${name}; write ${name} * (…) for a product`,
      );
    }
    if (typeof (math as unknown as Record<string, unknown>)[name] !== "function") {
      throw new TypeError(`${context}: unknown function ${name}()`);
    }
  }
  for (const name of symbolNames) {
    if (!variables.includes(name) && !isNumericConstant(name)) {
      throw new TypeError(
        `${context}: unknown variable ${name} (the variables are ${variables.join(", ")})`,
      );
    }
  }
  return node;
}

/** True for names mathjs evaluates to a plain number on their own, such as `pi`, `e` and `tau`. */
function isNumericConstant(name: string): boolean {
  try {
    return typeof math.evaluate(name) === "number";
  } catch {
    return false;
  }
}

/**
 * Wraps compiled mathjs code as a function of a scope that returns a finite number or throws a `RangeError`
 * (NaN, ±Infinity, complex results) or `TypeError` (booleans, matrices, mathjs errors) naming the expression
 * and the point.
 * @param code The compiled expression.
 * @param what How messages name the expression, e.g. `"log(x)"` or `the derivative "1 / x" of "log(x)"`.
 * @returns A function of a scope `Map` and a description of the point (for messages).
 */
export function finiteEvaluator(
  code: EvalFunction,
  what: string,
): (scope: Map<string, number>) => number {
  return (scope) => {
    let value: unknown;
    try {
      value = code.evaluate(scope);
    } catch (error) {
      throw new TypeError(`Cannot evaluate ${what} at ${pointText(scope)}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      throw new RangeError(`Cannot evaluate ${what} at ${pointText(scope)}: the result is ${value}`);
    }
    if (value !== null && typeof value === "object" && (value as { type?: string }).type === "Complex") {
      throw new RangeError(
        `Cannot evaluate ${what} at ${pointText(scope)}: the result is the complex number ${String(value)}`,
      );
    }
    throw new TypeError(
      `Cannot evaluate ${what} at ${pointText(scope)}: the result is ${describe(value)}, not a number`,
    );
  };
}

/** Renders a scope as `x = 1, y = 2` for messages. */
export function pointText(scope: Map<string, number>): string {
  return [...scope].map(([name, value]) => `${name} = ${describe(value)}`).join(", ");
}

/** A function of the variables, given as an array in the order of the variables or as an object by name. */
export type VectorFunction = (values: readonly number[] | Readonly<Record<string, number>>) => number;

/**
 * Copies `values` (an array in the order of `variables`, or an object keyed by variable name) into `scope`,
 * checking that every variable gets exactly one finite number.
 * @param values The caller's values.
 * @param variables The variable names.
 * @param scope The scope to fill.
 * @param what How messages name the expression.
 * @returns Nothing.
 */
export function fillScope(
  values: unknown,
  variables: readonly string[],
  scope: Map<string, number>,
  what: string,
): void {
  const context = `Cannot evaluate ${what}`;
  if (Array.isArray(values)) {
    if (values.length !== variables.length) {
      throw new TypeError(
        `${context}: it takes ${variables.length} values (${variables.join(", ")}) but got ${values.length}`,
      );
    }
    for (let i = 0; i < variables.length; i++) {
      scope.set(variables[i], checkValue(values[i], variables[i], context));
    }
    return;
  }
  if (values === null || typeof values !== "object") {
    throw new TypeError(
      `${context}: pass the values of ${variables.join(", ")} as an array or an object, got ${
        describe(values)
      }`,
    );
  }
  const record = values as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!variables.includes(key)) {
      throw new TypeError(`${context}: unknown variable ${key} (the variables are ${variables.join(", ")})`);
    }
  }
  for (const name of variables) {
    if (!(name in record)) throw new TypeError(`${context}: missing a value for ${name}`);
    scope.set(name, checkValue(record[name], name, context));
  }
}

/**
 * Returns `value` if it is a finite number, else throws a `TypeError`/`RangeError` naming the variable.
 * @param value The value given for a variable.
 * @param name The variable's name.
 * @param context What was being attempted.
 * @returns `value`.
 */
export function checkValue(value: unknown, name: string, context: string): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

/**
 * Compiles a checked expression tree of one variable into `(x: number) => number`. The scope `Map` is made
 * once and reused, so a call allocates nothing.
 * @param node The parsed, checked expression.
 * @param variable The variable's name.
 * @param what How evaluation messages name the expression.
 * @returns The compiled function.
 */
export function scalarFunction(node: MathNode, variable: string, what: string): (x: number) => number {
  const evaluate = finiteEvaluator(node.compile(), what);
  const scope = new Map<string, number>([[variable, 0]]);
  return (x: number): number => {
    scope.set(variable, checkValue(x, variable, `Cannot evaluate ${what}`));
    return evaluate(scope);
  };
}

/**
 * Compiles a checked expression tree of several variables into a {@linkcode VectorFunction}.
 * @param node The parsed, checked expression.
 * @param variables The variables' names, in the order array arguments use.
 * @param what How evaluation messages name the expression.
 * @returns The compiled function.
 */
export function vectorFunction(node: MathNode, variables: readonly string[], what: string): VectorFunction {
  const evaluate = finiteEvaluator(node.compile(), what);
  const scope = new Map<string, number>();
  return (values) => {
    fillScope(values, variables, scope, what);
    return evaluate(scope);
  };
}

/**
 * Differentiates a checked expression tree with mathjs, turning its errors into `TypeError`s that name the
 * expression.
 * @param node The parsed, checked expression.
 * @param variable The variable of differentiation.
 * @param context What was being attempted, for the message.
 * @returns The simplified derivative tree.
 */
export function differentiate(node: MathNode, variable: string, context: string): MathNode {
  try {
    return math.derivative(node, variable);
  } catch (error) {
    throw new TypeError(`${context}: ${(error as Error).message}`, { cause: error });
  }
}
