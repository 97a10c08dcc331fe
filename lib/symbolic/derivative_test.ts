import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalDerivative } from "../calculus/mod.ts";
import { compileExpression } from "./compile.ts";
import { symbolicDerivative } from "./derivative.ts";

Deno.test("symbolicDerivative() prints the derivatives of the lessons' functions as mathjs does", () => {
  assert.equal(symbolicDerivative("2x^2 - 3x + 4").text, "4 * x - 3");
  assert.equal(symbolicDerivative("2*x**2-3*x+4".replaceAll("**", "^")).text, "4 * x - 3");
  assert.equal(symbolicDerivative("w^2 + 3w - 5", "w").text, "2 * w + 3");
  assert.equal(symbolicDerivative("3(2x^2 - x - 2) + 1").text, "3 * (4 * x - 1)");
});

Deno.test("symbolicDerivative() evaluates f'(x) = 4x − 3 exactly", () => {
  const { evaluate } = symbolicDerivative("2x^2 - 3x + 4");
  for (const x of [-1, 0, 0.75, 2, 1e6]) assert.equal(evaluate(x), 4 * x - 3);
});

Deno.test("symbolicDerivative() stands in for jax.grad: seed 003's run from −10 ends at -1.5000000143052226", () => {
  const df = symbolicDerivative("w^2 + 3w - 5", "w").evaluate;
  let w = -10.0;
  for (let i = 0; i < 1000; i++) w = w - df(w) * 0.01;
  assert.equal(w, -1.5000000143052226);
});

Deno.test("symbolicDerivative() applied twice gives lesson 04's f''(w) = 2", () => {
  const second = symbolicDerivative(symbolicDerivative("w^2 + 3w - 5", "w").text, "w");
  assert.equal(second.text, "2");
  assert.equal(second.evaluate(-1.5), 2);
});

Deno.test("symbolicDerivative() of an expression without the variable is 0", () => {
  assert.equal(symbolicDerivative("pi^2").text, "0");
  assert.equal(symbolicDerivative("pi^2").evaluate(3), 0);
});

// Symbolic derivatives against an independent oracle: central differences of the compiled expression.
const oracleCases: [string, string, [number, number]][] = [
  ["a cubic", "x^3 - 2x^2 + 5x - 1", [-3, 3]],
  ["a quartic", "0.5x^4 - x", [-2, 2]],
  ["exp", "exp(2x)", [-2, 2]],
  ["log", "log(x^2 + 1)", [-5, 5]],
  ["sin and cos", "sin(x) * cos(x)", [-3, 3]],
  ["a product", "x * exp(-x)", [-2, 4]],
  ["a quotient", "1 / (1 + exp(-x))", [-6, 6]],
  ["a composition", "exp(sin(x))", [-3, 3]],
  ["a deep composition", "log(1 + sin(x)^2)", [-3, 3]],
  ["sqrt", "sqrt(x^2 + 1)", [-4, 4]],
  ["a power of x", "x^x", [0.2, 3]],
];
for (const [name, expression, [low, high]] of oracleCases) {
  Deno.test(`symbolicDerivative() of ${name} (${expression}) agrees with central differences`, () => {
    const f = compileExpression(expression);
    const { evaluate } = symbolicDerivative(expression);
    fc.assert(
      fc.property(fc.double({ min: low, max: high, noNaN: true }), (x) => {
        const exact = evaluate(x);
        const estimate = numericalDerivative(f, x, { method: "central", h: 1e-5 });
        return Math.abs(exact - estimate) <= 1e-6 * Math.max(1, Math.abs(exact));
      }),
    );
  });
}

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "the expression's variable is not the default x",
    () => symbolicDerivative("w^2 + 3w - 5"),
    TypeError,
    /Cannot differentiate "w\^2 \+ 3w - 5" with respect to x: unknown variable w \(the variables are x\)/,
  ],
  [
    "the text does not parse",
    () => symbolicDerivative("x^"),
    TypeError,
    /Cannot differentiate "x\^" with respect to x: it does not parse/,
  ],
  [
    "mathjs cannot differentiate a function",
    () => symbolicDerivative("floor(x)"),
    TypeError,
    /"floor\(x\)" with respect to x: Cannot process function "floor"/,
  ],
  [
    "the expression is a comparison",
    () => symbolicDerivative("x > 1"),
    TypeError,
    /Cannot process operator ">"/,
  ],
  [
    "the expression is a matrix",
    () => symbolicDerivative("[x, 1]"),
    TypeError,
    /Cannot differentiate "\[x, 1\]"/,
  ],
  [
    "the variable name is invalid",
    () => symbolicDerivative("x", "1x"),
    TypeError,
    /"1x" is not a valid variable name/,
  ],
  [
    "the expression is not a string",
    () => symbolicDerivative(undefined as never),
    TypeError,
    /must be a string/,
  ],
  [
    "the derivative is infinite at the point",
    () => symbolicDerivative("log(x)").evaluate(0),
    RangeError,
    /Cannot evaluate the derivative "1 \/ x" of "log\(x\)" at x = 0: the result is Infinity/,
  ],
  [
    "the derivative is complex",
    () => symbolicDerivative("sqrt(x)").evaluate(-4),
    RangeError,
    /complex number/,
  ],
  [
    "the point is NaN",
    () => symbolicDerivative("x^2").evaluate(NaN),
    RangeError,
    /x must be a finite number, got NaN/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`symbolicDerivative() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
