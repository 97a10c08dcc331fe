import type { Matrix } from "./matrix.ts";

/**
 * The inner loop of batch gradient descent, shared by `computeGradient`, `computeGradientInto` and
 * `fitLinearRegression` so that all three give bit-identical numbers.
 *
 * One pass over the rows of `X`, with no array allocated: for each example `i` it forms the prediction
 * `yHat = (X[i][0]·w[0] + … + X[i][n-1]·w[n-1]) + b` (the order of seed 004's `X @ w + b`), the error
 * `yHat - y[i]`, and adds `X[i][j]·error` to `sumXError[j]`. It returns nothing; `totals[0]` receives the
 * sum of the errors and `totals[1]` the sum of their squares. The caller scales by `1/m`.
 *
 * No checks: the callers validate at their boundary.
 */
export function gradientPass(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
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
}
