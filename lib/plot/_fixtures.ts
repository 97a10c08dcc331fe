/**
 * Fixed data for the chart tests, computed the way the lessons do (plain loops, no library code), so the
 * snapshots show the lessons' own examples.
 * @module
 */

/** Lesson 01's function, `f(x) = 2x² − 3x + 4`. */
export const f = (x: number): number => 2 * x ** 2 - 3 * x + 4;

/** Its derivative, `f'(x) = 4x − 3`. */
export const df = (x: number): number => 4 * x - 3;

/**
 * Lesson 01's descent: a fixed step `alpha` against the sign of the slope, `steps` times from `start`.
 * @param start the first x
 * @param alpha the step size
 * @param steps how many steps
 * @returns the iterates, `steps + 1` of them
 */
export function signDescent(start: number, alpha: number, steps: number): number[] {
  const path = [start];
  for (let i = 0; i < steps; i++) path.push(path[i] - alpha * Math.sign(df(path[i])));
  return path;
}

/**
 * The standard rule `x ← x − learningRate · f'(x)` on lesson 01's function.
 * @param start the first x
 * @param learningRate the learning rate
 * @param steps how many steps
 * @returns the iterates
 */
export function gradientPath(start: number, learningRate: number, steps: number): number[] {
  const path = [start];
  for (let i = 0; i < steps; i++) path.push(path[i] - learningRate * df(path[i]));
  return path;
}

/** Lesson 05's data: `y = 2x` at x = 1, 2, 3. */
export const X = [1, 2, 3];
/** Lesson 05's targets. */
export const Y = [2, 4, 6];

/** The mean squared error cost `J(b, w) = 1/(2m) Σ (w·x + b − y)²` on lesson 05's data. */
export function cost(b: number, w: number): number {
  let sum = 0;
  for (let k = 0; k < X.length; k++) {
    const error = w * X[k] + b - Y[k];
    sum += error * error;
  }
  return sum / (2 * X.length);
}

/** One state of a linear-regression descent. */
export interface Step {
  iteration: number;
  w: number;
  b: number;
  cost: number;
}

/**
 * Gradient descent for `y ≈ w·x + b` on lesson 05's data, from `w = b = 0`, updating both simultaneously.
 * @param learningRate the learning rate
 * @param iterations how many updates
 * @returns the states before the first update and after each one
 */
export function regressionHistory(learningRate: number, iterations: number): Step[] {
  let w = 0;
  let b = 0;
  const history: Step[] = [];
  for (let iteration = 0; iteration <= iterations; iteration++) {
    history.push({ iteration, w, b, cost: cost(b, w) });
    let dw = 0;
    let db = 0;
    for (let k = 0; k < X.length; k++) {
      const error = w * X[k] + b - Y[k];
      dw += error * X[k];
      db += error;
    }
    w -= (learningRate * dw) / X.length;
    b -= (learningRate * db) / X.length;
  }
  return history;
}
