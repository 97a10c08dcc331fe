/**
 * A number that remembers how it was computed: reverse-mode automatic differentiation on scalars, in the
 * spirit of Andrej Karpathy's micrograd.
 * @module
 */

import {
  checkDivisor,
  checkExponent,
  checkGradient,
  checkLogArgument,
  checkNewValue,
  checkOperand,
  checkOutput,
  checkResult,
  checkSumInputs,
} from "./_checks.ts";

/**
 * One number in a computation, with the gradient that {@linkcode Value.backward} fills in (lesson 11).
 * @example Seed 000's chain rule, y = 3u + 1 with u = 2x² − x − 2, at x = 2
 * ```ts
 * import assert from "node:assert/strict";
 * import { Value } from "./value.ts";
 *
 * const x = new Value(2, { label: "x" });
 * const u = x.pow(2).mul(2).sub(x).sub(2);
 * const y = u.mul(3).add(1);
 * y.backward();
 * assert.equal(x.grad, 21); // dy/dx = 3 · (4x − 1) = 12x − 3
 * ```
 */
export class Value {
  /** The number itself, computed on the forward pass. */
  readonly data: number;
  /** `∂output/∂this` after the output's `backward()`; 0 before. */
  grad = 0;
  readonly label: string;
  /** The operation that produced it, e.g. `"×"`, `"+ 1"`, `"exp"`; `""` for an input. */
  readonly op: string;
  readonly parents: readonly Value[];
  /** `∂this/∂parents[i]` at index `i`. */
  readonly localGradients: readonly number[];

  /** Wraps a finite number; with `op`, `parents`, `localGradients`, a new operation (lesson 11's sigmoid). */
  constructor(data: number, options: ValueOptions = {}) {
    checkNewValue(data, options);
    const { label = "", op = "", parents = [], localGradients = [] } = options;
    this.data = data;
    this.label = label;
    this.op = op;
    this.parents = parents;
    this.localGradients = localGradients;
  }

  /** `this + other`, `other` a `Value` or a constant number; `∂/∂this = ∂/∂other = 1`. */
  add(other: Value | number): Value {
    const b = checkOperand(this, "+", other);
    if (typeof b === "number") return operation(`+ ${b}`, this.data + b, [this], [1]);
    return operation("+", this.data + b.data, [this, b], [1, 1]);
  }

  /** `this − other`; `∂/∂this = 1`, `∂/∂other = −1`. */
  sub(other: Value | number): Value {
    const b = checkOperand(this, "−", other);
    if (typeof b === "number") return operation(`− ${b}`, this.data - b, [this], [1]);
    return operation("−", this.data - b.data, [this, b], [1, -1]);
  }

  /** `this × other`; `∂/∂this = other`, `∂/∂other = this`. */
  mul(other: Value | number): Value {
    const b = checkOperand(this, "×", other);
    if (typeof b === "number") return operation(`× ${b}`, this.data * b, [this], [b]);
    return operation("×", this.data * b.data, [this, b], [b.data, this.data]);
  }

  /** `this ÷ other` (not 0); `∂/∂this = 1/other`, `∂/∂other = −this/other²`. */
  div(other: Value | number): Value {
    const b = checkOperand(this, "÷", other);
    checkDivisor(this, b);
    if (typeof b === "number") return operation(`÷ ${b}`, this.data / b, [this], [1 / b]);
    return operation("÷", this.data / b.data, [this, b], [1 / b.data, -this.data / (b.data * b.data)]);
  }

  /** `this ^ n` for a constant `n` (use `exp`/`log` for a variable one); `∂/∂this = n·this^(n − 1)`. */
  pow(exponent: number): Value {
    const n = checkExponent(this, exponent);
    const local = n === 0 ? 0 : n * this.data ** (n - 1); // 0 · x^(−1) would be NaN at x = 0
    return operation(`^${n}`, this.data ** n, [this], [local]);
  }

  /** `e^this`. @returns The exponential; `∂/∂this = e^this`. */
  exp(): Value {
    const e = Math.exp(this.data);
    return operation("exp", e, [this], [e]);
  }

  /** The natural logarithm of `this`. @returns `ln(this)`; `∂/∂this = 1/this`. */
  log(): Value {
    checkLogArgument(this);
    return operation("log", Math.log(this.data), [this], [1 / this.data]);
  }

  /** `sin(this)`, in radians. @returns The sine; `∂/∂this = cos(this)`. */
  sin(): Value {
    return operation("sin", Math.sin(this.data), [this], [Math.cos(this.data)]);
  }

  /** `cos(this)`, in radians. @returns The cosine; `∂/∂this = −sin(this)`. */
  cos(): Value {
    return operation("cos", Math.cos(this.data), [this], [-Math.sin(this.data)]);
  }

  /** The hyperbolic tangent, a classic neuron activation. */
  tanh(): Value {
    const t = Math.tanh(this.data);
    return operation("tanh", t, [this], [1 - t * t]);
  }

  /**
   * The sum of at least one value as one node (`∂/∂values[i] = 1`), added left to right.
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { Value } from "./value.ts";
   *
   * const w = new Value(2);
   * assert.equal(Value.sum([w, w.mul(3), new Value(1)]).data, 9);
   * ```
   */
  static sum(values: readonly Value[]): Value {
    checkSumInputs(values);
    let total = 0;
    for (const v of values) total += v.data;
    return operation("sum", total, values, values.map(() => 1));
  }

  /**
   * The backward pass: sets every `grad` to `∂this/∂value`, visiting nodes in reverse topological order so a
   * node's `grad` is complete before it is passed on. Grads are reset first (PyTorch instead accumulates).
   * @example A value used twice adds up both contributions
   * ```ts
   * import assert from "node:assert/strict";
   * import { Value } from "./value.ts";
   *
   * const a = new Value(3);
   * const y = a.mul(a); // a²
   * y.backward();
   * assert.equal(a.grad, 6);
   * ```
   */
  backward(): void {
    const order = topologicalOrder(this);
    for (const node of order) node.grad = 0; // start afresh: a second backward() gives the same grads
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      for (let k = 0; k < node.parents.length; k++) {
        const parent = node.parents[k];
        parent.grad += node.grad * node.localGradients[k]; // the chain rule; += adds up every use
        checkGradient(parent);
      }
    }
  }

  /** A short description for printing, e.g. `Value(a = 3, grad = 6)`. */
  toString(): string {
    return `Value(${this.label ? `${this.label} = ` : ""}${this.data}, grad = ${this.grad})`;
  }
}

/**
 * `output` and every value it was computed from, each once, inputs first and `output` last. An iterative
 * depth-first search, so long chains do not overflow the call stack.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { topologicalOrder, Value } from "./value.ts";
 *
 * const a = new Value(2, { label: "a" });
 * const b = a.mul(3);
 * const c = b.add(a);
 * assert.deepEqual(topologicalOrder(c), [a, b, c]);
 * ```
 */
export function topologicalOrder(output: Value): Value[] {
  checkOutput(output);
  const order: Value[] = [];
  const seen = new Set<Value>([output]);
  // Each stack entry is a node and how many of its parents have been looked at.
  const stack: [Value, number][] = [[output, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, next] = top;
    if (next < node.parents.length) {
      top[1] = next + 1;
      const parent = node.parents[next];
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push([parent, 0]);
      }
    } else {
      stack.pop();
      order.push(node); // all its parents are already in the order
    }
  }
  return order;
}

// The result of an operation: its number, the values it came from, and ∂result/∂each of them.
function operation(
  op: string,
  data: number,
  parents: readonly Value[],
  localGradients: readonly number[],
): Value {
  checkResult(op, data, parents, localGradients);
  return new Value(data, { op, parents, localGradients });
}

/** Options for {@linkcode Value}: a `label`; for a new operation its `op`, `parents` and `localGradients`. */
export interface ValueOptions {
  label?: string;
  op?: string;
  parents?: readonly Value[];
  localGradients?: readonly number[];
}
