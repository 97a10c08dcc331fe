/**
 * CSV files from `data/`, parsed by `d3-dsv` (RFC 4180 quoting), with errors naming file, line and column.
 * @module
 */
import { dsvFormat } from "d3-dsv";
import { fileURLToPath } from "node:url";
import { describe, plural, requireOneOf } from "../_validate.ts";

/** One data row: each column's value, a number for numeric columns and text otherwise. */
export type CsvRow = Record<string, number | string>;

/** A parsed CSV file: column names in file order, rows, each column's type, each row's 1-based line. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  types: Record<string, "number" | "string">;
  lines: number[];
}

// A decimal number (sign, fraction, exponent): Number() alone would also read "", " " and "0x1F".
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(cell: string): number | undefined {
  const text = cell.trim();
  return NUMBER.test(text) && Number.isFinite(Number(text)) ? Number(text) : undefined;
}

/**
 * Parses CSV text with a header line; `source` names it in messages. A column whose every cell is a number
 * holds numbers, any other text. Blank lines are skipped; a row of the wrong width throws, naming its line.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv } from "./csv.ts";
 * assert.deepEqual(parseCsv('name,mpg\n"ford, mustang",21\n').rows[0], { name: "ford, mustang", mpg: 21 });
 * ```
 */
export function parseCsv(text: string, source = "CSV"): CsvTable {
  const context = `Cannot parse ${source}`;
  if (typeof text !== "string") {
    throw new TypeError(`${context}: text must be a string, got ${describe(text)}`);
  }
  // d3-dsv gives the records; the line each starts on is 1 + the line breaks of every record before it.
  const records: { fields: string[]; line: number }[] = [];
  let line = 1;
  const parseRows: (text: string) => string[][] = dsvFormat(",").parseRows; // d3-dsv ships no types
  for (const fields of parseRows(text.replace(/^\uFEFF/, ""))) {
    if (fields.length > 1 || fields[0] !== "") records.push({ fields, line });
    line += 1 + fields.reduce((sum, field) => sum + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  if (records.length === 0) throw new RangeError(`${context}: the text holds no records`);
  const [head, ...body] = records;
  const columns = head.fields.map((name) => name.trim());
  columns.forEach((name, j) => {
    if (name === "") throw new RangeError(`${context}: line ${head.line}: column ${j + 1} has no name`);
    if (columns.indexOf(name) !== j) {
      throw new RangeError(`${context}: line ${head.line}: column "${name}" appears twice`);
    }
  });
  for (const { fields, line } of body) {
    if (fields.length !== columns.length) {
      throw new RangeError(
        `${context}: line ${line}: expected ${plural(columns.length, "field")}, got ${fields.length}`,
      );
    }
  }
  const types: CsvTable["types"] = {};
  columns.forEach((name, j) => {
    types[name] = body.every(({ fields }) => readNumber(fields[j]) !== undefined) ? "number" : "string";
  });
  const rows = body.map(({ fields }) =>
    Object.fromEntries(
      columns.map((name, j) => [name, types[name] === "number" ? readNumber(fields[j])! : fields[j]]),
    )
  );
  return { columns, rows, types, lines: body.map((record) => record.line) };
}

/**
 * Reads and parses `data/<name>` (e.g. `"penguins.csv"`; `data/README.md` describes each), whatever the
 * current directory. Needs `--allow-read=data`. Lesson 03.
 * @example Lesson 03's data: flipper length and body mass of 342 penguins
 * ```ts
 * import assert from "node:assert/strict";
 * import { column, loadCsv } from "./csv.ts";
 * const penguins = await loadCsv("penguins.csv");
 * assert.equal(column(penguins, "flipper_length_mm").length, 342);
 * ```
 */
export async function loadCsv(name: string): Promise<CsvTable> {
  if (typeof name !== "string" || name === "") {
    throw new TypeError(`Cannot find a data file: name must be a non-empty string, got ${describe(name)}`);
  }
  const path = fileURLToPath(new URL(name, new URL("../../data/", import.meta.url)));
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    const why = error instanceof Deno.errors.NotFound
      ? `there is no file ${path}`
      : error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
      ? `no permission to read ${path} (run Deno with --allow-read=data)`
      : `reading ${path} failed: ${(error as Error).message}`;
    throw new Error(`Cannot load CSV: ${why}`, { cause: error });
  }
  return parseCsv(text, path);
}

/**
 * One numeric column of a table, in row order (lessons 03, 06, 07, 09).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { column, parseCsv } from "./csv.ts";
 * assert.deepEqual(column(parseCsv("x,y\n1,2\n3,4\n"), "y"), [2, 4]);
 * ```
 */
export function column(table: CsvTable, name: string): number[] {
  const context = "Cannot take a column";
  if (!Array.isArray(table?.columns) || !Array.isArray(table?.rows)) {
    throw new TypeError(`${context}: table must be a table from parseCsv or loadCsv, got ${describe(table)}`);
  }
  requireOneOf(context, "the column name", name, table.columns);
  if (table.types[name] !== "number") {
    const i = table.rows.findIndex((row) => readNumber(String(row[name])) === undefined);
    const where = i === -1 ? "" : `: line ${table.lines[i]} holds ${describe(table.rows[i][name])}`;
    throw new TypeError(`${context}: column ${describe(name)} is not numeric${where}`);
  }
  return table.rows.map((row) => row[name] as number);
}
