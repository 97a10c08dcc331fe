// Every bad input the regression functions are expected to reject, in one table: what was tried, the error
// class, and what the message must say.

import assert from "node:assert/strict";
import { cost } from "./cost.ts";
import { fitLinearRegression } from "./fit.ts";
import { computeGradient, computeGradientInto } from "./gradient.ts";
import { type Matrix, matrix, matrixFromColumns } from "./matrix.ts";
import { normalEquation } from "./normal_equation.ts";
import { predict } from "./predict.ts";
import { hypothesis, univariateCost, univariateGradient } from "./univariate.ts";

// deno-lint-ignore no-explicit-any
const loose = (value: unknown) => value as any;
const X3 = [[1], [2], [3]];
const y3 = [2, 4, 6];
const typedX: Matrix = matrix(X3);

const table: [string, () => unknown, ErrorConstructor, RegExp][] = [
  // matrix / toMatrix / matrixFromColumns
  [
    "matrix() with no rows",
    () => matrix([]),
    RangeError,
    /Cannot build a matrix: X must have at least one row, got 0 rows/,
  ],
  [
    "matrix() with empty rows",
    () => matrix([[], []]),
    RangeError,
    /X\[0\] must not be empty/,
  ],
  [
    "matrix() with ragged rows",
    () => matrix([[1, 2], [3, 4], [5]]),
    RangeError,
    /X is ragged: row 0 has 2 values but row 2 has 1/,
  ],
  [
    "matrix() with NaN",
    () => matrix([[1], [NaN]]),
    RangeError,
    /X\[1\]\[0\] must be a finite number, got NaN/,
  ],
  [
    "matrix() with Infinity",
    () => matrix([[Infinity]]),
    RangeError,
    /X\[0\]\[0\] must be a finite number, got Infinity/,
  ],
  [
    "matrix() with a string entry",
    () => matrix(loose([[1], ["2"]])),
    TypeError,
    /X\[1\]\[0\] must be a number, got "2"/,
  ],
  [
    "matrix() with a non-array row",
    () => matrix(loose([[1], 2])),
    TypeError,
    /X\[1\] must be an array of numbers, got 2/,
  ],
  [
    "matrix() with a non-array",
    () => matrix(loose("abc")),
    TypeError,
    /X must be an array of rows or a Matrix, got "abc"/,
  ],
  [
    "matrix() with data of the wrong length",
    () => matrix({ rows: 2, cols: 2, data: new Float64Array(3) }),
    RangeError,
    /X is 2x2 but its data has 3 values/,
  ],
  [
    "matrix() with 0 rows",
    () => matrix({ rows: 0, cols: 2, data: new Float64Array(0) }),
    RangeError,
    /X must have at least one row and one column, got 0x2/,
  ],
  [
    "matrix() with a NaN in data",
    () => matrix({ rows: 2, cols: 2, data: new Float64Array([1, 2, 3, NaN]) }),
    RangeError,
    /X\[1\]\[1\] must be a finite number, got NaN/,
  ],
  [
    "matrixFromColumns() with no columns",
    () => matrixFromColumns([]),
    RangeError,
    /there must be at least one column, got \[\]/,
  ],
  [
    "matrixFromColumns() with an empty column",
    () => matrixFromColumns([[]]),
    RangeError,
    /columns\[0\] must not be empty/,
  ],
  [
    "matrixFromColumns() with columns of different lengths",
    () => matrixFromColumns([[1, 2], [1]]),
    RangeError,
    /columns\[0\] has 2 values but columns\[1\] has 1 value/,
  ],
  [
    "matrixFromColumns() with NaN",
    () => matrixFromColumns([[1, NaN]]),
    RangeError,
    /columns\[0\]\[1\] must be a finite number, got NaN/,
  ],
  // predict / cost / computeGradient
  [
    "predict() with w too long",
    () => predict(X3, [1, 2], 0),
    RangeError,
    /Cannot predict: X has 1 column but w has 2 values/,
  ],
  [
    "predict() with w of the wrong length for 3 columns",
    () => predict([[1, 2, 3]], [1, 2], 0),
    RangeError,
    /X has 3 columns but w has 2 values/,
  ],
  ["predict() with empty w", () => predict(X3, [], 0), RangeError, /w must not be empty/],
  ["predict() with NaN b", () => predict(X3, [1], NaN), RangeError, /b must be a finite number, got NaN/],
  ["predict() with a string b", () => predict(X3, [1], loose("1")), TypeError, /b must be a number, got "1"/],
  [
    "predict() with w not an array",
    () => predict(X3, loose(2), 0),
    TypeError,
    /w must be an array of numbers, got 2/,
  ],
  [
    "cost() with more y than rows",
    () => cost(X3, [1, 2, 3, 4], [1], 0),
    RangeError,
    /Cannot compute cost: X has 3 rows but y has 4 values/,
  ],
  [
    "cost() with fewer y than rows",
    () => cost(X3, [1], [1], 0),
    RangeError,
    /X has 3 rows but y has 1 value$/,
  ],
  [
    "cost() with Infinity in y",
    () => cost(X3, [1, Infinity, 3], [1], 0),
    RangeError,
    /y\[1\] must be a finite number, got Infinity/,
  ],
  [
    "cost() with NaN in w",
    () => cost(X3, y3, [NaN], 0),
    RangeError,
    /w\[0\] must be a finite number, got NaN/,
  ],
  ["cost() with ragged X", () => cost([[1], [2, 3]], [1, 2], [1], 0), RangeError, /X is ragged/],
  [
    "computeGradient() with mismatched y",
    () => computeGradient(X3, [1, 2], [0], 0),
    RangeError,
    /Cannot compute the gradient: X has 3 rows but y has 2 values/,
  ],
  [
    "computeGradient() with mismatched w",
    () => computeGradient(X3, y3, [0, 0], 0),
    RangeError,
    /X has 1 column but w has 2 values/,
  ],
  [
    "computeGradientInto() with plain rows",
    () => computeGradientInto(loose(X3), new Float64Array(y3), [0], 0, new Float64Array(1)),
    TypeError,
    /X must be a Matrix/,
  ],
  [
    "computeGradientInto() with a plain-array dw",
    () => computeGradientInto(typedX, new Float64Array(y3), [0], 0, loose([0])),
    TypeError,
    /dw must be a Float64Array/,
  ],
  [
    "computeGradientInto() with dw too short",
    () => computeGradientInto(typedX, new Float64Array(y3), [0], 0, new Float64Array(0)),
    RangeError,
    /X has 1 column but dw has 0 values/,
  ],
  [
    "computeGradientInto() with mismatched y",
    () => computeGradientInto(typedX, new Float64Array(1), [0], 0, new Float64Array(1)),
    RangeError,
    /X has 3 rows but y has 1 value/,
  ],
  [
    "computeGradientInto() with y missing",
    () => computeGradientInto(typedX, loose(undefined), [0], 0, new Float64Array(1)),
    TypeError,
    /y must be a Float64Array on this fast path, got undefined/,
  ],
  [
    "computeGradientInto() with a plain-array y",
    () => computeGradientInto(typedX, loose(y3), [0], 0, new Float64Array(1)),
    TypeError,
    /y must be a Float64Array on this fast path, got \[2, 4, 6\]/,
  ],
  [
    "computeGradientInto() with w missing",
    () => computeGradientInto(typedX, new Float64Array(y3), loose(null), 0, new Float64Array(1)),
    TypeError,
    /w must be an array of numbers, got null/,
  ],
  [
    "computeGradientInto() with an inconsistent Matrix",
    () =>
      computeGradientInto(
        { rows: 3, cols: 1, data: new Float64Array(2) },
        new Float64Array(y3),
        [0],
        0,
        new Float64Array(1),
      ),
    RangeError,
    /X is 3x1 but its data has 2 values/,
  ],
  // fitLinearRegression
  [
    "fit with a negative learningRate",
    () => fitLinearRegression(X3, y3, { learningRate: -0.1 }),
    RangeError,
    /Cannot run gradient descent: learningRate must be > 0, got -0.1/,
  ],
  [
    "fit with a zero learningRate",
    () => fitLinearRegression(X3, y3, { learningRate: 0 }),
    RangeError,
    /learningRate must be > 0, got 0/,
  ],
  [
    "fit with a NaN learningRate",
    () => fitLinearRegression(X3, y3, { learningRate: NaN }),
    RangeError,
    /learningRate must be > 0, got NaN/,
  ],
  [
    "fit with a string learningRate",
    () => fitLinearRegression(X3, y3, { learningRate: loose("0.1") }),
    TypeError,
    /learningRate must be a number, got "0.1"/,
  ],
  [
    "fit with maxIterations 0",
    () => fitLinearRegression(X3, y3, { maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 0/,
  ],
  [
    "fit with fractional maxIterations",
    () => fitLinearRegression(X3, y3, { maxIterations: 2.5 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 2.5/,
  ],
  [
    "fit with infinite maxIterations",
    () => fitLinearRegression(X3, y3, { maxIterations: Infinity }),
    RangeError,
    /maxIterations must be an integer >= 1, got Infinity/,
  ],
  [
    "fit with a negative tolerance",
    () => fitLinearRegression(X3, y3, { tolerance: -1e-4 }),
    RangeError,
    /tolerance must be >= 0, got -0.0001/,
  ],
  [
    "fit with recordEvery -1",
    () => fitLinearRegression(X3, y3, { recordEvery: -1 }),
    RangeError,
    /recordEvery must be an integer >= 0, got -1/,
  ],
  [
    "fit with an unknown update rule",
    () => fitLinearRegression(X3, y3, { update: loose("parallel") }),
    RangeError,
    /update must be one of "simultaneous", "sequential", got "parallel"/,
  ],
  [
    "fit with a non-function onIteration",
    () => fitLinearRegression(X3, y3, { onIteration: loose(1) }),
    TypeError,
    /onIteration must be a function, got 1/,
  ],
  [
    "fit with a start w of the wrong length",
    () => fitLinearRegression(X3, y3, { w: [0, 0] }),
    RangeError,
    /X has 1 column but w has 2 values/,
  ],
  [
    "fit with NaN in the start w",
    () => fitLinearRegression(X3, y3, { w: [NaN] }),
    RangeError,
    /w\[0\] must be a finite number, got NaN/,
  ],
  [
    "fit with an infinite start b",
    () => fitLinearRegression(X3, y3, { b: -Infinity }),
    RangeError,
    /b must be a finite number, got -Infinity/,
  ],
  [
    "fit with y of the wrong length",
    () => fitLinearRegression(X3, [1, 2, 3, 4]),
    RangeError,
    /X has 3 rows but y has 4 values/,
  ],
  ["fit with empty X", () => fitLinearRegression([], []), RangeError, /X must have at least one row/],
  ["fit with empty y", () => fitLinearRegression(X3, []), RangeError, /y must not be empty/],
  // normalEquation
  [
    "normalEquation() with mismatched y",
    () => normalEquation(X3, [1, 2]),
    RangeError,
    /Cannot solve the normal equation: X has 3 rows but y has 2 values/,
  ],
  [
    "normalEquation() with NaN in X",
    () => normalEquation([[1], [NaN], [3]], y3),
    RangeError,
    /X\[1\]\[0\] must be a finite number, got NaN/,
  ],
  [
    "normalEquation() with a singular system",
    () => normalEquation([[2], [2], [2]], y3),
    RangeError,
    /AᵀA is singular/,
  ],
  // univariate helpers
  [
    "hypothesis() with NaN x",
    () => hypothesis(NaN, 0, 1),
    RangeError,
    /Cannot evaluate h\(x\): x must be a finite number, got NaN/,
  ],
  [
    "hypothesis() with Infinity theta1",
    () => hypothesis(1, 0, Infinity),
    RangeError,
    /theta1 must be a finite number, got Infinity/,
  ],
  [
    "univariateCost() with x and y of different lengths",
    () => univariateCost([1, 2, 3], [1, 2], 0, 1),
    RangeError,
    /Cannot compute J\(θ0, θ1\): x has 3 values but y has 2 values/,
  ],
  [
    "univariateCost() with NaN theta0",
    () => univariateCost([1], [1], NaN, 1),
    RangeError,
    /Cannot compute J\(θ0, θ1\): theta0 must be a finite number, got NaN/,
  ],
  [
    "univariateGradient() with a string theta1",
    () => univariateGradient([1], [1], 0, loose("1")),
    TypeError,
    /theta1 must be a number, got "1"/,
  ],
  [
    "univariateGradient() with x and y of different lengths",
    () => univariateGradient([1], [1, 2], 0, 1),
    RangeError,
    /x has 1 value but y has 2 values/,
  ],
];

for (const [label, run, ErrorClass, message] of table) {
  Deno.test(`bad input is rejected: ${label}`, () => {
    assert.throws(run, (error: Error) => {
      assert.ok(
        error instanceof ErrorClass,
        `expected ${ErrorClass.name}, got ${error.constructor.name}: ${error.message}`,
      );
      assert.match(error.message, message);
      return true;
    });
  });
}
