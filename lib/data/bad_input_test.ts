// Every bad input lib/data is expected to reject, in one table: what was tried, the error class, and what
// the message must say. (loadCsv's missing-file and bad-file errors are in load_test.ts: they need a file.)

import assert from "node:assert/strict";
import { column, parseCsv } from "./csv.ts";

import { createRandom } from "./random.ts";
import { makeLinearData } from "./synthetic.ts";

// deno-lint-ignore no-explicit-any
const loose = (value: unknown) => value as any;
const random = createRandom(1);
const table3 = parseCsv("name,mpg\nford,21\nvw,abc\n");

const table: [string, () => unknown, ErrorConstructor, RegExp][] = [
  // parseCsv
  [
    "parseCsv() with a row that is too short",
    () => parseCsv("a,b,c\n1,2,3\n4,5\n"),
    RangeError,
    /^Cannot parse CSV: line 3: expected 3 fields, got 2$/,
  ],
  [
    "parseCsv() with a row that is too long",
    () => parseCsv("a,b\n1,2\n\n3,4,5\n"),
    RangeError,
    /line 4: expected 2 fields, got 3/,
  ],
  [
    "parseCsv() with an empty column name",
    () => parseCsv("a,,c\n1,2,3\n"),
    RangeError,
    /line 1: column 2 has no name/,
  ],
  [
    "parseCsv() with a repeated column name",
    () => parseCsv("a,b,a\n1,2,3\n"),
    RangeError,
    /line 1: column "a" appears twice/,
  ],
  ["parseCsv() with empty text", () => parseCsv(""), RangeError, /the text holds no records/],
  ["parseCsv() with only blank lines", () => parseCsv("\n\n\r\n"), RangeError, /the text holds no records/],
  [
    "parseCsv() with a non-string text",
    () => parseCsv(loose(42)),
    TypeError,
    /text must be a string, got 42/,
  ],
  [
    "column() with an unknown name",
    () => column(table3, "weight"),
    RangeError,
    /Cannot take a column: the column name must be one of "name", "mpg", got "weight"/,
  ],
  [
    "column() on a text column",
    () => column(table3, "mpg"),
    TypeError,
    /column "mpg" is not numeric: line 3 holds "abc"/,
  ],
  [
    "column() with a non-string name",
    () => column(table3, loose(1)),
    TypeError,
    /the column name must be one of "name", "mpg", got 1/,
  ],
  [
    "column() on something that is not a table",
    () => column(loose({}), "x"),
    TypeError,
    /table must be a table from parseCsv or loadCsv/,
  ],
  [
    "createRandom() with a negative seed",
    () => createRandom(-1),
    TypeError,
    /seed must be an integer from 0 to 4294967295, got -1/,
  ],
  ["createRandom() with a fractional seed", () => createRandom(1.5), TypeError, /got 1.5/],
  ["createRandom() with a NaN seed", () => createRandom(NaN), TypeError, /got NaN/],
  ["createRandom() with a seed of 2^32", () => createRandom(2 ** 32), TypeError, /got 4294967296/],
  ["createRandom() with a string seed", () => createRandom(loose("42")), TypeError, /got "42"/],
  ["createRandom() with no seed", () => loose(createRandom)(), TypeError, /got undefined/],
  [
    "uniform() with max = min",
    () => random.uniform(1, 1),
    RangeError,
    /max must be > min, got min 1 and max 1/,
  ],
  [
    "uniform() with an infinite max",
    () => random.uniform(0, Infinity),
    RangeError,
    /max must be a finite number, got Infinity/,
  ],
  [
    "normal() with a negative sd",
    () => random.normal(0, -1),
    RangeError,
    /Cannot draw a normal number: sd must be >= 0, got -1/,
  ],
  [
    "normal() with a NaN mean",
    () => random.normal(NaN, 1),
    RangeError,
    /mean must be a finite number, got NaN/,
  ],
  [
    "shuffleInPlace() with a number",
    () => random.shuffleInPlace(loose(5)),
    TypeError,
    /items must be an array or typed array, got 5/,
  ],
  [
    "permutation() with a negative n",
    () => random.permutation(-1),
    RangeError,
    /n must be an integer >= 0, got -1/,
  ],
  // makeLinearData
  [
    "makeLinearData() with m = 0",
    () => makeLinearData({ m: 0 }),
    RangeError,
    /Cannot make linear data: m must be an integer >= 1, got 0/,
  ],
  [
    "makeLinearData() with fractional m",
    () => makeLinearData({ m: 2.5 }),
    RangeError,
    /m must be an integer >= 1, got 2.5/,
  ],
  [
    "makeLinearData() with a negative noise",
    () => makeLinearData({ noise: -1 }),
    RangeError,
    /noise must be >= 0, got -1/,
  ],
  [
    "makeLinearData() with no weights",
    () => makeLinearData({ w: [] }),
    RangeError,
    /w must not be empty, got \[\]/,
  ],
  [
    "makeLinearData() with a NaN weight",
    () => makeLinearData({ w: [1, NaN] }),
    RangeError,
    /w\[1\] must be a finite number, got NaN/,
  ],
  [
    "makeLinearData() with w a string",
    () => makeLinearData({ w: loose("2") }),
    TypeError,
    /w must be an array of numbers, got "2"/,
  ],
  [
    "makeLinearData() with an infinite b",
    () => makeLinearData({ b: Infinity }),
    RangeError,
    /b must be a finite number, got Infinity/,
  ],
  [
    "makeLinearData() with an empty range",
    () => makeLinearData({ xRange: [5, 5] }),
    RangeError,
    /xRange must have low < high, got \[5, 5\]/,
  ],
  [
    "makeLinearData() with a reversed range",
    () => makeLinearData({ xRange: [10, 0] }),
    RangeError,
    /xRange must have low < high, got \[10, 0\]/,
  ],
  [
    "makeLinearData() with too few ranges",
    () => makeLinearData({ w: [1, 2, 3], xRange: [[0, 1], [0, 1]] }),
    RangeError,
    /xRange has 2 ranges but w has 3 weights/,
  ],
  [
    "makeLinearData() with a malformed range",
    () => makeLinearData({ w: [1, 2], xRange: loose([[0, 1], [0]]) }),
    TypeError,
    /xRange\[1\] must be \[low, high\]/,
  ],
  [
    "makeLinearData() with a range that is not an array",
    () => makeLinearData({ xRange: loose(5) }),
    TypeError,
    /xRange must be \[low, high\] or one \[low, high\] per feature, got 5/,
  ],
  [
    "makeLinearData() with a bad seed",
    () => makeLinearData({ seed: -3 }),
    TypeError,
    /seed must be an integer from 0 to 4294967295, got -3/,
  ],
];

for (const [label, run, ErrorClass, message] of table) {
  Deno.test(`bad input is rejected: ${label}`, () => {
    assert.throws(run, (error: Error) => {
      assert.ok(
        error instanceof ErrorClass,
        `expected ${ErrorClass.name}, got ${error.constructor.name}: ${error.message}`,
      );
      assert.match(error.message, message);
      return true;
    });
  });
}
