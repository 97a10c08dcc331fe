import assert from "node:assert/strict";
import { column, parseCsv } from "./csv.ts";

Deno.test("parseCsv() reads a header, numeric columns as numbers and other columns as text", () => {
  const table = parseCsv("name,weight,mpg\nford pinto,2046,25\nvw rabbit,1937,29.5\n");
  assert.deepEqual(table.columns, ["name", "weight", "mpg"]);
  assert.deepEqual(table.types, { name: "string", weight: "number", mpg: "number" });
  assert.deepEqual(table.rows, [
    { name: "ford pinto", weight: 2046, mpg: 25 },
    { name: "vw rabbit", weight: 1937, mpg: 29.5 },
  ]);
  assert.deepEqual(table.lines, [2, 3]);
});

Deno.test("parseCsv() handles quoted fields with delimiters, doubled quotes and line breaks", () => {
  const text = 'id,note\n1,"a, b"\n2,"she said ""hi"""\n3,"two\nlines"\n4,plain\n';
  const table = parseCsv(text);
  assert.deepEqual(table.rows.map((row) => row.note), ["a, b", 'she said "hi"', "two\nlines", "plain"]);
  assert.deepEqual(table.lines, [2, 3, 4, 6]); // the row after the two-line field starts on line 6
  assert.deepEqual(column(table, "id"), [1, 2, 3, 4]);
});

Deno.test("parseCsv() counts lines correctly after a quoted line break when reporting a bad row", () => {
  assert.throws(() => parseCsv('a,b\n1,"x\ny"\n2\n'), /line 4: expected 2 fields, got 1/);
});

Deno.test("parseCsv() accepts CRLF line ends, a byte-order mark, blank lines and a missing final newline", () => {
  const table = parseCsv("\uFEFFx,y\r\n1,2\r\n\r\n3,4");
  assert.deepEqual(table.columns, ["x", "y"]);
  assert.deepEqual(table.rows, [{ x: 1, y: 2 }, { x: 3, y: 4 }]);
  assert.deepEqual(table.lines, [2, 4]);
});

Deno.test("parseCsv() reads numbers with signs, fractions, exponents and surrounding spaces", () => {
  const table = parseCsv("v\n-1\n+2.5\n.5\n1e3\n 7 \n-2.5E-2\n");
  assert.deepEqual(column(table, "v"), [-1, 2.5, 0.5, 1000, 7, -0.025]);
});

Deno.test("parseCsv() keeps a column as text when any cell is not a number (auto)", () => {
  for (const odd of ["NA", "", "0x10", "Infinity", "1,5", "abc", "1e999"]) {
    const text = `v,w\n1,1\n"${odd}",2\n`; // two columns: a lone "" would read as a blank line
    assert.equal(parseCsv(text).types.v, "string", JSON.stringify(odd));
  }
});

Deno.test("parseCsv() names its source in error messages", () => {
  assert.throws(
    () => parseCsv("a,b\n1\n", "cars.csv"),
    /^RangeError: Cannot parse cars.csv: line 2:/,
  );
});

Deno.test("parseCsv() with only a header gives a table with no rows", () => {
  const table = parseCsv("a,b\n");
  assert.deepEqual(table.rows, []);
  assert.deepEqual(column(table, "a"), []);
});

Deno.test("column() picks a numeric column as an array", () => {
  const table = parseCsv("carat,depth,price\n0.23,61.5,326\n0.3,64,339\n0.5,60,1000\n");
  assert.deepEqual(column(table, "price"), [326, 339, 1000]);
});

Deno.test("column() on a text column names the first cell that is not a number and its line", () => {
  const table = parseCsv("mpg\n21\n22\n\n23\nabc\n");
  assert.throws(
    () => column(table, "mpg"),
    /^TypeError: Cannot take a column: column "mpg" is not numeric: line 6 holds "abc"$/,
  );
});
