import assert from "node:assert/strict";
import fc from "fast-check";
import { topologicalOrder, Value } from "./value.ts";

/** Runs `op` on fresh inputs, backward from its result, and returns the result's data and the inputs' grads. */
function run(inputs: number[], op: (...xs: Value[]) => Value): { data: number; grads: number[] } {
  const xs = inputs.map((x) => new Value(x));
  const y = op(...xs);
  y.backward();
  return { data: y.data, grads: xs.map((x) => x.grad) };
}

Deno.test("each operation computes its value and its local derivative", () => {
  const a = 1.5;
  const b = -0.5;
  // [name, operation, value, gradient with respect to each input]
  const cases: [string, (...xs: Value[]) => Value, number[], number, number[]][] = [
    ["a + b", (x, y) => x.add(y), [a, b], a + b, [1, 1]],
    ["a − b", (x, y) => x.sub(y), [a, b], a - b, [1, -1]],
    ["a × b", (x, y) => x.mul(y), [a, b], a * b, [b, a]],
    ["a ÷ b", (x, y) => x.div(y), [a, b], a / b, [1 / b, -a / (b * b)]],
    ["a + 2", (x) => x.add(2), [a], a + 2, [1]],
    ["a − 2", (x) => x.sub(2), [a], a - 2, [1]],
    ["a × 2", (x) => x.mul(2), [a], a * 2, [2]],
    ["a ÷ 2", (x) => x.div(2), [a], a / 2, [0.5]],
    ["a³", (x) => x.pow(3), [a], a ** 3, [3 * a ** 2]],
    ["a^0.5", (x) => x.pow(0.5), [a], Math.sqrt(a), [0.5 / Math.sqrt(a)]],
    ["a⁰", (x) => x.pow(0), [a], 1, [0]],
    ["e^a", (x) => x.exp(), [a], Math.exp(a), [Math.exp(a)]],
    ["ln a", (x) => x.log(), [a], Math.log(a), [1 / a]],
    ["sin a", (x) => x.sin(), [a], Math.sin(a), [Math.cos(a)]],
    ["cos a", (x) => x.cos(), [a], Math.cos(a), [-Math.sin(a)]],
    ["tanh a", (x) => x.tanh(), [a], Math.tanh(a), [1 - Math.tanh(a) ** 2]],
    ["sum", (x, y) => Value.sum([x, y, x]), [a, b], a + b + a, [2, 1]],
  ];
  for (const [name, op, inputs, data, grads] of cases) {
    const got = run(inputs, op);
    assert.ok(Math.abs(got.data - data) <= 1e-15 * Math.max(1, Math.abs(data)), `${name}: ${got.data}`);
    got.grads.forEach((g, i) =>
      assert.ok(Math.abs(g - grads[i]) <= 1e-15 * Math.max(1, Math.abs(grads[i])), name)
    );
  }
});

Deno.test("backward() adds up the gradient of a value used several times", () => {
  // y = x·x + x·3 − x: x is used four times; dy/dx = 2x + 3 − 1.
  assert.deepEqual(run([5], (x) => x.mul(x).add(x.mul(3)).sub(x)).grads, [12]);
  // A shared subexpression u = xy + 1, used twice: y = u·u, dy/dx = 2u·y0.
  const { grads } = run([2, 3], (x, y) => {
    const u = x.mul(y).add(1);
    return u.mul(u);
  });
  assert.deepEqual(grads, [2 * 7 * 3, 2 * 7 * 2]);
});

Deno.test("backward() resets the grads first, so a second call gives the same answer", () => {
  const x = new Value(3);
  const y = x.mul(x);
  y.backward();
  y.backward();
  assert.equal(x.grad, 6);
  assert.equal(y.grad, 1);
});

Deno.test("backward() leaves inputs that the output does not depend on at 0", () => {
  const x = new Value(3);
  const unused = new Value(4);
  const y = x.mul(2);
  unused.grad = 99; // not part of y's graph: left alone
  y.backward();
  assert.equal(x.grad, 2);
  assert.equal(unused.grad, 99);
});

Deno.test("a new operation needs only its value and local derivative (sigmoid)", () => {
  const sigmoid = (x: Value) => {
    const s = 1 / (1 + Math.exp(-x.data));
    return new Value(s, { op: "sigmoid", parents: [x], localGradients: [s * (1 - s)] });
  };
  const x = new Value(0.3);
  const y = sigmoid(x.mul(2));
  y.backward();
  const s = 1 / (1 + Math.exp(-0.6));
  assert.equal(y.op, "sigmoid");
  assert.ok(Math.abs(x.grad - 2 * s * (1 - s)) < 1e-15);
});

Deno.test("operations record their operands and label constants in the op", () => {
  const a = new Value(2, { label: "a" });
  const b = new Value(3, { label: "b" });
  const c = a.mul(b);
  assert.equal(c.op, "×");
  assert.deepEqual(c.parents, [a, b]);
  assert.deepEqual(c.localGradients, [3, 2]);
  assert.equal(a.add(1).op, "+ 1");
  assert.equal(a.pow(2).op, "^2");
  assert.equal(a.op, "");
  assert.equal(String(a), "Value(a = 2, grad = 0)");
});

Deno.test("topologicalOrder() lists every value once, each after its operands, output last", () => {
  const x = new Value(1);
  const u = x.mul(x);
  const v = u.add(x);
  const y = v.mul(u);
  const order = topologicalOrder(y);
  assert.equal(order.length, 4);
  assert.equal(order.at(-1), y);
  for (const node of order) {
    for (const parent of node.parents) assert.ok(order.indexOf(parent) < order.indexOf(node));
  }
});

Deno.test("backward() handles a chain 20 000 operations long without overflowing the call stack", () => {
  const x = new Value(1);
  let y = x;
  for (let i = 0; i < 20_000; i++) y = y.add(1);
  y.backward();
  assert.equal(x.grad, 1);
  assert.equal(y.data, 20_001);
});

Deno.test("the chain rule through tanh matches its formula for any input", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
      (x, w) => {
        // y = tanh(w·x)²: dy/dx = 2·tanh(wx)·(1 − tanh²(wx))·w
        const t = Math.tanh(w * x);
        const { grads } = run([x, w], (xv, wv) => xv.mul(wv).tanh().pow(2));
        const expected = 2 * t * (1 - t * t) * w;
        return Math.abs(grads[0] - expected) <= 1e-14 * Math.max(1, Math.abs(expected));
      },
    ),
    { seed: 11 },
  );
});

const v = new Value(2);
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "data is a string",
    () => new Value("2" as never),
    TypeError,
    /Cannot create a Value: data must be a number, got "2"/,
  ],
  ["data is NaN", () => new Value(NaN), RangeError, /data must be a finite number, got NaN/],
  ["data is Infinity", () => new Value(Infinity), RangeError, /data must be a finite number, got Infinity/],
  [
    "label is a number",
    () => new Value(1, { label: 3 as never }),
    TypeError,
    /label must be a string, got 3/,
  ],
  ["op is a number", () => new Value(1, { op: 3 as never }), TypeError, /op must be a string, got 3/],
  [
    "parents hold a number",
    () => new Value(1, { parents: [2 as never] }),
    TypeError,
    /parents must be an array of Values/,
  ],
  [
    "localGradients missing for a parent",
    () => new Value(1, { parents: [v] }),
    RangeError,
    /localGradients must hold one number per parent \(1\), got \[\]/,
  ],
  [
    "a local gradient is NaN",
    () => new Value(1, { parents: [v], localGradients: [NaN] }),
    RangeError,
    /localGradients must be finite numbers, got \[NaN\]/,
  ],
  [
    "adding a string",
    () => v.add("1" as never),
    TypeError,
    /Cannot compute 2 \+ …: the operand must be a Value or a number, got "1"/,
  ],
  [
    "adding undefined",
    () => v.add(undefined as never),
    TypeError,
    /the operand must be a Value or a number, got undefined/,
  ],
  [
    "multiplying by NaN",
    () => v.mul(NaN),
    RangeError,
    /Cannot compute 2 × NaN: the operand must be a finite number/,
  ],
  ["subtracting Infinity", () => v.sub(Infinity), RangeError, /Cannot compute 2 − Infinity/],
  ["dividing by the number 0", () => v.div(0), RangeError, /Cannot compute 2 ÷ 0: division by zero/],
  ["dividing by a Value 0", () => v.div(new Value(0)), RangeError, /Cannot compute 2 ÷ 0: division by zero/],
  ["log of 0", () => new Value(0).log(), RangeError, /Cannot compute log\(0\): log needs a value > 0, got 0/],
  ["log of −3", () => new Value(-3).log(), RangeError, /log needs a value > 0, got -3/],
  [
    "exp overflows",
    () => new Value(800).exp(),
    RangeError,
    /Cannot compute exp\(800\): the result is Infinity/,
  ],
  [
    "a negative number to a fractional power",
    () => new Value(-8).pow(0.5),
    RangeError,
    /Cannot compute -8 \^ 0.5: the result is NaN/,
  ],
  [
    "0 to a negative power",
    () => new Value(0).pow(-1),
    RangeError,
    /Cannot compute 0 \^ -1: the result is Infinity/,
  ],
  [
    "the slope of √x at 0",
    () => new Value(0).pow(0.5),
    RangeError,
    /Cannot compute 0 \^ 0.5: its derivative is Infinity there/,
  ],
  ["a power that is not a number", () => v.pow("2" as never), TypeError, /got "2"/],
  ["a product that overflows", () => new Value(1e200).mul(1e200), RangeError, /the result is Infinity/],
  [
    "a sum of nothing",
    () => Value.sum([]),
    RangeError,
    /Cannot compute a sum: values must not be empty, got \[\]/,
  ],
  [
    "a sum of numbers",
    () => Value.sum([1, 2] as never),
    TypeError,
    /values must be an array of Values, got \[1, 2\]/,
  ],
  [
    "a gradient that overflows",
    () => {
      const x = new Value(1e-300, { label: "x" });
      x.mul(1e200).mul(1e200).backward(); // y = 1e100 is finite, dy/dx = 1e400 is not
    },
    RangeError,
    /Cannot run backward\(\): the gradient of x overflowed to Infinity/,
  ],
  [
    "ordering a number",
    () => topologicalOrder(3 as never),
    TypeError,
    /Cannot order the graph: output must be a Value, got 3/,
  ],
];
Deno.test("Value rejects bad input with a message naming the value", () => {
  for (const [what, call, type, message] of badInputs) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${what}: expected ${type.name}, got ${error}`);
      assert.match((error as Error).message, message, what);
      return true;
    }, what);
  }
});
