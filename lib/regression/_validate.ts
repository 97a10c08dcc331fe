import type { Matrix } from "./matrix.ts";

// Internal checks shared by the regression functions. Every check throws at the boundary with a message that
// starts with what the caller was doing ("Cannot compute cost: ...") and names the bad value.

/** Formats a value for an error message: strings quoted, arrays summarised, everything else as String(). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value instanceof Float64Array) return `a Float64Array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Throws a TypeError unless `value` is a finite number. */
export function checkFinite(context: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${show(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: ${name} must be a finite number, got ${value}`);
  }
  return value;
}

/** Throws unless `value` is a finite number > 0. */
export function checkPositive(context: string, name: string, value: unknown): number {
  checkFinite(context, name, value);
  if ((value as number) <= 0) {
    throw new RangeError(`${context}: ${name} must be > 0, got ${value}`);
  }
  return value as number;
}

/** Throws unless `value` is a finite number >= 0. */
export function checkNonNegative(context: string, name: string, value: unknown): number {
  checkFinite(context, name, value);
  if ((value as number) < 0) {
    throw new RangeError(`${context}: ${name} must be >= 0, got ${value}`);
  }
  return value as number;
}

/** Throws unless `value` is an integer >= 1. */
export function checkPositiveInteger(context: string, name: string, value: unknown): number {
  checkFinite(context, name, value);
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new RangeError(`${context}: ${name} must be an integer >= 1, got ${value}`);
  }
  return value as number;
}

/** Throws a TypeError unless `value` is a `number[]` or a `Float64Array` (constant time: entries unchecked). */
export function checkVectorType(context: string, name: string, value: unknown): ArrayLike<number> {
  if (!(Array.isArray(value) || value instanceof Float64Array)) {
    throw new TypeError(
      `${context}: ${name} must be an array of numbers or a Float64Array, got ${show(value)}`,
    );
  }
  return value;
}

/** Checks a vector given as `number[]` or `Float64Array`: not empty and every entry a finite number. */
export function checkVector(
  context: string,
  name: string,
  value: unknown,
): ArrayLike<number> {
  const vector = checkVectorType(context, name, value);
  if (vector.length === 0) {
    throw new RangeError(`${context}: ${name} must not be empty`);
  }
  for (let i = 0; i < vector.length; i++) {
    const v = vector[i];
    if (typeof v !== "number") {
      throw new TypeError(`${context}: ${name}[${i}] must be a number, got ${show(v)}`);
    }
    if (!Number.isFinite(v)) {
      throw new RangeError(`${context}: ${name}[${i}] must be a finite number, got ${v}`);
    }
  }
  return vector;
}

/** Whether `X` is a Matrix (`{ rows, cols, data: Float64Array }`) rather than plain rows. */
export function isMatrix(X: unknown): X is Matrix {
  return typeof X === "object" && X !== null && !Array.isArray(X) &&
    (X as Matrix).data instanceof Float64Array;
}

export function checkEntry(context: string, where: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: the entry at ${where} must be a number, got ${show(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${context}: the entry at ${where} must be a finite number, got ${value}`);
  }
  return value;
}

/** Checks plain rows and copies them into a new Matrix. `name` is the matrix's name in messages ("X"). */
export function matrixFromRows(context: string, name: string, rows: unknown): Matrix {
  if (!Array.isArray(rows)) {
    throw new TypeError(`${context}: ${name} must be an array of rows or a Matrix, got ${show(rows)}`);
  }
  if (rows.length === 0) throw new RangeError(`${context}: ${name} must have at least one row, got 0 rows`);
  const m = rows.length;
  const first = rows[0];
  if (!Array.isArray(first)) {
    throw new TypeError(`${context}: ${name}[0] must be an array of numbers, got ${show(first)}`);
  }
  const n = first.length;
  if (n === 0) throw new RangeError(`${context}: ${name} must have at least one column, got 0 columns`);
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) {
      throw new TypeError(`${context}: ${name}[${i}] must be an array of numbers, got ${show(row)}`);
    }
    if (row.length !== n) {
      throw new RangeError(
        `${context}: ${name} is ragged: row 0 has ${n} values but row ${i} has ${row.length}`,
      );
    }
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (typeof v !== "number") {
        throw new TypeError(`${context}: ${name}[${i}][${j}] must be a number, got ${show(v)}`);
      }
      if (!Number.isFinite(v)) {
        throw new RangeError(`${context}: ${name}[${i}][${j}] must be a finite number, got ${v}`);
      }
      data[i * n + j] = v;
    }
  }
  return { rows: m, cols: n, data };
}

/** Checks a Matrix's shape and entries (one pass) and returns it; copies plain rows into a new Matrix. */
export function asMatrix(context: string, name: string, X: unknown): Matrix {
  if (!isMatrix(X)) return matrixFromRows(context, name, X);
  const { rows, cols, data } = X;
  if (!Number.isInteger(rows) || rows < 1) {
    throw new RangeError(`${context}: ${name}.rows must be an integer >= 1, got ${rows}`);
  }
  if (!Number.isInteger(cols) || cols < 1) {
    throw new RangeError(`${context}: ${name}.cols must be an integer >= 1, got ${cols}`);
  }
  if (data.length !== rows * cols) {
    throw new RangeError(
      `${context}: ${name} is ${rows}x${cols} but its data has ${data.length} values, not ${rows * cols}`,
    );
  }
  for (let k = 0; k < data.length; k++) {
    if (!Number.isFinite(data[k])) {
      const i = Math.floor(k / cols);
      throw new RangeError(
        `${context}: ${name}[${i}][${k - i * cols}] must be a finite number, got ${data[k]}`,
      );
    }
  }
  return X;
}

/** Checks a Matrix's shape only (O(1)), for the allocation-free hot path. */
export function checkMatrixShape(context: string, name: string, X: unknown): Matrix {
  if (!isMatrix(X)) {
    throw new TypeError(
      `${context}: ${name} must be a Matrix ({ rows, cols, data: Float64Array }), got ${show(X)}`,
    );
  }
  if (!Number.isInteger(X.rows) || X.rows < 1 || !Number.isInteger(X.cols) || X.cols < 1) {
    throw new RangeError(
      `${context}: ${name} must have at least one row and one column, got ${X.rows}x${X.cols}`,
    );
  }
  if (X.data.length !== X.rows * X.cols) {
    throw new RangeError(
      `${context}: ${name} is ${X.rows}x${X.cols} but its data has ${X.data.length} values, not ${
        X.rows * X.cols
      }`,
    );
  }
  return X;
}

/** "1 row", "3 rows": a count with its noun, for messages. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Throws unless X has as many rows as y has values: "X has 3 rows but y has 4 values". */
export function checkRowsMatch(context: string, X: Matrix, y: ArrayLike<number>): void {
  if (X.rows !== y.length) {
    throw new RangeError(`${context}: X has ${count(X.rows, "row")} but y has ${count(y.length, "value")}`);
  }
}

/** Throws unless w has one value per column of X: "w has 2 values but X has 3 columns". */
export function checkColsMatch(context: string, X: Matrix, w: ArrayLike<number>, name = "w"): void {
  if (X.cols !== w.length) {
    throw new RangeError(
      `${context}: ${name} has ${count(w.length, "value")} but X has ${count(X.cols, "column")}`,
    );
  }
}

/**
 * The checks every `(X, y, w, b)` function runs: X a matrix, y and w finite vectors whose lengths match X's
 * rows and columns, b finite. Returns X as a `Matrix`.
 */
export function checkModelInputs(context: string, X: unknown, y: unknown, w: unknown, b: unknown): Matrix {
  const M = asMatrix(context, "X", X);
  checkVector(context, "y", y);
  checkVector(context, "w", w);
  checkRowsMatch(context, M, y as ArrayLike<number>);
  checkColsMatch(context, M, w as ArrayLike<number>);
  checkFinite(context, "b", b);
  return M;
}
