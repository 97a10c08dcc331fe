// Timing of the hot path at the size the large-data lessons use: m = 1e6 rows × n = 8 features.
// Run with `./deno bench lib/regression/fit_bench.ts`.

import { makeLinearData } from "../data/synthetic.ts";
import { fitLinearRegression } from "./fit.ts";
import { computeGradientInto } from "./gradient.ts";

const { X, y } = makeLinearData({
  m: 1_000_000,
  w: [1, -2, 3, -4, 0.5, -0.5, 2, 1],
  b: 3,
  seed: 1,
  typed: true,
});
const w = new Float64Array(8);
const dw = new Float64Array(8);

Deno.bench("computeGradientInto(), one pass over 1e6 × 8", () => {
  computeGradientInto(X, y, w, 0, dw);
});

Deno.bench("fitLinearRegression(), 10 epochs over 1e6 × 8", () => {
  fitLinearRegression(X, y, { learningRate: 0.01, maxIterations: 10, recordEvery: 10 });
});
