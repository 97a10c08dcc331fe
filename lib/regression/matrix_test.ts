import assert from "node:assert/strict";
import { isMatrix, matrix, matrixFromColumns } from "./matrix.ts";

Deno.test("matrix() stores the rows one after another in a Float64Array", () => {
  const rows = [[1, 2, 3], [4, 5, 6]];
  const X = matrix(rows);
  assert.equal(X.rows, 2);
  assert.equal(X.cols, 3);
  assert.ok(X.data instanceof Float64Array);
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 3; j++) assert.equal(X.data[i * X.cols + j], rows[i][j]);
  }
});

Deno.test("matrix() copies its input, so later edits to the rows do not leak in", () => {
  const rows = [[1, 2]];
  const X = matrix(rows);
  rows[0][0] = 99;
  assert.equal(X.data[0], 1);
});

Deno.test("matrixFromColumns() puts input column j in column j of the matrix", () => {
  const columns = [[1, 2, 3], new Float64Array([10, 20, 30])];
  const X = matrixFromColumns(columns);
  assert.equal(X.rows, 3);
  assert.equal(X.cols, 2);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 2; j++) assert.equal(X.data[i * 2 + j], columns[j][i]);
  }
  assert.deepEqual(X, matrix([[1, 10], [2, 20], [3, 30]]));
});

Deno.test("matrix() returns a Matrix as it is and copies plain rows", () => {
  const X = matrix([[1, 2], [3, 4]]);
  assert.equal(matrix(X), X);
  const fromRows = matrix([[1, 2], [3, 4]]);
  assert.notEqual(fromRows, X);
  assert.deepEqual(fromRows, X);
});

Deno.test("isMatrix() tells a Matrix from plain rows", () => {
  assert.equal(isMatrix(matrix([[1]])), true);
  assert.equal(isMatrix({ rows: 1, cols: 1, data: new Float64Array(1) }), true);
  assert.equal(isMatrix([[1]]), false);
  assert.equal(isMatrix(null), false);
  assert.equal(isMatrix({ rows: 1, cols: 1, data: [1] }), false);
});
