import type { Matrix } from "./matrix.ts";

/**
 * Gradient passes specialised for 1 to 8 features: the same arithmetic as the generic `gradientPassGeneric`
 * in `_gradient_pass.ts` (read that one first), unrolled for a fixed number of columns `n`.
 *
 * Why they are faster (`gradient_bench.ts`: about 2× at m = 1e6, n = 8, where reading 64 MB from memory
 * takes much of the time, and about 10× at m = 1e5, n = 1): in the generic loop the weights and the sums
 * live in arrays, so every row costs two inner loops, each with its own counter, bounds checks and a load
 * and store of `w[j]` / `sumXError[j]` per column. Here the weights and sums are local variables, which
 * V8's optimizing compiler keeps in CPU registers for the whole pass; the only memory traffic left is
 * reading the row itself and `y[i]`.
 *
 * Bit for bit the same results as the generic loop, because every floating-point operation happens in the
 * same order:
 * - the prediction is `((x0·w0 + x1·w1) + …) + b` and the error `yHat − y[i]`, left to right as there;
 * - each sum starts at 0 and adds one term per row, in row order.
 * The generic loop starts its prediction from `0 + x0·w0`, which differs from `x0·w0` only when that
 * product is −0; the error can then differ only in the sign of a zero, and adding ±0 to a sum that started
 * at +0 gives the same sum, so the results agree exactly (`_gradient_pass_test.ts` checks it on data
 * with zeros).
 *
 * Internal: the callers validate at their boundary.
 */

/** A gradient pass: the signature of `gradientPassGeneric`. */
export type GradientPass = (
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
) => void;

/**
 * The specialised pass for `cols` features, or `undefined` when there is none (more than 8 columns).
 *
 * @param cols The number of columns of `X`.
 * @returns A function with the signature of `gradientPassGeneric`, or `undefined`.
 */
export function specialisedGradientPass(cols: number): GradientPass | undefined {
  switch (cols) {
    case 1:
      return pass1;
    case 2:
      return pass2;
    case 3:
      return pass3;
    case 4:
      return pass4;
    case 5:
      return pass5;
    case 6:
      return pass6;
    case 7:
      return pass7;
    case 8:
      return pass8;
    default:
      return undefined;
  }
}

// One function per column count, so V8 optimizes each on its own. `k` is the index of the row's first entry.

function pass1(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0];
  let s0 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0; i < rows; i++) {
    const x0 = data[i];
    const error = x0 * w0 + b - y[i];
    s0 += x0 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass2(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1];
  let s0 = 0, s1 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 2) {
    const x0 = data[k], x1 = data[k + 1];
    const error = x0 * w0 + x1 * w1 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass3(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2];
  let s0 = 0, s1 = 0, s2 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 3) {
    const x0 = data[k], x1 = data[k + 1], x2 = data[k + 2];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass4(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 4) {
    const x0 = data[k], x1 = data[k + 1], x2 = data[k + 2], x3 = data[k + 3];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    s3 += x3 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  sumXError[3] = s3;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass5(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 5) {
    const x0 = data[k], x1 = data[k + 1], x2 = data[k + 2], x3 = data[k + 3], x4 = data[k + 4];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + x4 * w4 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    s3 += x3 * error;
    s4 += x4 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  sumXError[3] = s3;
  sumXError[4] = s4;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass6(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 6) {
    const x0 = data[k],
      x1 = data[k + 1],
      x2 = data[k + 2],
      x3 = data[k + 3],
      x4 = data[k + 4],
      x5 = data[k + 5];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + x4 * w4 + x5 * w5 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    s3 += x3 * error;
    s4 += x4 * error;
    s5 += x5 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  sumXError[3] = s3;
  sumXError[4] = s4;
  sumXError[5] = s5;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass7(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5], w6 = w[6];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 7) {
    const x0 = data[k],
      x1 = data[k + 1],
      x2 = data[k + 2],
      x3 = data[k + 3],
      x4 = data[k + 4],
      x5 = data[k + 5],
      x6 = data[k + 6];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + x4 * w4 + x5 * w5 + x6 * w6 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    s3 += x3 * error;
    s4 += x4 * error;
    s5 += x5 * error;
    s6 += x6 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  sumXError[3] = s3;
  sumXError[4] = s4;
  sumXError[5] = s5;
  sumXError[6] = s6;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}

function pass8(
  X: Matrix,
  y: Float64Array,
  w: Float64Array,
  b: number,
  sumXError: Float64Array,
  totals: Float64Array,
): void {
  const { rows, data } = X;
  const w0 = w[0], w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5], w6 = w[6], w7 = w[7];
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  let sumError = 0;
  let sumSquaredError = 0;
  for (let i = 0, k = 0; i < rows; i++, k += 8) {
    const x0 = data[k],
      x1 = data[k + 1],
      x2 = data[k + 2],
      x3 = data[k + 3],
      x4 = data[k + 4],
      x5 = data[k + 5],
      x6 = data[k + 6],
      x7 = data[k + 7];
    const error = x0 * w0 + x1 * w1 + x2 * w2 + x3 * w3 + x4 * w4 + x5 * w5 + x6 * w6 + x7 * w7 + b - y[i];
    s0 += x0 * error;
    s1 += x1 * error;
    s2 += x2 * error;
    s3 += x3 * error;
    s4 += x4 * error;
    s5 += x5 * error;
    s6 += x6 * error;
    s7 += x7 * error;
    sumError += error;
    sumSquaredError += error * error;
  }
  sumXError[0] = s0;
  sumXError[1] = s1;
  sumXError[2] = s2;
  sumXError[3] = s3;
  sumXError[4] = s4;
  sumXError[5] = s5;
  sumXError[6] = s6;
  sumXError[7] = s7;
  totals[0] = sumError;
  totals[1] = sumSquaredError;
}
