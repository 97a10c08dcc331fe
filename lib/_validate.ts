/**
 * The one set of boundary checks every `lib/` area uses. Each takes `(context, name, value, …)`, the order
 * the message reads in, throws a `TypeError` (wrong kind) or `RangeError` (bad value), and returns the value.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { requirePositive } from "./_validate.ts";
 * assert.throws(() => requirePositive("Cannot go", "learningRate", -0.1), /must be > 0, got -0.1/);
 * ```
 * @module
 */

/** A dense row-major matrix: entry (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Whether `X` is a {@linkcode Matrix} (an object with a `Float64Array` `data`) rather than plain rows. */
export function isMatrix(X: unknown): X is Matrix {
  return X !== null && typeof X === "object" && (X as Matrix).data instanceof Float64Array;
}

/**
 * Describes a value for a message: numbers as JavaScript prints them (`NaN`, `-0`), strings quoted, arrays by
 * their first six items, typed arrays by length, functions and objects by kind.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describe } from "./_validate.ts";
 * assert.equal(describe([1, NaN]), "[1, NaN]");
 * ```
 */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "function") return `a function${value.name ? ` (${value.name})` : ""}`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map((item) => (Array.isArray(item) ? "[…]" : describe(item)));
    return `[${shown.join(", ")}${value.length > 6 ? `, … (${value.length} items)` : ""}]`;
  }
  if (ArrayBuffer.isView(value)) {
    return `a ${value.constructor.name} of length ${(value as Float64Array).length}`;
  }
  if (value !== null && typeof value === "object") {
    const kind = Object.getPrototypeOf(value)?.constructor?.name;
    if (kind && kind !== "Object") return `a ${kind}`;
    const keys = Object.keys(value);
    return keys.length === 0 ? "{}" : `{${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", …" : ""}}`;
  }
  return String(value);
}

/** `"1 row"`, `"3 rows"`: a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Throws a `TypeError` unless `value` is a function. */
export function requireFunction<F extends (...args: never[]) => unknown>(
  context: string,
  name: string,
  value: unknown,
): F {
  if (typeof value !== "function") {
    throw new TypeError(`${context}: ${name} must be a function, got ${describe(value)}`);
  }
  return value as F;
}

/** Throws a `TypeError` unless `value` is a number (any number, NaN and ±Infinity included). */
export function requireNumber(context: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${context}: ${name} must be a number, got ${describe(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number (`TypeError` for a non-number, `RangeError` for NaN, ±Infinity). */
export function requireFinite(context: string, name: string, value: unknown): number {
  const x = requireNumber(context, name, value);
  if (!Number.isFinite(x)) {
    throw new RangeError(`${context}: ${name} must be a finite number, got ${describe(x)}`);
  }
  return x;
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(context: string, name: string, value: unknown): number {
  return requireAbove(context, name, value, ">");
}

/** Throws unless `value` is a finite number >= 0. */
export function requireNonNegative(context: string, name: string, value: unknown): number {
  return requireAbove(context, name, value, ">=");
}

function requireAbove(context: string, name: string, value: unknown, op: ">" | ">="): number {
  const x = requireNumber(context, name, value);
  if (!Number.isFinite(x) || (op === ">" ? !(x > 0) : !(x >= 0))) {
    throw new RangeError(`${context}: ${name} must be ${op} 0, got ${describe(x)}`);
  }
  return x;
}

/** Throws unless `value` is a number in the interval `bounds`, written as it reads: `"(0, 1]"`, `"[0, 1)"`. */
export function requireInterval(context: string, name: string, value: unknown, bounds: string): number {
  const x = requireNumber(context, name, value);
  const [, open, low, high, close] = bounds.match(/^([[(])(.+), (.+)([\])])$/)!;
  const above = open === "(" ? x > Number(low) : x >= Number(low);
  const below = close === ")" ? x < Number(high) : x <= Number(high);
  if (!(above && below)) throw new RangeError(`${context}: ${name} must be in ${bounds}, got ${describe(x)}`);
  return x;
}

/** Throws unless `value` is an integer in `[min, max]` (default: an integer >= 1). */
export function requireInteger(
  context: string,
  name: string,
  value: unknown,
  min = 1,
  max = Infinity,
): number {
  const x = requireNumber(context, name, value);
  if (!Number.isInteger(x) || x < min || x > max) {
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${context}: ${name} must be an integer ${range}, got ${describe(x)}`);
  }
  return x;
}

/** Throws unless `value` is `[low, high]`, two finite numbers with `low < high`; returns the pair. */
export function requireRange(context: string, name: string, value: unknown): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new TypeError(`${context}: ${name} must be [low, high], got ${describe(value)}`);
  }
  const [low, high] = [0, 1].map((k) => requireFinite(context, `${name}[${k}]`, value[k]));
  if (!(low < high)) throw new RangeError(`${context}: ${name} must have low < high, got [${low}, ${high}]`);
  return [low, high];
}

/** Throws a `TypeError` unless `value` is `true` or `false`. */
export function requireBoolean(context: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`${context}: ${name} must be true or false, got ${describe(value)}`);
  }
  return value;
}

/** Throws unless `value` is one of `allowed` (a `RangeError` for a wrong string, else a `TypeError`). */
export function requireOneOf<T extends string>(
  context: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    const error = typeof value === "string" ? RangeError : TypeError;
    throw new error(
      `${context}: ${name} must be one of ${allowed.map(describe).join(", ")}, got ${describe(value)}`,
    );
  }
  return value as T;
}

/** Throws unless `value` is a non-empty `number[]` or `Float64Array` of finite numbers (any if `finite` is false). */
export function requireNumbers(
  context: string,
  name: string,
  value: unknown,
  finite = true,
): ArrayLike<number> {
  if (!Array.isArray(value) && !(value instanceof Float64Array)) {
    throw new TypeError(`${context}: ${name} must be an array of numbers, got ${describe(value)}`);
  }
  if (value.length === 0) throw new RangeError(`${context}: ${name} must not be empty, got []`);
  for (let i = 0; i < value.length; i++) {
    (finite ? requireFinite : requireNumber)(context, `${name}[${i}]`, value[i]);
  }
  return value;
}

/** Throws unless `value` has `expected` items: `"X has 3 rows but y has 4 values"` (`reference` first). */
export function requireLength(
  context: string,
  name: string,
  value: ArrayLike<unknown>,
  expected: number,
  reference: string,
): void {
  if (value.length !== expected) {
    throw new RangeError(`${context}: ${reference} but ${name} has ${plural(value.length, "value")}`);
  }
}

/** Checks columns: a non-empty array of non-empty arrays of finite numbers, all of one length. */
export function requireColumns(context: string, columns: unknown): readonly ArrayLike<number>[] {
  if (!Array.isArray(columns)) {
    throw new TypeError(
      `${context}: columns must be an array of arrays of numbers, got ${describe(columns)}`,
    );
  }
  if (columns.length === 0) throw new RangeError(`${context}: there must be at least one column, got []`);
  const rows = requireNumbers(context, "columns[0]", columns[0]).length;
  columns.forEach((column, j) => {
    const values = requireNumbers(context, `columns[${j}]`, column);
    requireLength(context, `columns[${j}]`, values, rows, `columns[0] has ${plural(rows, "value")}`);
  });
  return columns;
}

/** Checks a `Matrix`'s shape only, in constant time (for hot paths that must not scan the data). */
export function requireMatrixShape(context: string, name: string, X: Matrix): Matrix {
  const { rows, cols, data } = X;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new RangeError(
      `${context}: ${name} must have at least one row and one column, got ${rows}x${cols}`,
    );
  }
  if (data.length !== rows * cols) {
    throw new RangeError(`${context}: ${name} is ${rows}x${cols} but its data has ${data.length} values`);
  }
  return X;
}

/**
 * Checks a matrix given as rows (`number[][]`) or as a `Matrix`: at least one row and one column, not ragged,
 * every entry finite. Rows are copied into a new `Matrix`; a `Matrix` is returned as it is.
 */
export function requireMatrix(context: string, name: string, value: unknown): Matrix {
  if (isMatrix(value)) {
    const { cols, data } = requireMatrixShape(context, name, value);
    for (let k = 0; k < data.length; k++) {
      if (!Number.isFinite(data[k])) {
        requireFinite(context, `${name}[${Math.floor(k / cols)}][${k % cols}]`, data[k]);
      }
    }
    return value;
  }
  if (!Array.isArray(value)) {
    throw new TypeError(`${context}: ${name} must be an array of rows or a Matrix, got ${describe(value)}`);
  }
  if (value.length === 0) throw new RangeError(`${context}: ${name} must have at least one row, got 0 rows`);
  const cols = Array.isArray(value[0]) ? value[0].length : 0;
  const data = new Float64Array(value.length * cols);
  for (let i = 0; i < value.length; i++) {
    const row = requireNumbers(context, `${name}[${i}]`, value[i]);
    if (row.length !== cols) {
      throw new RangeError(
        `${context}: ${name} is ragged: row 0 has ${cols} values but row ${i} has ${row.length}`,
      );
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j];
  }
  return { rows: value.length, cols, data };
}

/** Checks `(X, y, w, b)`: `X` a matrix, `y` (one per row) and `w` (one per column) finite vectors, `b` finite. */
export function requireModel(context: string, X: unknown, y: unknown, w: unknown, b: unknown): Matrix {
  const M = requireMatrix(context, "X", X);
  requireLength(context, "y", requireNumbers(context, "y", y), M.rows, `X has ${plural(M.rows, "row")}`);
  requireLength(context, "w", requireNumbers(context, "w", w), M.cols, `X has ${plural(M.cols, "column")}`);
  requireFinite(context, "b", b);
  return M;
}

/** Calls `f(...args)` and throws unless it returns a finite number: `f(-1) must be a finite number, got NaN`. */
export function evaluate(
  context: string,
  name: string,
  f: (...args: never[]) => unknown,
  ...args: unknown[]
): number {
  return requireFinite(
    context,
    `${name}(${args.map(describe).join(", ")})`,
    (f as (...a: unknown[]) => unknown)(...args),
  );
}

/** The edit distance between two words (insertions, deletions, substitutions; case differences cost 0.5). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0.5 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Checks an options object: `undefined` reads as `{}`; a non-object or an unknown key (a typo such as
 * `learningrate`, which nothing type-checks in a notebook) is a `TypeError` naming the nearest known option.
 */
export function requireOptions<T extends object>(
  context: string,
  options: T | undefined,
  known: readonly string[],
): T {
  if (options === undefined) return {} as T;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${context}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const nearest = [...known].sort((a, b) => distance(key, a) - distance(key, b))[0];
    const hint = nearest === undefined ? "it takes no options" : `did you mean ${describe(nearest)}?`;
    throw new TypeError(
      `${context}: unknown option ${describe(key)} (${hint} known: ${known.map(describe).join(", ")})`,
    );
  }
  return options;
}
