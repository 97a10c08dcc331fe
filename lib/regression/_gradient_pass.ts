/**
 * The inner loop of batch gradient descent, shared by `computeGradient`, `computeGradientInto` and
 * `fitLinearRegression` so that all three give bit-identical numbers. Internal: callers validate.
 * @module
 */
import type { Matrix } from "../_validate.ts";

/** A gradient pass: fills `sumXError[j] = Σ X[i][j]·error[i]`, `totals = [Σ error, Σ error²]`. */
export type GradientPass = (
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
) => void;

/** The reference loop, allocation-free: `yHat = (X[i][0]·w[0] + … + X[i][n−1]·w[n−1]) + b`, seed 004's order. */
export const gradientPassGeneric: GradientPass = (X, y, w, b, sumXError, totals) => {
  const { rows, cols, data } = X;
  for (let j = 0; j < cols; j++) sumXError[j] = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0; i < rows; i++) {
    const start = i * cols;
    let yHat = 0;
    for (let j = 0; j < cols; j++) yHat += data[start + j] * w[j];
    yHat += b;
    const error = yHat - y[i];
    for (let j = 0; j < cols; j++) sumXError[j] += data[start + j] * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  totals[0] = sumError;
  totals[1] = sumSquaredError;
};

/**
 * The same loop written out for one `n` <= 8: weights and sums become locals V8 keeps in registers, 2–10× faster
 * (`bench:compare`). Same operations in the same order, so the same sums to the bit: starting at `x0·w0`, not
 * `0 + x0·w0`, can only flip the sign of a zero error, which adds the same to every sum (`_gradient_pass_test.ts`).
 */
function specialise(n: number): GradientPass {
  const each = (template: (j: number) => string, glue: string) =>
    Array.from({ length: n }, (_, j) => template(j)).join(glue);
  const body = `
    const rows = X.rows, data = X.data;
    const ${each((j) => `w${j} = w[${j}]`, ", ")};
    let ${each((j) => `s${j} = 0`, ", ")}, sumError = 0, sumSquaredError = 0;
    for (let i = 0, k = 0; i < rows; i++, k += ${n}) {
      const ${each((j) => `x${j} = data[k + ${j}]`, ", ")};
      const error = ${each((j) => `x${j} * w${j}`, " + ")} + b - y[i];
      ${each((j) => `s${j} += x${j} * error;`, " ")}
      sumError += error;
      sumSquaredError += error * error;
    }
    ${each((j) => `sumXError[${j}] = s${j};`, " ")}
    totals[0] = sumError;
    totals[1] = sumSquaredError;`;
  return new Function("X", "y", "w", "b", "sumXError", "totals", body) as GradientPass;
}

const passes = new Map<number, GradientPass>();

/** The pass for `n` features: the written-out loop for `n <= 8`, the generic loop beyond. */
export function passFor(n: number): GradientPass {
  if (n > 8) return gradientPassGeneric;
  let pass = passes.get(n);
  if (pass === undefined) passes.set(n, pass = specialise(n));
  return pass;
}

/** One gradient pass over `X` with the fastest loop for its width. */
export const gradientPass: GradientPass = (X, y, w, b, sumXError, totals) =>
  passFor(X.cols)(X, y, w, b, sumXError, totals);
