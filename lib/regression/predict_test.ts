import assert from "node:assert/strict";
import { matrix } from "./matrix.ts";
import { predict } from "./predict.ts";

Deno.test("predict() gives X·w + b for every row", () => {
  const X = [[1, 2], [3, -1], [0, 0.5]];
  const w = [0.25, 4];
  const b = -1;
  const yHat = predict(X, w, b);
  assert.equal(yHat.length, 3);
  for (let i = 0; i < X.length; i++) assert.equal(yHat[i], X[i][0] * w[0] + X[i][1] * w[1] + b);
});

Deno.test("predict() returns number[] for plain rows and Float64Array for a Matrix, with equal numbers", () => {
  const rows = [[1.5, -2], [0.1, 0.2], [7, 3]];
  const plain = predict(rows, [0.3, 0.7], 0.9);
  const typed = predict(matrix(rows), new Float64Array([0.3, 0.7]), 0.9);
  assert.ok(Array.isArray(plain));
  assert.ok(typed instanceof Float64Array);
  assert.deepEqual(Array.from(typed), plain);
});
