/**
 * Data for the lessons: CSV files from the project's `data/` folder ({@linkcode loadCsv}, {@linkcode
 * column}),
 * a seeded random generator ({@linkcode createRandom}), and synthetic data that follow a known line
 * ({@linkcode makeLinearData}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { makeLinearData } from "./mod.ts";
 *
 * const options = { m: 20, w: 2, b: 1, seed: 3 };
 * assert.deepEqual(makeLinearData(options), makeLinearData(options));
 * ```
 *
 * @module
 */
export { column, type CsvRow, type CsvTable, loadCsv } from "./csv.ts";
export { createRandom, type Random } from "./random.ts";
export {
  type FeatureRange,
  type LinearData,
  type LinearDataOptions,
  makeLinearData,
  type TypedLinearData,
} from "./synthetic.ts";
