import assert from "node:assert/strict";
import { DEFAULT_DIFFERENCE_STEPS, type StepError, stepErrors } from "./step_error.ts";

const best = (rows: StepError[], method: string) =>
  rows.filter((r) => r.method === method).reduce((p, q) => (q.error < p.error ? q : p));
const at = (rows: StepError[], method: string, h: number) =>
  rows.find((r) => r.method === method && Math.abs(r.h / h - 1) < 1e-9)!;

Deno.test("DEFAULT_DIFFERENCE_STEPS runs from 1e-1 to 1e-13, four steps per power of ten", () => {
  assert.equal(DEFAULT_DIFFERENCE_STEPS.length, 49);
  assert.equal(DEFAULT_DIFFERENCE_STEPS[0], 0.1);
  assert.ok(Math.abs(DEFAULT_DIFFERENCE_STEPS.at(-1)! / 1e-13 - 1) < 1e-12);
  for (let i = 1; i < DEFAULT_DIFFERENCE_STEPS.length; i++) {
    assert.ok(Math.abs(DEFAULT_DIFFERENCE_STEPS[i - 1] / DEFAULT_DIFFERENCE_STEPS[i] - 10 ** 0.25) < 1e-9);
  }
});

Deno.test("stepErrors() returns every step of each method in order, with |estimate − f'(x)|", () => {
  const rows = stepErrors(Math.exp, Math.exp, 1, { steps: [0.1, 0.01], methods: ["central", "forward"] });
  assert.deepEqual(rows.map((r) => [r.method, r.h]), [["central", 0.1], ["central", 0.01], ["forward", 0.1], [
    "forward",
    0.01,
  ]]);
  const forward = rows[2];
  assert.equal(forward.estimate, (Math.exp(1.1) - Math.exp(1)) / 0.1);
  assert.equal(forward.error, Math.abs(forward.estimate - Math.E));
});

Deno.test("stepErrors() of e^x at 1: truncation error falls like h (forward, backward) and h² (central)", () => {
  const rows = stepErrors(Math.exp, Math.exp, 1);
  for (const method of ["forward", "backward"]) {
    const ratio = at(rows, method, 1e-2).error / at(rows, method, 1e-3).error;
    assert.ok(ratio > 9 && ratio < 11, `${method}: ${ratio}`);
    // The leading term: h·|f''|/2 = h·e/2.
    assert.ok(Math.abs(at(rows, method, 1e-3).error / (1e-3 * Math.E / 2) - 1) < 0.01);
  }
  const ratio = at(rows, "central", 1e-2).error / at(rows, "central", 1e-3).error;
  assert.ok(ratio > 95 && ratio < 105, `central: ${ratio}`);
  assert.ok(Math.abs(at(rows, "central", 1e-2).error / (1e-4 * Math.E / 6) - 1) < 0.01); // h²·|f'''|/6
});

Deno.test("stepErrors() of e^x at 1: rounding error grows as h shrinks, so the best h is about √ε or ∛ε", () => {
  const rows = stepErrors(Math.exp, Math.exp, 1);
  for (const method of ["forward", "backward", "central"]) {
    assert.ok(at(rows, method, 1e-13).error > 100 * best(rows, method).error, method);
  }
  const decade = (h: number) => Math.abs(Math.log10(h));
  const sqrtEps = Math.sqrt(Number.EPSILON); // 1.5e-8
  const cbrtEps = Math.cbrt(Number.EPSILON); // 6.1e-6
  for (const method of ["forward", "backward"]) {
    assert.ok(
      Math.abs(decade(best(rows, method).h) - decade(sqrtEps)) <= 1,
      `${method}: ${best(rows, method).h}`,
    );
  }
  assert.ok(
    Math.abs(decade(best(rows, "central").h) - decade(cbrtEps)) <= 1,
    `central: ${best(rows, "central").h}`,
  );
  // The best central estimate is far better than the best one-sided one (about ε^(2/3) against √ε).
  assert.ok(best(rows, "central").error < best(rows, "forward").error / 100);
});

Deno.test("stepErrors() of a quadratic: the central difference has no truncation error", () => {
  const f = (x: number) => 2 * x ** 2 - 3 * x + 4;
  const rows = stepErrors(f, (x) => 4 * x - 3, 2, { steps: [1, 0.1, 0.01], methods: ["central", "forward"] });
  for (const r of rows.filter((r) => r.method === "central")) assert.ok(r.error < 1e-12);
  // The forward difference is off by exactly 2h (f'' = 4, error h·f''/2), up to rounding.
  for (const r of rows.filter((r) => r.method === "forward")) assert.ok(Math.abs(r.error - 2 * r.h) < 1e-12);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "f is not a function",
    () => stepErrors(1 as never, Math.exp, 1),
    TypeError,
    /f must be a function, got 1/,
  ],
  [
    "derivative is missing",
    () => stepErrors(Math.exp, undefined as never, 1),
    TypeError,
    /derivative must be a function/,
  ],
  [
    "x is Infinity",
    () => stepErrors(Math.exp, Math.exp, Infinity),
    RangeError,
    /x must be a finite number, got Infinity/,
  ],
  [
    "steps is not an array",
    () => stepErrors(Math.exp, Math.exp, 1, { steps: 0.1 as never }),
    TypeError,
    /steps must be an array of numbers, got 0.1/,
  ],
  [
    "steps is empty",
    () => stepErrors(Math.exp, Math.exp, 1, { steps: [] }),
    RangeError,
    /steps must not be empty/,
  ],
  [
    "a step is negative",
    () => stepErrors(Math.exp, Math.exp, 1, { steps: [0.1, -1] }),
    RangeError,
    /steps\[1\] must be > 0, got -1/,
  ],
  [
    "a step is too small for x",
    () => stepErrors(Math.exp, Math.exp, 1, { steps: [1e-17] }),
    RangeError,
    /h = 1e-17 is too small for x = 1/,
  ],
  [
    "a method is unknown",
    () => stepErrors(Math.exp, Math.exp, 1, { methods: ["forward", "five-point" as never] }),
    RangeError,
    /methods\[1\] must be one of "forward", "backward", "central", got "five-point"/,
  ],
  [
    "methods is empty",
    () => stepErrors(Math.exp, Math.exp, 1, { methods: [] }),
    TypeError,
    /methods must be a non-empty array/,
  ],
  [
    "an option is misspelt",
    () => stepErrors(Math.exp, Math.exp, 1, { h: 1 } as never),
    TypeError,
    /unknown option "h"/,
  ],
  [
    "the derivative is NaN",
    () => stepErrors(Math.exp, () => NaN, 1),
    RangeError,
    /derivative\(1\) must be a finite number, got NaN/,
  ],
  [
    "f is not finite",
    () => stepErrors(Math.log, (x) => 1 / x, 0.01),
    RangeError,
    /must be a finite number, got NaN/,
  ],
];
for (const [what, call, type, message] of badInputs) {
  Deno.test(`stepErrors() throws a ${type.name} when ${what}`, () => {
    assert.throws(call, { name: type.name, message });
  });
}
