import { describe, plural } from "../_validate.ts";
/** One data row: column name → value (a number in a numeric column, otherwise the text of the cell). */
export type CsvRow = Record<string, number | string>;

/** A parsed CSV file. */
export interface CsvTable {
  /** Column names, in file order (`"0"`, `"1"`, … when the file has no header). */
  columns: string[];
  /** The data rows. */
  rows: CsvRow[];
  /** For each column, whether its values are numbers or strings. */
  types: Record<string, "number" | "string">;
  /** For each row, the line of the file it starts on (1-based), for error messages. */
  lines: number[];
}

/** Options of {@linkcode parseCsv} and `loadCsv`. */
export interface CsvOptions {
  /** Whether the first line holds the column names. Defaults to true. */
  header?: boolean;
  /** The field separator, one character other than a quote or a line break. Defaults to `","`. */
  delimiter?: string;
  /**
   * Which columns hold numbers. `"auto"` (the default): every column whose cells all read as numbers. An
   * array of names: exactly those columns, and a cell there that is not a number is an error naming its line
   * (`line 7, column "mpg": "abc" is not a number`).
   */
  numbers?: "auto" | readonly string[];
  /** Where the text came from, for error messages (`loadCsv` passes the file's path). Defaults to `"CSV"`. */
  source?: string;
}

// A decimal number: optional sign, digits with an optional fraction (or a bare fraction), optional exponent.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a cell holds, or undefined when it holds something else (text, an empty cell, "NA"). */
function readNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Parses CSV text (RFC 4180): fields separated by commas, records by line breaks (`\n` or `\r\n`); a field
 * in double quotes may hold commas, line breaks and doubled quotes (`""` for `"`). Blank lines are skipped.
 * Columns whose cells are all numbers come out as numbers (see {@linkcode CsvOptions.numbers}).
 *
 * Errors name the line: `line 7: expected 3 fields, got 2`, `line 4: unterminated quoted field`,
 * `line 7, column "mpg": "abc" is not a number`.
 *
 * Introduced in lesson 03 (loading a real dataset).
 *
 * @param text The contents of a CSV file.
 * @param options See {@linkcode CsvOptions}.
 * @returns A {@linkcode CsvTable}.
 * @throws {RangeError} For malformed text or an unknown column name in `numbers`.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { column, parseCsv } from "./csv.ts";
 *
 * const table = parseCsv('name,weight,mpg\n"Ford, Pinto",2046,25\nVW Rabbit,1937,29\n');
 * assert.deepEqual(table.columns, ["name", "weight", "mpg"]);
 * assert.deepEqual(table.rows[0], { name: "Ford, Pinto", weight: 2046, mpg: 25 });
 * assert.deepEqual(column(table, "mpg"), [25, 29]);
 * assert.throws(() => parseCsv("a,b\n1,2\n3\n"), /line 3: expected 2 fields, got 1/);
 * ```
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const { header = true, delimiter = ",", numbers = "auto", source = "CSV" } = options;
  const context = `Cannot parse ${source}`;
  if (typeof text !== "string") {
    throw new TypeError(`${context}: text must be a string, got ${describe(text)}`);
  }
  if (typeof header !== "boolean") {
    throw new TypeError(`${context}: header must be true or false, got ${describe(header)}`);
  }
  if (typeof delimiter !== "string" || delimiter.length !== 1 || `"\r\n`.includes(delimiter)) {
    throw new RangeError(
      `${context}: delimiter must be one character other than a quote or a line break, got ${
        describe(delimiter)
      }`,
    );
  }
  if (numbers !== "auto" && !(Array.isArray(numbers) && numbers.every((name) => typeof name === "string"))) {
    throw new TypeError(
      `${context}: numbers must be "auto" or an array of column names, got ${describe(numbers)}`,
    );
  }

  const records = splitRecords(context, text, delimiter);
  if (records.length === 0) throw new RangeError(`${context}: the text holds no records`);

  // Column names.
  let columns: string[];
  let first = 0;
  if (header) {
    const { fields, line } = records[0];
    columns = fields.map((name) => name.trim());
    columns.forEach((name, j) => {
      if (name === "") throw new RangeError(`${context}: line ${line}: column ${j + 1} has no name`);
      if (columns.indexOf(name) !== j) {
        throw new RangeError(`${context}: line ${line}: column "${name}" appears twice`);
      }
    });
    first = 1;
  } else {
    columns = records[0].fields.map((_, j) => String(j));
  }

  // Every row must have one field per column.
  for (let r = first; r < records.length; r++) {
    const { fields, line } = records[r];
    if (fields.length !== columns.length) {
      throw new RangeError(
        `${context}: line ${line}: expected ${plural(columns.length, "field")}, got ${fields.length}`,
      );
    }
  }
  const body = records.slice(first);

  // Which columns are numeric.
  const types: Record<string, "number" | "string"> = {};
  if (numbers === "auto") {
    columns.forEach((name, j) => {
      const numeric = body.every(({ fields }) => readNumber(fields[j]) !== undefined); // true with no rows
      types[name] = numeric ? "number" : "string";
    });
  } else {
    for (const name of numbers) {
      if (!columns.includes(name)) {
        throw new RangeError(
          `${context}: no column named ${describe(name)} (columns: ${columns.join(", ")})`,
        );
      }
    }
    for (const name of columns) types[name] = numbers.includes(name) ? "number" : "string";
  }

  const rows: CsvRow[] = [];
  const lines: number[] = [];
  for (const { fields, line } of body) {
    const row: CsvRow = {};
    columns.forEach((name, j) => {
      if (types[name] === "number") {
        const value = readNumber(fields[j]);
        if (value === undefined) {
          throw new RangeError(
            `${context}: line ${line}, column "${name}": ${describe(fields[j])} is not a number`,
          );
        }
        row[name] = value;
      } else {
        row[name] = fields[j];
      }
    });
    rows.push(row);
    lines.push(line);
  }
  return { columns, rows, types, lines };
}

/** Splits text into records of raw fields, each with the line it starts on. */
function splitRecords(
  context: string,
  text: string,
  delimiter: string,
): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let closed = false; // just after the closing quote of a field
  let content = false; // the current record has something in it (so it is not a blank line)
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = "";
    closed = false;
  };
  const endRecord = () => {
    endField();
    if (content) records.push({ fields, line: recordLine });
    fields = [];
    content = false;
  };

  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a byte-order mark
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c !== "\n" && c !== "\r") content = true;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === delimiter) {
      endField();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"') {
      if (field !== "" || closed) {
        throw new RangeError(
          `${context}: line ${line}: a quote inside an unquoted field (column ${fields.length + 1})`,
        );
      }
      quoted = true;
      quoteLine = line;
    } else {
      if (closed) {
        throw new RangeError(
          `${context}: line ${line}: unexpected ${describe(c)} after a closing quote (column ${
            fields.length + 1
          })`,
        );
      }
      field += c;
    }
  }
  if (quoted) throw new RangeError(`${context}: line ${quoteLine}: unterminated quoted field`);
  if (content) endRecord();
  return records;
}

/**
 * The values of one numeric column, in row order — e.g. the `x` or `y` of a regression.
 *
 * Introduced in lesson 03.
 *
 * @param table A parsed table.
 * @param name The column's name.
 * @returns The column as a `number[]`.
 * @throws {RangeError} When there is no such column (the message lists the columns there are).
 * @throws {TypeError} When the column is not numeric (the message names the first cell that is not a number
 * and its line).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { column, parseCsv } from "./csv.ts";
 *
 * const table = parseCsv("species,mass\nAdelie,3750\nGentoo,5000\n");
 * assert.deepEqual(column(table, "mass"), [3750, 5000]);
 * assert.throws(() => column(table, "species"), /column "species" is not numeric: line 2 holds "Adelie"/);
 * ```
 */
export function column(table: CsvTable, name: string): number[] {
  const context = "Cannot take a column";
  checkColumn(context, table, name);
  const values = new Array<number>(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) values[i] = table.rows[i][name] as number;
  return values;
}

/**
 * Picks numeric columns as rows of numbers, ready to be a feature matrix `X` (`m` rows, one value per
 * picked column, in the order of `names`).
 *
 * Introduced in lesson 05.
 *
 * @param table A parsed table.
 * @param names The columns to pick, at least one.
 * @returns `number[][]`, one row per table row.
 * @throws {RangeError | TypeError} As {@linkcode column}, or when `names` is empty.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv, selectColumns } from "./csv.ts";
 *
 * const table = parseCsv("carat,depth,price\n0.23,61.5,326\n0.3,64,339\n");
 * assert.deepEqual(selectColumns(table, ["carat", "depth"]), [[0.23, 61.5], [0.3, 64]]);
 * ```
 */
export function selectColumns(table: CsvTable, names: readonly string[]): number[][] {
  const context = "Cannot select columns";
  if (!Array.isArray(names)) {
    throw new TypeError(`${context}: names must be an array of column names, got ${describe(names)}`);
  }
  if (names.length === 0) throw new RangeError(`${context}: names must list at least one column`);
  for (const name of names) checkColumn(context, table, name);
  return table.rows.map((row) => names.map((name) => row[name] as number));
}

function checkColumn(context: string, table: CsvTable, name: string): void {
  if (
    typeof table !== "object" || table === null || !Array.isArray(table.columns) || !Array.isArray(table.rows)
  ) {
    throw new TypeError(`${context}: table must be a table from parseCsv or loadCsv, got ${describe(table)}`);
  }
  if (typeof name !== "string") {
    throw new TypeError(`${context}: a column name must be a string, got ${describe(name)}`);
  }
  if (!table.columns.includes(name)) {
    throw new RangeError(
      `${context}: no column named ${describe(name)} (columns: ${table.columns.join(", ")})`,
    );
  }
  if (table.types[name] !== "number") {
    const i = table.rows.findIndex((row) => readNumber(String(row[name])) === undefined);
    const where = i === -1 ? "" : `: line ${table.lines[i]} holds ${describe(table.rows[i][name])}`;
    throw new TypeError(`${context}: column ${describe(name)} is not numeric${where}`);
  }
}
