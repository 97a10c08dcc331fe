// The data the regression benches share: the two sizes of the performance table (README "Performance"),
// made once per bench file with a seeded generator, in typed and in plain (number[][]) form.

import { makeLinearData } from "../data/synthetic.ts";
import type { Matrix } from "./matrix.ts";

/** One bench size: `m` rows × `n` features. */
export interface BenchCase {
  label: string;
  m: number;
  n: number;
  /** Typed form: the fast path. */
  X: Matrix;
  y: Float64Array;
  /** Plain form: the same numbers as `number[][]` and `number[]`. */
  rows: number[][];
  values: number[];
  /** Parameters to evaluate at: away from the answer, so the errors are not small. */
  w: Float64Array;
  b: number;
}

/** The sizes of the performance table: m = 1e5 × n = 1 and m = 1e6 × n = 8. */
export function benchCases(): BenchCase[] {
  return [
    { m: 100_000, weights: [2] },
    { m: 1_000_000, weights: [1, -2, 3, -4, 0.5, -0.5, 2, 1] },
  ].map(({ m, weights }) => {
    const options = { m, w: weights, b: 3, seed: 1, xRange: [-1, 1] as const };
    const typed = makeLinearData({ ...options, typed: true });
    const plain = makeLinearData(options);
    const n = weights.length;
    const label = `m=${m.toExponential()} n=${n}`.replace("e+", "e");
    const w = new Float64Array(n).fill(0.5);
    return { label, m, n, X: typed.X, y: typed.y, rows: plain.X, values: plain.y, w, b: 0 };
  });
}
