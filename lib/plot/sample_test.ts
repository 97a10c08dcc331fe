import assert from "node:assert/strict";
import { assertBadInputs, type BadInput } from "./_assert_errors.ts";
import { f } from "./_fixtures.ts";
import { MAX_SAMPLES } from "./_curve.ts";
import { sampleFunction } from "./mod.ts";

Deno.test("sampleFunction() on [−5, 5) with step 0.25 gives NumPy's arange grid: 40 points, −5 to 4.75", () => {
  const points = sampleFunction(f, [-5, 5], { step: 0.25, endpoint: false });
  assert.equal(points.length, 40);
  for (let i = 0; i < points.length; i++) {
    assert.equal(points[i].x, -5 + i * 0.25);
    assert.equal(points[i].y, f(-5 + i * 0.25));
  }
});

Deno.test("sampleFunction() includes the upper end by default, even when the step does not divide the width", () => {
  const even = sampleFunction(f, [-5, 5], { step: 0.25 });
  assert.equal(even.length, 41);
  assert.equal(even.at(-1)?.x, 5);
  const uneven = sampleFunction((x) => x, [0, 1], { step: 0.3 });
  assert.deepEqual(uneven.map((p) => p.x), [0, 0.3, 0.6, 0.8999999999999999, 1]);
});

Deno.test("sampleFunction() takes 201 points by default", () => {
  const points = sampleFunction(Math.sin, [0, Math.PI]);
  assert.equal(points.length, 201);
  assert.equal(points[0].x, 0);
  assert.equal(points[200].x, Math.PI);
});

Deno.test("sampleFunction() rejects bad input, naming the value", () => {
  const table: BadInput[] = [
    ["f not a function", () => sampleFunction(3 as never, [0, 1]), TypeError, /f must be a function, got 3/],
    [
      "domain not an array",
      () => sampleFunction(f, "0..1" as never),
      TypeError,
      /domain must be \[low, high\], got "0..1"/,
    ],
    ["domain of three", () => sampleFunction(f, [0, 1, 2] as never), TypeError, /got \[0, 1, 2\]/],
    [
      "domain of strings",
      () => sampleFunction(f, ["0", "1"] as never),
      TypeError,
      /domain\[0\] must be a number, got "0"/,
    ],
    [
      "infinite domain",
      () => sampleFunction(f, [0, Infinity]),
      RangeError,
      /domain\[1\] must be a finite number, got Infinity/,
    ],
    [
      "NaN domain",
      () => sampleFunction(f, [NaN, 1]),
      RangeError,
      /domain\[0\] must be a finite number, got NaN/,
    ],
    ["min = max", () => sampleFunction(f, [1, 1]), RangeError, /low < high, got \[1, 1\]/],
    ["min > max", () => sampleFunction(f, [5, -5]), RangeError, /low < high, got \[5, -5\]/],
    [
      "zero step",
      () => sampleFunction(f, [0, 1], { step: 0 }),
      RangeError,
      /step must be > 0, got 0/,
    ],
    ["negative step", () => sampleFunction(f, [0, 1], { step: -0.1 }), RangeError, /got -0.1/],
    [
      "string step",
      () => sampleFunction(f, [0, 1], { step: "0.1" as never }),
      TypeError,
      /step must be a number, got "0.1"/,
    ],
    [
      "tiny step",
      () => sampleFunction(f, [0, 1], { step: 1e-9 }),
      RangeError,
      new RegExp(`more than ${MAX_SAMPLES}`),
    ],
    [
      "bad endpoint",
      () => sampleFunction(f, [0, 1], { endpoint: 1 as never }),
      TypeError,
      /endpoint must be true or false, got 1/,
    ],
    [
      "f returns a string",
      () => sampleFunction(() => "1" as never, [0, 1]),
      TypeError,
      /f\(0\) must be a number, got "1"/,
    ],
    [
      "f returns Infinity",
      () => sampleFunction((x) => 1 / x, [0, 1]),
      RangeError,
      /f\(0\) must be a finite number, got Infinity/,
    ],
    [
      "f returns NaN",
      () => sampleFunction(Math.log, [-1, 1]),
      RangeError,
      /f\(-1\) must be a finite number, got NaN/,
    ],
  ];
  assertBadInputs("Cannot sample the function: ", table);
});
