import { specialisedGradientPass } from "./_gradient_kernels.ts";
import type { Matrix } from "./matrix.ts";

/**
 * The inner loop of batch gradient descent, shared by `computeGradient`, `computeGradientInto` and
 * `fitLinearRegression` so that all three give bit-identical numbers. This is the reference: read it first.
 *
 * One pass over the rows of `X`, with no array allocated: for each example `i` it forms the prediction
 * `yHat = (X[i][0]·w[0] + … + X[i][n-1]·w[n-1]) + b` (the order of seed 004's `X @ w + b`), the error
 * `yHat - y[i]`, and adds `X[i][j]·error` to `sumXError[j]`. It returns nothing; `totals[0]` receives the
 * sum of the errors and `totals[1]` the sum of their squares. The caller scales by `1/m`.
 *
 * No checks: the callers validate at their boundary.
 */
export function gradientPassGeneric(
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

/**
 * {@linkcode gradientPassGeneric}'s numbers, bit for bit, computed by the pass specialised for `X`'s column
 * count when there is one (1 to 8 features, see `_gradient_kernels.ts`; 2× to 10× faster) and
 * by the generic loop otherwise. Same arguments, same outputs.
 */
export function gradientPass(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const pass = specialisedGradientPass(X.cols) ?? gradientPassGeneric;
  pass(X, y, w, b, sumXError, totals);
}
