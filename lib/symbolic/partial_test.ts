import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalGradient } from "../calculus/mod.ts";
import { compileExpression } from "./compile.ts";
import { partialDerivatives } from "./partial.ts";

const seed000 = "2*(3a^2 - 2a + b^2 + 1) + c";

Deno.test("partialDerivatives() prints seed 000's partial derivatives as mathjs does", () => {
  const y = partialDerivatives(seed000, ["a", "b", "c"]);
  assert.deepEqual(y.partials.map((p) => p.variable), ["a", "b", "c"]);
  // 2(6a − 2) is the chain rule's dy/du · du/da before expanding to 12a − 4.
  assert.deepEqual(y.partials.map((p) => p.text), ["2 * (6 * a - 2)", "4 * b", "1"]);
});

Deno.test("partialDerivatives() gradient equals the hand-derived [12a − 4, 4b, 1]", () => {
  const { gradient } = partialDerivatives(seed000, ["a", "b", "c"]);
  const point = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 });
  fc.assert(
    fc.property(point, ([a, b, c]) => {
      const [da, db, dc] = gradient([a, b, c]);
      return Math.abs(da - (12 * a - 4)) <= 1e-12 * Math.max(1, Math.abs(12 * a)) && db === 4 * b && dc === 1;
    }),
  );
});

Deno.test("partialDerivatives() evaluates each partial from an array", () => {
  const y = partialDerivatives(seed000, ["a", "b", "c"]);
  assert.equal(y.partials[0].evaluate([1, 0, 0]), 8);
  assert.equal(y.partials[1].evaluate([0, -2, 7]), -8);
});

Deno.test("partialDerivatives() gradient returns a new array each call", () => {
  const { gradient } = partialDerivatives("x^2 + y^2", ["x", "y"]);
  const first = gradient([1, 2]);
  const second = gradient([3, 4]);
  assert.deepEqual(first, [2, 4]);
  assert.deepEqual(second, [6, 8]);
});

// Symbolic gradients against central differences of the compiled expression.
const oracleCases: [string, string[]][] = [
  ["x^2 * y + sin(x * y)", ["x", "y"]],
  ["exp(-(x^2 + y^2) / 2)", ["x", "y"]],
  ["log(1 + a^2 + b^2) * c", ["a", "b", "c"]],
  ["(θ0 + θ1 * 2 - 4)^2 / 2", ["θ0", "θ1"]],
  ["(1 - x)^2 + 100 (y - x^2)^2", ["x", "y"]],
];
for (const [expression, variables] of oracleCases) {
  Deno.test(`partialDerivatives() of ${expression} agrees with central differences`, () => {
    const f = compileExpression(expression, variables);
    const { gradient } = partialDerivatives(expression, variables);
    const point = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
      minLength: variables.length,
      maxLength: variables.length,
    });
    fc.assert(
      fc.property(point, (x) => {
        const exact = gradient(x);
        const estimate = numericalGradient((v) => f(v), x, { h: 1e-5 });
        return exact.every((e, i) => Math.abs(e - estimate[i]) <= 1e-6 * Math.max(1, Math.abs(e)));
      }),
    );
  });
}

const { gradient } = partialDerivatives("x * y", ["x", "y"]);
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "a variable is missing from the list",
    () => partialDerivatives("x * y", ["x"]),
    TypeError,
    /Cannot differentiate "x \* y": unknown variable y \(the variables are x\)/,
  ],
  [
    "variables is a string",
    () => partialDerivatives("x * y", "x" as never),
    TypeError,
    /variables must be an array of names, got "x"/,
  ],
  ["variables is empty", () => partialDerivatives("x", []), RangeError, /variables must not be empty/],
  [
    "a variable is listed twice",
    () => partialDerivatives("x", ["x", "x"]),
    RangeError,
    /"x" is listed twice/,
  ],
  ["the text does not parse", () => partialDerivatives("x *", ["x"]), TypeError, /it does not parse/],
  [
    "mathjs cannot differentiate",
    () => partialDerivatives("max(x, y)", ["x", "y"]),
    TypeError,
    /with respect to x: Cannot process function "max"/,
  ],
  ["gradient gets too few values", () => gradient([1]), TypeError, /it takes 2 values \(x, y\) but got 1/],
  [
    "gradient gets an object",
    () => gradient({ x: 1, y: 2 } as never),
    TypeError,
    /pass the values of x, y as an array, got \{x, y\}/,
  ],
  ["gradient gets NaN", () => gradient([1, NaN]), RangeError, /y must be a finite number, got NaN/],
  [
    "a partial derivative is infinite",
    () => partialDerivatives("log(x) + y", ["x", "y"]).gradient([0, 1]),
    RangeError,
    /the partial derivative "1 \/ x" of "log\(x\) \+ y" with respect to x at x = 0, y = 1: the result is Infinity/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`partialDerivatives() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
