import assert from "node:assert/strict";
import fc from "fast-check";
import { compileExpression } from "./compile.ts";

Deno.test("compileExpression() evaluates seed 000's f(3) = 13", () => {
  assert.equal(compileExpression("2x^2 - 3x + 4")(3), 13);
});

Deno.test("compileExpression() gives the same doubles as the same formula written in TypeScript", () => {
  const f = compileExpression("2*x^2-3*x+4");
  const g = compileExpression("x^3 + exp(x) * sin(x) - log(1 + x^2)");
  fc.assert(
    fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) =>
      f(x) === 2 * x ** 2 - 3 * x + 4 &&
      g(x) === x ** 3 + Math.exp(x) * Math.sin(x) - Math.log(1 + x ** 2)),
  );
});

Deno.test("compileExpression() knows the constants pi and e", () => {
  assert.equal(compileExpression("sin(pi / 2) + e * x")(0), 1);
  assert.equal(compileExpression("e * x")(1), Math.E);
});

Deno.test("compileExpression() takes several variables as an array", () => {
  const y = compileExpression("2*(3a^2 - 2a + b^2 + 1) + c", ["a", "b", "c"]);
  assert.equal(y([1, 1, 1]), 7);
  assert.equal(y([0.3, 0, -11.5]), 2 * (3 * 0.3 ** 2 - 2 * 0.3 + 0 ** 2 + 1) + -11.5);
});

Deno.test("compileExpression() accepts Greek and indexed variable names", () => {
  const h = compileExpression("θ0 + θ1 * x_1", ["θ0", "θ1", "x_1"]);
  assert.equal(h([1, 2, 3]), 7);
});

Deno.test("compileExpression() returns functions that can be called many times with the same result", () => {
  const f = compileExpression("w^2 + 3w - 5", "w");
  const first = [-2, -1.5, 0, 10].map(f);
  const second = [-2, -1.5, 0, 10].map((w) => f(w));
  assert.deepEqual(first, second);
  assert.deepEqual(first, [-7, -7.25, -5, 125]);
});

// Every bad input tried: at compile time, then at evaluation time.
const one = compileExpression("log(x)");
const three = compileExpression("a + b * c", ["a", "b", "c"]);
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "the text does not parse",
    () => compileExpression("2x +* 3"),
    TypeError,
    /Cannot compile "2x \+\* 3": it does not parse \(Value expected/,
  ],
  [
    "the text is empty",
    () => compileExpression("  "),
    TypeError,
    /Cannot compile " {2}": the expression is empty/,
  ],
  [
    "the expression is not a string",
    () => compileExpression(42 as never),
    TypeError,
    /must be a string such as/,
  ],
  ["the text assigns", () => compileExpression("y = x^2"), TypeError, /not an assignment or definition/],
  ["the text defines a function", () => compileExpression("f(x) = x^2"), TypeError, /not an assignment/],
  [
    "the text has two statements",
    () => compileExpression("x; x^2"),
    TypeError,
    /not an assignment or definition/,
  ],
  [
    "a variable is unknown",
    () => compileExpression("x + y"),
    TypeError,
    /Cannot compile "x \+ y": unknown variable y \(the variables are x\)/,
  ],
  ["a unit name is used as a variable", () => compileExpression("2 m * x"), TypeError, /unknown variable m/],
  ["a function is unknown", () => compileExpression("f(x) + 1"), TypeError, /unknown function f\(\)/],
  [
    "a variable is followed by brackets",
    () => compileExpression("x(x + 1)"),
    TypeError,
    /x\(…\) reads as a call of a function x; write x \* \(…\) for a product/,
  ],
  [
    "the variable name is not a name",
    () => compileExpression("x", "2x"),
    TypeError,
    /"2x" is not a valid variable name/,
  ],
  [
    "the variable name is not a string",
    () => compileExpression("x", 3 as never),
    TypeError,
    /variables must be an array/,
  ],
  ["the variables are empty", () => compileExpression("1", []), RangeError, /variables must not be empty/],
  [
    "a variable is listed twice",
    () => compileExpression("a", ["a", "a"]),
    RangeError,
    /variable "a" is listed twice/,
  ],
  [
    "a variable name has a space",
    () => compileExpression("a", ["a b"]),
    TypeError,
    /"a b" is not a valid variable/,
  ],
  ["x is NaN", () => one(NaN), RangeError, /Cannot evaluate "log\(x\)": x must be a finite number, got NaN/],
  ["x is a string", () => one("1" as never), TypeError, /x must be a number, got "1"/],
  [
    "the result is complex",
    () => one(-1),
    RangeError,
    /"log\(x\)" at x = -1: the result is the complex number 3.14159\d*i/,
  ],
  ["the result is -Infinity", () => one(0), RangeError, /"log\(x\)" at x = 0: the result is -Infinity/],
  ["the result is Infinity", () => compileExpression("1 / x")(0), RangeError, /the result is Infinity/],
  ["the result is NaN", () => compileExpression("x / x")(0), RangeError, /the result is NaN/],
  [
    "the result is a boolean",
    () => compileExpression("x > 1")(2),
    TypeError,
    /the result is true, not a number/,
  ],
  [
    "the result is a matrix",
    () => compileExpression("[x, 1]")(2),
    TypeError,
    /the result is a DenseMatrix, not a number/,
  ],
  ["too few values", () => three([1, 2]), TypeError, /it takes 3 values \(a, b, c\) but got 2/],
  ["too many values", () => three([1, 2, 3, 4]), TypeError, /it takes 3 values \(a, b, c\) but got 4/],
  [
    "values by name",
    () => three({ a: 1, b: 2, c: 3 } as never),
    TypeError,
    /pass the values of a, b, c as an array/,
  ],
  [
    "a value is Infinity",
    () => three([1, Infinity, 3]),
    RangeError,
    /b must be a finite number, got Infinity/,
  ],
  ["the values are a number", () => three(5 as never), TypeError, /as an array, got 5/],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`compileExpression() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
