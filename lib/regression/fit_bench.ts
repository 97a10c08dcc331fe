// Gradient descent at the performance table's sizes. One iteration costs a check of the data, one epoch and a
// pass for the final cost; 11 iterations, ten epochs more, so one epoch costs (t11 − t1) / 10.

import { benchCases } from "./_bench_data.ts";
import { fitLinearRegression } from "./fit.ts";

for (const { label, X, y, rows, values } of benchCases()) {
  const group = `fit ${label}`;
  const fit = (maxIterations: number) => ({ learningRate: 0.1, maxIterations, recordEvery: 1000 });

  Deno.bench(`fitLinearRegression(), typed Matrix, 1 iteration, ${label}`, { group, baseline: true }, () => {
    fitLinearRegression(X, y, fit(1));
  });
  Deno.bench(`fitLinearRegression(), typed Matrix, 11 iterations, ${label}`, { group }, () => {
    fitLinearRegression(X, y, fit(11));
  });
  Deno.bench(`fitLinearRegression(), number[][], 1 iteration, ${label}`, { group }, () => {
    fitLinearRegression(rows, values, fit(1));
  });
  Deno.bench(`fitLinearRegression(), number[][], 11 iterations, ${label}`, { group }, () => {
    fitLinearRegression(rows, values, fit(11));
  });
}
