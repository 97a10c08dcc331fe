import assert from "node:assert/strict";
import fc from "fast-check";
import { numericalGradient } from "../calculus/mod.ts";
import { gradientDescent } from "../optimize/mod.ts";
import { fitLinearRegression } from "../regression/mod.ts";
import { compileExpression, partialDerivatives } from "../symbolic/mod.ts";
import { derivative, grad, valueAndGrad } from "./grad.ts";
import { Value } from "./value.ts";

/**
 * A number in [min, max] in steps of 0.001. (fc.double favours 0 and tiny subnormals, where most derivatives
 * vanish and a wrong one can go unnoticed.)
 */
const coordinate = (min: number, max: number) =>
  fc.integer({ min: min * 1000, max: max * 1000 }).map((k) => k / 1000);

/** Every component within `tolerance`, relative to the component's size when it exceeds 1. */
function close(actual: readonly number[], expected: readonly number[], tolerance: number): boolean {
  return actual.length === expected.length &&
    actual.every((a, i) => Math.abs(a - expected[i]) <= tolerance * Math.max(1, Math.abs(expected[i])));
}

// The same function three ways: as a mathjs text (the symbolic oracle), and written with Values (autodiff);
// the numbers-only version for central differences is compiled from the text.
interface Case {
  name: string;
  text: string;
  variables: string[];
  f: (...xs: Value[]) => Value;
  points: number[][];
}

const seed004X = [1, 2, 3];
const seed004y = [2, 4, 6];

const cases: Case[] = [
  {
    name: "a sum",
    text: "x + y + z - 4",
    variables: ["x", "y", "z"],
    f: (x, y, z) => x.add(y).add(z).sub(4),
    points: [[1, 2, 3], [-0.5, 0, 7]],
  },
  {
    name: "a product",
    text: "x * y * z",
    variables: ["x", "y", "z"],
    f: (x, y, z) => x.mul(y).mul(z),
    points: [[1, 2, 3], [-0.5, 0.25, 7]],
  },
  {
    name: "powers",
    text: "x^3 - 2 * y^2 + x^0.5 + y^-1",
    variables: ["x", "y"],
    f: (x, y) => x.pow(3).sub(y.pow(2).mul(2)).add(x.pow(0.5)).add(y.pow(-1)),
    points: [[1.5, 2], [0.3, -0.7]],
  },
  {
    name: "a quotient",
    text: "(x - y) / (1 + x^2)",
    variables: ["x", "y"],
    f: (x, y) => x.sub(y).div(x.pow(2).add(1)),
    points: [[0.5, 2], [-3, 1]],
  },
  {
    name: "exp and log",
    text: "exp(x) * log(y) + log(exp(x) + y)",
    variables: ["x", "y"],
    f: (x, y) => x.exp().mul(y.log()).add(x.exp().add(y).log()),
    points: [[0.2, 2], [-1, 0.5]],
  },
  {
    name: "a composition",
    text: "sin(x^2 + y) * cos(x) - tanh(x * y)",
    variables: ["x", "y"],
    f: (x, y) => x.pow(2).add(y).sin().mul(x.cos()).sub(x.mul(y).tanh()),
    points: [[0.7, -0.2], [1.3, 2]],
  },
  {
    name: "a negation",
    text: "-(x - y) / x",
    variables: ["x", "y"],
    f: (x, y) => x.sub(y).mul(-1).div(x),
    points: [[2, 5], [-1, 0.5]],
  },
  {
    name: "a shared subexpression u = xy + 1 used three times",
    text: "(x*y + 1)^2 + (x*y + 1) * x",
    variables: ["x", "y"],
    f: (x, y) => {
      const u = x.mul(y).add(1);
      return u.mul(u).add(u.mul(x));
    },
    points: [[2, 3], [-0.4, 1.1]],
  },
  {
    name: "seed 000's y = 2(3a² − 2a + b² + 1) + c",
    text: "2*(3a^2 - 2a + b^2 + 1) + c",
    variables: ["a", "b", "c"],
    f: (a, b, c) => a.pow(2).mul(3).sub(a.mul(2)).add(b.pow(2)).add(1).mul(2).add(c),
    points: [[1, 1, 1], [0.3, -0.2, -11.5]],
  },
  {
    name: "seed 004's cost J(w, b) = 1/(2m) Σ (w·x + b − y)²",
    text: "((w + b - 2)^2 + (2w + b - 4)^2 + (3w + b - 6)^2) / 6",
    variables: ["w", "b"],
    f: (w, b) => Value.sum(seed004X.map((x, i) => w.mul(x).add(b).sub(seed004y[i]).pow(2))).div(6),
    points: [[0, 0], [1.9, 0.22]],
  },
];

for (const c of cases) {
  Deno.test(`grad() of ${c.name} equals the symbolic gradient (mathjs)`, () => {
    const symbolic = partialDerivatives(c.text, c.variables).gradient;
    for (const point of c.points) {
      const auto = grad(c.f)(point);
      assert.ok(close(auto, symbolic(point), 1e-13), `${c.name} at ${point}: ${auto} vs ${symbolic(point)}`);
    }
  });

  Deno.test(`grad() of ${c.name} agrees with central differences`, () => {
    const plain = compileExpression(c.text, c.variables);
    for (const point of c.points) {
      const auto = grad(c.f)(point);
      const estimate = numericalGradient((x) => plain(x), point, { h: 1e-5 });
      assert.ok(close(auto, estimate, 1e-7), `${c.name} at ${point}: ${auto} vs ${estimate}`);
    }
  });
}

Deno.test("valueAndGrad() returns f(x) as the plain function computes it", () => {
  for (const c of cases) {
    const plain = compileExpression(c.text, c.variables);
    for (const point of c.points) {
      const { value } = valueAndGrad(c.f)(point);
      assert.ok(Math.abs(value - plain(point)) <= 1e-13 * Math.max(1, Math.abs(value)), c.name);
    }
  }
});

// Random expression trees over two variables, built from operations that are defined everywhere, written
// once as mathjs text and once with Values.
type Tree =
  | { kind: "x" | "y" }
  | { kind: "const"; value: number }
  | { kind: "+" | "-" | "*"; left: Tree; right: Tree }
  | { kind: "sin" | "cos" | "tanh" | "square" | "softDiv"; arg: Tree };

const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "medium", withCrossShrink: true },
    fc.constantFrom<Tree>({ kind: "x" }, { kind: "y" }),
    fc.integer({ min: -3, max: 3 }).map((value): Tree => ({ kind: "const", value })),
    fc.record({
      kind: fc.constantFrom("+" as const, "-" as const, "*" as const),
      left: tie("tree"),
      right: tie("tree"),
    }),
    fc.record({
      kind: fc.constantFrom(
        "sin" as const,
        "cos" as const,
        "tanh" as const,
        "square" as const,
        "softDiv" as const,
      ),
      arg: tie("tree"),
    }),
  ),
})).tree;

function toText(t: Tree): string {
  switch (t.kind) {
    case "x":
    case "y":
      return t.kind;
    case "const":
      return `(${t.value})`;
    case "+":
    case "-":
    case "*":
      return `(${toText(t.left)} ${t.kind} ${toText(t.right)})`;
    case "square":
      return `(${toText(t.arg)})^2`;
    case "softDiv":
      return `(1 / (1 + (${toText(t.arg)})^2))`;
    default:
      return `${t.kind}(${toText(t.arg)})`;
  }
}

function toValue(t: Tree, x: Value, y: Value): Value {
  switch (t.kind) {
    case "x":
      return x;
    case "y":
      return y;
    case "const":
      return new Value(t.value);
    case "+":
      return toValue(t.left, x, y).add(toValue(t.right, x, y));
    case "-":
      return toValue(t.left, x, y).sub(toValue(t.right, x, y));
    case "*":
      return toValue(t.left, x, y).mul(toValue(t.right, x, y));
    case "square":
      return toValue(t.arg, x, y).pow(2);
    case "softDiv":
      return new Value(1).div(toValue(t.arg, x, y).pow(2).add(1));
    default:
      return toValue(t.arg, x, y)[t.kind]();
  }
}

Deno.test("grad() of a random expression equals its symbolic gradient and central differences", () => {
  fc.assert(
    fc.property(tree, coordinate(-1.5, 1.5), coordinate(-1.5, 1.5), (t, x, y) => {
      const text = toText(t);
      // mathjs needs the variables it is told about to appear; pad with 0·x + 0·y.
      const padded = `${text} + 0 * x + 0 * y`;
      const auto = grad((xv, yv) => toValue(t, xv, yv))([x, y]);
      const symbolic = partialDerivatives(padded, ["x", "y"]).gradient([x, y]);
      const plain = compileExpression(padded, ["x", "y"]);
      const numeric = numericalGradient((p) => plain(p), [x, y], { h: 1e-5 });
      const scale = Math.max(1, Math.abs(plain([x, y])));
      return close(auto, symbolic, 1e-10) &&
        auto.every((a, i) => Math.abs(a - numeric[i]) <= 1e-5 * scale * Math.max(1, Math.abs(a)));
    }),
    { seed: 4, numRuns: 100 },
  );
});

Deno.test("grad() is linear: ∇(f + 3g) = ∇f + 3∇g at random points", () => {
  const f = (x: Value, y: Value) => x.mul(y).sin().add(x.pow(2));
  const g = (x: Value, y: Value) => y.exp().mul(x).sub(y.tanh());
  const point = fc.tuple(
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.double({ min: -2, max: 2, noNaN: true }),
  );
  fc.assert(
    fc.property(point, ([x, y]) => {
      const both = grad((a, b) => f(a, b).add(g(a, b).mul(3)))([x, y]);
      const df = grad(f)([x, y]);
      const dg = grad(g)([x, y]);
      return close(both, df.map((d, i) => d + 3 * dg[i]), 1e-13);
    }),
    { seed: 7 },
  );
});

Deno.test("derivative() of seed 003's f(w) = w² + 3w − 5 is exactly 2w + 3", () => {
  const df = derivative((w) => w.pow(2).add(w.mul(3)).sub(5));
  fc.assert(
    fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (w) => df(w) === 2 * w + 3),
    { seed: 3 },
  );
});

Deno.test("descent with derivative() reproduces seed 003's jax.grad run from w = −10 to the last digit", () => {
  const df = derivative((w) => w.pow(2).add(w.mul(3)).sub(5));
  const run = gradientDescent(df, -10, { learningRate: 0.01, maxIterations: 1000 });
  assert.equal(run.x, -1.5000000143052226);
});

Deno.test("fitting seed 004's model with grad() matches fitLinearRegression to within round-off", () => {
  const X = [[1], [2], [3]];
  const y = [2, 4, 6];
  const m = X.length;
  const cost = (w: Value, b: Value) =>
    Value.sum(X.map((row, i) => w.mul(row[0]).add(b).sub(y[i]).pow(2))).div(2 * m);
  const run = gradientDescent(grad(cost), [0, 0], { learningRate: 0.01, maxIterations: 1000 });
  const [w, b] = run.x as number[];
  const lib = fitLinearRegression(X, y, { learningRate: 0.01, maxIterations: 1000 });
  assert.equal(lib.w[0], 1.9025923788441472);
  assert.equal(lib.b, 0.22143041851694578);
  // The chain rule multiplies 1/(2m) into each error before summing, where seed 004 sums first and
  // multiplies by 1/m last: the same numbers rounded in a different order, a few units in the last place.
  assert.ok(Math.abs(w - lib.w[0]) < 1e-12, `w: ${w} vs ${lib.w[0]}`);
  assert.ok(Math.abs(b - lib.b) < 1e-12, `b: ${b} vs ${lib.b}`);
});

const twoArgs = grad((a, b) => a.mul(b));
const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "f is not a function",
    () => grad(3 as never),
    TypeError,
    /Cannot compute the gradient: f must be a function, got 3/,
  ],
  ["x is not an array", () => twoArgs(3 as never), TypeError, /x must be an array of numbers, got 3/],
  ["x is empty", () => twoArgs([]), RangeError, /x must not be empty, got \[\]/],
  ["x holds NaN", () => twoArgs([1, NaN]), RangeError, /x\[1\] must be a finite number, got NaN/],
  ["x holds a string", () => twoArgs([1, "2" as never]), TypeError, /x\[1\] must be a number, got "2"/],
  ["x is too short", () => twoArgs([1]), RangeError, /f takes 2 values but x has 1, \[1\]/],
  ["x is too long", () => twoArgs([1, 2, 3]), RangeError, /f takes 2 values but x has 3/],
  [
    "f returns a number",
    () => grad((a) => a.data * 2 as never)([1]),
    TypeError,
    /f must return a Value computed from its arguments \(e\.g\. a\.mul\(b\)\), got 2/,
  ],
  [
    "f takes a log of a negative input",
    () => grad((a) => a.log())([-1]),
    RangeError,
    /Cannot compute log\(-1\)/,
  ],
  [
    "derivative of a non-function",
    () => derivative(null as never),
    TypeError,
    /Cannot compute the derivative: f must be a function, got null/,
  ],
  [
    "derivative at NaN",
    () => derivative((w) => w.mul(2))(NaN),
    RangeError,
    /x must be a finite number, got NaN/,
  ],
  [
    "derivative at a string",
    () => derivative((w) => w.mul(2))("1" as never),
    TypeError,
    /x must be a number, got "1"/,
  ],
];
Deno.test("grad() and derivative() reject bad input with a message naming the value", () => {
  for (const [what, call, type, message] of badInputs) {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof type, `${what}: expected ${type.name}, got ${error}`);
      assert.match((error as Error).message, message, what);
      return true;
    }, what);
  }
});

Deno.test("grad() accepts any number of values for a function with a rest parameter", () => {
  const total = grad((...xs) => Value.sum(xs.map((x) => x.pow(2))));
  assert.deepEqual(total([1, 2, 3]), [2, 4, 6]);
  assert.deepEqual(total([5]), [10]);
});
