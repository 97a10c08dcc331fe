// Timing of one gradient evaluation at the sizes of the performance table, on each path a lesson can take.

import { gradientPassGeneric } from "./_gradient_pass.ts";
import { benchCases } from "./_bench_data.ts";
import { computeGradient, computeGradientInto } from "./gradient.ts";

for (const { label, X, y, rows, values, w, b } of benchCases()) {
  const group = `gradient ${label}`;
  const dw = new Float64Array(X.cols);
  const sumXError = new Float64Array(X.cols);
  const totals = new Float64Array(2);

  Deno.bench(`computeGradientInto(), typed Matrix, ${label}`, { group, baseline: true }, () => {
    computeGradientInto(X, y, w, b, dw);
  });
  Deno.bench(`the generic loop alone (no specialised pass), ${label}`, { group }, () => {
    gradientPassGeneric(X, y, w, b, sumXError, totals);
  });
  // computeGradient() checks every entry of X and y on each call (it cannot know they were checked before).
  Deno.bench(`computeGradient(), typed Matrix, ${label}`, { group }, () => {
    computeGradient(X, y, w, b);
  });
  // A number[][] is checked and copied into a Matrix on each call.
  Deno.bench(`computeGradient(), number[][], ${label}`, { group }, () => {
    computeGradient(rows, values, w, b);
  });
}
