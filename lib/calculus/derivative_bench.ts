// Timing of one numerical derivative, with its checks, against the bare formula.

import { numericalDerivative } from "./derivative.ts";

const f = (x: number) => 2 * x ** 2 - 3 * x + 4; // seed 000's function
let x = 2;
let sink = 0; // results go somewhere, so the work cannot be optimized away

Deno.bench("(f(x + h) − f(x)) / h written out, no checks", { group: "derivative", baseline: true }, () => {
  sink += (f(x + 1e-4) - f(x)) / 1e-4;
  x = 2 + (sink % 1) * 1e-9;
});
Deno.bench("numericalDerivative(), forward", { group: "derivative" }, () => {
  sink += numericalDerivative(f, x);
  x = 2 + (sink % 1) * 1e-9;
});
Deno.bench("numericalDerivative(), central", { group: "derivative" }, () => {
  sink += numericalDerivative(f, x, { method: "central" });
  x = 2 + (sink % 1) * 1e-9;
});
