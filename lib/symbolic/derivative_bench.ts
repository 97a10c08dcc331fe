// A symbolic derivative, differentiated once and then evaluated compiled, against the derivative written by hand.

import { symbolicDerivative } from "./derivative.ts";

const slope = symbolicDerivative("2x^2 - 3x + 4"); // 4 * x - 3
const byHand = (x: number) => 4 * x - 3;
let x = 2;
let sink = 0; // results go somewhere, so the work cannot be optimized away

Deno.bench("4x − 3 written by hand", { group: "evaluate", baseline: true }, () => {
  sink += byHand(x);
  x = 2 + (sink % 1) * 1e-9;
});
Deno.bench('symbolicDerivative("2x^2 - 3x + 4").evaluate(x), compiled once', { group: "evaluate" }, () => {
  sink += slope.evaluate(x);
  x = 2 + (sink % 1) * 1e-9;
});
Deno.bench('symbolicDerivative("2x^2 - 3x + 4"): parse, differentiate, simplify, compile', () => {
  symbolicDerivative("2x^2 - 3x + 4");
});
