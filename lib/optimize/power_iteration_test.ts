import assert from "node:assert/strict";
import fc from "fast-check";
import {
  conditionNumber,
  type EigenEstimate,
  powerIteration,
  smallestEigenvalue,
  type SquareMatrix,
  symmetricEigenvalues2x2,
} from "./mod.ts";

const close = (actual: number, expected: number, relative: number) =>
  Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));

// A symmetric matrix with known eigenvalues: Q·diag(λ)·Qᵀ with Q = I − 2uuᵀ/(uᵀu), a reflection (orthogonal).
function withEigenvalues(eigenvalues: readonly number[], u: readonly number[]): number[][] {
  const n = eigenvalues.length;
  const uu = u.reduce((sum, ui) => sum + ui * ui, 0);
  const Q = Array.from({ length: n }, (_, i) => u.map((uj, j) => (i === j ? 1 : 0) - (2 * u[i] * uj) / uu));
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) A[i][j] += Q[i][k] * eigenvalues[k] * Q[j][k];
    }
  }
  // Symmetrize exactly, as an accumulated XᵀX is.
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A[j][i] = A[i][j];
  return A;
}

// Eigenvalues with a gap of at least 5% between neighbours (so power iteration converges in a few hundred steps).
const spectrum = fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 })
  .chain(
    (gaps) =>
      fc.double({ min: 0.01, max: 10, noNaN: true }).map((lowest) => {
        const values = [lowest];
        for (const gap of gaps) values.push(values[values.length - 1] * (1 + gap));
        return values;
      }),
  );
const direction = (n: number) =>
  fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }).filter((u) =>
    u.some((ui) => Math.abs(ui) > 0.1)
  );

function residual(A: SquareMatrix, { eigenvalue, eigenvector }: EigenEstimate): number {
  let worst = 0;
  for (let i = 0; i < A.length; i++) {
    let Av = 0;
    for (let j = 0; j < A.length; j++) Av += A[i][j] * eigenvector[j];
    worst = Math.max(worst, Math.abs(Av - eigenvalue * eigenvector[i]));
  }
  return worst;
}

Deno.test("powerIteration() and smallestEigenvalue() agree with the closed form on symmetric 2×2 matrices", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.1, max: 100, noNaN: true }),
      fc.double({ min: 0.1, max: 100, noNaN: true }),
      fc.double({ min: -0.9, max: 0.9, noNaN: true }),
      (a, c, r) => {
        const b = r * Math.sqrt(a * c); // |b| < √(ac): positive definite
        const [larger, smaller] = symmetricEigenvalues2x2(a, b, c);
        // Skip near-ties, where the eigenvectors are ill-defined and the iteration crawls.
        fc.pre(larger > smaller * 1.02);
        const top = powerIteration([[a, b], [b, c]]);
        const bottom = smallestEigenvalue([[a, b], [b, c]]);
        assert.ok(close(top.eigenvalue, larger, 1e-10), `${top.eigenvalue} vs ${larger}`);
        assert.ok(close(bottom.eigenvalue, smaller, 1e-9), `${bottom.eigenvalue} vs ${smaller}`);
        assert.equal(top.status, "converged");
        assert.equal(bottom.status, "converged");
      },
    ),
  );
});

Deno.test("symmetricEigenvalues2x2() returns the roots of λ² − (a + c)λ + (ac − b²)", () => {
  fc.assert(
    fc.property(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -50, max: 50, noNaN: true }),
      (a, b, c) => {
        const [larger, smaller] = symmetricEigenvalues2x2(a, b, c);
        assert.ok(larger >= smaller);
        assert.ok(
          Math.abs(larger + smaller - (a + c)) <= 1e-12 * (1 + Math.abs(a) + Math.abs(c) + Math.abs(b)),
        );
        const scale = (Math.abs(a) + Math.abs(b) + Math.abs(c) + 1) ** 2;
        assert.ok(Math.abs(larger * smaller - (a * c - b * b)) <= 1e-12 * scale);
      },
    ),
  );
  assert.deepEqual(symmetricEigenvalues2x2(3, 0, 7), [7, 3]);
  assert.deepEqual(symmetricEigenvalues2x2(2, 1, 2), [3, 1]);
});

Deno.test("powerIteration() on a diagonal matrix finds the largest entry and its unit vector", () => {
  const A = [[1, 0, 0], [0, 9, 0], [0, 0, 4]];
  const top = powerIteration(A);
  assert.ok(close(top.eigenvalue, 9, 1e-12));
  assert.ok(Math.abs(Math.abs(top.eigenvector[1]) - 1) < 1e-6);
  assert.ok(Math.abs(top.eigenvector[0]) < 1e-6 && Math.abs(top.eigenvector[2]) < 1e-6);
  assert.ok(close(smallestEigenvalue(A).eigenvalue, 1, 1e-12));
  assert.ok(close(conditionNumber(A), 9, 1e-10));
});

Deno.test("powerIteration() and smallestEigenvalue() find the ends of a known spectrum, for sizes 2 to 7", () => {
  fc.assert(
    fc.property(
      spectrum.chain((values) => fc.tuple(fc.constant(values), direction(values.length))),
      ([values, u]) => {
        const A = withEigenvalues(values, u);
        const top = powerIteration(A);
        const bottom = smallestEigenvalue(A);
        assert.ok(close(top.eigenvalue, values.at(-1)!, 1e-9), `${top.eigenvalue} vs ${values.at(-1)}`);
        assert.ok(close(bottom.eigenvalue, values[0], 1e-9), `${bottom.eigenvalue} vs ${values[0]}`);
        assert.ok(residual(A, top) < 1e-5 * values.at(-1)!);
        assert.ok(close(conditionNumber(A), values.at(-1)! / values[0], 1e-8));
      },
    ),
  );
});

Deno.test("powerIteration() returns a unit eigenvector: A·v = λ·v", () => {
  const A = withEigenvalues([0.5, 2, 7], [0.3, -0.8, 0.5]);
  const top = powerIteration(A);
  assert.ok(Math.abs(Math.hypot(...top.eigenvector) - 1) < 1e-12);
  assert.ok(residual(A, top) < 1e-6);
});

Deno.test("powerIteration() is deterministic for a seed and finds the same eigenvalue from any seed", () => {
  const A = withEigenvalues([1, 3, 4], [1, 2, 3]);
  assert.deepEqual(powerIteration(A, { seed: 7 }), powerIteration(A, { seed: 7 }));
  for (const seed of [0, 1, 2, 99, 4294967295]) {
    assert.ok(close(powerIteration(A, { seed }).eigenvalue, 4, 1e-10));
  }
});

Deno.test('powerIteration() stops with status "max-iterations" when the iteration has not settled', () => {
  const run = powerIteration([[1, 0], [0, 0.999]], { maxIterations: 3, seed: 2 });
  assert.equal(run.status, "max-iterations");
  assert.equal(run.iterations, 3);
});

Deno.test("powerIteration() of the zero matrix is 0", () => {
  const run = powerIteration([[0, 0], [0, 0]]);
  assert.equal(run.eigenvalue, 0);
  assert.equal(run.status, "converged");
});

Deno.test("conditionNumber() is 1 for the identity, b/a for diag(a, b), and Infinity for a singular matrix", () => {
  assert.ok(close(conditionNumber([[1, 0], [0, 1]]), 1, 1e-14));
  assert.ok(close(conditionNumber([[0.2, 0], [0, 4]]), 20, 1e-12));
  assert.equal(conditionNumber([[1, 2], [2, 4]]), Infinity);
  assert.equal(conditionNumber([[0, 0], [0, 0]]), Infinity);
});

Deno.test("smallestEigenvalue() refuses a singular or indefinite matrix, naming the failing pivot", () => {
  assert.throws(() => smallestEigenvalue([[1, 2], [2, 4]]), {
    name: "RangeError",
    message:
      "Cannot find the smallest eigenvalue: the matrix is singular or not positive definite (pivot 1 is 0)",
  });
  assert.throws(() => smallestEigenvalue([[1, 3], [3, 1]]), /pivot 1 is -8/);
});

const badInputs: [string, () => unknown, ErrorConstructor, RegExp][] = [
  [
    "the matrix is not an array",
    () => powerIteration(3 as never),
    TypeError,
    /must be an array of rows or a Matrix, got 3/,
  ],
  [
    "the matrix is empty",
    () => powerIteration([]),
    RangeError,
    /Cannot run power iteration: the matrix must have at least one row, got 0 rows/,
  ],
  [
    "a row is not an array",
    () => powerIteration([1, 2] as never),
    TypeError,
    /the matrix\[0\] must be an array of numbers, got 1/,
  ],
  [
    "the matrix is not square",
    () => powerIteration([[1, 2], [3, 4], [5, 6]]),
    RangeError,
    /must be square, got 3x2/,
  ],
  [
    "the rows are ragged",
    () => powerIteration([[1, 2], [3]]),
    RangeError,
    /ragged: row 0 has 2 values but row 1 has 1/,
  ],
  [
    "an entry is NaN",
    () => powerIteration([[1, NaN], [NaN, 1]]),
    RangeError,
    /the matrix\[0\]\[1\] must be a finite number, got NaN/,
  ],
  [
    "an entry is a string",
    () => powerIteration([["1"]] as never),
    TypeError,
    /the matrix\[0\]\[0\] must be a number, got "1"/,
  ],
  [
    "the matrix is not symmetric",
    () => powerIteration([[1, 2], [3, 4]]),
    RangeError,
    /must be symmetric, but entry \[1\]\[0\] is 3 and \[0\]\[1\] is 2/,
  ],
  [
    "maxIterations is 0",
    () => powerIteration([[1]], { maxIterations: 0 }),
    RangeError,
    /maxIterations must be an integer >= 1, got 0/,
  ],
  [
    "tolerance is 0",
    () => powerIteration([[1]], { tolerance: 0 }),
    RangeError,
    /tolerance must be > 0, got 0/,
  ],
  [
    "seed is negative",
    () => powerIteration([[1]], { seed: -1 }),
    RangeError,
    /seed must be an integer from 0 to 4294967295, got -1/,
  ],
  ["seed is fractional", () => smallestEigenvalue([[1]], { seed: 0.5 }), RangeError, /got 0.5/],
  [
    "an option is unknown",
    () => powerIteration([[1]], { iterations: 5 } as never),
    TypeError,
    /unknown option "iterations"/,
  ],
  [
    "the matrix is not symmetric (smallest)",
    () => smallestEigenvalue([[1, 0], [1, 1]]),
    RangeError,
    /Cannot find the smallest eigenvalue: the matrix must be symmetric/,
  ],
  [
    "the matrix is empty (condition)",
    () => conditionNumber([]),
    RangeError,
    /Cannot compute the condition number: the matrix must have at least one row/,
  ],
  [
    "a 2×2 entry is Infinity",
    () => symmetricEigenvalues2x2(1, Infinity, 1),
    RangeError,
    /b must be a finite number, got Infinity/,
  ],
  [
    "a 2×2 entry is a string",
    () => symmetricEigenvalues2x2("1" as never, 0, 1),
    TypeError,
    /a must be a number, got "1"/,
  ],
];

for (const [what, call, kind, message] of badInputs) {
  Deno.test(`eigenvalue helpers throw a ${kind.name} naming the value when ${what}`, () => {
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof kind, `expected ${kind.name}, got ${error}`);
      assert.match((error as Error).message, message);
      return true;
    });
  });
}
