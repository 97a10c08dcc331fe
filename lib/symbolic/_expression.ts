import { all, create, type EvalFunction, type MathNode } from "mathjs";
import { describe, requireFinite } from "../_validate.ts";

/** A private mathjs instance of plain doubles, so a notebook that configures `mathjs` cannot change ours. */
export const math = create(all, { number: "number" });

const ASSIGNING_NODES = new Set(["AssignmentNode", "FunctionAssignmentNode", "BlockNode"]);

/** Checks a list of variable names (non-empty, each a single symbol, no repeats); returns a frozen copy. */
export function checkVariables(variables: unknown, context: string): readonly string[] {
  if (!Array.isArray(variables)) {
    throw new TypeError(`${context}: variables must be an array of names, got ${describe(variables)}`);
  }
  if (variables.length === 0) throw new RangeError(`${context}: variables must not be empty, got []`);
  for (const name of variables) checkVariableName(name, context);
  const twice = variables.find((name, i) => variables.indexOf(name) !== i);
  if (twice !== undefined) throw new RangeError(`${context}: variable ${describe(twice)} is listed twice`);
  return Object.freeze([...(variables as string[])]);
}

/** Checks one variable name: a string that mathjs parses as a single symbol (`x`, `w`, `θ0`, `x_1`). */
export function checkVariableName(name: unknown, context: string): asserts name is string {
  if (typeof name !== "string") {
    throw new TypeError(`${context}: a variable name must be a string, got ${describe(name)}`);
  }
  let node: MathNode | undefined;
  try {
    node = math.parse(name);
  } catch { /* not an expression at all */ }
  if (node?.type !== "SymbolNode" || (node as unknown as { name: string }).name !== name) {
    throw new TypeError(
      `${context}: ${describe(name)} is not a valid variable name (try a letter, e.g. "x")`,
    );
  }
}

/**
 * Parses `expression` and checks that it describes a value in terms of `variables` (already checked): no
 * assignments, every free symbol a declared variable or a numeric constant, every function one mathjs knows.
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

/** Wraps compiled mathjs code: a finite number, or an error naming the expression (`what`) and the point. */
export function finiteEvaluator(code: EvalFunction, what: string): (scope: Map<string, number>) => number {
  // The start of each message, e.g. "Cannot evaluate x^2 at x = 1"; built only when there is an error.
  const where = (scope: Map<string, number>) =>
    `Cannot evaluate ${what} at ${[...scope].map(([x, v]) => `${x} = ${describe(v)}`).join(", ")}`;
  return (scope) => {
    let value: unknown;
    try {
      value = code.evaluate(scope);
    } catch (error) {
      throw new TypeError(`${where(scope)}: ${(error as Error).message}`, { cause: error });
    }
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      throw new RangeError(`${where(scope)}: the result is ${value}`);
    }
    if ((value as { type?: string } | null)?.type === "Complex") {
      throw new RangeError(`${where(scope)}: the result is the complex number ${String(value)}`);
    }
    throw new TypeError(`${where(scope)}: the result is ${describe(value)}, not a number`);
  };
}

/** A function of the variables, given as an array in the order of the variables. */
export type VectorFunction = (values: readonly number[]) => number;

/** Copies `values` (an array in `variables` order) into `scope`, one finite number each. */
export function fillScope(
  values: unknown,
  variables: readonly string[],
  scope: Map<string, number>,
  what: string,
): void {
  const context = `Cannot evaluate ${what}`;
  const names = variables.join(", ");
  if (!Array.isArray(values)) {
    throw new TypeError(`${context}: pass the values of ${names} as an array, got ${describe(values)}`);
  }
  if (values.length !== variables.length) {
    throw new TypeError(
      `${context}: it takes ${variables.length} values (${names}) but got ${values.length}`,
    );
  }
  for (let i = 0; i < variables.length; i++) {
    scope.set(variables[i], requireFinite(context, variables[i], values[i]));
  }
}

/** Compiles a checked expression of one variable into `(x: number) => number`; a call allocates nothing. */
export function scalarFunction(node: MathNode, variable: string, what: string): (x: number) => number {
  const evaluate = finiteEvaluator(node.compile(), what);
  const scope = new Map<string, number>([[variable, 0]]);
  return (x: number): number => {
    scope.set(variable, requireFinite(`Cannot evaluate ${what}`, variable, x));
    return evaluate(scope);
  };
}

/** Compiles a checked expression of several variables into a {@linkcode VectorFunction}. */
export function vectorFunction(node: MathNode, variables: readonly string[], what: string): VectorFunction {
  const evaluate = finiteEvaluator(node.compile(), what);
  const scope = new Map<string, number>();
  return (values) => {
    fillScope(values, variables, scope, what);
    return evaluate(scope);
  };
}

/** Differentiates a checked expression with mathjs, turning its errors into `TypeError`s naming it. */
export function differentiate(node: MathNode, variable: string, context: string): MathNode {
  try {
    return math.derivative(node, variable);
  } catch (error) {
    throw new TypeError(`${context}: ${(error as Error).message}`, { cause: error });
  }
}
