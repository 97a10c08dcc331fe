/**
 * Internal: the autodiff engine's input checks, kept out of `value.ts`; each names the bad value.
 * @module
 */
import { describe, requireFinite, requireOptions } from "../_validate.ts";
import { Value, type ValueOptions } from "./value.ts";

const CREATE = "Cannot create a Value";

/** Checks the arguments of `new Value(data, options)`. */
export function checkNewValue(data: unknown, options: ValueOptions): void {
  requireFinite(CREATE, "data", data);
  requireOptions(CREATE, options, ["label", "op", "parents", "localGradients"]);
  const { label = "", op = "", parents = [], localGradients = [] } = options;
  for (const [name, text] of [["label", label], ["op", op]]) {
    if (typeof text !== "string") {
      throw new TypeError(`${CREATE}: ${name} must be a string, got ${describe(text)}`);
    }
  }
  if (!Array.isArray(parents) || !parents.every((p) => p instanceof Value)) {
    throw new TypeError(`${CREATE}: parents must be an array of Values, got ${describe(parents)}`);
  }
  if (!Array.isArray(localGradients) || localGradients.length !== parents.length) {
    const shown = describe(localGradients);
    throw new RangeError(
      `${CREATE}: localGradients must hold one number per parent (${parents.length}), got ${shown}`,
    );
  }
  if (!localGradients.every(Number.isFinite)) {
    throw new RangeError(`${CREATE}: localGradients must be finite numbers, got ${describe(localGradients)}`);
  }
}

/** Checks the operand of a binary operation `op`: a `Value`, or a finite number (a constant). */
export function checkOperand(self: Value, op: string, other: unknown): Value | number {
  if (other instanceof Value) return other;
  const context = `Cannot compute ${self.data} ${op} ${typeof other === "number" ? other : "…"}`;
  if (typeof other !== "number") {
    throw new TypeError(`${context}: the operand must be a Value or a number, got ${describe(other)}`);
  }
  return requireFinite(context, "the operand", other);
}

export function checkExponent(self: Value, exponent: unknown): number {
  return requireFinite(`Cannot compute ${self.data} ^ ${describe(exponent)}`, "the exponent", exponent);
}

export function checkDivisor(self: Value, divisor: Value | number): void {
  const b = typeof divisor === "number" ? divisor : divisor.data;
  if (b === 0) throw new RangeError(`Cannot compute ${self.data} ÷ ${b}: division by zero`);
}

export function checkLogArgument(self: Value): void {
  if (!(self.data > 0)) {
    throw new RangeError(`Cannot compute log(${self.data}): log needs a value > 0, got ${self.data}`);
  }
}

export function checkSumInputs(values: unknown): void {
  if (!Array.isArray(values) || !values.every((v) => v instanceof Value)) {
    throw new TypeError(`Cannot compute a sum: values must be an array of Values, got ${describe(values)}`);
  }
  if (values.length === 0) throw new RangeError("Cannot compute a sum: values must not be empty, got []");
}

/** Refuses an operation whose result or local derivative is not finite (an overflow, `√x` at 0, …). */
export function checkResult(
  op: string,
  data: number,
  parents: readonly Value[],
  localGradients: readonly number[],
): void {
  if (!Number.isFinite(data)) {
    throw new RangeError(`Cannot compute ${shown(op, parents)}: the result is ${data}`);
  }
  const g = localGradients.find((g) => !Number.isFinite(g));
  if (g !== undefined) {
    throw new RangeError(`Cannot compute ${shown(op, parents)}: its derivative is ${g} there`);
  }
}

/** Refuses a gradient that overflowed during the backward pass. */
export function checkGradient(node: Value): void {
  if (!Number.isFinite(node.grad)) {
    const name = node.label || (node.op ? `the result of ${node.op}` : `the input ${node.data}`);
    throw new RangeError(`Cannot run backward(): the gradient of ${name} overflowed to ${node.grad}`);
  }
}

/** Checks the argument of `topologicalOrder` and `traceGraph`. */
export function checkOutput(output: unknown, context = "Cannot order the graph"): void {
  if (!(output instanceof Value)) {
    throw new TypeError(`${context}: output must be a Value, got ${describe(output)}`);
  }
}

// How an operation reads in a message, e.g. "2 × 3", "2 + 1", "-8 ^ 0.5", "exp(800)", "the sum of 3 values".
function shown(op: string, parents: readonly Value[]): string {
  const [a, b] = parents.map((p) => p.data);
  if (op === "sum") return `the sum of ${parents.length} values`;
  if (op.startsWith("^")) return `${a} ^ ${op.slice(1)}`;
  if (["+", "−", "×", "÷"].includes(op)) return `${a} ${op} ${b}`;
  if (/^[+−×÷] /.test(op)) return `${a} ${op}`;
  return `${op}(${a})`;
}
