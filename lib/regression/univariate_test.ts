import assert from "node:assert/strict";
import { makeLinearData } from "../data/synthetic.ts";
import { cost } from "./cost.ts";
import { computeGradient } from "./gradient.ts";
import { predict } from "./predict.ts";
import { hypothesis, univariateCost, univariateGradient } from "./univariate.ts";

const { X, y } = makeLinearData({ m: 30, w: 1.5, b: -4, noise: 2, seed: 17 });
const x = X.map((row) => row[0]);
const theta0 = 0.75;
const theta1 = 1.25;

Deno.test("hypothesis() is θ0 + θ1·x, the same numbers as predict() with w = [θ1], b = θ0", () => {
  assert.deepEqual(x.map((xi) => hypothesis(xi, theta0, theta1)), predict(X, [theta1], theta0));
  x.forEach((xi) => assert.equal(hypothesis(xi, theta0, theta1), theta0 + theta1 * xi));
});

Deno.test("univariateCost() follows lesson 03's J(θ0, θ1) and equals cost() bit for bit", () => {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (theta0 + theta1 * x[i] - y[i]) ** 2;
  const J = univariateCost(x, y, theta0, theta1);
  assert.ok(Math.abs(J - sum / (2 * x.length)) < 1e-12 * J);
  assert.equal(J, cost(X, y, [theta1], theta0));
});

Deno.test("univariateGradient() follows lesson 03's two partial derivatives and equals computeGradient()", () => {
  let d0 = 0;
  let d1 = 0;
  for (let i = 0; i < x.length; i++) {
    const error = theta0 + theta1 * x[i] - y[i];
    d0 += error;
    d1 += error * x[i];
  }
  const { dTheta0, dTheta1 } = univariateGradient(x, y, theta0, theta1);
  assert.ok(Math.abs(dTheta0 - d0 / x.length) < 1e-12 * Math.abs(dTheta0));
  assert.ok(Math.abs(dTheta1 - d1 / x.length) < 1e-12 * Math.abs(dTheta1));
  const general = computeGradient(X, y, [theta1], theta0);
  assert.deepEqual({ dTheta0, dTheta1 }, { dTheta0: general.db, dTheta1: general.dw[0] });
});
