import assert from "node:assert/strict";
import fc from "fast-check";
import { tangentLine } from "./tangent.ts";

const f = (x: number) => 2 * x ** 2 - 3 * x + 4;
const df = (x: number) => 4 * x - 3;

Deno.test("tangentLine() with the exact derivative is g(x) = f'(x0)(x − x0) + f(x0)", () => {
  const line = tangentLine(f, -1, { derivative: df });
  assert.equal(line.x0, -1);
  assert.equal(line.y0, 9);
  assert.equal(line.slope, -7);
  for (const x of [-3, -1, 0, 2.5]) assert.equal(line.at(x), -7 * (x + 1) + 9);
});

Deno.test("tangentLine() touches the curve at x0", () => {
  for (const x0 of [-5, -1, 0.75, 2, 4.75]) {
    assert.equal(tangentLine(f, x0).at(x0), f(x0));
  }
});

Deno.test("tangentLine() estimates the slope by central difference when no derivative is given", () => {
  for (const x0 of [-1, 0.75, 2]) {
    assert.ok(Math.abs(tangentLine(f, x0).slope - df(x0)) < 1e-9);
  }
  assert.ok(Math.abs(tangentLine(Math.sin, 1, { h: 1e-3 }).slope - Math.cos(1)) < 1e-6);
});

Deno.test("tangentLine() slope is negative left of the minimum and positive right of it (lesson 02)", () => {
  // f(x) = 2x² − 3x + 4 has its minimum at 3/4.
  assert.ok(tangentLine(f, 0).slope < 0);
  assert.ok(tangentLine(f, 2).slope > 0);
});

Deno.test("tangentLine() of a convex function lies below the curve everywhere", () => {
  const x = fc.double({ min: -50, max: 50, noNaN: true });
  fc.assert(
    fc.property(x, x, (x0, x1) => {
      const line = tangentLine(f, x0, { derivative: df });
      return line.at(x1) <= f(x1) + 1e-9 * Math.max(1, Math.abs(f(x1)));
    }),
  );
});

Deno.test("tangentLine().at works as a callback to map", () => {
  const line = tangentLine(f, 2, { derivative: df });
  assert.deepEqual([0, 1, 2].map(line.at), [-4, 1, 6]);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "f is not a function",
    () => tangentLine({} as never, 1),
    TypeError,
    /f must be a function, got \{\}/,
  ],
  ["x0 is NaN", () => tangentLine(f, NaN), RangeError, /x0 must be a finite number, got NaN/],
  ["h is negative", () => tangentLine(f, 1, { h: -1 }), RangeError, /h must be > 0, got -1/],
  [
    "derivative is not a function",
    () => tangentLine(f, 1, { derivative: 5 as never }),
    TypeError,
    /derivative must/,
  ],
  [
    "derivative returns NaN",
    () => tangentLine(f, 1, { derivative: () => NaN }),
    RangeError,
    /derivative\(1\) must be/,
  ],
  [
    "an option is misspelt",
    () => tangentLine(f, 1, { slope: 2 } as never),
    TypeError,
    /unknown option "slope"/,
  ],
  [
    "f is not finite at x0",
    () => tangentLine(Math.log, 0),
    RangeError,
    /f\(0\) must be a finite number, got -Infinity/,
  ],
  ["at() gets NaN", () => tangentLine(f, 1).at(NaN), RangeError, /tangent line: x must be a finite number/],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`tangentLine() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
