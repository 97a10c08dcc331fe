/**
 * Internal: the input checks of the autodiff engine, kept out of `value.ts` so that the engine reads in one
 * sitting. Each check throws a `TypeError` or `RangeError` whose message names the bad value, or returns the
 * checked value. Nothing here computes a derivative.
 * @module
 */

import { describe, requireOptions } from "../_validate.ts";
import { Value, type ValueOptions } from "./value.ts";

const CREATE = "Cannot create a Value";

/**
 * Checks the arguments of `new Value(data, options)`.
 * @param data Must be a finite number.
 * @param options Must hold only `label` (a string), `op` (a string), `parents` (an array of Values) and
 *   `localGradients` (one finite number per parent).
 */
export function checkNewValue(data: unknown, options: ValueOptions): void {
  if (typeof data !== "number") {
    throw new TypeError(`${CREATE}: data must be a number, got ${describe(data)}`);
  }
  if (!Number.isFinite(data)) throw new RangeError(`${CREATE}: data must be finite, got ${data}`);
  requireOptions(CREATE, options, ["label", "op", "parents", "localGradients"]);
  const { label = "", op = "", parents = [], localGradients = [] } = options;
  if (typeof label !== "string") {
    throw new TypeError(`${CREATE}: label must be a string, got ${describe(label)}`);
  }
  if (typeof op !== "string") throw new TypeError(`${CREATE}: op must be a string, got ${describe(op)}`);
  if (!Array.isArray(parents) || !parents.every((p) => p instanceof Value)) {
    throw new TypeError(`${CREATE}: parents must be an array of Values, got ${describe(parents)}`);
  }
  if (!Array.isArray(localGradients) || localGradients.length !== parents.length) {
    const shown = describe(localGradients);
    throw new RangeError(
      `${CREATE}: localGradients must hold one number per parent (${parents.length}), got ${shown}`,
    );
  }
  for (const g of localGradients) {
    if (typeof g !== "number" || !Number.isFinite(g)) {
      throw new RangeError(
        `${CREATE}: localGradients must be finite numbers, got ${describe(localGradients)}`,
      );
    }
  }
}

/**
 * Checks the operand of a binary operation: a `Value`, or a finite number (a constant).
 * @param self The value the operation was called on.
 * @param op The operation's symbol, for the message.
 * @param other The operand.
 * @returns `other`, now known to be a `Value` or a finite number.
 */
export function checkOperand(self: Value, op: string, other: unknown): Value | number {
  if (other instanceof Value) return other;
  if (typeof other !== "number") {
    throw new TypeError(
      `Cannot compute ${self.data} ${op} …: the operand must be a Value or a number, got ${describe(other)}`,
    );
  }
  if (!Number.isFinite(other)) {
    throw new RangeError(`Cannot compute ${self.data} ${op} ${other}: the operand must be a finite number`);
  }
  return other;
}

/**
 * Checks the constant exponent of `pow`: a finite number.
 * @param self The base.
 * @param exponent The exponent.
 * @returns `exponent`.
 */
export function checkExponent(self: Value, exponent: unknown): number {
  if (typeof exponent !== "number") {
    throw new TypeError(
      `Cannot compute ${self.data} ^ …: the exponent must be a number, got ${describe(exponent)}`,
    );
  }
  if (!Number.isFinite(exponent)) {
    throw new RangeError(`Cannot compute ${self.data} ^ ${exponent}: the exponent must be a finite number`);
  }
  return exponent;
}

/**
 * Refuses a division by zero.
 * @param self The dividend.
 * @param divisor The (already checked) divisor.
 */
export function checkDivisor(self: Value, divisor: Value | number): void {
  const b = typeof divisor === "number" ? divisor : divisor.data;
  if (b === 0) throw new RangeError(`Cannot compute ${self.data} ÷ ${b}: division by zero`);
}

/**
 * Refuses the logarithm of a number that is not > 0.
 * @param self The argument of `log`.
 */
export function checkLogArgument(self: Value): void {
  if (!(self.data > 0)) {
    throw new RangeError(`Cannot compute log(${self.data}): log needs a value > 0, got ${self.data}`);
  }
}

/**
 * Checks the argument of `Value.sum`: a non-empty array of Values.
 * @param values The argument.
 */
export function checkSumInputs(values: unknown): void {
  if (!Array.isArray(values) || !values.every((v) => v instanceof Value)) {
    throw new TypeError(`Cannot compute a sum: values must be an array of Values, got ${describe(values)}`);
  }
  if (values.length === 0) throw new RangeError("Cannot compute a sum: values must not be empty, got []");
}

/**
 * Refuses an operation whose result or local derivative is not finite (an overflow, `√x` at 0, …).
 * @param op The operation's name, as recorded in the graph (`"×"`, `"+ 1"`, `"^2"`, `"exp"`, …).
 * @param data Its result.
 * @param parents The values it was computed from.
 * @param localGradients Its local derivatives.
 */
export function checkResult(
  op: string,
  data: number,
  parents: readonly Value[],
  localGradients: readonly number[],
): void {
  if (!Number.isFinite(data)) {
    throw new RangeError(`Cannot compute ${shown(op, parents)}: the result is ${data}`);
  }
  for (const g of localGradients) {
    if (!Number.isFinite(g)) {
      throw new RangeError(`Cannot compute ${shown(op, parents)}: its derivative is ${g} there`);
    }
  }
}

/**
 * Refuses a gradient that overflowed during the backward pass.
 * @param node The value whose `grad` was just increased.
 */
export function checkGradient(node: Value): void {
  if (!Number.isFinite(node.grad)) {
    const name = node.label || (node.op ? `the result of ${node.op}` : `the input ${node.data}`);
    throw new RangeError(`Cannot run backward(): the gradient of ${name} overflowed to ${node.grad}`);
  }
}

/**
 * Checks the argument of `topologicalOrder`.
 * @param output Must be a `Value`.
 */
export function checkOutput(output: unknown): void {
  if (!(output instanceof Value)) {
    throw new TypeError(`Cannot order the graph: output must be a Value, got ${describe(output)}`);
  }
}

// How an operation reads in a message, e.g. "2 × 3", "2 + 1", "-8 ^ 0.5", "exp(800)", "the sum of 3 values".
function shown(op: string, parents: readonly Value[]): string {
  const [a, b] = parents.map((p) => p.data);
  if (op === "sum") return `the sum of ${parents.length} values`;
  if (op === "neg") return `−(${a})`;
  if (op.startsWith("^")) return `${a} ^ ${op.slice(1)}`;
  if (["+", "−", "×", "÷"].includes(op)) return `${a} ${op} ${b}`;
  if (/^[+−×÷] /.test(op)) return `${a} ${op}`;
  return `${op}(${a})`;
}
